"""The edit marker: set by an editor's change in the desk, never by a save that changes nothing."""

import datetime as dt
from dataclasses import dataclass

import pytest

from articles.models import Article
from tests.desk.helpers import (
    ADD_ARTICLE_URL,
    ARTICLES_URL,
    NOW,
    article_form,
    change_form,
    change_url,
)
from tests.factories import ArticleFactory, SourceFactory, TagFactory

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Clock:
    start: dt.datetime

    def __contains__(self, moment):
        return moment is not None and self.start <= moment < self.start + dt.timedelta(minutes=1)


JUST_NOW = Clock(NOW)  # the desk's clock runs on from NOW while a request is served


def save(client, article, **changes):
    response = client.post(change_url(article), change_form(client, article, **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    return article


def test_a_change_in_the_form_marks_the_article_edited(editor_client):
    article = ArticleFactory(published=True)

    save(editor_client, article, author="Pia Editor")

    assert article.edited_at in JUST_NOW
    assert article.author == "Pia Editor"


def test_a_new_tag_alone_is_a_change(editor_client):
    article = ArticleFactory(published=True)

    save(editor_client, article, tags=[TagFactory(name="Banjir").pk])

    assert article.edited_at in JUST_NOW


def test_a_save_that_changes_nothing_leaves_the_article_unedited(editor_client):
    article = ArticleFactory(published=True, tags=[TagFactory()])

    save(editor_client, article)

    assert article.edited_at is None


def test_an_article_written_in_the_desk_is_edited(editor_client):
    editor_client.post(ADD_ARTICLE_URL, article_form(SourceFactory()))

    assert Article.objects.get().edited_at in JUST_NOW


@pytest.mark.parametrize(
    ("action", "published"), [("publish", False), ("unpublish", True)], ids=["publish", "unpublish"]
)
def test_list_actions_that_change_status_mark_the_article_edited(editor_client, action, published):
    article = ArticleFactory(published=published)
    untouched = ArticleFactory(published=published)

    editor_client.post(ARTICLES_URL, {"action": action, "_selected_action": [article.pk]})

    article.refresh_from_db()
    assert article.edited_at in JUST_NOW
    untouched.refresh_from_db()
    assert untouched.edited_at is None


def test_an_action_with_nothing_to_do_marks_nothing(editor_client):
    article = ArticleFactory(published=True)

    editor_client.post(ARTICLES_URL, {"action": "publish", "_selected_action": [article.pk]})

    article.refresh_from_db()
    assert article.edited_at is None


def test_refreshing_the_search_index_is_no_edit(editor_client):
    article = ArticleFactory(published=True)

    editor_client.post(
        ARTICLES_URL, {"action": "refresh_search_index", "_selected_action": [article.pk]}
    )

    article.refresh_from_db()
    assert article.edited_at is None


def test_change_form_shows_when_the_article_was_edited(editor_client):
    article = save(editor_client, ArticleFactory(published=True), author="Desk")

    html = editor_client.get(change_url(article)).text

    assert "Edited at" in html
    assert "Source changed since your edit" not in html
