"""Migration 0006 marks edited the articles the admin's log shows a person added or changed."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.models import Article

BEFORE = [("articles", "0005_language_default_from_settings")]
AFTER = [("articles", "0006_edited_marker")]
ADDITION, CHANGE = 1, 2
EARLY = dt.datetime(2024, 3, 1, 9, tzinfo=dt.UTC)
LATE = dt.datetime(2024, 3, 2, 9, tzinfo=dt.UTC)


ADMIN_LOG = [("admin", "0003_logentry_add_action_flag_choices")]


def migrate(targets):
    """Migrate the articles app to `targets`; the models as they were then, the log's too."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets + ADMIN_LOG).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_articles_a_person_changed_are_marked_and_no_others():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes("articles")
    apps = migrate(BEFORE)
    try:
        source = apps.get_model("articles", "Source").objects.create(name="Warta", slug="warta")
        OldArticle = apps.get_model("articles", "Article")
        articles = {
            name: OldArticle.objects.create(
                title=name, slug=name, source=source, body="Isi.", language="id"
            )
            for name in ["changed", "saved-unchanged", "added", "imported", "deleted-entry"]
        }
        user = apps.get_model("auth", "User").objects.create(username="desk")
        content_type = apps.get_model("contenttypes", "ContentType").objects.get(
            app_label="articles", model="article"
        )
        LogEntry = apps.get_model("admin", "LogEntry")

        def log(name, flag, message, when):
            entry = LogEntry.objects.create(
                user=user,
                content_type=content_type,
                object_id=str(articles[name].pk),
                object_repr=name,
                action_flag=flag,
                change_message=message,
            )
            LogEntry.objects.filter(pk=entry.pk).update(action_time=when)

        log("changed", CHANGE, '[{"changed": {"fields": ["Author"]}}]', EARLY)
        log("changed", CHANGE, '[{"changed": {"fields": ["Status"]}}]', LATE)
        log("saved-unchanged", CHANGE, "[]", LATE)  # "No fields changed."
        log("added", ADDITION, '[{"added": {}}]', EARLY)
        log("deleted-entry", 3, "", LATE)

        migrate(AFTER)

        marked = dict(Article.objects.values_list("title", "edited_at"))
        assert marked == {
            "changed": LATE,
            "saved-unchanged": None,
            "added": EARLY,
            "imported": None,
            "deleted-entry": None,
        }
    finally:
        migrate(latest)
