"""Measure reader search on PostgreSQL with N synthetic articles.

Runs only on a PostgreSQL database whose name ends in `_bench` and that holds no
article of its own: it migrates that database, replaces every article, source and tag
in it with deterministic synthetic ones (English and Indonesian words with Zipf-like
frequencies), rebuilds the search index and then times the search page through
Django's test client (ranking, facets, count and snippets: the code the view runs) and
plain `icontains` for the same queries. Safe to re-run; `--keep` reuses the data when
the article count already matches.
"""

import random
import re
import statistics
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from articles.models import Article
from articles.search import contains_all, rebuild_search_index

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


FILL_SQL = """
INSERT INTO articles_article (
    title, slug, source_id, author, language, status, published_at, has_time,
    published_on, summary, body, excerpt, original_url, related_headlines, import_key,
    content_hash, created_at, updated_at)
SELECT w.title, 'bench-' || g, %(first_source)s + g %% %(sources)s, '', w.lang, 'published',
    w.day + time '08:00' + (g %% 600) * interval '1 minute', true, w.day, '', w.body,
    left(w.body, 280), '', '[]'::jsonb, %(prefix)s || g, '', now(), now()
FROM generate_series(1, %(n)s) AS g,
LATERAL (
    SELECT CASE WHEN g %% 10 < 3 THEN %(id_words)s::text[] ELSE %(en_words)s::text[] END AS words,
           CASE WHEN g %% 10 < 3 THEN 'id' ELSE 'en' END AS lang,
           date '2000-01-01' + (g::bigint * 9131 / %(n)s)::int AS day
) AS l,
LATERAL (
    SELECT l.lang, l.day,
        initcap(array_to_string(ARRAY(
            SELECT l.words[floor(power(%(vocabulary)s, random()))::int]
            FROM generate_series(1, 5 + g %% 5)), ' ')) AS title,
        array_to_string(ARRAY(
            SELECT l.words[floor(power(%(vocabulary)s, random()))::int]
            FROM generate_series(1, 60 + (g::bigint * 7919) %% 120)), ' ') || '.' AS body
) AS w
"""

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

    def handle(self, *args, articles, runs, keep, **options):
        self.check_target()
        call_command("migrate", verbosity=0)
        self.check_only_synthetic()
        if keep and Article.objects.count() == articles:
            self.stdout.write(f"Reusing {articles} synthetic articles.")
        else:
            self.fill(articles)
        self.measure(runs)

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

    def fill(self, n):
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("SET max_parallel_workers_per_gather = 0")  # random() stays repeatable
            cursor.execute("SELECT setseed(0.42)")
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
            started = self.step("sources and tags", started)
            cursor.execute(
                FILL_SQL,
                {
                    "n": n,
                    "first_source": first_source,
                    "sources": SOURCES,
                    "prefix": SYNTHETIC,
                    "vocabulary": VOCABULARY,
                    "en_words": vocabulary(ENGLISH, 1),
                    "id_words": vocabulary(INDONESIAN, 2),
                },
            )
            started = self.step(f"{n} articles", started)
            cursor.execute(TAGGING_SQL, {"first_tag": first_tag, "tags": TAGS})
            started = self.step("tags", started)
        words = rebuild_search_index()
        started = self.step(f"search index ({words} known words)", started)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE articles_article")
            cursor.execute("VACUUM ANALYZE articles_article_tags")
            cursor.execute("VACUUM ANALYZE articles_search_word")
        self.step("vacuum analyze", started)

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

    def measure(self, runs):
        client = Client()
        published = Article.objects.published()
        rows = []
        with override_settings(ALLOWED_HOSTS=["testserver"], SECURE_SSL_REDIRECT=False):
            for label, queries in self.query_classes().items():
                page, plain, counts, found = [], [], set(), []
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
                        started = time.perf_counter()
                        matching = contains_all(published, q).newest_first()
                        matching.count()
                        list(matching.for_listing()[:20])
                        plain.append((time.perf_counter() - started) * 1000)
                rows.append((label, page, plain, counts, found))
        self.stdout.write(
            f"{'query class':<18} {'page p50':>9} {'page p95':>9} {'icontains p50':>14} "
            f"{'icontains p95':>14} {'SQL/page':>9} {'matches (median)':>17}"
        )
        for label, page, plain, counts, found in rows:
            self.stdout.write(
                f"{label:<18} {percentile(page, 0.5):>9.1f} {percentile(page, 0.95):>9.1f} "
                f"{percentile(plain, 0.5):>14.1f} {percentile(plain, 0.95):>14.1f} "
                f"{'/'.join(map(str, sorted(counts))):>9} {statistics.median(found):>17.0f}"
            )
