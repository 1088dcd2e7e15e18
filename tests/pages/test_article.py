"""Date archives and the article page: the story, its links, redirects, days and slugs."""

import datetime as dt
import re

import pytest
from django.urls import reverse

from articles.models import Article
from tests.factories import ArticleFactory, SourceFactory, TagFactory
from tests.pages.helpers import utc

pytestmark = pytest.mark.django_db


def test_archives_list_articles_by_publication_day(client):
    jan13 = ArticleFactory(published=True, published_at=utc(2022, 1, 13, 9))
    jan20 = ArticleFactory(published=True, published_at=utc(2022, 1, 20, 9))
    march = ArticleFactory(published=True, published_at=utc(2022, 3, 1, 9))
    ArticleFactory(published=True, published_at=utc(2023, 1, 13, 9))

    year = client.get(reverse("articles:archive_year", args=[2022]))
    month = client.get(reverse("articles:archive_month", args=[2022, 1]))
    day = client.get(reverse("articles:archive_day", args=[2022, 1, 13]))

    assert list(year.context["page_obj"]) == [march, jan20, jan13]
    assert list(month.context["page_obj"]) == [jan20, jan13]
    assert list(day.context["page_obj"]) == [jan13]
    assert reverse("articles:archive_month", args=[2022, 1]) == "/articles/2022/01/"


@pytest.mark.parametrize(
    "url",
    ["/articles/2021/", "/articles/2022/02/", "/articles/2022/13/", "/articles/2022/02/31/"],
)
def test_archive_without_articles_or_with_an_impossible_date_is_404(client, url):
    ArticleFactory(published=True, published_at=utc(2022, 1, 13, 9))

    assert client.get(url).status_code == 404


def test_article_page_shows_the_whole_story(client):
    source = SourceFactory(name="JagatBisnis.com", homepage_url="https://jagatbisnis.com/")
    article = ArticleFactory(
        published=True,
        title="Pasukan Koalisi Rusia Mulai Tinggalkan Kazakhstan",
        source=source,
        author="pia",
        language="id",
        body="Paragraf pertama.\n\nParagraf kedua.",
        original_url="https://jagatbisnis.com/2022/01/pasukan/",
        tags=[TagFactory(name="Kazakhstan")],
    )
    article.set_publication_day(dt.date(2022, 1, 13))
    article.save()

    response = client.get(article.get_absolute_url())
    content = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Pasukan Koalisi Rusia Mulai Tinggalkan Kazakhstan</h1>" in content
    assert '<time datetime="2022-01-13">13 January 2022</time>' in content
    assert f'href="{source.get_absolute_url()}">JagatBisnis.com</a>' in content
    assert "By pia" in content
    assert '<article class="story" lang="id">' in content
    assert "<p>Paragraf pertama.</p>" in content and "<p>Paragraf kedua.</p>" in content
    assert 'href="/tags/kazakhstan/" rel="tag">Kazakhstan</a>' in content
    assert 'href="https://jagatbisnis.com/2022/01/pasukan/"' in content
    canonical = (
        "http://testserver/articles/2022/01/13/pasukan-koalisi-rusia-mulai-tinggalkan-kazakhstan/"
    )
    assert f'<link rel="canonical" href="{canonical}">' in content


def test_article_page_escapes_the_text_it_shows(client):
    article = ArticleFactory(
        published=True, title="<b>Bold</b> claim", body="<script>alert(1)</script>\n\nMore."
    )

    content = client.get(article.get_absolute_url()).content.decode()

    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "&lt;b&gt;Bold&lt;/b&gt; claim" in content


def test_article_page_links_related_headlines_found_in_the_archive(client):
    known = ArticleFactory(published=True, title="Kemelut Kazakhstan Dongkrak Harga Minyak")
    article = ArticleFactory(
        published=True,
        related_headlines=["Rusia Kirim Pasukan ke Kazakhstan", known.title],
    )

    content = client.get(article.get_absolute_url()).content.decode()

    assert "<li>Rusia Kirim Pasukan ke Kazakhstan</li>" in content
    assert f'<a href="{known.get_absolute_url()}">{known.title}</a>' in content
    assert content.index("Rusia Kirim") < content.index(known.title + "</a>")


