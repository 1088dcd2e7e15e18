"""The archive version row, and the triggers that move it on.

Triggers rather than signals: bulk updates, raw SQL, imports in another process and
the benchmark's COPY fill all change rows without a `post_save`, and a page cache
keyed on a version that missed one of them would serve a stale page. The trigger runs
in the writer's transaction, so the new number is visible exactly when the change is.
"""

from django.db import migrations, models
from django.utils import timezone

TABLES = (
    "articles_article",
    "articles_article_tags",
    "articles_provenance",
    "articles_source",
    "articles_tag",
)

# Deferred to the commit, and once per transaction (a transaction-local setting marks
# it done): the version row is locked only while a writer commits, so concurrent
# writers do not queue behind each other's whole transaction, nor deadlock on it.
POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION articles_archive_changed() RETURNS trigger AS $$
BEGIN
    IF current_setting('newsroom.archive_changed', true) IS DISTINCT FROM
            txid_current()::text THEN
        PERFORM set_config('newsroom.archive_changed', txid_current()::text, true);
        UPDATE articles_archiveversion
        SET number = number + 1, changed_at = clock_timestamp() WHERE id = 1;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""
POSTGRESQL_TRIGGERS = """
CREATE CONSTRAINT TRIGGER {table}_archive_changed
AFTER INSERT OR UPDATE OR DELETE ON {table}
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION articles_archive_changed();
CREATE TRIGGER {table}_archive_truncated AFTER TRUNCATE ON {table}
FOR EACH STATEMENT EXECUTE FUNCTION articles_archive_changed()
"""
# SQLite has row triggers only.
SQLITE_TRIGGER = """
CREATE TRIGGER {table}_archive_changed_{event} AFTER {event} ON {table}
BEGIN
    UPDATE articles_archiveversion SET number = number + 1,
        changed_at = strftime('%Y-%m-%d %H:%M:%f', 'now')
    WHERE id = 1;
END
"""
SQLITE_EVENTS = ("INSERT", "UPDATE", "DELETE")


def install(apps, schema_editor):
    apps.get_model("articles", "ArchiveVersion").objects.create(
        id=1, number=1, changed_at=timezone.now()
    )
    run = schema_editor.execute
    if schema_editor.connection.vendor == "postgresql":
        run(POSTGRESQL_FUNCTION)
        for table in TABLES:
            run(POSTGRESQL_TRIGGERS.format(table=table))
    else:
        for table in TABLES:
            for event in SQLITE_EVENTS:
                run(SQLITE_TRIGGER.format(table=table, event=event))


def uninstall(apps, schema_editor):
    run = schema_editor.execute
    if schema_editor.connection.vendor == "postgresql":
        for table in TABLES:
            run(f"DROP TRIGGER IF EXISTS {table}_archive_changed ON {table}")
            run(f"DROP TRIGGER IF EXISTS {table}_archive_truncated ON {table}")
        run("DROP FUNCTION IF EXISTS articles_archive_changed()")
    else:
        for table in TABLES:
            for event in SQLITE_EVENTS:
                run(f"DROP TRIGGER IF EXISTS {table}_archive_changed_{event}")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_title_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="ArchiveVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveBigIntegerField(default=0, verbose_name="number")),
                ("changed_at", models.DateTimeField(verbose_name="changed at")),
            ],
            options={"verbose_name": "archive version"},
        ),
        migrations.RunPython(install, uninstall),
    ]
