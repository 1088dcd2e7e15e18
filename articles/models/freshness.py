"""The archive's version: one row that every change to what reader pages show moves on."""

import datetime as dt

from django.db import connections, models
from django.db.models import F
from django.db.models.signals import post_migrate
from django.dispatch import receiver
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from articles.models.article import Article

# Tables whose rows reader pages show; a trigger on each moves the version on (see
# migration 0008), so no write path (the admin, an import, a bulk update, raw SQL, another
# process) can change a page without it.
WATCHED_TABLES = (
    "articles_article",
    "articles_article_tags",
    "articles_provenance",
    "articles_source",
    "articles_tag",
)


class ArchiveVersion(models.Model):
    """The single row (id 1) naming the archive's current version.

    Moved on in the same transaction as the change, by database triggers: a page read
    after the change commits sees the new number, which is what `articles.freshness`
    builds ETags and page-cache keys from.
    """

    number = models.PositiveBigIntegerField(_("number"), default=0)
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("archive version")

    def __str__(self):
        return f"{self.number} ({self.changed_at:%Y-%m-%d %H:%M:%S})"

    @classmethod
    def read(cls, now, using="default"):
        """`(number, changed_at, newest)`: the version, and the publication time of the
        newest article visible at `now` (None when there is none), in one query.

        Raw SQL: on a page served from the cache, the ORM would cost more than the query.
        """
        connection = connections[using]
        with connection.cursor() as cursor:
            cursor.execute(
                _READ_SQL,
                [Article.Status.PUBLISHED, connection.ops.adapt_datetimefield_value(now)],
            )
            row = cursor.fetchone()
        if row is None:  # the table was emptied (a test flush): start it again
            cls.objects.using(using).get_or_create(
                pk=1, defaults={"number": 1, "changed_at": timezone.now()}
            )
            return cls.read(now, using)
        number, changed_at, newest = row
        return number, _aware(changed_at), _aware(newest) if newest else None


_READ_SQL = f"""
SELECT version.number, version.changed_at, (
    SELECT MAX(published_at) FROM {Article._meta.db_table}
    WHERE status = %s AND published_at <= %s
)
FROM {ArchiveVersion._meta.db_table} AS version WHERE version.id = 1
"""


@receiver(post_migrate)
def _move_on_after_migrate(*, sender, apps, using, **kwargs):
    """A deploy runs `migrate` and may change every page (templates, code): move the
    version on, so no browser keeps a page from before it."""
    if sender.name != "articles":
        return
    try:
        versions = apps.get_model("articles", "ArchiveVersion").objects.using(using)
    except LookupError:  # migrated back to before the version existed
        return
    versions.filter(pk=1).update(number=F("number") + 1, changed_at=timezone.now())


def _aware(value) -> dt.datetime:
    if isinstance(value, str):  # SQLite may answer text
        value = parse_datetime(value)
    return value if timezone.is_aware(value) else value.replace(tzinfo=dt.UTC)
