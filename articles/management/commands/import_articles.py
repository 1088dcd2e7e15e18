"""Import articles from saved pages, text dumps and Newsroom exports.

Takes files, directories (searched recursively) and glob patterns. Touches only the
sources, tags, articles and provenance the files hold (see `articles.importing`). Each
file is its own transaction: a broken file is reported with its path and reason, leaves
nothing behind and does not stop the others. Safe to re-run: a second run reports
every article unchanged. `--dry-run` imports each file and rolls it back.
"""

from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from articles.importing import files_in, import_paths, summary
from articles.models import Article


class ProgressBar:
    """A one-line bar on stderr, redrawn at most once per percent."""

    WIDTH = 30

    def __init__(self, stream, total):
        self.stream, self.total, self.shown = stream, total, -1

    def update(self, done):
        percent = done * 100 // max(self.total, 1)
        if percent == self.shown:
            return
        self.shown = percent
        filled = self.WIDTH * done // max(self.total, 1)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total} files", ending="")
        self.stream.flush()

    def close(self):
        self.stream.write("\r" + " " * (self.WIDTH + 40) + "\r", ending="")
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "Import articles from .html/.htm saved pages, .txt dumps and .json/.ndjson/.jsonl exports "
        "(files, folders searched recursively, or glob patterns). Safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="path", help="File, folder or glob.")
        parser.add_argument(
            "--source", help="Publisher name for pages and dumps that do not name one."
        )
        parser.add_argument(
            "--language", help="Language code (such as id or en) when a page does not say."
        )
        parser.add_argument(
            "--status",
            choices=Article.Status.values,
            help="Status to give the articles (new ones are published by default; "
            "re-imported ones keep theirs; an editor's status always wins).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and report; write nothing."
        )

    def handle(self, *args, paths, source, language, status, dry_run, verbosity, **options):
        bar = None
        if verbosity == 1 and self.stdout.isatty():
            bar = ProgressBar(self.stderr, sum(1 for _ in files_in(paths)))
        tally = Counter()
        reports = import_paths(
            paths, source=source, language=language, status=status, dry_run=dry_run
        )
        for done, report in enumerate(reports, 1):
            if report.error:
                tally["failed"] += 1
                if bar:
                    bar.close()
                self.stderr.write(f"{report.path}: {report.error}")
                if verbosity >= 2:
                    self.stdout.write(f"{'failed':>9}  {report.path}")
            tally.update(outcome.kind for outcome in report.outcomes)
            if verbosity >= 2:
                for outcome in report.outcomes:
                    note = f"  ({outcome.note})" if outcome.note else ""
                    self.stdout.write(f"{outcome.kind:>9}  {report.path}{note}")
            if bar:
                bar.update(done)
        if bar:
            bar.close()
        style = self.style.ERROR if tally["failed"] else self.style.SUCCESS
        self.stdout.write(style(summary(tally)))
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
        if tally["failed"]:
            raise CommandError(f"{tally['failed']} file(s) failed; see the reasons above.")