def test_article_page_links_previous_and_next_articles(client):
    older = ArticleFactory(published=True, published_at=utc(2024, 1, 1, 9))
    middle = ArticleFactory(published=True, published_at=utc(2024, 1, 2, 9))
    newer = ArticleFactory(published=True, published_at=utc(2024, 1, 3, 9))
    ArticleFactory(title="Draft between", published_at=utc(2024, 1, 2, 12))

    response = client.get(middle.get_absolute_url())

    assert response.context["previous"] == older
    assert response.context["next"] == newer


def test_neighbours_skip_scheduled_articles_and_break_ties_by_id(client):
    same_time = utc(2024, 1, 2, 9)
    first, second, third = (
        ArticleFactory(published=True, published_at=same_time) for _ in range(3)
    )
    ArticleFactory(published=True, published_at=utc(2999, 1, 1))  # scheduled: hidden

    response = client.get(second.get_absolute_url())

    assert (response.context["previous"], response.context["next"]) == (first, third)
    assert client.get(third.get_absolute_url()).context["next"] is None


def test_neighbour_queries_bound_the_listing_index_on_both_sides_of_the_or(client):
    """`(published_at, id) < (x, y)` as an OR alone is no index bound: each neighbour
    query states `published_at <= x` (or `>= x`) beside it, and reads one row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ArticleFactory(published=True, published_at=utc(2024, 1, 1, 9))
    middle = ArticleFactory(published=True, published_at=utc(2024, 1, 2, 9))
    ArticleFactory(published=True, published_at=utc(2024, 1, 3, 9))

    with CaptureQueriesContext(connection) as queries:
        client.get(middle.get_absolute_url())

    neighbours = [q["sql"] for q in queries if " OR " in q["sql"] and "LIMIT 1" in q["sql"]]
    assert len(neighbours) == 2
    older, newer = sorted(neighbours, key=lambda sql: "DESC" not in sql)
    assert re.search(r'"published_at" <= \'?2024-01-02', older) and "DESC" in older
    assert re.search(r'"published_at" >= \'?2024-01-02', newer) and "ASC" in newer


def test_article_page_with_a_wrong_date_redirects_permanently(client):
    article = ArticleFactory(published=True, published_at=utc(2022, 1, 13, 9))
    wrong = reverse(
        "articles:article_detail",
        kwargs={"year": 2021, "month": 12, "day": 31, "slug": article.slug},
    )

    response = client.get(wrong)

    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_article_page_of_a_draft_or_unknown_slug_is_404(client):
    draft = ArticleFactory(published_at=utc(2022, 1, 13, 9))

    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/articles/2022/01/13/no-such-story/").status_code == 404


@pytest.mark.parametrize("zone", ["Pacific/Honolulu", "UTC", "Asia/Jakarta", "Pacific/Auckland"])
def test_date_only_article_keeps_its_day_in_every_time_zone(client, settings, zone):
    settings.TIME_ZONE = zone
    article = ArticleFactory.build(status=Article.Status.PUBLISHED, source=SourceFactory())
    article.set_publication_day(dt.date(2022, 1, 13))
    article.save()
    article.refresh_from_db()

    assert article.get_absolute_url().startswith("/articles/2022/01/13/")
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert '<time datetime="2022-01-13">13 January 2022</time>' in page.content.decode()
    day = client.get("/articles/2022/01/13/")
    assert list(day.context["page_obj"]) == [article]
    assert client.get("/articles/2022/01/", {}).context["page_obj"][0] == article


def test_article_with_a_time_takes_its_day_from_the_site_time_zone(settings):
    settings.TIME_ZONE = "Asia/Jakarta"
    article = ArticleFactory(published=True, published_at=utc(2022, 1, 13, 20))

    assert article.published_on == dt.date(2022, 1, 14)
    assert article.get_absolute_url().startswith("/articles/2022/01/14/")


def test_slugs_stay_unique_for_repeated_titles():
    first = ArticleFactory(title="Harga Minyak Naik")
    second = ArticleFactory(title="Harga Minyak Naik")

    assert first.slug == "harga-minyak-naik"
    assert second.slug == "harga-minyak-naik-2"
