"""A page whose date cannot be found is kept as a draft that needs a date, never lost."""

import datetime as dt

import pytest
from django.urls import reverse

from articles.models import Article
from tests.importing.helpers import FLOOD, counts, page, run, write

pytestmark = pytest.mark.django_db

UNDATED = page(published=None)


def test_an_undated_page_is_imported_as_a_draft_that_needs_a_date(tmp_path):
    path = write(tmp_path, "banjir.html", UNDATED)

    stdout, stderr = run(path, "--status", "published", verbosity=2)

    assert counts(created=1) in stdout
    assert f"created  {path}  (no date found" in stdout
    assert "stored as a draft that needs a date" in stdout
    assert stderr == ""
    article = Article.objects.get()
    assert (article.status, article.published_at, article.published_on) == ("draft", None, None)
    assert article.body.startswith(FLOOD[0])
    assert not Article.objects.published().exists()


def test_re_importing_an_undated_page_changes_nothing(tmp_path):
    path = write(tmp_path, "banjir.html", UNDATED)
    run(path)

    assert counts(unchanged=1) in run(path)[0]
    assert Article.objects.count() == 1


def test_a_corrected_undated_page_without_an_address_updates_its_draft(tmp_path):
    run(write(tmp_path, "v1.html", page(published=None, url="")))
    corrected = page(published=None, url="", paragraphs=[*FLOOD[:3], "Koreksi: tiga kecamatan."])

    assert counts(updated=1) in run(write(tmp_path, "v2.html", corrected))[0]
    assert Article.objects.get().body.endswith("Koreksi: tiga kecamatan.")


def test_a_later_reading_that_finds_the_date_dates_the_draft(tmp_path):
    run(write(tmp_path, "banjir.html", UNDATED))

    assert counts(updated=1) in run(write(tmp_path, "banjir.html", page()))[0]
    article = Article.objects.get()
    assert article.published_on == dt.date(2024, 3, 5)
    assert article.status == "draft"  # publishing stays the editor's choice


def test_the_desk_lists_the_drafts_that_need_a_date(tmp_path, editor_client):
    run(write(tmp_path, "banjir.html", UNDATED))
    run(write(tmp_path, "dated.html", page("Pelabuhan Dibuka Lagi", url="https://w.test/p")))

    changelist = reverse("admin:articles_article_changelist")
    html = editor_client.get(changelist, {"state": "undated"}).text

    assert "Needs a date" in editor_client.get(changelist).text
    assert "Banjir Rendam Ratusan Rumah" in html
    assert "Pelabuhan Dibuka Lagi" not in html
