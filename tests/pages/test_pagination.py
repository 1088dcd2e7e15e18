"""Numbered pages of the unfiltered lists: the first, a middle and the last page, either order.

Pages nearer the end are read from the end, and middle pages of the whole list from
their anchor row (see `articles.listing`); these tests hold every page to the rows an
exact count and offset would give.
"""

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import aggregates
from articles.models import Article, Source
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


@pytest.fixture
def anchored(settings, monkeypatch):
    """Anchors every 4 rows, cached between requests as in production (pages are not:
    these tests read what each page was rendered from)."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    monkeypatch.setattr(aggregates, "ANCHOR_EVERY", 4)
    yield
    cache.clear()


@pytest.mark.parametrize("sort", ["newest", "oldest"])
@pytest.mark.parametrize("page", [1, 2, 3, 4, 5])
def test_pages_read_from_an_anchor_hold_the_rows_of_their_place(
    client, archive, anchored, sort, page
):
    expected = archive if sort == "newest" else archive[::-1]

    response = client.get(LIST, {"sort": sort, "page": page})

    assert titles(response) == expected[(page - 1) * 10 : page * 10]


def test_a_middle_page_skips_no_more_rows_than_lie_after_its_anchor(client, archive, anchored):
    client.get(LIST, {"page": 3})  # fills the cache

    with CaptureQueriesContext(connection) as queries:
        response = client.get(LIST, {"page": 3})

    assert titles(response) == archive[20:30]
    offsets = [int(n) for q in queries for n in re.findall(r"OFFSET (\d+)", q["sql"])]
    assert max(offsets, default=0) < 4  # from the start, page 3 skips 20 rows
    # The anchor bounds the listing index's second column, in the index's order.
    (ids,) = [q["sql"] for q in queries if '"published_at" <=' in q["sql"]]
    assert '"status" =' in ids
    assert 'ORDER BY "articles_article"."published_at" DESC' in ids


# Committed: on PostgreSQL the archive's version moves on when the writer commits.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_save_moves_the_anchors_at_once(client, archive, anchored):
    client.get(LIST, {"page": 3})
    ArticleFactory(published=True, title="Newest", published_at=utc(2024, 1, 2))

    response = client.get(LIST, {"page": 3})

    assert titles(response) == (["Newest", *archive])[20:30]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_middle_page_is_exact_after_a_write_that_sends_no_signal(client, archive, anchored):
    client.get(LIST, {"page": 3})
    source = Source.objects.get()
    # Like a write from another process: nothing in this one hears of it.
    Article.objects.bulk_create(
        [
            Article(
                title="Elsewhere",
                slug="elsewhere",
                source=source,
                status="published",
                published_at=utc(2024, 1, 2),
                published_on=dt.date(2024, 1, 2),
            )
        ]
    )

    assert titles(client.get(LIST))[0] == "Elsewhere"
    assert titles(client.get(LIST, {"page": 3})) == (["Elsewhere", *archive])[20:30]


def test_anchors_are_read_again_when_a_scheduled_article_comes_due(
    client, archive, anchored, time_machine
):
    time_machine.move_to(utc(2024, 1, 1, 9))
    ArticleFactory(published=True, title="Due", published_at=utc(2024, 1, 1, 9, 5))
    assert titles(client.get(LIST, {"page": 3})) == archive[20:30]

    time_machine.move_to(utc(2024, 1, 1, 9, 6))  # before the cache's own expiry

    assert titles(client.get(LIST, {"page": 3})) == (["Due", *archive])[20:30]
