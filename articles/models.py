"""Sources, tags and articles, with the vocabulary every page reuses (`published()`)."""

import datetime as dt
import re

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_lazy as _

from . import search as full_text

SLUG_MAX_LENGTH = 120
EXCERPT_LENGTH = 280
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

language_code_validator = RegexValidator(
    r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    _("Use a language code such as “id”, “en” or “en-GB”."),
)


def unique_slug(model, text, *, exclude_pk=None, max_length=SLUG_MAX_LENGTH):
    """A slug for `text` that no other row of `model` uses: `title`, `title-2`, `title-3`…"""
    base = slugify(text)[:max_length].strip("-") or model._meta.model_name
    taken = model.objects.filter(slug__startswith=base[: max_length - 4])
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    taken = set(taken.values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        suffix = f"-{n}"
        slug = f"{base[: max_length - len(suffix)].rstrip('-')}{suffix}"
    return slug


class Source(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=SLUG_MAX_LENGTH, unique=True, blank=True)
    homepage_url = models.URLField(_("homepage"), max_length=500, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Source, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:source_detail", kwargs={"slug": self.slug})


class Tag(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=SLUG_MAX_LENGTH, unique=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Tag, self.name, exclude_pk=self.pk)
        existed = self.pk is not None
        super().save(*args, **kwargs)
        if existed:  # tag names are part of their articles' search documents
            ids = self.articles.values_list("pk", flat=True)
            full_text.update_search_vectors(ids, using=self._state.db)

    def get_absolute_url(self):
        return reverse("articles:tag_detail", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Marked published and not scheduled for the future."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def for_listing(self):
        """What a list item shows: the source joined, the body left behind."""
        return self.select_related("source").defer(
            "body", "summary", "related_headlines", "search_vector"
        )

    def from_sources(self, slugs):
        return self.filter(source__slug__in=slugs)

    def tagged(self, slugs):
        """Tagged with any of `slugs`; an EXISTS keeps rows unique without DISTINCT."""
        tagging = Article.tags.through.objects.filter(article=OuterRef("pk"), tag__slug__in=slugs)
        return self.filter(Exists(tagging))

    def in_language(self, code):
        return self.filter(Q(language=code) | Q(language__startswith=f"{code}-"))

    def published_between(self, first=None, last=None):
        """Publication day within [first, last], both optional and inclusive."""
        if first:
            self = self.filter(published_on__gte=first)
        if last:
            self = self.filter(published_on__lte=last)
        return self

    def search(self, text):
        """Matching the reader's query (see `articles.search`): ranked on PostgreSQL."""
        return full_text.search(self, text)

    def best_match_first(self):
        """By relevance when `search()` ranked the rows, ties newest first; else newest."""
        if "rank" not in self.query.annotations:
            return self.newest_first()
        return self.order_by("-rank", "-published_at", "-pk")

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def oldest_first(self):
        return self.order_by("published_at", "pk")


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=SLUG_MAX_LENGTH,
        unique=True,
        blank=True,
        help_text=_("Part of the article’s address. Left empty, it is made from the title."),
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="articles"
    )
    author = models.CharField(_("author"), max_length=200, blank=True)
    language = models.CharField(
        _("language"),
        max_length=35,
        default="en",
        validators=[language_code_validator],
        help_text=_("BCP 47 code of the article’s text, such as “id” or “en”."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.DRAFT, db_index=False
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        help_text=_("A published article with a date in the future stays hidden until then."),
    )
    has_time = models.BooleanField(
        _("time of day known"),
        default=True,
        help_text=_("Untick when the source gives only a date: the article keeps that day."),
    )
    published_on = models.DateField(_("publication day"), null=True, editable=False)
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Optional. Lists show the first paragraph without it."),
    )
    body = models.TextField(
        _("body"), help_text=_("Plain text. Separate paragraphs with a blank line.")
    )
    excerpt = models.TextField(_("excerpt"), blank=True, editable=False)
    original_url = models.URLField(_("original URL"), max_length=500, blank=True)
    related_headlines = models.JSONField(
        _("related headlines"),
        default=list,
        blank=True,
        help_text=_("Headlines the original linked to (“Baca juga”), in order."),
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), related_name="articles", blank=True)
    import_key = models.CharField(max_length=200, blank=True, editable=False)
    content_hash = models.CharField(
        _("content hash"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("SHA-256 of the normalised title and body; matches re-imports without a URL."),
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("possible duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="possible_duplicates",
        help_text=_("Set by the importer when another outlet published the same story."),
    )
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="article_listing_idx"),
            models.Index(
                fields=["source", "status", "-published_at"], name="article_source_listing_idx"
            ),
            models.Index(fields=["status", "published_on"], name="article_archive_idx"),
            models.Index(
                fields=["content_hash"], condition=~Q(content_hash=""), name="article_hash_idx"
            ),
            # Skipped by SQLite's schema editor; searching there scans instead.
            GinIndex(fields=["search_vector"], name="article_search_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                name="article_status_valid",
                condition=Q(status__in=["draft", "published"]),
            ),
            models.CheckConstraint(
                name="article_published_has_date",
                condition=Q(status="draft") | Q(published_at__isnull=False),
                violation_error_message=_("A published article needs a publication date."),
            ),
            models.CheckConstraint(
                name="article_title_not_blank",
                condition=~Q(title=""),
                violation_error_message=_("An article needs a title."),
            ),
            models.UniqueConstraint(
                fields=["original_url"],
                condition=~Q(original_url=""),
                name="article_unique_original_url",
                violation_error_message=_("Another article already links to this original URL."),
            ),
            models.UniqueConstraint(
                fields=["import_key"],
                condition=~Q(import_key=""),
                name="article_unique_import_key",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, refresh_search=True, **kwargs):
        """Derive the slug, day and excerpt; refresh the search document unless the caller
        will, after changing tags too (`refresh_search=False`)."""
        if not self.slug:
            self.slug = unique_slug(Article, self.title, exclude_pk=self.pk)
        self._derive_publication_day()
        self.excerpt = self._derive_excerpt()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "slug", "published_on", "excerpt"}
        super().save(*args, **kwargs)
        if refresh_search:
            full_text.update_search_vectors([self.pk], using=self._state.db)

    def get_absolute_url(self):
        day = self.published_on or timezone.localdate()
        return reverse(
            "articles:article_detail",
            kwargs={
                "year": day.year,
                "month": day.month,
                "day": day.day,
                "slug": self.slug,
            },
        )

    @staticmethod
    def date_only_instant(day):
        """The instant stored for a date-only publication day.

        Noon UTC falls on the same calendar day in every time zone from UTC−11 to
        UTC+11, so ordering and scheduling stay sensible while `published_on` keeps
        the day itself for URLs, archives and pages.
        """
        return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)

    def set_publication_day(self, day):
        self.published_on = day
        self.published_at = self.date_only_instant(day)
        self.has_time = False

    def _derive_publication_day(self):
        if self.published_at is None:
            self.published_on = None
        elif self.has_time:
            self.published_on = timezone.localdate(self.published_at)
        else:
            # An unchanged date-only instant keeps its day; an edited one (the admin
            # shows it in the site's time zone) is read as a day in that zone.
            if self.published_on is None or self.published_at != self.date_only_instant(
                self.published_on
            ):
                self.published_on = timezone.localdate(self.published_at)
            self.published_at = self.date_only_instant(self.published_on)

    def _derive_excerpt(self):
        text = self.summary.strip() or next(iter(self.paragraphs), "")
        return Truncator(" ".join(text.split())).chars(EXCERPT_LENGTH)

    @property
    def paragraphs(self):
        return [" ".join(part.split()) for part in PARAGRAPH_BREAK.split(self.body) if part.strip()]

    @property
    def is_published(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )


class Provenance(models.Model):
    """Where an imported article came from, and what the importer removed from it."""

    class Format(models.TextChoices):
        HTML = "html", _("Saved web page")
        TEXT = "text", _("Text dump")
        JSON = "json", _("Newsroom export")

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="provenance"
    )
    imported_at = models.DateTimeField(_("imported at"))
    file_name = models.CharField(_("file name"), max_length=500, blank=True)
    file_format = models.CharField(_("format"), max_length=10, choices=Format)
    raw = models.BinaryField(_("original file (zlib-compressed)"), editable=False)
    removed_blocks = models.JSONField(
        _("removed blocks"),
        default=list,
        blank=True,
        help_text=_("What the importer left out, each with its reason."),
    )

    class Meta:
        verbose_name = _("provenance")
        verbose_name_plural = _("provenance")

    def __str__(self):
        return f"{self.file_name or self.get_file_format_display()} ({self.imported_at:%Y-%m-%d})"
