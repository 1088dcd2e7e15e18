"""pg_trgm and the table of known words behind spelling suggestions (PostgreSQL only).

On SQLite every operation here is a no-op: searching there needs neither.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

CREATE = """
CREATE TABLE articles_search_word (
    word text PRIMARY KEY,
    ndoc integer NOT NULL DEFAULT 1
);
CREATE INDEX article_search_word_trgm_idx ON articles_search_word USING gin (word gin_trgm_ops);
"""
DROP = "DROP TABLE IF EXISTS articles_search_word"


def create_words(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_words(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


def fill_search_index(apps, schema_editor):
    # Articles saved before this migration have no search document yet.
    from articles.search import rebuild_search_index

    rebuild_search_index(using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_search_and_provenance"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_words, drop_words),
        migrations.RunPython(fill_search_index, migrations.RunPython.noop),
    ]
