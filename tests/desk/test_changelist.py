"""The desk's lists: flat query counts, search, filters, and scheduled articles marked."""

import datetime as dt

import pytest
from django.urls import reverse

from articles.models import Article
from tests.desk.helpers import ARTICLES_URL, NOW, titles
from tests.factories import ArticleFactory, SourceFactory, TagFactory

pytestmark = pytest.mark.django_db

CHANGELIST_MAX_QUERIES = 12


def changelist_queries(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(CHANGELIST_MAX_QUERIES) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_article_changelist_query_count_is_flat(admin_client, django_assert_max_num_queries):
    tag = TagFactory()

    def add_articles(published, scheduled, drafts):
        ArticleFactory.create_batch(published, published=True, tags=[tag])
        ArticleFactory.create_batch(
            scheduled, status="published", published_at=NOW + dt.timedelta(days=1)
        )
        ArticleFactory.create_batch(drafts, tags=[tag])

    add_articles(published=3, scheduled=1, drafts=1)
    with_5 = changelist_queries(admin_client, ARTICLES_URL, django_assert_max_num_queries)
    add_articles(published=16, scheduled=2, drafts=2)
    with_25 = changelist_queries(admin_client, ARTICLES_URL, django_assert_max_num_queries)
    assert Article.objects.count() == 25
    assert with_5 == with_25


@pytest.mark.parametrize("model", ["source", "tag"])
def test_source_and_tag_changelists_count_articles_in_one_query(
    admin_client, django_assert_max_num_queries, model
):
    tags = TagFactory.create_batch(3)
    for source in SourceFactory.create_batch(3):
        ArticleFactory.create_batch(2, source=source, tags=tags)
    url = reverse(f"admin:articles_{model}_changelist")
    with_3 = changelist_queries(admin_client, url, django_assert_max_num_queries)
    tags += TagFactory.create_batch(20)
    SourceFactory.create_batch(20)
    with_23 = changelist_queries(admin_client, url, django_assert_max_num_queries)
    assert with_3 == with_23

    rows = admin_client.get(url).context["cl"].result_list
    counts = sorted((obj.article_count for obj in rows), reverse=True)
    assert counts == [2 if model == "source" else 6] * 3 + [0] * 20


@pytest.fixture
def desk_articles():
    harbour = ArticleFactory(
        title="Harbour reopens",
        body="Ferries sail again.",
        author="Siti Rahma",
        source=SourceFactory(name="Kompas Daily"),
        language="id",
        published=True,
        published_at=dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.UTC),
        tags=[TagFactory(name="Weather")],
    )
    election = ArticleFactory(
        title="Election results",
        body="Votes were counted overnight.",
        author="John Smith",
        source=SourceFactory(name="Jakarta Post"),
        published=True,
        published_at=dt.datetime(2023, 11, 2, 8, 0, tzinfo=dt.UTC),
    )
    ArticleFactory(title="Budget draft", body="Numbers to check.")
    ArticleFactory(
        title="Tomorrow's match",
        status=Article.Status.PUBLISHED,
        published_at=NOW + dt.timedelta(days=1),
    )
    return {"harbour": harbour, "election": election}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("harbour", ["Harbour reopens"]),  # title
        ("overnight", ["Election results"]),  # body
        ("rahma", ["Harbour reopens"]),  # author
        ("jakarta", ["Election results"]),  # source name
    ],
)
def test_search_finds_title_body_author_and_source(admin_client, desk_articles, query, expected):
    assert titles(admin_client.get(ARTICLES_URL, {"q": query})) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"state": "draft"}, ["Budget draft"]),
        ({"state": "published"}, ["Election results", "Harbour reopens"]),
        ({"state": "scheduled"}, ["Tomorrow's match"]),
        ({"language": "id"}, ["Harbour reopens"]),
        (
            {
                "published_at__gte": "2024-01-01 00:00+00:00",
                "published_at__lt": "2025-01-01 00:00+00:00",
            },
            ["Harbour reopens", "Tomorrow's match"],
        ),
        ({"published_at__year": "2023"}, ["Election results"]),  # date hierarchy
    ],
)
def test_filters_narrow_the_list(admin_client, desk_articles, params, expected):
    assert titles(admin_client.get(ARTICLES_URL, params)) == expected


def test_source_and_tag_filters_narrow_the_list(admin_client, desk_articles):
    harbour = desk_articles["harbour"]
    by_source = admin_client.get(ARTICLES_URL, {"source__id__exact": harbour.source_id})
    by_tag = admin_client.get(ARTICLES_URL, {"tags__id__exact": harbour.tags.get().pk})
    assert titles(by_source) == titles(by_tag) == ["Harbour reopens"]


def test_changelist_marks_scheduled_articles(admin_client, desk_articles):
    rows = admin_client.get(ARTICLES_URL, {"state": "scheduled"})
    assert rows.status_code == 200
    assert "Scheduled" in rows.text.split('id="result_list"')[1]
