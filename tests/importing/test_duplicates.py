"""Duplicates and versions: same text, republications, and how readers and the desk see them."""

import pytest
from django.urls import reverse

from articles.models import Article
from tests.factories import ArticleFactory
from tests.importing.helpers import FLOOD, HARBOUR, counts, page, run, versions_of_a_story, write

pytestmark = pytest.mark.django_db


def test_same_text_from_the_same_source_at_another_url_is_a_duplicate(tmp_path):
    run(write(tmp_path, "desktop.html", page()))

    stdout, _ = run(
        write(tmp_path, "amp.html", page(url="https://wartakota.test/amp/banjir")), verbosity=2
    )

    assert counts(duplicate=1) in stdout
    assert "same text as “Banjir Rendam Ratusan Rumah di Semarang”" in stdout
    assert Article.objects.count() == 1


def test_republished_story_with_small_edits_is_flagged(tmp_path):
    run(write(tmp_path, "warta.html", page()))
    edited = [p.replace("ratusan", "sekitar 300").replace("sejak dini hari", "") for p in FLOOD]

    stdout, _ = run(
        write(
            tmp_path,
            "kabar.html",
            page(
                "Ratusan Rumah Terendam Banjir di Semarang",
                edited,
                site="Kabar Jateng",
                url="https://kabarjateng.test/banjir",
                published="2024-03-06T10:00:00+07:00",
            ),
        ),
        verbosity=2,
    )

    assert "possible duplicate of “Banjir Rendam Ratusan Rumah di Semarang”" in stdout
    original = Article.objects.get(source__name="Warta Kota")
    assert Article.objects.get(source__name="Kabar Jateng").duplicate_of == original


def test_different_story_on_the_same_day_is_not_flagged(tmp_path):
    run(write(tmp_path, "warta.html", page()))

    run(
        write(
            tmp_path,
            "harbour.html",
            page(
                "Pelabuhan Tanjung Emas Dibuka Lagi",
                HARBOUR,
                site="Kabar Jateng",
                url="https://kabarjateng.test/pelabuhan",
            ),
        )
    )

    assert not Article.objects.filter(duplicate_of__isnull=False).exists()


# ------------------------------------------------------------------- reader and admin


def test_reader_page_says_where_and_when_the_story_first_appeared(client):
    first, _, _ = versions_of_a_story()

    html = client.get(first.get_absolute_url()).content.decode()

    day = f"{first.published_on.day} {first.published_on:%B %Y}"
    assert f"Originally published by Harbour Post on {day}" in html
    assert 'href="https://harbourpost.test/reopens"' in html


def test_reader_page_links_the_other_versions_both_ways(client):
    first, second, third = versions_of_a_story()

    for article, others in [(first, [second, third]), (second, [first, third])]:
        response = client.get(article.get_absolute_url())
        assert list(response.context["versions"]) == others
        html = response.content.decode()
        assert "Other versions of this story" in html
        for other in others:
            assert f'href="{other.get_absolute_url()}"' in html
        assert "Unpublished copy" not in html


def test_reader_page_with_versions_runs_a_constant_number_of_queries(
    client, django_assert_max_num_queries
):
    first, _, _ = versions_of_a_story()
    ArticleFactory.create_batch(5, published=True, duplicate_of=first)

    with django_assert_max_num_queries(6):  # the page's five, plus one for the versions
        assert client.get(first.get_absolute_url()).status_code == 200


def test_admin_shows_provenance_and_serves_the_original(admin_client):
    first, second, _ = versions_of_a_story()

    html = admin_client.get(reverse("admin:articles_article_change", args=[first.pk])).content
    html = html.decode()
    assert "reopens.html" in html
    assert "Read also: Ferry times" in html
    download = admin_client.get(reverse("admin:articles_article_original", args=[first.pk]))
    assert download.status_code == 200
    assert download.content == b"<html>the original</html>"
    assert 'attachment; filename="reopens.html"' in download["Content-Disposition"]
    missing = admin_client.get(reverse("admin:articles_article_original", args=[second.pk]))
    assert missing.status_code == 404


def test_admin_list_shows_and_filters_possible_duplicates(admin_client):
    first, second, third = versions_of_a_story()
    alone = ArticleFactory(title="A story of its own")
    url = reverse("admin:articles_article_changelist")

    response = admin_client.get(url, {"duplicates": "yes"})

    shown = set(response.context["cl"].result_list)
    assert {first, second, third} <= shown
    assert alone not in shown
    assert "Harbour reopens" in response.content.decode()
    no = set(admin_client.get(url, {"duplicates": "no"}).context["cl"].result_list)
    assert no == {alone}
