"""PostgreSQL full-text search: the stored document, stems, ranking, syntax, suggestions."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article
from tests.factories import ArticleFactory, SourceFactory, TagFactory
from tests.search.helpers import LIST, search, titles, utc

pytestmark = pytest.mark.django_db

SEED = Path(settings.BASE_DIR) / "fixtures" / "000_e17083f481e9234f.txt"


def test_seed_article_is_found_by_an_indonesian_stem(client, postgres):
    call_command("load_seed_articles", str(SEED), verbosity=0)

    assert search(client, "tinggal") == ["Pasukan Koalisi Rusia Mulai Tinggalkan Kazakhstan"]
    assert search(client, "tinggalkan pasukan") == [
        "Pasukan Koalisi Rusia Mulai Tinggalkan Kazakhstan"
    ]


def test_english_article_is_found_by_another_form_of_a_word(client, postgres):
    ArticleFactory(published=True, title="Border news", body="A troop crossed the river.")

    assert search(client, "troops") == ["Border news"]


def test_one_query_finds_articles_in_every_language(client, postgres):
    ArticleFactory(published=True, title="Kazakhstan protests", language="en",
                   body="Troops are leaving.")  # fmt: skip
    ArticleFactory(published=True, title="Kazakhstan memanas", language="id",
                   body="Pasukan meninggalkan kota.")  # fmt: skip
    ArticleFactory(published=True, title="Kazakhstan", language="fr", body="Les troupes.")

    assert sorted(search(client, "kazakhstan")) == [
        "Kazakhstan",
        "Kazakhstan memanas",
        "Kazakhstan protests",
    ]


def test_web_search_syntax_phrases_or_and_exclusion(client, postgres):
    ArticleFactory(published=True, title="Oil price rises", body="Markets in Asia.")
    ArticleFactory(published=True, title="Price of oil", body="Markets in Europe.")
    ArticleFactory(published=True, title="Gas price", body="Troops in Europe.")

    assert search(client, '"oil price"') == ["Oil price rises"]
    assert sorted(search(client, "asia OR troops")) == ["Gas price", "Oil price rises"]
    assert sorted(search(client, "price -europe")) == ["Oil price rises"]
    # Excluding a word excludes its other forms too, as the article's language stems it.
    assert sorted(search(client, "price -troop")) == ["Oil price rises", "Price of oil"]


def test_best_match_comes_first_and_ties_go_newest_first(client, postgres):
    ArticleFactory(published=True, title="Weekly digest", body="Something about floods.",
                   published_at=utc(2024, 3, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Floods in Jakarta", published_at=utc(2022, 1, 1, 9))
    ArticleFactory(published=True, title="Floods in Bandung", published_at=utc(2023, 1, 1, 9))

    assert search(client, "floods") == ["Floods in Bandung", "Floods in Jakarta", "Weekly digest"]
    assert search(client, "floods", sort="relevance")[0] == "Floods in Bandung"
    assert search(client, "floods", sort="newest")[0] == "Weekly digest"


def test_later_pages_continue_the_best_match_order(client, postgres, settings):
    settings.NEWSROOM_PAGE_SIZE = 2
    ArticleFactory(published=True, title="Floods floods floods", published_at=utc(2020, 1, 1, 9))
    ArticleFactory(published=True, title="Weekly digest", body="Something about floods.",
                   published_at=utc(2024, 3, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Floods in Bandung", published_at=utc(2023, 1, 1, 9))

    first, second = search(client, "floods"), search(client, "floods", page=2)

    assert first == ["Floods floods floods", "Floods in Bandung"]
    assert second == ["Weekly digest"]


def test_broad_search_ranks_only_the_newest_matches(client, postgres, settings):
    settings.NEWSROOM_SEARCH_EXACT_LIMIT = 2
    ArticleFactory(published=True, title="Floods floods floods", published_at=utc(2020, 1, 1, 9))
    ArticleFactory(published=True, title="Weekly digest", body="Something about floods.",
                   published_at=utc(2024, 3, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Floods in Bandung", published_at=utc(2024, 2, 1, 9))

    # The old best match is beyond the 2 newest: readers are told to narrow the search.
    assert search(client, "floods") == ["Floods in Bandung", "Weekly digest"]
    settings.NEWSROOM_SEARCH_EXACT_LIMIT = 3
    assert search(client, "floods")[0] == "Floods floods floods"


def test_search_finds_summary_author_and_tag_names(client, postgres):
    ArticleFactory(published=True, title="One", summary="Volcano erupts.")
    ArticleFactory(published=True, title="Two", author="Siti Nurhaliza")
    ArticleFactory(published=True, title="Three", tags=[TagFactory(name="Geology")])

    assert search(client, "volcano") == ["One"]
    assert search(client, "nurhaliza") == ["Two"]
    assert search(client, "geology") == ["Three"]


def test_zero_results_suggest_a_corrected_query_that_finds_results(client, postgres):
    ArticleFactory(published=True, title="Kazakhstan protests", body="Unrest spreads.")

    response = client.get(LIST, {"q": "kazakhstn protests", "lang": "en"})
    content = response.content.decode()

    assert titles(response) == []
    assert response.context["suggestion"] == "kazakhstan protests"
    url = response.context["suggestion_url"]
    assert url == "?q=kazakhstan+protests&lang=en"
    assert f'Did you mean <a href="{url.replace("&", "&amp;")}">kazakhstan protests</a>?' in content
    assert titles(client.get(LIST + url)) == ["Kazakhstan protests"]


def test_no_suggestion_when_every_word_is_known(client, postgres):
    ArticleFactory(published=True, title="Kazakhstan protests")
    ArticleFactory(published=True, title="Weather report")

    response = client.get(LIST, {"q": "kazakhstan weather"})

    assert titles(response) == [] and response.context["suggestion"] == ""


def test_saving_an_article_updates_its_search_document(client, postgres):
    article = ArticleFactory(published=True, title="Original headline")
    assert search(client, "original") == ["Original headline"]

    article.title = "Corrected headline"
    article.save()

    assert search(client, "original") == []
    assert search(client, "corrected") == ["Corrected headline"]


def test_renaming_a_tag_updates_its_articles(client, postgres):
    tag = TagFactory(name="Geology")
    ArticleFactory(published=True, title="Rocks", tags=[tag])

    tag.name = "Volcanology"
    tag.save()

    assert search(client, "volcanology") == ["Rocks"]
    assert search(client, "geology") == []


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("desk", "desk@example.org", "pw")
    client.force_login(user)
    return client


def test_admin_save_with_tags_is_searchable_at_once(editor_client, postgres):
    source = SourceFactory(name="Kompas")
    tag = TagFactory(name="Geology")
    response = editor_client.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Mountain story",
            "slug": "",
            "source": source.pk,
            "author": "",
            "summary": "",
            "body": "About rocks.",
            "tags": [tag.pk],
            "status": "published",
            "published_at_0": "2024-01-02",
            "published_at_1": "09:00:00",
            "has_time": "on",
            "language": "en",
            "original_url": "",
            "related_headlines": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors

    assert search(editor_client, "geology") == ["Mountain story"]


def test_admin_action_refreshes_the_search_index(editor_client, postgres):
    article = ArticleFactory(published=True, title="Stale")
    Article.objects.filter(pk=article.pk).update(search_vector=None, title="Fresh title")
    assert search(editor_client, "fresh") == []

    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "refresh_search_index", "_selected_action": [article.pk]},
        follow=True,
    )

    assert "Search index refreshed for 1 article." in response.content.decode()
    assert search(editor_client, "fresh") == ["Fresh title"]


def test_rebuild_command_indexes_every_article_and_is_safe_to_rerun(client, postgres, capsys):
    ArticleFactory.create_batch(2, published=True, title="Indexed story")
    Article.objects.update(search_vector=None)
    assert search(client, "indexed") == []

    call_command("rebuild_search_index")
    call_command("rebuild_search_index")

    assert "Search index rebuilt: 2 articles" in capsys.readouterr().out
    assert search(client, "indexed") == ["Indexed story", "Indexed story"]
