"""pg_trgm and the table of known words behind spelling suggestions (PostgreSQL only).

On SQLite every operation here is a no-op: searching there needs neither. The search
document and the known words are filled by SQL frozen here, as `articles.search` wrote
them when this migration was made: a migration must do tomorrow what it did the day it
was written, whatever the application code has become since.
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


# Title weighs most (A), then summary, author and tags (B), then the body (C); the
# configuration follows the article's language.
CONFIG = (
    "(CASE split_part(a.language, '-', 1) WHEN 'id' THEN 'indonesian' "
    "WHEN 'en' THEN 'english' ELSE 'simple' END)::regconfig"
)
FILL_DOCUMENTS = f"""
UPDATE articles_article AS a SET search_vector =
    setweight(to_tsvector({CONFIG}, a.title), 'A')
    || setweight(to_tsvector({CONFIG}, concat_ws(' ', a.summary, a.author, (
        SELECT string_agg(t.name, ' ')
        FROM articles_article_tags AS at JOIN articles_tag AS t ON t.id = at.tag_id
        WHERE at.article_id = a.id
    ))), 'B')
    || setweight(to_tsvector({CONFIG}, a.body), 'C')
"""
FILL_WORDS = """
INSERT INTO articles_search_word (word, ndoc)
SELECT word, ndoc FROM ts_stat('SELECT to_tsvector(''simple'', concat_ws('' '', a.title,
    a.summary, a.author, a.body)) FROM articles_article AS a')
WHERE length(word) BETWEEN 3 AND 40 AND word !~ '[0-9_]'
"""


def fill_search_index(apps, schema_editor):
    # Articles saved before this migration have no search document yet.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FILL_DOCUMENTS)
        schema_editor.execute("TRUNCATE articles_search_word")
        schema_editor.execute(FILL_WORDS)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_search_and_provenance"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_words, drop_words),
        migrations.RunPython(fill_search_index, migrations.RunPython.noop),
    ]
