"""Reader search on /articles/ (and the source and tag pages): both databases.

PostgreSQL-only behaviour (stemming, ranking, suggestions, the stored search document)
uses the `postgres` fixture, which skips on SQLite; the fallback uses `sqlite`.
"""

import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article

from .factories import ArticleFactory, SourceFactory, TagFactory

pytestmark = pytest.mark.django_db

LIST = reverse("articles:article_list")
SEED = Path(settings.BASE_DIR) / "fixtures" / "000_e17083f481e9234f.txt"


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL full-text search")


@pytest.fixture
def sqlite():
    if connection.vendor != "sqlite":
        pytest.skip("checks the SQLite fallback")


def utc(*parts):
    return dt.datetime(*parts, tzinfo=dt.UTC)


def titles(response):
    assert response.status_code == 200
    return [article.title for article in response.context["page_obj"]]


def search(client, q, **params):
    return titles(client.get(LIST, {"q": q, **params}))


# On every database


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


def test_facets_count_results_by_source_year_language_and_tag(client):
    kompas, tempo = SourceFactory(name="Kompas"), SourceFactory(name="Tempo")
    energi, pasar = TagFactory(name="Energi"), TagFactory(name="Pasar")
    ArticleFactory(published=True, title="Oil one", source=kompas, tags=[energi, pasar],
                   published_at=utc(2022, 5, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Oil two", source=kompas, tags=[energi], language="id",
                   published_at=utc(2023, 5, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Oil three", source=tempo, published_at=utc(2023, 6, 1, 9))
    ArticleFactory(published=True, title="Weather", source=tempo, tags=[pasar])

    facets = client.get(LIST, {"q": "oil"}).context["facets"]
    counts = {title: {v.label: v.count for v in values} for title, values in facets.groups}

    assert facets.total == 3
    assert counts["Sources"] == {"Kompas": 2, "Tempo": 1}
    assert counts["Years"] == {"2023": 2, "2022": 1}
    assert counts["Languages"] == {"English": 2, "Indonesian": 1}
    assert counts["Tags"] == {"Energi": 2, "Pasar": 1}

    combined = client.get(LIST, {"q": "oil", "source": "kompas", "tag": "energi"})
    facets = combined.context["facets"]
    counts = {title: {v.label: v.count for v in values} for title, values in facets.groups}
    assert facets.total == 2 and "2 articles" in combined.content.decode()
    assert counts["Years"] == {"2023": 1, "2022": 1}
    assert counts["Tags"] == {"Energi": 2, "Pasar": 1}


def test_facet_values_link_to_the_added_filter(client):
    kompas = SourceFactory(name="Kompas")
    ArticleFactory(published=True, title="Oil one", source=kompas, tags=[TagFactory(name="Energi")],
                   published_at=utc(2022, 5, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Oil two", language="id")

    content = client.get(LIST, {"q": "oil", "sort": "oldest", "page": 1}).content.decode()

    assert 'href="?q=oil&amp;sort=oldest&amp;source=kompas">Kompas</a>' in content
    assert 'href="?q=oil&amp;sort=oldest&amp;tag=energi">Energi</a>' in content
    assert 'href="?q=oil&amp;sort=oldest&amp;lang=id">Indonesian</a>' in content
    assert 'href="?q=oil&amp;sort=oldest&amp;from=2022-01-01&amp;to=2022-12-31">2022</a>' in content
    following = client.get(LIST, {"q": "oil", "from": "2022-01-01", "to": "2022-12-31"})
    assert titles(following) == ["Oil one"]


def test_active_filters_are_removable_chips(client):
    SourceFactory(name="Kompas")
    SourceFactory(name="Tempo")
    ArticleFactory(published=True, title="Oil", source=SourceFactory(name="Kompas"))

    response = client.get(LIST + "?q=oil&source=kompas&source=tempo&lang=en&from=2020-01-01")
    chips = {chip.label: chip.remove_url for chip in response.context["chips"]}

    assert chips == {
        "Words: oil": "?source=kompas&source=tempo&lang=en&from=2020-01-01",
        "Kompas": "?q=oil&source=tempo&lang=en&from=2020-01-01",
        "Tempo": "?q=oil&source=kompas&lang=en&from=2020-01-01",
        "Language: English": "?q=oil&source=kompas&source=tempo&from=2020-01-01",
        "From 2020-01-01": "?q=oil&source=kompas&source=tempo&lang=en",
    }
    assert 'href="?q=oil&amp;source=tempo&amp;lang=en&amp;from=2020-01-01"' in (
        response.content.decode()
    )


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
    # the source or tag of its page, sources, tags, languages, one for the count, facets
    # and the page's ids, one for the page's rows with snippets (or for the suggestion)
    with django_assert_max_num_queries(6):
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


# PostgreSQL: the stored document, stemming, ranking, syntax, suggestions


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


# SQLite: every word in the title or body, newest first


def test_sqlite_search_needs_every_word_and_orders_newest_first(client, sqlite):
    ArticleFactory(published=True, title="Floods", body="Jakarta floods again.",
                   published_at=utc(2022, 1, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Weekly digest", body="FLOODS and fires in JAKARTA.",
                   published_at=utc(2024, 1, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Floods elsewhere", published_at=utc(2025, 1, 1, 9))

    response = client.get(LIST, {"q": "floods jakarta"})

    assert titles(response) == ["Weekly digest", "Floods"]
    assert "ranking by relevance needs the PostgreSQL database" in response.content.decode()
    assert "<mark>FLOODS</mark> and fires in <mark>JAKARTA</mark>" in response.content.decode()


def test_sqlite_search_understands_phrases_or_and_exclusion(client, sqlite):
    ArticleFactory(published=True, title="Oil price rises", body="Markets in Asia.")
    ArticleFactory(published=True, title="Price of oil", body="Markets in Europe.")

    assert search(client, '"oil price"') == ["Oil price rises"]
    assert sorted(search(client, "asia OR europe")) == ["Oil price rises", "Price of oil"]
    assert search(client, "price -europe") == ["Oil price rises"]


def test_sqlite_rebuild_command_says_there_is_nothing_to_do(sqlite, capsys):
    call_command("rebuild_search_index")

    assert "Nothing to rebuild" in capsys.readouterr().out


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
