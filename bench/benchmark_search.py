"""Measure reader search on PostgreSQL with N synthetic articles.

Runs only on a PostgreSQL database whose name ends in `_bench` and that holds no
article of its own: it migrates that database, replaces every article, source and tag
in it with deterministic synthetic ones (English and Indonesian words with Zipf-like
frequencies), rebuilds the search index and then times the search page through
Django's test client (ranking, facets, count and snippets: the code the view runs) and
plain `icontains` for the same queries. Safe to re-run; `--keep` reuses the data when
the article count already matches.

The fill is built for 1,000,000 articles: rows are drawn in Python with a seeded RNG and
streamed with COPY, the secondary indexes and constraints of the article and tagging
tables are dropped meanwhile and rebuilt at the end, and the search documents are built
with `rebuild_search_index`'s own UPDATE split into id ranges over `--jobs` connections.
"""

import random
import re
import statistics
import threading
import time
from datetime import UTC, date, datetime, timedelta

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from articles.models import Article
from articles.search import contains_all, rebuild_known_words, update_search_vectors

SYNTHETIC = "bench:"
# "More than N articles" when the page bounded the count (N is the limit).
RESULTS_HEADING = re.compile(r'id="results-heading"[^>]*>(?:More than )?(\d+) article')
SOURCES, TAGS = 20, 40
VOCABULARY = 20_000  # words per language; rank r is drawn with probability about 1/r

ENGLISH = """government president minister election market price oil police court
people year city country week police report company economy bank law health school
water power energy security military troops border war peace talks trade export
import farmers rice fuel gas coal mining flood earthquake storm rain drought fire
hospital doctors patients vaccine virus disease students teachers university budget
tax inflation currency investors shares stocks growth jobs workers strike protest
parliament party opposition campaign votes ballot candidate court judge prison
corruption investigation minister spokesman statement agreement deal summit leaders
region province capital village island coast port airport railway road bridge
traffic accident ship plane flight tourism hotel festival football match team coach
player league cup final season record title music film artist book museum church
mosque temple religion community family children women youth village forest wildlife
climate emissions pollution plastic waste recycling technology internet mobile phone
data privacy cyber attack hackers software startup digital platform online social
media journalists newspaper television radio broadcast editor reporter interview
science research scientists space satellite rocket energy solar wind nuclear plant
factory production supply demand shortage imports exports tariff sanctions embassy
diplomats foreign ministry refugees migrants visa citizens rights freedom justice""".split()

INDONESIAN = """pemerintah presiden menteri pemilu pasar harga minyak polisi pengadilan
rakyat tahun kota negara minggu laporan perusahaan ekonomi bank hukum kesehatan sekolah
air listrik energi keamanan militer pasukan perbatasan perang damai perundingan
perdagangan ekspor impor petani beras bahan bakar gas batubara tambang banjir gempa
badai hujan kemarau kebakaran rumah sakit dokter pasien vaksin virus penyakit
mahasiswa guru universitas anggaran pajak inflasi rupiah investor saham pertumbuhan
pekerjaan buruh mogok unjuk rasa parlemen partai oposisi kampanye suara calon hakim
penjara korupsi penyelidikan juru bicara pernyataan perjanjian kesepakatan pertemuan
pemimpin wilayah provinsi ibu kota desa pulau pantai pelabuhan bandara kereta jalan
jembatan lalu lintas kecelakaan kapal pesawat penerbangan pariwisata hotel festival
sepak bola pertandingan tim pelatih pemain liga piala final musim rekor gelar musik
film seniman buku museum gereja masjid pura agama masyarakat keluarga anak perempuan
pemuda hutan satwa iklim emisi polusi plastik sampah teknologi internet ponsel data
privasi serangan peretas perangkat lunak rintisan digital daring sosial media wartawan
koran televisi radio siaran redaktur wawancara ilmu penelitian ilmuwan antariksa satelit
roket surya angin nuklir pabrik produksi pasokan permintaan kelangkaan tarif sanksi
kedutaan diplomat kementerian pengungsi migran warga hak kebebasan keadilan
meninggalkan tinggalkan kembali mengatakan menyatakan membantu dikerahkan""".split()

SYLLABLES = "ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu".split()  # noqa: E501


def vocabulary(real_words, seed):
    """Real words first (the most frequent ranks), then made-up ones, deterministically."""
    rng = random.Random(seed)
    words = list(dict.fromkeys(real_words))
    seen = set(words)
    while len(words) < VOCABULARY:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


