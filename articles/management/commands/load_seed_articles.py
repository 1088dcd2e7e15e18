"""Load the seed articles: plain-text dumps in NEWSROOM_FIXTURES_DIR, or the files given.

Touches only the sources and articles those files name, and their provenance (see
`articles.importing`, the same write path `import_articles` uses).
Each file is its own transaction, so a broken file leaves nothing behind and does
not stop the others. Safe to re-run: unchanged articles are not saved again, and an
article an editor changed is kept as they left it ("kept").
"""

from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importing import load_seeds, summary


class Command(BaseCommand):
    help = (
        "Load the seed articles (*.txt dumps) from NEWSROOM_FIXTURES_DIR, or the given files. "
        "Safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            nargs="*",
            type=Path,
            metavar="file",
            help="Seed files to load instead of every *.txt in NEWSROOM_FIXTURES_DIR.",
        )

    def handle(self, *args, files, verbosity, **options):
        if not files:
            folder = Path(settings.NEWSROOM_FIXTURES_DIR)
            files = sorted(folder.glob("*.txt"))
            if not files:
                raise CommandError(
                    f"No seed files (*.txt) in {folder}; add some there or pass file paths."
                )
        tally = Counter()
        for report in load_seeds(files):
            if report.error:
                self.stderr.write(f"{report.path}: {report.error}")
            kinds = [outcome.kind for outcome in report.outcomes] or ["failed"]
            tally.update(kinds)
            if verbosity >= 2:
                self.stdout.write(f"{kinds[0]:>9}  {report.path}")
        style = self.style.ERROR if tally["failed"] else self.style.SUCCESS
        self.stdout.write(style(summary(tally)))
        if tally["failed"]:
            raise CommandError(f"{tally['failed']} seed file(s) failed; see the reasons above.")
