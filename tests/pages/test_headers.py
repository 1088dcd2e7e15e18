"""What reader pages tell browsers and caches: no cookie, and what they vary on."""

import datetime as dt

import pytest
from django.test import Client

from tests.factories import ArticleFactory, SourceFactory, TagFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    made = ArticleFactory(
        published=True, source=SourceFactory(slug="kompas"), tags=[TagFactory(slug="energi")]
    )
    made.set_publication_day(dt.date(2022, 1, 13))
    made.save()
    return made


READER_PAGES = [
    "/",
    "/articles/",
    "/articles/?q=minyak",
    "/articles/2022/",
    "/articles/2022/01/",
    "/articles/2022/01/13/",
    "/sources/",
    "/sources/kompas/",
    "/tags/",
    "/tags/energi/",
    "/feeds/latest/",
    "/sitemap.xml",
]


@pytest.mark.parametrize("url", [*READER_PAGES, "article"])
def test_reader_pages_set_no_cookie(client, article, url):
    response = client.get(article.get_absolute_url() if url == "article" else url)

    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response


@pytest.mark.parametrize("url", ["/", "/articles/", "article"])
def test_reader_pages_vary_on_the_language_the_reader_chose_or_speaks(client, article, url):
    response = client.get(article.get_absolute_url() if url == "article" else url)

    vary = {name.strip() for name in response["Vary"].split(",")}
    assert {"Accept-Language", "Cookie"} <= vary


def test_the_admin_keeps_its_csrf_cookie_and_is_never_cached(editor_client):
    response = Client().get("/admin/login/")  # signed out

    assert response.status_code == 200
    assert "csrftoken" in response.cookies
    for page in (response, editor_client.get("/admin/articles/article/")):
        assert "private" in page["Cache-Control"] and "no-cache" in page["Cache-Control"]
        assert "ETag" not in page
