"""The interface language: following the browser, switching it, and Indonesian plurals."""

import datetime as dt
from urllib.parse import quote

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import ArticleFactory
from tests.pages.helpers import LIST

pytestmark = pytest.mark.django_db


def test_pages_follow_the_browser_language(client):
    article = ArticleFactory(published=True)
    article.set_publication_day(dt.date(2022, 1, 13))
    article.save()

    indonesian = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    english = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<html lang="id">' in indonesian and "13 Januari 2022" in indonesian
    assert "Cari di arsip" in indonesian
    assert '<html lang="en">' in english and "13 January 2022" in english


def test_reader_can_switch_the_interface_language_with_a_link(client):
    english = client.get(f"{LIST}?q=minyak").content.decode()
    link = f'href="/language/id/?next={quote(LIST + "?q=minyak", safe="/")}"'
    assert link in english

    response = client.get(reverse("switch_language", args=["id"]), {"next": f"{LIST}?q=minyak"})

    assert response.status_code == 302 and response["Location"] == f"{LIST}?q=minyak"
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "id" and cookie["httponly"] and cookie["samesite"] == "Lax"
    assert "no-cache" in response["Cache-Control"]
    indonesian = client.get(LIST).content.decode()
    assert '<html lang="id">' in indonesian and "Artikel" in indonesian
    assert '<span aria-current="true" lang="id">Bahasa Indonesia</span>' in indonesian


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", ""])
def test_switching_language_never_leaves_the_site(client, target):
    response = client.get(reverse("switch_language", args=["id"]), {"next": target})

    assert response["Location"] == reverse("articles:index")


def test_an_unknown_language_is_404_and_sets_nothing(client):
    response = client.get(reverse("switch_language", args=["xx"]), {"next": LIST})

    assert response.status_code == 404
    assert not response.cookies


def test_result_counts_use_indonesian_plural_forms(client):
    ArticleFactory.create_batch(2, published=True)

    content = client.get(LIST, HTTP_ACCEPT_LANGUAGE="id").content.decode()

    assert "2 artikel" in content
    assert "Saring artikel" in content
