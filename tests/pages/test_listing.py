"""The home page and the filtered list, with the source and tag pages that share its filters."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory, SourceFactory, TagFactory
from tests.pages.helpers import LIST, titles, utc

pytestmark = pytest.mark.django_db

# Home and visibility


def test_index_shows_latest_published_and_hides_drafts_and_scheduled(client):
    older = ArticleFactory(published=True, published_at=utc(2024, 1, 1, 8))
    newer = ArticleFactory(published=True, published_at=utc(2024, 1, 2, 8))
    ArticleFactory(title="Still a draft")
    ArticleFactory(
        published=True, title="Scheduled story", published_at=timezone.now() + dt.timedelta(days=1)
    )

    response = client.get(reverse("articles:index"))

    assert response.status_code == 200
    assert list(response.context["articles"]) == [newer, older]
    assert b"Still a draft" not in response.content
    assert b"Scheduled story" not in response.content


def test_index_lists_sources_and_tags_with_published_counts(client):
    tag = TagFactory(name="Energi")
    ArticleFactory.create_batch(2, published=True, source=SourceFactory(name="Kompas"), tags=[tag])
    ArticleFactory(source=SourceFactory(name="Only drafts"))

    content = client.get(reverse("articles:index")).content.decode()

    assert "Kompas" in content and "Energi" in content
    assert "Only drafts" not in content


def test_scheduled_article_appears_once_its_time_comes(client, settings):
    article = ArticleFactory(published=True, published_at=timezone.now() + dt.timedelta(hours=1))
    assert client.get(article.get_absolute_url()).status_code == 404

    Article.objects.filter(pk=article.pk).update(
        published_at=timezone.now() - dt.timedelta(minutes=1)
    )

    assert client.get(article.get_absolute_url()).status_code == 200


# The filtered list


def test_list_counts_results_and_orders_newest_first(client):
    first = ArticleFactory(published=True, published_at=utc(2023, 5, 1, 9))
    second = ArticleFactory(published=True, published_at=utc(2023, 5, 2, 9))

    response = client.get(LIST)

    assert titles(response) == [second.title, first.title]
    assert "2 articles" in response.content.decode()


def test_list_sort_oldest(client):
    first = ArticleFactory(published=True, published_at=utc(2023, 5, 1, 9))
    second = ArticleFactory(published=True, published_at=utc(2023, 5, 2, 9))

    assert titles(client.get(LIST, {"sort": "oldest"})) == [first.title, second.title]


def test_list_query_needs_every_word_in_title_or_body(client):
    ArticleFactory(published=True, title="Harga minyak naik", body="Pasar Asia bergerak.")
    ArticleFactory(published=True, title="Harga beras", body="Turun di pasar.")
    ArticleFactory(published=True, title="Cuaca", body="Hujan deras.")

    assert titles(client.get(LIST, {"q": "harga"})) == ["Harga beras", "Harga minyak naik"]
    assert titles(client.get(LIST, {"q": "HARGA asia"})) == ["Harga minyak naik"]


def test_list_query_of_only_punctuation_shows_the_normal_listing(client):
    ArticleFactory.create_batch(2, published=True)

    response = client.get(LIST, {"q": " -- !! "})

    assert response.status_code == 200
    assert len(titles(response)) == 2


def test_list_filters_by_repeated_sources_and_tags(client):
    kompas, tempo, other = (SourceFactory(name=n) for n in ("Kompas", "Tempo", "Other"))
    energy, sport = TagFactory(name="Energy"), TagFactory(name="Sport")
    ArticleFactory(published=True, title="K energy", source=kompas, tags=[energy, sport])
    ArticleFactory(published=True, title="T sport", source=tempo, tags=[sport])
    ArticleFactory(published=True, title="O energy", source=other, tags=[energy])

    by_source = client.get(LIST + "?source=kompas&source=tempo")
    by_tag = client.get(LIST + "?tag=energy&tag=sport")
    combined = client.get(LIST + "?source=kompas&source=tempo&tag=energy")

    assert sorted(titles(by_source)) == ["K energy", "T sport"]
    assert sorted(titles(by_tag)) == ["K energy", "O energy", "T sport"]  # no duplicates
    assert titles(combined) == ["K energy"]


def test_list_filters_by_language_and_date_range(client):
    ArticleFactory(published=True, title="Old id", language="id", published_at=utc(2022, 1, 13, 9))
    ArticleFactory(published=True, title="New id", language="id", published_at=utc(2022, 3, 1, 9))
    ArticleFactory(
        published=True, title="New en", language="en-GB", published_at=utc(2022, 3, 2, 9)
    )

    assert titles(client.get(LIST, {"lang": "id"})) == ["New id", "Old id"]
    assert titles(client.get(LIST, {"lang": "en"})) == ["New en"]
    assert titles(client.get(LIST, {"from": "2022-02-01"})) == ["New en", "New id"]
    assert titles(client.get(LIST, {"to": "2022-01-13"})) == ["Old id"]
    assert titles(client.get(LIST, {"lang": "id", "from": "2022-01-13", "to": "2022-01-13"})) == [
        "Old id"
    ]


def test_list_filters_survive_pagination(client, settings):
    settings.NEWSROOM_PAGE_SIZE = 2
    kompas = SourceFactory(name="Kompas")
    ArticleFactory.create_batch(5, published=True, source=kompas)
    ArticleFactory.create_batch(3, published=True)

    first = client.get(LIST, {"source": "kompas", "sort": "oldest"})
    content = first.content.decode()

    assert "5 articles" in content
    assert 'href="?source=kompas&amp;sort=oldest&amp;page=2"' in content
    third = client.get(LIST, {"source": "kompas", "sort": "oldest", "page": 3})
    assert third.status_code == 200
    assert len(titles(third)) == 1
    assert third.context["form"]["source"].value() == ["kompas"]
    content = third.content.decode()
    assert 'name="source" value="kompas" checked>' in content
    assert content.count('type="checkbox" name="source"') == 4  # every source is offered
    assert content.count(" checked>") == 1  # and only the chosen one is ticked


def test_list_shows_empty_state_when_nothing_matches(client):
    ArticleFactory(published=True)

    response = client.get(LIST, {"q": "zebra"})

    assert response.status_code == 200
    assert "0 articles" in response.content.decode()
    assert "No articles match these filters" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"from": "2022-13-01"}, "date_from"),
        ({"to": "yesterday"}, "date_to"),
        ({"from": "2022-02-01", "to": "2022-01-01"}, "date_to"),
        ({"source": "no-such-source"}, "source"),
        ({"tag": "no-such-tag"}, "tag"),
        ({"lang": "<script>"}, "lang"),
        ({"sort": "random"}, "sort"),
        ({"page": "abc"}, "page"),
        ({"page": "0"}, "page"),
        ({"q": "x" * 500}, "q"),
    ],
)
def test_list_answers_400_with_the_form_error_for_bad_filters(client, params, field):
    ArticleFactory(published=True)

    response = client.get(LIST, params)

    assert response.status_code == 400
    assert field in response.context["form"].errors
    content = response.content.decode()
    assert "Please check the filters" in content
    assert 'role="alert"' in content
    assert "<script>" not in content


def test_list_page_past_the_end_is_a_friendly_404(client):
    ArticleFactory(published=True)

    response = client.get(LIST, {"page": 2})

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_source_page_lists_its_articles_and_accepts_the_same_filters(client):
    kompas = SourceFactory(name="Kompas")
    ArticleFactory(published=True, title="Banjir Jakarta", source=kompas)
    ArticleFactory(published=True, title="Pemilu", source=kompas)
    ArticleFactory(published=True, title="Banjir Bandung")

    url = kompas.get_absolute_url()

    assert sorted(titles(client.get(url))) == ["Banjir Jakarta", "Pemilu"]
    assert titles(client.get(url, {"q": "banjir"})) == ["Banjir Jakarta"]
    assert client.get(url, {"from": "nope"}).status_code == 400


def test_tag_page_lists_its_articles_and_accepts_the_same_filters(client):
    tag = TagFactory(name="Energi")
    ArticleFactory(published=True, title="Minyak", tags=[tag], language="id")
    ArticleFactory(published=True, title="Oil", tags=[tag], language="en")
    ArticleFactory(published=True, title="Untagged")

    url = tag.get_absolute_url()

    assert sorted(titles(client.get(url))) == ["Minyak", "Oil"]
    assert titles(client.get(url, {"lang": "en"})) == ["Oil"]


def test_tag_page_probes_the_tagging_by_the_tags_id(client):
    """By slug, the tagging was joined to the tags inside the EXISTS, hiding which tag it
    is from PostgreSQL's planner (a parallel scan of the listing followed)."""
    tag = TagFactory(name="Energi")
    ArticleFactory(published=True, title="Minyak", tags=[tag])

    with CaptureQueriesContext(connection) as queries:
        assert titles(client.get(tag.get_absolute_url())) == ["Minyak"]

    (listing,) = [q["sql"] for q in queries if "EXISTS" in q["sql"]]
    assert f'"tag_id" = {tag.pk}' in listing
    assert '"articles_tag"' not in listing


def test_source_and_tag_lists_show_published_counts(client):
    source = SourceFactory(name="Tempo")
    tag = TagFactory(name="Politik")
    ArticleFactory.create_batch(3, published=True, source=source, tags=[tag])
    ArticleFactory(source=source, tags=[tag])  # a draft does not count

    assert "3 articles" in client.get(reverse("articles:source_list")).content.decode()
    assert "3 articles" in client.get(reverse("articles:tag_list")).content.decode()


@pytest.mark.parametrize("name", ["articles:source_detail", "articles:tag_detail"])
def test_unknown_slug_is_a_friendly_404(client, name):
    response = client.get(reverse(name, kwargs={"slug": "nobody"}))

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
