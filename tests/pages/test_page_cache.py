"""The shared page cache: a kept page costs one query, and no change leaves it stale.

Writes here are committed for real (transactional tests): on PostgreSQL the archive's
version moves on when the writer commits, as it does in production.
"""

import datetime as dt
import gzip
import tempfile

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Tag
from tests.desk.helpers import change_form, change_url
from tests.factories import ArticleFactory, SourceFactory, TagFactory
from tests.importing.helpers import run, story, write
from tests.pages.helpers import LIST, utc

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(time_machine):
    time_machine.move_to(utc(2024, 3, 10, 12), tick=False)
    made = ArticleFactory(
        published=True,
        title="Harga minyak naik",
        source=SourceFactory(name="Kompas", slug="kompas"),
        tags=[TagFactory(name="Energi", slug="energi")],
    )
    made.set_publication_day(dt.date(2024, 3, 8))
    made.save()
    return made


def test_a_kept_page_costs_one_query_and_is_the_same_page(client, page_cache, article):
    first = client.get(LIST)

    with CaptureQueriesContext(connection) as queries:
        again = client.get(LIST)

    assert len(queries) == 1  # the archive's version
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]


def test_a_kept_page_goes_out_gzipped_to_clients_that_ask_and_plain_to_others(
    client, page_cache, article
):
    plain = client.get(LIST).content  # rendered, and kept

    packed = client.get(LIST, HTTP_ACCEPT_ENCODING="gzip")
    again = client.get(LIST)

    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain
    assert "Accept-Encoding" in packed["Vary"]
    assert "Content-Encoding" not in again and again.content == plain


def test_each_interface_language_is_kept_apart(client, page_cache, article):
    client.get(LIST, HTTP_ACCEPT_LANGUAGE="en")

    indonesian = client.get(LIST, HTTP_ACCEPT_LANGUAGE="id")

    assert '<html lang="id">' in indonesian.text


def test_the_page_cache_can_be_turned_off(client, page_cache, settings, article):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    client.get(LIST)

    with CaptureQueriesContext(connection) as queries:
        client.get(LIST)

    assert len(queries) > 1


def test_with_debug_on_pages_are_rendered_each_time_and_never_cacheable(
    client, page_cache, settings, article
):
    settings.DEBUG = True
    client.get(LIST)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(LIST)

    assert len(queries) > 1
    assert "no-cache" in response["Cache-Control"] and "ETag" not in response


def test_error_pages_are_not_kept(client, page_cache, article):
    assert client.get(LIST, {"from": "nope"}).status_code == 400
    assert client.get("/sources/nobody/").status_code == 404

    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST, {"from": "nope"}).status_code == 400

    assert len(queries) > 1


def article_pages(article):
    return [
        article.get_absolute_url(),
        "/",
        LIST,
        "/articles/2024/03/08/",
        "/sources/kompas/",
        "/tags/energi/",
        "/feeds/latest/",
    ]


# Each change returns the text it shows and the pages that must show it at once.
def edit_in_admin(client, article):
    data = change_form(client, article, title="Harga minyak turun")
    assert client.post(change_url(article), data).status_code == 302
    return "Harga minyak turun", article_pages(article)


def bulk_update(client, article):
    Article.objects.filter(pk=article.pk).update(title="Harga minyak turun")
    return "Harga minyak turun", article_pages(article)


def raw_sql(client, article):
    with connection.cursor() as cursor:
        sql = "UPDATE articles_article SET title = %s WHERE id = %s"
        cursor.execute(sql, ["Harga minyak turun", article.pk])
    return "Harga minyak turun", article_pages(article)


def retag(client, article):
    article.tags.add(Tag.objects.create(name="Ekonomi Makro", slug="ekonomi-makro"))
    return "Ekonomi Makro", [article.get_absolute_url(), "/"]


def rename_source(client, article):
    article.source.name = "Kompas Daily"
    article.source.save()
    return "Kompas Daily", [article.get_absolute_url(), "/", LIST, "/sources/kompas/"]


def import_a_story(client, article):
    with tempfile.TemporaryDirectory() as folder:
        write(folder, "banjir.txt", story(day="Jumat (8/3/2024)"))
        run(folder, "--source", "Kompas")
    return "Banjir Rendam Ratusan Rumah", ["/", LIST, "/articles/2024/03/08/", "/feeds/latest/"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    "change", [edit_in_admin, bulk_update, raw_sql, retag, rename_source, import_a_story]
)
def test_no_kept_page_outlives_a_change(editor_client, page_cache, article, change):
    for url in article_pages(article):
        assert editor_client.get(url).status_code == 200  # now kept

    shown, pages = change(editor_client, article)

    for url in pages:
        assert shown in editor_client.get(url).text, url


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("change", ["unpublish", "delete"])
def test_an_article_taken_down_leaves_every_page_at_once(client, page_cache, article, change):
    for url in article_pages(article):
        assert "Harga minyak naik" in client.get(url).text, url

    if change == "delete":
        Article.objects.filter(pk=article.pk).delete()
    else:
        Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)

    assert client.get(article.get_absolute_url()).status_code == 404
    for url in article_pages(article)[1:]:
        page = client.get(url)
        assert "Harga minyak naik" not in page.text, url


def test_a_scheduled_article_appears_on_kept_pages_when_due(
    client, page_cache, article, time_machine
):
    ArticleFactory(published=True, title="Nanti siang", published_at=utc(2024, 3, 10, 13))
    assert "Nanti siang" not in client.get(LIST).text

    time_machine.move_to(utc(2024, 3, 10, 13, 1), tick=False)

    assert "Nanti siang" in client.get(LIST).text


def test_text_answers_are_gzipped_for_clients_that_ask(client, article):
    plain = client.get(LIST)
    packed = client.get(LIST, HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content) / 2
    assert "Content-Encoding" not in client.get("/healthz/live", HTTP_ACCEPT_ENCODING="gzip")


REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture
def redis_cache(settings):
    """Django's RedisCache on a scratch database, as NEWSROOM_CACHE_URL configures it."""
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(REDIS, socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis server at 127.0.0.1:6379")
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS}
    }
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pages_kept_in_redis_are_shared_and_never_stale(client, redis_cache, article):
    client.get(LIST)
    with CaptureQueriesContext(connection) as queries:
        assert "Harga minyak naik" in client.get(LIST).text
    assert len(queries) == 1

    Article.objects.filter(pk=article.pk).update(title="Harga minyak turun")

    assert "Harga minyak turun" in client.get(LIST).text
