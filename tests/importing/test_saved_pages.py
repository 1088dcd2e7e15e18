"""Saved HTML pages imported: fields, provenance and tags; matched again by their URL."""

import datetime as dt
import zlib

import pytest

from articles.models import Article, Provenance, Tag
from tests.factories import TagFactory
from tests.importing.helpers import FLOOD, counts, page, run, write

pytestmark = pytest.mark.django_db


def test_saved_page_becomes_an_article_with_its_provenance(tmp_path):
    content = page()
    stdout, _ = run(write(tmp_path, "banjir.html", content))

    assert counts(created=1) in stdout
    article = Article.objects.select_related("source", "provenance").get()
    assert article.title == "Banjir Rendam Ratusan Rumah di Semarang"
    assert article.source.name == "Warta Kota"
    assert article.source.homepage_url == "https://wartakota.test/"
    assert article.original_url == "https://wartakota.test/2024/03/banjir-semarang"
    assert article.published_at == dt.datetime(2024, 3, 5, 1, 30, tzinfo=dt.UTC)
    assert article.has_time
    assert article.status == Article.Status.PUBLISHED
    assert article.paragraphs == FLOOD
    assert article.related_headlines == ["Harga Beras di Pasar Johar Naik Lagi"]
    assert sorted(article.tags.values_list("name", flat=True)) == ["Banjir", "Semarang"]
    assert len(article.content_hash) == 64
    provenance = article.provenance
    assert zlib.decompress(bytes(provenance.raw)) == content
    assert provenance.file_format == Provenance.Format.HTML
    reasons = {block["reason"] for block in provenance.removed_blocks}
    assert {"advert", "related headline"} <= reasons


def test_saved_page_is_matched_by_its_original_url(tmp_path):
    run(write(tmp_path, "v1.html", page()))
    corrected = page(paragraphs=[*FLOOD[:3], "Paragraf koreksi ditambahkan redaksi kemudian."])

    stdout, _ = run(write(tmp_path, "v2.html", corrected))

    assert counts(updated=1) in stdout
    article = Article.objects.get()
    assert article.paragraphs[-1] == "Paragraf koreksi ditambahkan redaksi kemudian."
    assert article.provenance.file_name == "v2.html"


def test_page_tags_are_added_and_editor_tags_kept(tmp_path):
    path = write(tmp_path, "banjir.html", page())
    run(path)
    article = Article.objects.get()
    article.tags.add(TagFactory(name="Pilihan redaksi"))

    assert counts(unchanged=1) in run(path)[0]
    assert sorted(Tag.objects.values_list("name", flat=True)) == [
        "Banjir",
        "Pilihan redaksi",
        "Semarang",
    ]
    assert article.tags.count() == 3
