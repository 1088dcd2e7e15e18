"""The desk's stopped clock, its addresses, the add form, and readers of admin responses."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)

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


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def change_form(client, article, **changes):
    """The article's change form as a browser would post it back, with `changes` made."""
    form = client.get(change_url(article)).context["adminform"].form
    data = {"_save": "Save"}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, dt.datetime):
            value = timezone.localtime(value)
            data[f"{name}_0"], data[f"{name}_1"] = (
                value.date().isoformat(),
                value.time().isoformat(),
            )
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    return {**data, **changes}


def titles(response):
    return sorted(article.title for article in response.context["cl"].result_list)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]
