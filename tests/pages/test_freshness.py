"""Validators and lifetimes of reader pages, and the version they come from.

Every write path must move the archive's version on (database triggers), or a browser
revalidating with its ETag would be told its stale copy is current.
"""

import datetime as dt
import tempfile

import pytest
from django.db import connection
from django.urls import reverse

from articles.models import Article, Tag
from tests.desk.helpers import change_form, change_url
from tests.factories import ArticleFactory, SourceFactory, TagFactory
from tests.importing.helpers import dump, run, write
from tests.pages.helpers import LIST, utc

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(time_machine):
    time_machine.move_to(utc(2024, 3, 10, 12))
    made = ArticleFactory(
        published=True,
        title="Harga minyak naik",
        source=SourceFactory(slug="kompas"),
        tags=[TagFactory(slug="energi")],
    )
    made.set_publication_day(dt.date(2024, 3, 8))
    made.save()
    return made


def cache_control(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


@pytest.mark.parametrize(
    ("url", "seconds"),
    [
        ("/", 60),
        (LIST, 60),
        (f"{LIST}?q=minyak", 60),
        ("/articles/2024/03/08/", 60),
        ("/sources/kompas/", 60),
        ("/tags/", 60),
        ("/feeds/latest/", 300),
        ("/sitemap.xml", 300),
    ],
)
def test_pages_say_how_long_anyone_may_keep_them(client, article, url, seconds):
    response = client.get(url)

    assert response.status_code == 200
    assert cache_control(response) == {"public", f"max-age={seconds}", f"s-maxage={seconds}"}
    assert response["ETag"].startswith('W/"')
    assert response["Last-Modified"].endswith(" GMT")


def test_articles_keep_longer_after_their_first_week(client, article, time_machine):
    assert "max-age=300" in cache_control(client.get(article.get_absolute_url()))

    time_machine.move_to(utc(2024, 3, 20, 12))

    assert "max-age=3600" in cache_control(client.get(article.get_absolute_url()))


def test_a_matching_etag_or_date_answers_304_without_the_page(client, article):
    first = client.get(article.get_absolute_url())

    by_etag = client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get(article.get_absolute_url(), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    for response in (by_etag, by_date):
        assert response.status_code == 304
        assert response.content == b""
        assert response["ETag"] == first["ETag"]
        assert "public" in cache_control(response)


def test_each_interface_language_has_its_own_etag(client, article):
    english = client.get(LIST, HTTP_ACCEPT_LANGUAGE="en")
    indonesian = client.get(LIST, HTTP_ACCEPT_LANGUAGE="id")

    assert english["ETag"] != indonesian["ETag"]
    again = client.get(LIST, HTTP_ACCEPT_LANGUAGE="id", HTTP_IF_NONE_MATCH=english["ETag"])
    assert again.status_code == 200


@pytest.mark.parametrize(
    "url", [f"{LIST}?from=not-a-date", "/articles/2024/03/09/harga-minyak-naik/"]
)
def test_errors_and_redirects_are_never_cacheable(client, article, url):
    response = client.get(url)

    assert response.status_code in (301, 400)
    assert "public" not in cache_control(response)
    assert "no-cache" in cache_control(response)
    assert "ETag" not in response


@pytest.mark.parametrize("url", ["/sources/nobody/", "/articles/?page=99", "/no/such/page/"])
def test_not_found_is_never_cacheable(client, article, url):
    response = client.get(url)

    assert response.status_code == 404
    assert {"no-cache", "no-store", "private"} <= cache_control(response)
    assert "public" not in cache_control(response)


def edit_in_admin(client, article):
    client.post(change_url(article), change_form(client, article, title="Harga minyak turun"))


def bulk_update(client, article):
    Article.objects.filter(pk=article.pk).update(title="Harga minyak turun")


def raw_sql(client, article):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE articles_article SET title = %s WHERE id = %s", ["Turun", article.pk]
        )


def delete(client, article):
    article.delete()


def retag(client, article):
    article.tags.add(Tag.objects.create(name="Ekonomi", slug="ekonomi"))


def rename_source(client, article):
    article.source.name = "Kompas Daily"
    article.source.save()


def import_a_file(client, article):
    with tempfile.TemporaryDirectory() as folder:
        run(write(folder, "berita.txt", dump()))


# Committed for real: on PostgreSQL the version moves on when the writer commits.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    "change",
    [edit_in_admin, bulk_update, raw_sql, delete, retag, rename_source, import_a_file],
)
def test_every_write_path_changes_the_validators(editor_client, article, change):
    before = editor_client.get(LIST)

    change(editor_client, article)

    after = editor_client.get(LIST, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]


def test_a_scheduled_article_coming_due_changes_the_validators(client, article, time_machine):
    ArticleFactory(published=True, title="Nanti", published_at=utc(2024, 3, 10, 13))
    before = client.get(LIST)
    assert client.get(LIST, HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 304

    time_machine.move_to(utc(2024, 3, 10, 13, 1))

    after = client.get(LIST, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert "Nanti" in after.text


def test_the_switch_link_and_health_checks_are_never_public(client):
    for url in [reverse("switch_language", args=["id"]), "/healthz", "/healthz/live"]:
        assert "public" not in client.get(url).get("Cache-Control", "")
