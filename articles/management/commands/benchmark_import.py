"""Benchmark the import: generate a corpus of saved news pages, import it, report speed and memory.

Writes to the configured database, so run it against a dedicated one (see the README's
"Importing" section); it refuses a database that already holds articles unless given
`--force`. The corpus is generated deterministically in a temporary folder, removed
afterwards. Re-running on the same database imports nothing new (all "unchanged").
"""

import gc
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.importers import OUTCOMES, ParseError, import_file
from articles.management.commands.import_articles import expand
from articles.models import Article
from articles.parsing import parse_document

SOURCES = [
    ("Warta Kota", "wartakota.test"),
    ("Kabar Jateng", "kabarjateng.test"),
    ("Harian Nusantara", "hariannusantara.test"),
    ("Suara Timur", "suaratimur.test"),
    ("Berita Pagi", "beritapagi.test"),
    ("Kompas Desa", "kompasdesa.test"),
    ("Metro Sumatra", "metrosumatra.test"),
    ("Bali Post Online", "balipost.test"),
]
WORDS = (
    "pemerintah kota warga jalan banjir harga beras pasar menteri presiden rapat desa sekolah "
    "rumah sakit pelabuhan kapal hujan polisi petugas kepala dinas sosial bantuan anak guru "
    "murid listrik air bersih kebakaran gempa tanah longsor jembatan proyek anggaran daerah "
    "provinsi kabupaten kecamatan kelurahan posko relawan pengungsi laporan data angka naik "
    "turun pekan bulan tahun pagi malam siang sore mengatakan menyebut menurut menjelaskan "
    "menambahkan meminta berharap segera akan telah sudah belum masih sejak hingga karena "
    "sehingga namun tetapi serta dengan untuk dari pada dalam ke di oleh bagi tentang atas"
).split()
MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(10, 24))
    return " ".join(words).capitalize() + "."


def _paragraph(rng):
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def generate_page(number: int) -> bytes:
    """One saved page: nav, header, adverts, JSON-LD, a "Baca juga" box, comments, footer.

    Every 20th page republishes the previous page's story at another outlet, with edits,
    so the near-duplicate check has work to do. Sizes vary from 3 to 20 paragraphs.
    """
    story = number - 1 if number % 20 == 19 else number
    rng = random.Random(story)
    title = " ".join(rng.choices(WORDS, k=rng.randint(5, 10))).capitalize()
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(3, 20))]
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    year = 2020 + rng.randint(0, 3)
    site, host = SOURCES[number % len(SOURCES)]
    if story != number:  # the republication: other words here and there, a new headline
        edit = random.Random(number)
        title = f"{title} (versi {site})"
        paragraphs = [
            " ".join(edit.choice(WORDS) if edit.random() < 0.03 else w for w in p.split())
            for p in paragraphs
        ]
    extra = random.Random(number)
    slug = "-".join(title.lower().split()[:8])
    url = f"https://{host}/{year}/{month:02d}/{day:02d}/{number}-{slug}"
    hour, minute = extra.randint(5, 22), extra.randint(0, 59)
    stamp = f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00+07:00"
    related = [" ".join(extra.choices(WORDS, k=6)).capitalize() for _ in range(3)]
    body = []
    for index, paragraph in enumerate(paragraphs):
        body.append(f"<p>{paragraph}</p>")
        if index == 1:
            body.append(
                '<div class="ads ad-slot"><ins class="adsbygoogle"></ins><p>ADVERTISEMENT</p></div>'
            )
        if index == 2:
            body.append(f'<p><strong>Baca juga:</strong> <a href="/r/{index}">{related[0]}</a></p>')
    comments = "".join(
        f'<li class="comment"><b>Pembaca {i}</b><p>{_sentence(extra)}</p></li>'
        for i in range(extra.randint(0, 6))
    )
    keywords = ", ".join(extra.sample(WORDS, 3))
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{title} - {site}</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta name="keywords" content="{keywords}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "{stamp}", "inLanguage": "id",
"author": {{"@type": "Person", "name": "Reporter {story % 37}"}},
"publisher": {{"@type": "Organization", "name": "{site}"}}}}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag() {{}}</script>
<style>.ads {{ min-height: 250px }}</style>
</head><body>
<header class="site-header"><a href="/" class="logo">{site}</a>
<nav class="menu"><ul><li><a href="/nasional">Nasional</a></li>
<li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li>
<li><a href="/daerah">Daerah</a></li></ul></nav></header>
<div class="ads leaderboard"><ins class="adsbygoogle"></ins></div>
<main><article class="post">
<h1 class="post-title">{title}</h1>
<div class="byline">Penulis: Reporter {story % 37} | {day} {MONTHS.split()[month - 1]} {year}</div>
<div class="post-body">{"".join(body)}</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<section class="related"><h3>Berita Terkait</h3><ul>
{"".join(f'<li><a href="/r/{i}">{h}</a></li>' for i, h in enumerate(related))}</ul></section>
</article>
<section id="comments"><h3>Komentar</h3><ul>{comments}</ul></section>
</main>
<aside class="sidebar"><h3>Terpopuler</h3><ol>
{"".join(f"<li><a href='/p/{i}'>{_sentence(extra)}</a></li>" for i in range(5))}</ol></aside>
<footer class="site-footer"><p>&copy; {year} {site}. Hak cipta dilindungi.</p>
<a href="/redaksi">Redaksi</a> <a href="/pedoman">Pedoman Media Siber</a></footer>
</body></html>
""".encode()


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
        for done, path in enumerate(expand([folder]), 1):
            parse_document(path.read_bytes(), name=path.name)
            if done in (checkpoint, pages):
                self.report("parse only", done, started)

    def import_all(self, folder, pages, checkpoint):
        tally = Counter()
        now = timezone.now()
        gc.collect()
        started = time.perf_counter(), time.process_time()
        for done, path in enumerate(expand([folder]), 1):
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
