"""Saved pages, text dumps, runs of import_articles and a story in versions, for import tests."""

import datetime as dt
import zlib
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from articles.models import Provenance
from tests.factories import ArticleFactory, SourceFactory

SEED_FILE = Path(settings.NEWSROOM_FIXTURES_DIR) / "000_e17083f481e9234f.txt"
SEED_TITLE = "Pasukan Koalisi Rusia Mulai Tinggalkan Kazakhstan"
SEED_RELATED = [
    "Rusia Kirim Pasukan ke Kazakhstan untuk Padamkan Pemberontakan",
    "Kemelut Kazakhstan Dongkrak Harga Minyak di Pasar Asia",
]

FLOOD = [
    "Hujan deras yang mengguyur Kota Semarang sejak Senin malam membuat ratusan rumah di "
    "tiga kecamatan terendam banjir setinggi lutut orang dewasa, menurut warga setempat.",
    "Petugas Badan Penanggulangan Bencana Daerah mengevakuasi warga lanjut usia dan "
    "anak-anak ke posko pengungsian yang didirikan di balai kelurahan sejak dini hari.",
    "Kepala BPBD mengatakan air mulai surut pada Selasa pagi, tetapi warga diminta tetap "
    "waspada karena hujan diperkirakan turun lagi sepanjang pekan ini di wilayah itu.",
    "Dinas Sosial menyalurkan makanan siap saji, selimut dan obat-obatan ke posko, sementara "
    "relawan membersihkan lumpur yang terbawa arus ke jalan-jalan kampung.",
]
HARBOUR = [
    "Pelabuhan Tanjung Emas kembali dibuka untuk kapal penumpang setelah dua hari ditutup "
    "karena gelombang tinggi yang melanda perairan utara Jawa Tengah.",
    "Syahbandar menyebut antrean kapal barang diperkirakan terurai dalam tiga hari, dan "
    "jadwal keberangkatan ke Karimunjawa dipulihkan secara bertahap mulai Rabu.",
]


def page(
    title="Banjir Rendam Ratusan Rumah di Semarang",
    paragraphs=FLOOD,
    *,
    site="Warta Kota",
    url="https://wartakota.test/2024/03/banjir-semarang",
    published="2024-03-05T08:30:00+07:00",
    tags=("Banjir", "Semarang"),
    lang="id",
):
    """A saved news page with the usual furniture: nav, an advert, a related headline."""
    head = [f"<title>{title} - {site}</title>" if site else f"<title>{title}</title>"]
    if url:
        head.append(f'<link rel="canonical" href="{url}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    head += [f'<meta property="article:tag" content="{tag}">' for tag in tags]
    body = [f"<p>{text}</p>" for text in paragraphs]
    body.insert(1, '<div class="ads">ADVERTISEMENT</div>')
    body.insert(3, "<p>Baca juga: Harga Beras di Pasar Johar Naik Lagi</p>")
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{"".join(head)}</head>'
        '<body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>'
        f"<article><h1>{title}</h1>{''.join(body)}</article>"
        "<footer>Hak cipta</footer></body></html>"
    ).encode()


def dump(title="Pelabuhan Dibuka Lagi", first="KOMPAS.com - Kamis (13/1/2022) pelabuhan dibuka."):
    return f"{title}\n\n{first}\n\nParagraf kedua.\n\nBaca juga: Judul Lain\n".encode()


def story(*paragraphs, title="Banjir Rendam Ratusan Rumah di Semarang", day="Selasa (5/3/2024)"):
    """A text dump with no original address: only its source, day, title and text identify it."""
    dateline = f"KOMPAS.com - {day} {FLOOD[0]}"
    return "\n\n".join([title, dateline, *(paragraphs or FLOOD[1:])]).encode() + b"\n"


def write(folder, name, content):
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def run(*args, verbosity=1):
    stdout, stderr = StringIO(), StringIO()
    call_command(
        "import_articles", *map(str, args), stdout=stdout, stderr=stderr, verbosity=verbosity
    )
    return stdout.getvalue(), stderr.getvalue()


def run_loader(*args, verbosity=1):
    stdout, stderr = StringIO(), StringIO()
    call_command("load_seed_articles", *args, stdout=stdout, stderr=stderr, verbosity=verbosity)
    return stdout.getvalue(), stderr.getvalue()


def run_failing(*args):
    stdout, stderr = StringIO(), StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_articles", *map(str, args), stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue(), str(raised.value)


def counts(created=0, updated=0, unchanged=0, kept=0, duplicate=0, failed=0):
    """The summary line both import commands close with."""
    return (
        f"created {created}, updated {updated}, unchanged {unchanged}, kept {kept}, "
        f"duplicate {duplicate}, failed {failed}"
    )


def versions_of_a_story(n=""):
    """A story, its republication by another source and by its own, and a draft copy."""
    first = ArticleFactory(
        published=True,
        title="Harbour reopens",
        source=SourceFactory(name="Harbour Post"),
        original_url=f"https://harbourpost.test/reopens{n}",
    )
    Provenance.objects.create(
        article=first,
        imported_at=dt.datetime(2024, 5, 1, tzinfo=dt.UTC),
        file_name="reopens.html",
        file_format=Provenance.Format.HTML,
        raw=zlib.compress(b"<html>the original</html>"),
        removed_blocks=[{"text": "Read also: Ferry times", "reason": "related headline"}],
    )
    second = ArticleFactory(
        published=True,
        title="Port open again",
        source=SourceFactory(name="Coast Daily"),
        duplicate_of=first,
    )
    third = ArticleFactory(
        published=True, title="Ferry back on time", source=first.source, duplicate_of=first
    )
    ArticleFactory(duplicate_of=first, title="Unpublished copy")  # a draft: never linked
    return first, second, third
