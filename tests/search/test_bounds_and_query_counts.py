"""Search's bounds and costs: constant queries, the exact-count limit, paging, cached menus."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticleFactory, SourceFactory, TagFactory
from tests.search.helpers import LIST, search, titles, utc

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        LIST + "?q=story&source=source-one&lang=en&from=2020-01-01",
        LIST + "?q=story%20OR%20nothing&tag=energi",
        "/sources/source-one/?q=story",
        "/tags/energi/?q=story&sort=newest",
        LIST + "?q=zzzqqq",
    ],
)
def test_search_page_runs_a_constant_number_of_queries(
    client, settings, django_assert_max_num_queries, url
):
    settings.NEWSROOM_PAGE_SIZE = 50
    source, tag = SourceFactory(name="Source one"), TagFactory(name="Energi")

    def make(n):
        for minute in range(n):
            ArticleFactory(published=True, published_at=utc(2024, 1, 1, 12, minute),
                           source=source, tags=[tag, TagFactory()], body="A story.")  # fmt: skip

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    make(3)
    few = count()
    make(30)
    # the archive's version, the source or tag of its page, sources, tags, languages, one
    # for the count, facets and the page's ids, one for the page's rows with snippets (or
    # for the suggestion)
    with django_assert_max_num_queries(7):
        assert client.get(url).status_code == 200
    assert count() == few


def test_broad_search_is_bounded_and_says_so(client, settings):
    settings.NEWSROOM_SEARCH_EXACT_LIMIT = 3
    kompas, tempo = SourceFactory(name="Kompas"), SourceFactory(name="Tempo")
    for day, source in enumerate([tempo, tempo, kompas, kompas, kompas], start=1):
        ArticleFactory(published=True, title=f"Flood day {day}", source=source,
                       published_at=utc(2024, 1, day, 9))  # fmt: skip

    newest = client.get(LIST, {"q": "flood", "sort": "newest"})
    content = newest.content.decode()

    assert "More than 3 articles" in content
    assert "only the 3 newest are listed and counted here" in content
    assert titles(newest) == ["Flood day 5", "Flood day 4", "Flood day 3"]
    assert newest.context["paginator"].count == 3
    counts = {title: {v.label: v.count for v in values} for title, values in newest.context[
        "facets"].groups}  # fmt: skip
    assert counts["Sources"] == {"Kompas": 3}
    oldest = client.get(LIST, {"q": "flood", "sort": "oldest"})
    assert titles(oldest) == ["Flood day 1", "Flood day 2", "Flood day 3"]
    assert "only the 3 oldest are listed and counted here" in oldest.content.decode()
    counts = {title: {v.label: v.count for v in values} for title, values in oldest.context[
        "facets"].groups}  # fmt: skip
    assert counts["Sources"] == {"Tempo": 2, "Kompas": 1}
    assert client.get(LIST, {"q": "flood", "page": 2}).status_code == 404


def test_search_results_page_in_the_order_of_the_list(client, settings):
    settings.NEWSROOM_PAGE_SIZE = 2
    for day in (3, 1, 2):
        ArticleFactory(published=True, title=f"Flood day {day}", published_at=utc(2024, 1, day, 9))

    assert search(client, "flood", sort="oldest") == ["Flood day 1", "Flood day 2"]
    assert search(client, "flood", sort="oldest", page=2) == ["Flood day 3"]
    assert search(client, "flood", sort="newest", page=2) == ["Flood day 1"]
    assert client.get(LIST, {"q": "flood", "page": 3}).status_code == 404


@pytest.mark.parametrize("page", ["51", "9223372036854775807", "1" + "0" * 30])
def test_a_page_past_the_results_is_not_found_however_large(client, page):
    ArticleFactory(published=True, title="Flood story")

    assert client.get(LIST, {"q": "flood", "page": page}).status_code == 404
    assert client.get(LIST, {"lang": "id", "page": page}).status_code == 404


def test_counts_stay_exact_up_to_the_limit(client, settings):
    settings.NEWSROOM_SEARCH_EXACT_LIMIT = 3
    ArticleFactory.create_batch(3, published=True, title="Flood story")

    response = client.get(LIST, {"q": "flood"})
    content = response.content.decode()

    assert "3 articles" in content and "More than" not in content
    assert response.context["facets"].total == 3


def test_bounded_search_runs_as_many_queries_as_a_small_one(client, settings):
    settings.NEWSROOM_SEARCH_EXACT_LIMIT = 2
    ArticleFactory(published=True, title="Flood story")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(LIST, {"q": "flood"}).status_code == 200
        return len(queries)

    few = count()
    ArticleFactory.create_batch(5, published=True, title="Flood story")

    assert count() == few


def test_language_menu_is_cached_between_requests(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    ArticleFactory(published=True, language="id")

    def languages_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(LIST, {"q": "headline"})
        assert '<option value="id">' in response.content.decode()
        return sum('DISTINCT "articles_article"."language"' in q["sql"] for q in queries)

    assert languages_queries() == 1
    assert languages_queries() == 0
