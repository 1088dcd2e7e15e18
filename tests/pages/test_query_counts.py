"""Reader pages run a constant number of queries, however many rows there are."""

import pytest
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticleFactory, SourceFactory, TagFactory
from tests.pages.helpers import utc

pytestmark = pytest.mark.django_db


def count_queries(client, url, connection):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# With the cache off, as in every test: the published counts of sources and tags
# (`articles.aggregates`) then cost one query each on the pages that show them. Every
# page also reads the archive's version (`articles.freshness`).
LISTING_PAGES = [
    ("/", 7),
    ("/articles/", 7),
    ("/articles/?q=headline&lang=en&from=2020-01-01", 7),
    ("/sources/source-one/", 8),
    ("/tags/energi/", 8),
    ("/sources/", 3),
    ("/tags/", 3),
    ("/articles/2024/", 7),
    ("/articles/2024/01/", 7),
    ("/articles/2024/01/01/", 8),
    ("/feeds/latest/", 3),
]


@pytest.mark.parametrize(("url", "bound"), LISTING_PAGES)
def test_listing_pages_run_a_constant_number_of_queries(
    client, settings, django_assert_max_num_queries, url, bound
):
    from django.db import connection

    settings.NEWSROOM_PAGE_SIZE = 50
    source = SourceFactory(name="Source one")
    tag = TagFactory(name="Energi")

    def make(n):
        for minute in range(n):
            ArticleFactory(
                published=True,
                published_at=utc(2024, 1, 1, 12, minute),
                source=source,
                tags=[tag, TagFactory()],
            )

    make(3)
    few = count_queries(client, url, connection)
    make(30)
    with django_assert_max_num_queries(bound):
        response = client.get(url)
    assert response.status_code == 200

    assert count_queries(client, url, connection) == few


def test_article_page_runs_a_constant_number_of_queries(client, django_assert_max_num_queries):
    tags = TagFactory.create_batch(10)
    article = ArticleFactory(
        published=True, tags=tags, related_headlines=[f"Headline {n}" for n in range(10)]
    )
    ArticleFactory.create_batch(5, published=True)

    with django_assert_max_num_queries(6):
        assert client.get(article.get_absolute_url()).status_code == 200


# Committed: on PostgreSQL the archive's version, which the counts are kept under, moves
# on when the writer commits.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_published_counts_are_cached_and_refreshed_on_save(client, settings):
    from django.db import connection

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0  # the counts, not the page
    source = SourceFactory(name="Tempo")
    ArticleFactory.create_batch(2, published=True, source=source)
    assert "2 articles" in client.get("/sources/").text

    # The version and the sources; the counts are cached.
    assert count_queries(client, "/sources/", connection) == 2
    ArticleFactory(published=True, source=source)  # a save forgets them
    assert "3 articles" in client.get("/sources/").text
