"""Export the whole archive as NDJSON: one article per line, with its source, tags and provenance.

Read-only and safe to re-run. Streams in chunks (constant memory, three queries per
chunk), oldest article first, so that `import_articles` of the file into an empty
database reproduces the archive and a second export gives the same file.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importing import export_lines


class Command(BaseCommand):
    help = "Write every article as NDJSON (one JSON object per line) to stdout or --output."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", type=Path, help="File to write instead of stdout.")

    def handle(self, *args, output, verbosity, **options):
        if output is None:
            try:
                for line in export_lines():
                    self.stdout.write(line)
            except BrokenPipeError:
                # A reader such as `head` stopped early: that is its choice, not an error.
                sys.stderr.close()
            return
        count = 0
        try:
            with output.open("w", encoding="utf-8") as stream:
                for line in export_lines():
                    stream.write(line + "\n")
                    count += 1
        except OSError as error:
            raise CommandError(f"cannot write {output}: {error.strerror or error}") from None
        if verbosity >= 1:
            self.stderr.write(f"{count} article(s) written to {output}")
