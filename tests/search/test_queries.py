"""Search on every database: odd queries, words with filters, sorting, marked snippets."""

import pytest

from tests.factories import ArticleFactory, SourceFactory, TagFactory
from tests.search.helpers import LIST, search, utc

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "q",
    ['"', "-", "OR", "!!", "a OR", "OR b", '"unclosed phrase', '-"', "foo:* & | ! ( ) <->",
     "日本語 ünïcödé", "'; DROP TABLE articles_article; --", "x" * 200, "- OR -", "\\"],
)  # fmt: skip
def test_odd_queries_never_fail(client, q):
    ArticleFactory(published=True, title="Unicode ünïcödé story")

    response = client.get(LIST, {"q": q})

    assert response.status_code == 200


@pytest.mark.parametrize("q", ["", "   ", '"', "-", "OR", "!!", "- OR -", "-word"])
def test_query_without_words_to_find_shows_the_normal_listing(client, q):
    ArticleFactory.create_batch(3, published=True)

    assert len(search(client, q)) == 3


def test_words_combine_with_source_tag_language_and_dates(client):
    kompas, tempo = SourceFactory(name="Kompas"), SourceFactory(name="Tempo")
    energi = TagFactory(name="Energi")
    hit = ArticleFactory(
        published=True,
        title="Harga minyak naik",
        source=kompas,
        tags=[energi],
        language="id",
        published_at=utc(2022, 3, 1, 9),
    )
    ArticleFactory(published=True, title="Harga minyak turun", source=tempo, tags=[energi])
    ArticleFactory(published=True, title="Harga minyak lama", source=kompas, tags=[energi],
                   language="id", published_at=utc(2021, 3, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Harga minyak untagged", source=kompas, language="id",
                   published_at=utc(2022, 3, 2, 9))  # fmt: skip

    found = search(client, "minyak", source="kompas", tag="energi", lang="id", **{
        "from": "2022-01-01", "to": "2022-12-31"})  # fmt: skip

    assert found == [hit.title]
    assert search(client, "minyak", source="kompas", tag="energi") == [
        "Harga minyak naik",
        "Harga minyak lama",
    ]


def test_explicit_sort_orders_search_results_by_date(client):
    ArticleFactory(published=True, title="Oil oil oil", published_at=utc(2022, 1, 1, 9))
    ArticleFactory(published=True, title="Market news", body="Oil prices.",
                   published_at=utc(2023, 1, 1, 9))  # fmt: skip

    assert search(client, "oil", sort="newest") == ["Market news", "Oil oil oil"]
    assert search(client, "oil", sort="oldest") == ["Oil oil oil", "Market news"]


def test_results_show_a_snippet_with_the_words_marked(client):
    ArticleFactory(
        published=True,
        title="Budget",
        body="The parliament met on Monday.\n\nLawmakers approved the budget after a long debate.",
    )

    content = client.get(LIST, {"q": "approved"}).content.decode()

    assert "<mark>approved</mark>" in content
    assert "Lawmakers" in content


def test_snippets_escape_article_text_before_marking(client):
    ArticleFactory(
        published=True,
        title="Escaping",
        body="Intro.\n\nThe page said <script>alert(1)</script> and <b>more</b> alert & done.",
    )

    content = client.get(LIST, {"q": "alert"}).content.decode()

    assert "<script>alert" not in content and "<b>more</b>" not in content
    assert "<mark>alert</mark>" in content
    assert "&lt;b&gt;more&lt;/b&gt;" in content


def test_listing_without_words_keeps_the_stored_excerpt(client):
    ArticleFactory(published=True, body="A plain first paragraph.\n\nSecond.")

    content = client.get(LIST).content.decode()

    assert '<p class="excerpt">A plain first paragraph.</p>' in content
    assert "<mark>" not in content
