"""Numbered pages of the unfiltered lists: the first, a middle and the last page, either order.

Pages nearer the end are read from the end (see `articles.listing`); these tests hold
every page to the rows an exact count and offset would give.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticleFactory, SourceFactory, TagFactory
from tests.pages.helpers import LIST, titles, utc

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(settings):
    """45 published articles a minute apart, every third one at the same instant as the
    one before it (so the id breaks ties), of one source and one tag."""
    settings.NEWSROOM_PAGE_SIZE = 10
    source, tag = SourceFactory(name="Kompas"), TagFactory(name="Energi")
    made = []
    for n in range(45):
        minute = n - (n % 3 == 2)
        made.append(
            ArticleFactory(
                published=True,
                title=f"Story {n:02}",
                published_at=utc(2024, 1, 1, 8, minute),
                source=source,
                tags=[tag],
            )
        )
    ArticleFactory(title="A draft", source=source, tags=[tag])
    newest = [a.title for a in sorted(made, key=lambda a: (a.published_at, a.pk), reverse=True)]
    return newest


@pytest.mark.parametrize("url", [LIST, "/sources/kompas/", "/tags/energi/"])
@pytest.mark.parametrize("sort", ["newest", "oldest"])
@pytest.mark.parametrize("page", [1, 2, 3, 4, 5])
def test_each_page_holds_the_rows_of_its_place(client, archive, url, sort, page):
    expected = archive if sort == "newest" else archive[::-1]

    response = client.get(url, {"sort": sort, "page": page})

    assert titles(response) == expected[(page - 1) * 10 : page * 10]
    assert response.context["paginator"].num_pages == 5


def test_a_page_past_the_end_is_404(client, archive):
    assert client.get(LIST, {"page": 6}).status_code == 404


def test_the_unfiltered_list_counts_nothing_when_the_counts_are_cached(client, settings, archive):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    client.get(LIST)  # fills the cache

    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST, {"page": 3}).status_code == 200

    assert not [q["sql"] for q in queries if "COUNT(" in q["sql"].upper()]
