"""Show what the importer would store for one file, as JSON; touches no database.

Reads the file, runs `articles.reading.parse_document` on it and prints the result.
Safe to re-run: it only reads.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.reading import ParseError, parse_document


class Command(BaseCommand):
    help = "Parse one saved page (.html) or text dump (.txt) and print the article as JSON."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--source", help="Source name used when the file names none.")
        parser.add_argument("--language", help="Language code used when the file states none.")

    def handle(self, *args, file, source, language, **options):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(
                f"{file}: cannot read the file: {error.strerror or error}"
            ) from error
        try:
            parsed = parse_document(data, name=file.name, source=source, language=language)
        except ParseError as error:
            raise CommandError(f"{file}: {error}") from error
        has_time = parsed.published_at is not None
        when = parsed.published_at if has_time else parsed.published_on
        output = {
            "title": parsed.title,
            "published_at": when.isoformat() if when else None,
            "has_time": has_time,
            "author": parsed.author,
            "source": parsed.source_name,
            "language": parsed.language,
            "original_url": parsed.original_url,
            "body": parsed.body,
            "related_headlines": parsed.related_headlines,
            "tags": parsed.tags,
            "removed": [{"text": text, "reason": reason} for text, reason in parsed.removed],
            "notes": parsed.notes,
        }
        self.stdout.write(json.dumps(output, ensure_ascii=False, indent=2))