COLUMNS = (
    "title, slug, source_id, author, language, status, published_at, has_time, published_on, "
    "summary, body, excerpt, original_url, related_headlines, import_key, content_hash, "
    "created_at, updated_at"
)
SEED = 42
CHUNK = 2_000  # rows per COPY write
# Tables whose secondary indexes and constraints are dropped during the fill and rebuilt
# after it; the constraints named here stay (ON CONFLICT of the tagging needs it).
DEFERRED_TABLES = {
    "articles_article": set(),
    "articles_article_tags": {"articles_article_tags_article_id_tag_id_1988a91e_uniq"},
}
# Statements that rebuild what the fill dropped, kept in the bench database itself so an
# interrupted fill is repaired by the next run.
PENDING_TABLE = "benchmark_pending_ddl"
DEFERRABLE_SQL = """
SELECT 1, format('DROP INDEX %%I', i.relname), pg_get_indexdef(i.oid)
FROM pg_index AS x JOIN pg_class AS i ON i.oid = x.indexrelid
WHERE x.indrelid = %(table)s::regclass
    AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conindid = x.indexrelid)
UNION ALL
SELECT CASE c.contype WHEN 'u' THEN 2 ELSE 3 END,
    format('ALTER TABLE %%s DROP CONSTRAINT %%I', %(table)s, c.conname),
    format('ALTER TABLE %%s ADD CONSTRAINT %%I ', %(table)s, c.conname)
        || pg_get_constraintdef(c.oid)
FROM pg_constraint AS c
WHERE c.conrelid = %(table)s::regclass AND c.contype IN ('u', 'f')
    AND NOT c.conname = ANY(%(keep)s)
"""


def synthetic_rows(n, first_source, created):
    """COPY text lines of `n` articles, the same every time (seeded)."""
    languages = [("en", vocabulary(ENGLISH, 1)), ("id", vocabulary(INDONESIAN, 2))]
    draw = random.Random(SEED).random
    # The word of rank r (from 1) comes up with probability log(1 + 1/r) / log(VOCABULARY).
    top = VOCABULARY
    first_day = date(2000, 1, 1)
    for g in range(1, n + 1):
        lang, words = languages[g % 10 < 3]
        title = " ".join([words[int(top ** draw()) - 1] for _ in range(5 + g % 5)]).title()
        body = " ".join([words[int(top ** draw()) - 1] for _ in range(60 + g * 7919 % 120)])
        body += "."
        day = first_day + timedelta(days=g * 9131 // n)
        minute = g % 600
        yield (
            f"{title}\tbench-{g}\t{first_source + g % SOURCES}\t\t{lang}\tpublished\t"
            f"{day} {8 + minute // 60:02}:{minute % 60:02}:00+00\tt\t{day}\t\t{body}\t"
            f"{body[:280]}\t\t[]\t{SYNTHETIC}{g}\t\t{created}\t{created}\n"
        )


def in_parallel(jobs):
    """Run each callable in its own thread (and database connection); re-raise a failure."""
    failures = []

    def run(job):
        try:
            job()
        except Exception as error:  # handed to the main thread below
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=[job]) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]


def execute_each(statements, *, pending=False):
    """Run `statements` on this thread's connection; `pending`: each is then done."""
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '1GB'")
        for statement in statements:
            cursor.execute(statement)
            if pending:
                cursor.execute(f"DELETE FROM {PENDING_TABLE} WHERE statement = %s", [statement])


TAGGING_SQL = """
INSERT INTO articles_article_tags (article_id, tag_id)
SELECT a.id, %(first_tag)s + (a.id * 31) %% %(tags)s FROM articles_article AS a WHERE a.id %% 3 <> 0
UNION
SELECT a.id, %(first_tag)s + (a.id * 17 + 7) %% %(tags)s FROM articles_article AS a
WHERE a.id %% 5 = 0
ON CONFLICT DO NOTHING
"""


