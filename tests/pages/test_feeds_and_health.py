"""The RSS feed, the sitemap, /healthz with and without a database, /healthz/live."""

import pytest
from django.db import OperationalError
from django.urls import reverse

from tests.factories import ArticleFactory, TagFactory
from tests.pages.helpers import utc

pytestmark = pytest.mark.django_db


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


def test_healthz_live_answers_without_the_database(client, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    def refuse(self):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    response = client.get("/healthz/live")

    assert (response.status_code, response.text) == (200, "ok\n")
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.parametrize("url", ["/healthz", "/healthz/live"])
def test_health_checks_answer_plain_http_when_https_is_enforced(client, settings, url):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get(url).status_code == 200
    assert client.get("/").status_code == 301
