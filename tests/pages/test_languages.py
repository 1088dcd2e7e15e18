"""The interface language: following the browser, switching it, and Indonesian plurals."""

import datetime as dt

import pytest
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


def test_reader_can_switch_the_interface_language(client):
    response = client.post(reverse("set_language"), {"language": "id", "next": LIST}, follow=True)

    assert response.redirect_chain[-1][0] == LIST
    assert '<html lang="id">' in response.content.decode()
    assert "Artikel" in response.content.decode()


def test_result_counts_use_indonesian_plural_forms(client):
    ArticleFactory.create_batch(2, published=True)

    content = client.get(LIST, HTTP_ACCEPT_LANGUAGE="id").content.decode()

    assert "2 artikel" in content
    assert "Saring artikel" in content
