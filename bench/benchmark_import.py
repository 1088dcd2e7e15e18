"""Benchmark the import: generate a corpus of saved news pages, import it, report speed and memory.

Writes to the configured database, so run it against a dedicated one (see the README's
"Importing" section); it refuses a database that already holds articles unless given
`--force`. The corpus is generated deterministically in a temporary folder, removed
afterwards. Re-running on the same database imports nothing new (all "unchanged").
"""

import gc
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.importing import OUTCOMES, ParseError, files_in, import_file
from articles.models import Article
from articles.reading import parse_document
from bench.pages import generate_page


def max_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


class Command(BaseCommand):
    help = (
        "Generate N saved news pages, import them into the configured (dedicated) database "
        "and report pages per second and peak memory."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=5000, help="Pages to generate.")
        parser.add_argument(
            "--checkpoint",
            type=int,
            default=1000,
            help="Also report speed and memory after this many pages.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though the database already holds articles.",
        )

    def handle(self, *args, pages, checkpoint, force, verbosity, **options):
        if pages < 1:
            raise CommandError("--pages must be at least 1.")
        if Article.objects.exists() and not force:
            raise CommandError(
                "This database already holds articles; the benchmark writes thousands more. "
                "Point DATABASE_URL at a dedicated database (see the README, 'Importing'), "
                "migrate it, and run again, or pass --force."
            )
        with tempfile.TemporaryDirectory(prefix="newsroom-bench-") as folder:
            started = time.perf_counter()
            for number in range(pages):
                path = Path(folder) / f"{number // 500:03d}" / f"page-{number:06d}.html"
                path.parent.mkdir(exist_ok=True)
                path.write_bytes(generate_page(number))
            self.stdout.write(
                f"Generated {pages} pages in {time.perf_counter() - started:.1f} s "
                f"({sum(p.stat().st_size for p in Path(folder).rglob('*.html')) / pages / 1024:.1f}"
                " KiB on average)."
            )
            self.parse_only(folder, pages, checkpoint)
            self.import_all(folder, pages, checkpoint)

    def parse_only(self, folder, pages, checkpoint):
        gc.collect()
        started = time.perf_counter(), time.process_time()
        for done, path in enumerate(files_in([folder]), 1):
            parse_document(path.read_bytes(), name=path.name)
            if done in (checkpoint, pages):
                self.report("parse only", done, started)

    def import_all(self, folder, pages, checkpoint):
        tally = Counter()
        now = timezone.now()
        gc.collect()
        started = time.perf_counter(), time.process_time()
        for done, path in enumerate(files_in([folder]), 1):
            try:
                outcomes = import_file(data=path.read_bytes(), name=path.name, now=now)
            except ParseError as error:
                tally["failed"] += 1
                self.stderr.write(f"{path.name}: {error}")
            else:
                tally.update(outcome.kind for outcome in outcomes)
            if done in (checkpoint, pages):
                self.report("parse + write", done, started)
        self.stdout.write(", ".join(f"{kind} {tally[kind]}" for kind in OUTCOMES))
        flagged = Article.objects.filter(duplicate_of__isnull=False).count()
        self.stdout.write(f"{flagged} article(s) flagged as possible duplicates.")

    def report(self, phase, done, started):
        # CPU time is this process's alone: on a busy machine it shows the cost per page
        # that wall time hides (a PostgreSQL server's own work is not included in it).
        elapsed = time.perf_counter() - started[0]
        cpu = time.process_time() - started[1]
        self.stdout.write(
            f"{phase:>13}: {done:>5} pages in {elapsed:6.1f} s = {done / elapsed:6.1f} pages/s "
            f"(CPU {cpu:6.1f} s = {done / cpu:6.1f} pages/CPU-s), "
            f"peak RSS {max_rss_mb():5.1f} MiB"
        )
