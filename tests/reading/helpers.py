# ruff: noqa: E501  (inline HTML fixtures read better unwrapped)
"""Pages shared by the reader's tests: a three-paragraph story, dated, read as an import."""

import datetime as dt
import json

from articles.reading import parse_document

STORY = [
    "Pemerintah kota meresmikan taman baru di pusat kota pada Senin pagi, lengkap dengan jalur pejalan kaki.",
    "Wali kota mengatakan taman itu dibangun di atas lahan bekas terminal yang sudah lama tidak dipakai.",
    "Warga dapat menggunakan taman setiap hari mulai pukul enam pagi hingga sepuluh malam tanpa biaya.",
]  # fmt: skip
WIB = dt.timezone(dt.timedelta(hours=7))


def page(head="", body=None, *, lang="id", charset="utf-8", before="", after="", title="Judul"):
    paragraphs = "".join(f"<p>{p}</p>" for p in (STORY if body is None else body))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">'
        f"<title>{title}</title>{head}</head><body><h1>{title}</h1>"
        f'<div class="article-body">{before}{paragraphs}{after}</div></body></html>'
    )


def parse(html, **kwargs):
    """A page read as the importer reads it; pages here name no publisher unless they say."""
    data = html.encode("utf-8") if isinstance(html, str) else html
    return parse_document(data, name="page.html", **{"source": "Kiriman", **kwargs})


DATED = '<meta property="article:published_time" content="2022-01-13T10:00:00+07:00">'


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def article_page(h1, head="", *, before="", lang="id"):
    """A page whose <h1> markup is given whole; the story and a date as in `page`."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>'
        f'{before}<article>{h1}<div class="article-body">{paragraphs}</div></article></body></html>'
    )


def reasons(parsed):
    return {reason for _, reason in parsed.removed}


ORION = "Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan satu akun di ORION, daftar sekarang dengan klik disini dan nantikan kejutan menarik lainnya."