def percentile(samples, share):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = (
        "Fill a dedicated PostgreSQL database (name ending in _bench) with N synthetic "
        "articles and time the search page. Replaces only synthetic data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000, help="Default 100000.")
        parser.add_argument("--runs", type=int, default=3, help="Timed runs per query.")
        parser.add_argument(
            "--keep", action="store_true", help="Reuse the data if the count already matches."
        )
        parser.add_argument(
            "--jobs", type=int, default=2, help="Connections building search vectors (2)."
        )
        parser.add_argument(
            "--icontains-queries",
            type=int,
            default=None,
            help="Time icontains on this many queries per class, evenly spaced (default all; "
            "2 = one English, one Indonesian). It scans every row.",
        )
        parser.add_argument(
            "--icontains-runs", type=int, default=None, help="Runs per icontains query (--runs)."
        )

    def handle(self, *args, articles, runs, keep, jobs, icontains_queries, icontains_runs, **o):
        self.check_target()
        call_command("migrate", verbosity=0)
        self.check_only_synthetic()
        self.restore_deferred()  # left by an interrupted fill
        if keep and Article.objects.count() == articles:
            self.stdout.write(f"Reusing {articles} synthetic articles.")
        else:
            self.fill(articles, jobs)
        self.measure(
            runs,
            icontains_queries,
            runs if icontains_runs is None else icontains_runs,
        )

    def check_target(self):
        name = connection.settings_dict["NAME"]
        if connection.vendor != "postgresql":
            raise CommandError(
                "The search benchmark needs PostgreSQL; set DATABASE_URL to "
                "postgres://…/newsroom_bench (SQLite has no full-text index to measure)."
            )
        if not name.endswith("_bench"):
            raise CommandError(
                f"Refusing to fill database {name!r}: the benchmark replaces every article. "
                "Create a dedicated database whose name ends in _bench (createdb newsroom_bench) "
                "and point DATABASE_URL at it."
            )

    def check_only_synthetic(self):
        real = Article.objects.exclude(import_key__startswith=SYNTHETIC).count()
        if real:
            raise CommandError(
                f"Refusing to touch this database: it holds {real} article(s) that the "
                "benchmark did not create. Use an empty database ending in _bench."
            )

    def step(self, label, started):
        self.stdout.write(f"{label}: {time.perf_counter() - started:.1f} s")
        return time.perf_counter()

    def fill(self, n, jobs):
        started = self.started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE articles_article, articles_source, articles_tag CASCADE")
            cursor.execute(
                "INSERT INTO articles_source (name, slug, homepage_url) "
                "SELECT 'Bench source ' || g, 'bench-source-' || g, '' "
                "FROM generate_series(1, %s) AS g RETURNING id",
                [SOURCES],
            )
            first_source = min(row[0] for row in cursor.fetchall())
            cursor.execute(
                "INSERT INTO articles_tag (name, slug) "
                "SELECT 'Bench tag ' || g, 'bench-tag-' || g FROM generate_series(1, %s) AS g "
                "RETURNING id",
                [TAGS],
            )
            first_tag = min(row[0] for row in cursor.fetchall())
            self.defer_indexes(cursor)
            started = self.step("sources and tags, indexes dropped", started)
            created = datetime.now(UTC).isoformat()
            with cursor.copy(f"COPY articles_article ({COLUMNS}) FROM STDIN") as copy:
                lines = []
                for line in synthetic_rows(n, first_source, created):
                    lines.append(line)
                    if len(lines) == CHUNK:
                        copy.write("".join(lines))
                        lines = []
                copy.write("".join(lines))
            started = self.step(f"{n} articles (COPY)", started)
            cursor.execute(TAGGING_SQL, {"first_tag": first_tag, "tags": TAGS})
            started = self.step("tags", started)
            cursor.execute("SELECT min(id), max(id) FROM articles_article")
            low, high = cursor.fetchone()
        # The UPDATE of rebuild_search_index, split into id ranges over `jobs` connections.
        step = (high - low) // jobs + 1
        in_parallel(
            [
                lambda first=first: update_search_vectors(
                    id_range=(first, min(first + step - 1, high))
                )
                for first in range(low, high + 1, step)
            ]
        )
        started = self.step(f"search vectors ({jobs} connections)", started)
        words = rebuild_known_words()
        started = self.step(f"known words ({words})", started)
        self.restore_deferred(jobs)
        started = self.step("indexes and constraints rebuilt", started)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE articles_article")
            cursor.execute("VACUUM ANALYZE articles_article_tags")
            cursor.execute("VACUUM ANALYZE articles_search_word")
        self.step("vacuum analyze", started)
        self.stdout.write(f"fill total: {time.perf_counter() - self.started:.1f} s")

    def defer_indexes(self, cursor):
        """Drop secondary indexes and constraints, noting how to rebuild them."""
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {PENDING_TABLE} "
            "(kind int NOT NULL, statement text NOT NULL UNIQUE)"
        )
        for table, keep in DEFERRED_TABLES.items():
            cursor.execute(DEFERRABLE_SQL, {"table": table, "keep": list(keep)})
            for kind, drop, restore in cursor.fetchall():
                with transaction.atomic():
                    cursor.execute(
                        f"INSERT INTO {PENDING_TABLE} (kind, statement) VALUES (%s, %s)",
                        [kind, restore],
                    )
                    cursor.execute(drop)

    def restore_deferred(self, jobs=1):
        """Rebuild what `defer_indexes` dropped: indexes (over `jobs` connections) first."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [PENDING_TABLE])
            if not cursor.fetchone()[0]:
                return
            cursor.execute(f"SELECT kind, statement FROM {PENDING_TABLE} ORDER BY kind, statement")
            pending = cursor.fetchall()
        indexes = [statement for kind, statement in pending if kind == 1]
        in_parallel(
            [lambda part=indexes[i::jobs]: execute_each(part, pending=True) for i in range(jobs)]
        )
        execute_each([statement for kind, statement in pending if kind != 1], pending=True)
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE {PENDING_TABLE}")

    def query_classes(self):
        en, id_ = vocabulary(ENGLISH, 1), vocabulary(INDONESIAN, 2)
        return {
            "common word": [en[r] for r in range(5)] + [id_[r] for r in range(5)],
            "rare word": [en[r] for r in range(5000, 15000, 2000)]
            + [id_[r] for r in range(5001, 15000, 2000)],
            "two words": [f"{en[r]} {en[r + 300]}" for r in range(100, 600, 100)]
            + [f"{id_[r]} {id_[r + 300]}" for r in range(101, 600, 100)],
            "two common words": [f"{en[r]} {en[r + 1]}" for r in range(10, 20, 2)]
            + [f"{id_[r]} {id_[r + 1]}" for r in range(10, 20, 2)],
        }

    def measure(self, runs, icontains_queries, icontains_runs):
        client = Client()
        published = Article.objects.published()
        rows = []
        # Plain static storage: the page renders without `collectstatic` having run.
        storages = settings.STORAGES | {
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
        }
        with override_settings(
            ALLOWED_HOSTS=["testserver"], SECURE_SSL_REDIRECT=False, STORAGES=storages
        ):
            for label, queries in self.query_classes().items():
                page, plain, counts, found = [], [], set(), []
                sampled = min(icontains_queries or len(queries), len(queries))
                plain_queries = {queries[i * len(queries) // sampled] for i in range(sampled)}
                for q in queries:
                    client.get("/articles/", {"q": q})  # warm the caches once
                    with CaptureQueriesContext(connection) as captured:
                        response = client.get("/articles/", {"q": q})
                    assert response.status_code == 200, response.status_code
                    counts.add(len(captured))
                    found.append(int(RESULTS_HEADING.search(response.content.decode())[1]))
                    for _ in range(runs):
                        started = time.perf_counter()
                        client.get("/articles/", {"q": q})
                        page.append((time.perf_counter() - started) * 1000)
                    for _ in range(icontains_runs if q in plain_queries else 0):
                        started = time.perf_counter()
                        matching = contains_all(published, q).newest_first()
                        matching.count()
                        list(matching.for_listing()[:20])
                        plain.append((time.perf_counter() - started) * 1000)
                rows.append((label, page, plain, counts, found))
                self.stdout.write(
                    f"{label}: {len(page)} page samples, {len(plain)} icontains samples",
                )
        self.stdout.write(
            f"{'query class':<18} {'page p50':>9} {'page p95':>9} {'icontains p50':>14} "
            f"{'icontains p95':>14} {'SQL/page':>9} {'matches (median)':>17}"
        )
        for label, page, plain, counts, found in rows:
            icontains = (
                f"{percentile(plain, 0.5):>14.1f} {percentile(plain, 0.95):>14.1f}"
                if plain
                else f"{'-':>14} {'-':>14}"
            )
            self.stdout.write(
                f"{label:<18} {percentile(page, 0.5):>9.1f} {percentile(page, 0.95):>9.1f} "
                f"{icontains} "
                f"{'/'.join(map(str, sorted(counts))):>9} {statistics.median(found):>17.0f}"
            )
