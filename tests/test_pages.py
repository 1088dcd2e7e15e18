import datetime as dt

import pytest
from django.db import OperationalError
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article

from .factories import ArticleFactory, SourceFactory, TagFactory

pytestmark = pytest.mark.django_db

LIST = reverse("articles:article_list")


def utc(*parts):
    return dt.datetime(*parts, tzinfo=dt.UTC)


def titles(response):
    return [article.title for article in response.context["page_obj"]]


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


# Date archives and the article page


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


# Languages


def test_pages_follow_the_browser_language(client):
    article = ArticleFactory(published=True)
    article.set_publication_day(dt.date(2022, 1, 13))
    article.save()

    indonesian = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    english = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<html lang="id">' in indonesian and "13 Januari 2022" in indonesian
    assert "Cari di arsip" in indonesian
    assert '<html lang="en">' in english and "13 January 2022" in english


def test_reader_can_switch_the_interface_language(client):
    response = client.post(reverse("set_language"), {"language": "id", "next": LIST}, follow=True)

    assert response.redirect_chain[-1][0] == LIST
    assert '<html lang="id">' in response.content.decode()
    assert "Artikel" in response.content.decode()


# Feeds, sitemap, health


def test_feed_lists_latest_published_articles(client):
    visible = ArticleFactory(
        published=True, title="Visible story", tags=[TagFactory(name="Energi")]
    )
    ArticleFactory(title="Draft story")

    response = client.get(reverse("articles:feed_latest"))
    content = response.content.decode()

    assert response["Content-Type"].startswith("application/rss+xml")
    assert "Visible story" in content and "Draft story" not in content
    assert visible.get_absolute_url() in content
    assert "<category>Energi</category>" in content


def test_sitemap_lists_published_articles(client):
    visible = ArticleFactory(published=True)
    draft = ArticleFactory(published_at=utc(2022, 1, 1))

    content = client.get("/sitemap.xml").content.decode()

    assert visible.get_absolute_url() in content
    assert draft.get_absolute_url() not in content


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    def refuse(self):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)

    assert client.get("/healthz").status_code == 503


# Query counts: listing pages must not grow with the number of rows


def count_queries(client, url, connection):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


LISTING_PAGES = [
    ("/", 4),
    ("/articles/", 6),
    ("/articles/?q=headline&lang=en&from=2020-01-01", 6),
    ("/sources/source-one/", 7),
    ("/tags/energi/", 7),
    ("/sources/", 1),
    ("/tags/", 1),
    ("/articles/2024/", 6),
    ("/articles/2024/01/", 6),
    ("/articles/2024/01/01/", 7),
    ("/feeds/latest/", 2),
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

    with django_assert_max_num_queries(5):
        assert client.get(article.get_absolute_url()).status_code == 200


def test_result_counts_use_indonesian_plural_forms(client):
    ArticleFactory.create_batch(2, published=True)

    content = client.get(LIST, HTTP_ACCEPT_LANGUAGE="id").content.decode()

    assert "2 artikel" in content
    assert "Saring artikel" in content
