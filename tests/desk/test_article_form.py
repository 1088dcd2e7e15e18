"""Writing at the desk: the add and change forms, their refusals, and the publish actions."""

import datetime as dt

import pytest
from django.urls import reverse

from articles.models import Article
from tests.desk.helpers import ADD_ARTICLE_URL, ARTICLES_URL, NOW, article_form, messages_of
from tests.factories import ArticleFactory, SourceFactory

pytestmark = pytest.mark.django_db

NEEDS_DATE = "A published article needs a publication date."


def test_add_form_publishes_an_article_readers_see_at_once(admin_client):
    source = SourceFactory()
    response = admin_client.post(
        ADD_ARTICLE_URL,
        article_form(
            source,
            status="published",
            published_at_0="2024-05-17",
            published_at_1="09:30:00",
            related_headlines="Storm closes the port\n\n  Ferries   wait at sea  \n",
        ),
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.slug == "harbour-reopens-after-the-storm"
    assert article.published_on == dt.date(2024, 5, 17)
    assert article.related_headlines == ["Storm closes the port", "Ferries wait at sea"]
    assert article.excerpt == "The harbour reopened on Friday."

    page = admin_client.get(article.get_absolute_url())
    assert article.get_absolute_url() == "/articles/2024/05/17/harbour-reopens-after-the-storm/"
    assert page.status_code == 200
    assert "Harbour reopens after the storm" in page.text


@pytest.mark.parametrize(
    "publication",
    [
        {"status": "draft"},
        {"status": "draft", "published_at_0": "2024-05-17", "published_at_1": "09:30"},
        {"status": "published", "published_at_0": "2024-06-02", "published_at_1": "09:30"},
    ],
    ids=["draft", "draft-with-date", "scheduled"],
)
def test_add_form_keeps_drafts_and_scheduled_articles_off_the_site(admin_client, publication):
    response = admin_client.post(ADD_ARTICLE_URL, article_form(SourceFactory(), **publication))
    assert response.status_code == 302
    article = Article.objects.get()
    assert admin_client.get(article.get_absolute_url()).status_code == 404


def test_published_article_without_date_is_refused_in_plain_words(admin_client):
    response = admin_client.post(ADD_ARTICLE_URL, article_form(SourceFactory(), status="published"))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {"published_at": [NEEDS_DATE]}
    assert NEEDS_DATE in response.text
    assert not Article.objects.exists()


def test_duplicate_original_url_is_refused_in_plain_words(admin_client):
    ArticleFactory(original_url="https://kompas.test/harbour")
    response = admin_client.post(
        ADD_ARTICLE_URL,
        article_form(SourceFactory(), original_url="https://kompas.test/harbour"),
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "Another article already links to this original URL."
    ]
    assert Article.objects.count() == 1


def test_change_form_shows_related_headlines_one_per_line(admin_client):
    article = ArticleFactory(related_headlines=["First headline", "Second headline"])
    response = admin_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert ">\nFirst headline\nSecond headline</textarea>" in response.text


def test_view_on_site_is_offered_only_for_published_articles(admin_client):
    published = ArticleFactory(published=True)
    draft = ArticleFactory()
    change = "admin:articles_article_change"
    published_page = admin_client.get(reverse(change, args=[published.pk]))
    draft_page = admin_client.get(reverse(change, args=[draft.pk]))
    assert f'href="{published.get_absolute_url()}"' in published_page.text
    assert "viewsitelink" not in draft_page.text


def test_publish_action_publishes_drafts_and_says_how_many(admin_client):
    undated = ArticleFactory(has_time=False)
    dated = ArticleFactory(published_at=dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.UTC))
    future = ArticleFactory(published_at=NOW + dt.timedelta(days=3))
    already = ArticleFactory(published=True)
    response = admin_client.post(
        ARTICLES_URL,
        {"action": "publish", "_selected_action": [undated.pk, dated.pk, future.pk, already.pk]},
        follow=True,
    )
    assert messages_of(response) == [
        "3 articles published. 1 of them has a future date and stays hidden until then."
    ]
    assert set(Article.objects.published()) == {undated, dated, already}
    undated.refresh_from_db()
    assert undated.published_on == NOW.date()
    assert NOW <= undated.published_at < NOW + dt.timedelta(minutes=1)
    assert admin_client.get(undated.get_absolute_url()).status_code == 200


def test_unpublish_action_moves_articles_back_to_draft(admin_client):
    article = ArticleFactory(published=True)
    draft = ArticleFactory()
    response = admin_client.post(
        ARTICLES_URL,
        {"action": "unpublish", "_selected_action": [article.pk, draft.pk]},
        follow=True,
    )
    assert messages_of(response) == [
        "1 article moved back to draft; the public site no longer shows it."
    ]
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert article.published_on is not None  # kept for a later re-publication
    assert admin_client.get(article.get_absolute_url()).status_code == 404


def test_publish_action_with_nothing_to_do_says_so(admin_client):
    article = ArticleFactory(published=True)
    response = admin_client.post(
        ARTICLES_URL, {"action": "publish", "_selected_action": [article.pk]}, follow=True
    )
    assert messages_of(response) == [
        "Nothing to publish: the selected articles were already published."
    ]
