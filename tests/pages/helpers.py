"""The article list's address, UTC moments, and the titles a listing response shows."""

import datetime as dt

from django.urls import reverse

LIST = reverse("articles:article_list")


def utc(*parts):
    return dt.datetime(*parts, tzinfo=dt.UTC)


def titles(response):
    return [article.title for article in response.context["page_obj"]]
