"""The desk's stopped clock, its addresses, the add form, and readers of admin responses."""

import datetime as dt

from django.urls import reverse

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
EDITOR_PASSWORD = "harbour-lights-at-dusk-42"

ARTICLES_URL = reverse("admin:articles_article_changelist")
ADD_ARTICLE_URL = reverse("admin:articles_article_add")


def article_form(source, **fields):
    """The add form as a browser posts it; the slug is left empty for the model to fill."""
    return {
        "title": "Harbour reopens after the storm",
        "slug": "",
        "source": source.pk,
        "author": "Siti Rahma",
        "summary": "",
        "body": "The harbour reopened on Friday.\n\nShips had queued overnight.",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "has_time": "on",
        "language": "en",
        "original_url": "",
        "related_headlines": "",
        "_save": "Save",
        **fields,
    }


def titles(response):
    return sorted(article.title for article in response.context["cl"].result_list)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]
