"""Rebuild every article's search document and the list of known words (PostgreSQL).

Touches only `articles_article.search_vector` and the `articles_search_word` table, in
one transaction. Safe to re-run; on SQLite there is nothing to rebuild and it says so.
"""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS

from articles.models import Article
from articles.search import is_supported, rebuild_search_index


class Command(BaseCommand):
    help = "Rebuild the full-text search index of every article. Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="Database alias (default: default)."
        )

    def handle(self, *args, database, **options):
        if not is_supported(database):
            self.stdout.write(
                "Nothing to rebuild: this database is not PostgreSQL, so search reads the "
                "articles directly."
            )
            return
        words = rebuild_search_index(using=database)
        articles = Article.objects.using(database).count()
        self.stdout.write(
            self.style.SUCCESS(f"Search index rebuilt: {articles} articles, {words} known words.")
        )
