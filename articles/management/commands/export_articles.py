"""Export the whole archive as NDJSON: one article per line, with its source, tags and provenance.

Read-only and safe to re-run. Streams in chunks (constant memory, three queries per
chunk), oldest article first, so that `import_articles` of the file into an empty
database reproduces the archive and a second export gives the same file.
"""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importing import article_record
from articles.models import Article

CHUNK_SIZE = 500


class Command(BaseCommand):
    help = "Write every article as NDJSON (one JSON object per line) to stdout or --output."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", type=Path, help="File to write instead of stdout.")

    def handle(self, *args, output, verbosity, **options):
        articles = (
            Article.objects.select_related("source", "provenance", "duplicate_of")
            .prefetch_related("tags")
            .defer("search_vector", "duplicate_of__body", "duplicate_of__search_vector")
            .order_by("pk")
        )
        if output is None:
            try:
                self.write(articles, self.stdout.write)
            except BrokenPipeError:
                # A reader such as `head` stopped early: that is its choice, not an error.
                sys.stderr.close()
        else:
            try:
                with output.open("w", encoding="utf-8") as stream:
                    count = self.write(articles, lambda line: stream.write(line + "\n"))
            except OSError as error:
                raise CommandError(f"cannot write {output}: {error.strerror or error}") from None
            if verbosity >= 1:
                self.stderr.write(f"{count} article(s) written to {output}")

    def write(self, articles, write_line):
        count = 0
        for article in articles.iterator(chunk_size=CHUNK_SIZE):
            write_line(json.dumps(article_record(article), ensure_ascii=False))
            count += 1
        return count
