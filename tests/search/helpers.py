"""The article list's address, UTC moments, and a search that answers the titles it found."""

import datetime as dt

from django.urls import reverse

LIST = reverse("articles:article_list")


def utc(*parts):
    return dt.datetime(*parts, tzinfo=dt.UTC)


def titles(response):
    assert response.status_code == 200
    return [article.title for article in response.context["page_obj"]]


def search(client, q, **params):
    return titles(client.get(LIST, {"q": q, **params}))
