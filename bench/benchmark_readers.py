"""Measure the reader pages at scale: N synthetic articles, served as production serves them.

Fills a dedicated database (PostgreSQL named `…_bench`, or an SQLite file whose name holds
"bench") with N deterministic synthetic articles (20 sources, 40 tags, the search
benchmark's words and fill; `--keep` reuses them), then:

1. serves it with gunicorn (sync workers, debug off, static files by WhiteNoise) and, page
   by page, keeps `--connections` keep-alive clients busy for `--seconds`, beside a
   constant response through the same stack in the same window (`/healthz/live`: the
   middleware and a view, no database): requests per second, p50 and p99, and the page's
   rate as a ratio to the constant's;
2. renders each page in-process with Django's test client: milliseconds and SQL queries.

The same tool runs against an older checkout (copy `bench/` into it) on the same
database, for before/after tables. Writes only to the bench database. Safe to re-run.
"""

import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import NoReverseMatch, reverse

from articles.models import Article, Source, Tag
from bench import benchmark_search
from bench.benchmark_search import SOURCES, SYNTHETIC, TAGS, percentile, synthetic_rows

ROOT = Path(__file__).resolve().parent.parent
SEARCH = "pemerintah harga"  # two common words (ranks of the Indonesian vocabulary)


class Command(BaseCommand):
    help = "Fill a bench database with N synthetic articles and measure every reader page."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000, help="Default 100000.")
        parser.add_argument("--keep", action="store_true", help="Reuse matching data.")
        parser.add_argument("--fill-only", action="store_true", help="Fill, measure nothing.")
        parser.add_argument("--seconds", type=float, default=5.0, help="Per page (5).")
        parser.add_argument("--connections", type=int, default=4, help="Clients at once (4).")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2).")
        parser.add_argument("--pages", help="Comma-separated page names to measure (all).")
        parser.add_argument(
            "--page-cache",
            type=int,
            default=0,
            metavar="SECONDS",
            help="Keep rendered pages this long (NEWSROOM_PAGE_CACHE_SECONDS); 0, the "
            "default, measures every page rendered afresh.",
        )
        parser.add_argument(
            "--gzip", action="store_true", help="Clients send Accept-Encoding: gzip."
        )

    def handle(self, *args, articles, keep, fill_only, seconds, connections, workers, **o):
        self.page_cache, self.gzip = o["page_cache"], o["gzip"]
        self.check_target()
        if keep and Article.objects.filter(import_key__startswith=SYNTHETIC).count() == articles:
            self.stdout.write(f"Reusing {articles} synthetic articles.")
        else:
            self.fill(articles)
        if fill_only:
            return
        call_command("collectstatic", "--noinput", verbosity=0)  # WhiteNoise serves them
        pages = self.pages()
        if o["pages"]:
            wanted = o["pages"].split(",")
            pages = {name: urls for name, urls in pages.items() if name in wanted}
        self.stdout.write(
            f"{Article.objects.count()} articles on {connection.vendor}; load average "
            f"{os.getloadavg()[0]:.2f}; {workers} gunicorn workers, {connections} connections, "
            f"{seconds:g} s a page; page cache {self.page_cache} s; "
            f"gzip {'on' if self.gzip else 'off'}."
        )
        served = self.served(pages, seconds, connections, workers)
        rendered = self.rendered(pages)
        self.table(pages, served, rendered)

    # ------------------------------------------------------------------------- data

    def check_target(self):
        name = str(connection.settings_dict["NAME"])
        if connection.vendor == "postgresql" and not name.endswith("_bench"):
            raise CommandError(
                f"Refusing to fill database {name!r}: name a PostgreSQL database ending in "
                "_bench (createdb newsroom_bench) in DATABASE_URL."
            )
        if connection.vendor == "sqlite" and "bench" not in Path(name).name:
            raise CommandError(
                f"Refusing to fill {name!r}: name an SQLite file holding 'bench' in "
                "DATABASE_URL (sqlite:////tmp/newsroom_bench.sqlite3)."
            )
        call_command("migrate", verbosity=0)
        real = Article.objects.exclude(import_key__startswith=SYNTHETIC).count()
        if real:
            raise CommandError(
                f"Refusing to touch this database: it holds {real} article(s) that the "
                "benchmark did not create."
            )

    def fill(self, n):
        if connection.vendor == "postgresql":
            search = benchmark_search.Command(stdout=self.stdout, stderr=self.stderr)
            search.restore_deferred()
            search.fill(n, jobs=2)
            return
        started = time.perf_counter()
        with connection.cursor() as cursor:
            for table in ("articles_article_tags", "articles_article", "articles_source"):
                cursor.execute(f"DELETE FROM {table}")
            cursor.execute("DELETE FROM articles_tag")
        sources = Source.objects.bulk_create(
            Source(name=f"Bench source {g}", slug=f"bench-source-{g}")
            for g in range(1, SOURCES + 1)
        )
        tags = Tag.objects.bulk_create(
            Tag(name=f"Bench tag {g}", slug=f"bench-tag-{g}") for g in range(1, TAGS + 1)
        )
        first_source, first_tag = sources[0].pk, tags[0].pk
        created = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
        columns = benchmark_search.COLUMNS
        placeholders = ", ".join(["%s"] * len(columns.split(",")))
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode = WAL")
            batch = []
            for line in synthetic_rows(n, first_source, created):
                row = line.rstrip("\n").split("\t")
                row[7] = row[7] == "t"  # has_time
                row[6] = row[6].removesuffix("+00")  # SQLite keeps UTC without an offset
                batch.append(row)
                if len(batch) == 5000:
                    cursor.executemany(
                        f"INSERT INTO articles_article ({columns}) VALUES ({placeholders})",
                        batch,
                    )
                    batch = []
            if batch:
                cursor.executemany(
                    f"INSERT INTO articles_article ({columns}) VALUES ({placeholders})", batch
                )
            tagging = benchmark_search.TAGGING_SQL.replace("ON CONFLICT DO NOTHING", "")
            tagging = tagging.replace("INSERT INTO", "INSERT OR IGNORE INTO")
            cursor.execute(tagging, {"first_tag": first_tag, "tags": TAGS})
            cursor.execute("ANALYZE")
        self.stdout.write(
            f"{n} articles, {SOURCES} sources, {TAGS} tags: {time.perf_counter() - started:.1f} s"
        )

    # ------------------------------------------------------------------------- pages

    def pages(self) -> dict[str, list[str]]:
        """Each page's URLs; the article page draws one of 500 at random per request."""
        published = Article.objects.published()
        count = published.count()
        last = max(1, -(-count // settings.NEWSROOM_PAGE_SIZE))
        rng = random.Random(7)
        ids = list(published.values_list("pk", flat=True)[:: max(1, count // 500)])
        articles = [
            a.get_absolute_url()
            for a in published.filter(pk__in=ids).only(
                "slug", "published_on", "published_at", "has_time"
            )
        ]
        rng.shuffle(articles)
        middle = published.order_by("published_at")[count // 2]
        day = middle.published_on
        return {
            "constant": [_constant()],
            "home": ["/"],
            "list page 1": ["/articles/"],
            "list middle": [f"/articles/?page={last // 2}"],
            "list last": [f"/articles/?page={last}"],
            "article": articles,
            "source": ["/sources/bench-source-1/"],
            "tag": ["/tags/bench-tag-1/"],
            "day archive": [f"/articles/{day:%Y/%m/%d}/"],
            "search": [f"/articles/?q={SEARCH.replace(' ', '+')}"],
            "feed": ["/feeds/latest/"],
        }

    def served(self, pages, seconds, connections, workers) -> dict[str, dict]:
        port = _free_port()
        env = {
            **os.environ,
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "bench-" + "x" * 50,
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_LOG_LEVEL": "WARNING",
            "NEWSROOM_PAGE_CACHE_SECONDS": str(self.page_cache),
        }
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--workers", str(workers),
             "--bind", f"127.0.0.1:{port}", "--timeout", "120", "--log-level", "warning"],
            cwd=ROOT, env=env,
        )  # fmt: skip
        try:
            _wait_for(port)
            results = {}
            for name, urls in pages.items():
                if self.page_cache:
                    # Each page rendered once: kept for every worker with a shared cache
                    # (NEWSROOM_CACHE_URL), for the one that rendered it otherwise.
                    _visit(port, urls, self.gzip)
                # Warm every worker's connection (and, with the page cache, its pages).
                _load(port, urls, 1.0, connections, self.gzip)
                results[name] = _load(port, urls, seconds, connections, self.gzip)
            return results
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:  # a worker still inside a slow page
                server.kill()
                server.wait()

    def rendered(self, pages) -> dict[str, tuple[float, int]]:
        with override_settings(
            SECURE_SSL_REDIRECT=False,
            ALLOWED_HOSTS=["127.0.0.1"],
            NEWSROOM_PAGE_CACHE_SECONDS=self.page_cache,
        ):
            return self._rendered(pages)

    def _rendered(self, pages) -> dict[str, tuple[float, int]]:
        client = Client(HTTP_HOST="127.0.0.1")
        results = {}
        for name, urls in pages.items():
            if name == "constant":
                continue
            timings, queries = [], []
            for url in (urls * 5)[:20]:
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get(url)
                    timings.append(time.perf_counter() - started)
                if response.status_code != 200:
                    raise CommandError(f"{url} answered {response.status_code}")
                queries.append(len(captured))
            results[name] = (statistics.median(timings) * 1000, max(queries))
        return results

    def table(self, pages, served, rendered):
        constant = served["constant"]["rate"]
        self.stdout.write(
            "| page | req/s | × constant | p50 ms | p99 ms | in-process ms | SQL queries |"
        )
        self.stdout.write("| --- | --- | --- | --- | --- | --- | --- |")
        for name in pages:
            figures = served[name]
            ms, queries = rendered.get(name, (None, None))
            self.stdout.write(
                f"| {name} | {figures['rate']:.1f} | {figures['rate'] / constant:.3f} | "
                f"{figures['p50']:.1f} | {figures['p99']:.1f} | "
                f"{'–' if ms is None else f'{ms:.1f}'} | {'–' if queries is None else queries} |"
            )


def _constant() -> str:
    """/healthz/live: Django's middleware and a view, no database. A checkout older than
    it uses /healthz, whose one `SELECT 1` is the only difference."""
    try:
        return reverse("healthz_live")
    except NoReverseMatch:
        return reverse("healthz")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(port, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise CommandError("gunicorn did not start")


def _visit(port, urls, gzip=False):
    """Each of `urls` once, one after the other."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Host": "127.0.0.1", **({"Accept-Encoding": "gzip"} if gzip else {})}
    for url in dict.fromkeys(urls):
        conn.request("GET", url, headers=headers)
        conn.getresponse().read()
    conn.close()


def _load(port, urls, seconds, connections, gzip=False) -> dict:
    """`connections` keep-alive clients requesting `urls` (at random) for `seconds`."""
    headers = {"Host": "127.0.0.1", **({"Accept-Encoding": "gzip"} if gzip else {})}
    latencies: list[float] = []
    failures: list[str] = []
    deadline = time.perf_counter() + seconds

    def client(seed):
        rng = random.Random(seed)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.perf_counter() < deadline:
            url = rng.choice(urls)
            started = time.perf_counter()
            conn.request("GET", url, headers=headers)
            response = conn.getresponse()
            response.read()
            latencies.append(time.perf_counter() - started)
            if response.status != 200:
                failures.append(f"{url}: {response.status}")
                return
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=[seed]) for seed in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise CommandError(f"a page failed under load: {failures[0]}")
    elapsed = time.perf_counter() - started
    return {
        "rate": len(latencies) / elapsed,
        "p50": percentile(latencies, 0.5) * 1000,
        "p99": percentile(latencies, 0.99) * 1000,
    }
