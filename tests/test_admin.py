import datetime as dt
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.models import Article
from tests.factories import ArticleFactory, SourceFactory, TagFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
EDITOR_PASSWORD = "harbour-lights-at-dusk-42"
CHANGELIST_MAX_QUERIES = 12
NEEDS_DATE = "A published article needs a publication date."

ARTICLES_URL = reverse("admin:articles_article_changelist")
ADD_ARTICLE_URL = reverse("admin:articles_article_add")


@pytest.fixture(autouse=True)
def clock(time_machine):
    time_machine.move_to(NOW)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("desk", password=EDITOR_PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


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


def changelist_queries(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(CHANGELIST_MAX_QUERIES) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_article_changelist_query_count_is_flat(admin_client, django_assert_max_num_queries):
    tag = TagFactory()

    def add_articles(published, scheduled, drafts):
        ArticleFactory.create_batch(published, published=True, tags=[tag])
        ArticleFactory.create_batch(
            scheduled, status="published", published_at=NOW + dt.timedelta(days=1)
        )
        ArticleFactory.create_batch(drafts, tags=[tag])

    add_articles(published=3, scheduled=1, drafts=1)
    with_5 = changelist_queries(admin_client, ARTICLES_URL, django_assert_max_num_queries)
    add_articles(published=16, scheduled=2, drafts=2)
    with_25 = changelist_queries(admin_client, ARTICLES_URL, django_assert_max_num_queries)
    assert Article.objects.count() == 25
    assert with_5 == with_25


@pytest.mark.parametrize("model", ["source", "tag"])
def test_source_and_tag_changelists_count_articles_in_one_query(
    admin_client, django_assert_max_num_queries, model
):
    tags = TagFactory.create_batch(3)
    for source in SourceFactory.create_batch(3):
        ArticleFactory.create_batch(2, source=source, tags=tags)
    url = reverse(f"admin:articles_{model}_changelist")
    with_3 = changelist_queries(admin_client, url, django_assert_max_num_queries)
    tags += TagFactory.create_batch(20)
    SourceFactory.create_batch(20)
    with_23 = changelist_queries(admin_client, url, django_assert_max_num_queries)
    assert with_3 == with_23

    rows = admin_client.get(url).context["cl"].result_list
    counts = sorted((obj.article_count for obj in rows), reverse=True)
    assert counts == [2 if model == "source" else 6] * 3 + [0] * 20


@pytest.fixture
def desk_articles():
    harbour = ArticleFactory(
        title="Harbour reopens",
        body="Ferries sail again.",
        author="Siti Rahma",
        source=SourceFactory(name="Kompas Daily"),
        language="id",
        published=True,
        published_at=dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.UTC),
        tags=[TagFactory(name="Weather")],
    )
    election = ArticleFactory(
        title="Election results",
        body="Votes were counted overnight.",
        author="John Smith",
        source=SourceFactory(name="Jakarta Post"),
        published=True,
        published_at=dt.datetime(2023, 11, 2, 8, 0, tzinfo=dt.UTC),
    )
    ArticleFactory(title="Budget draft", body="Numbers to check.")
    ArticleFactory(
        title="Tomorrow's match",
        status=Article.Status.PUBLISHED,
        published_at=NOW + dt.timedelta(days=1),
    )
    return {"harbour": harbour, "election": election}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("harbour", ["Harbour reopens"]),  # title
        ("overnight", ["Election results"]),  # body
        ("rahma", ["Harbour reopens"]),  # author
        ("jakarta", ["Election results"]),  # source name
    ],
)
def test_search_finds_title_body_author_and_source(admin_client, desk_articles, query, expected):
    assert titles(admin_client.get(ARTICLES_URL, {"q": query})) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"state": "draft"}, ["Budget draft"]),
        ({"state": "published"}, ["Election results", "Harbour reopens"]),
        ({"state": "scheduled"}, ["Tomorrow's match"]),
        ({"language": "id"}, ["Harbour reopens"]),
        (
            {
                "published_at__gte": "2024-01-01 00:00+00:00",
                "published_at__lt": "2025-01-01 00:00+00:00",
            },
            ["Harbour reopens", "Tomorrow's match"],
        ),
        ({"published_at__year": "2023"}, ["Election results"]),  # date hierarchy
    ],
)
def test_filters_narrow_the_list(admin_client, desk_articles, params, expected):
    assert titles(admin_client.get(ARTICLES_URL, params)) == expected


def test_source_and_tag_filters_narrow_the_list(admin_client, desk_articles):
    harbour = desk_articles["harbour"]
    by_source = admin_client.get(ARTICLES_URL, {"source__id__exact": harbour.source_id})
    by_tag = admin_client.get(ARTICLES_URL, {"tags__id__exact": harbour.tags.get().pk})
    assert titles(by_source) == titles(by_tag) == ["Harbour reopens"]


def test_changelist_marks_scheduled_articles(admin_client, desk_articles):
    rows = admin_client.get(ARTICLES_URL, {"state": "scheduled"})
    assert rows.status_code == 200
    assert "Scheduled" in rows.text.split('id="result_list"')[1]


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


def test_editors_group_can_add_change_and_view_but_not_delete():
    group = Group.objects.get(name="Editors")
    assert sorted(group.permissions.values_list("content_type__app_label", "codename")) == [
        ("articles", f"{action}_{model}")
        for action in ("add", "change", "view")
        for model in ("article", "source", "tag")
    ]


@pytest.mark.parametrize("model", ["article", "source", "tag"])
def test_editor_can_list_add_and_change(editor_client, model):
    obj = {"article": ArticleFactory, "source": SourceFactory, "tag": TagFactory}[model]()
    for url in [
        reverse(f"admin:articles_{model}_changelist"),
        reverse(f"admin:articles_{model}_add"),
        reverse(f"admin:articles_{model}_change", args=[obj.pk]),
    ]:
        assert editor_client.get(url).status_code == 200, url


def test_editor_can_create_an_article(editor_client):
    response = editor_client.post(ADD_ARTICLE_URL, article_form(SourceFactory()))
    assert response.status_code == 302
    assert Article.objects.get().title == "Harbour reopens after the storm"


@pytest.mark.parametrize("model", ["article", "source", "tag"])
def test_editor_may_not_delete(editor_client, model):
    obj = {"article": ArticleFactory, "source": SourceFactory, "tag": TagFactory}[model]()
    url = reverse(f"admin:articles_{model}_delete", args=[obj.pk])
    assert editor_client.get(url).status_code == 403
    assert editor_client.post(url, {"post": "yes"}).status_code == 403
    assert type(obj).objects.filter(pk=obj.pk).exists()


def test_editor_actions_do_not_include_delete(editor_client):
    ArticleFactory()
    choices = editor_client.get(ARTICLES_URL).context["action_form"].fields["action"].choices
    assert [name for name, _label in choices if name] == [
        "publish",
        "unpublish",
        "refresh_search_index",
    ]


@pytest.mark.parametrize("url", [reverse("admin:auth_user_changelist"), "/admin/auth/group/"])
def test_editor_may_not_touch_accounts(editor_client, url):
    assert editor_client.get(url).status_code == 403


def create_editor(username="alice", **options):
    out = io.StringIO()
    call_command("create_editor", username, stdout=out, **options)
    return out.getvalue()


def test_create_editor_makes_a_staff_account_that_can_sign_in(
    client, django_user_model, monkeypatch
):
    monkeypatch.setenv("NEWSROOM_EDITOR_PASSWORD", EDITOR_PASSWORD)
    output = create_editor(email="alice@example.com")
    assert "Created editor “alice” in the Editors group" in output
    user = django_user_model.objects.get(username="alice")
    assert (user.is_staff, user.is_superuser, user.email) == (True, False, "alice@example.com")
    assert [group.name for group in user.groups.all()] == ["Editors"]

    response = client.post(
        reverse("admin:login"),
        {"username": "alice", "password": EDITOR_PASSWORD, "next": "/admin/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    index = client.get("/admin/")
    assert index.status_code == 200
    assert "Newsroom desk" in index.text


def test_create_editor_again_resets_the_password(client, django_user_model, monkeypatch):
    monkeypatch.setenv("NEWSROOM_EDITOR_PASSWORD", EDITOR_PASSWORD)
    create_editor()
    django_user_model.objects.get(username="alice").groups.clear()
    monkeypatch.setenv("NEWSROOM_EDITOR_PASSWORD", "another-long-passphrase-7")
    assert "Updated editor “alice”" in create_editor()
    user = django_user_model.objects.get()
    assert [group.name for group in user.groups.all()] == ["Editors"]
    assert client.login(username="alice", password="another-long-passphrase-7")
    assert not client.login(username="alice", password=EDITOR_PASSWORD)


def test_create_editor_refuses_a_weak_password(django_user_model, monkeypatch):
    monkeypatch.setenv("NEWSROOM_EDITOR_PASSWORD", "password")
    with pytest.raises(CommandError, match="refused: This password is too common"):
        create_editor()
    assert not django_user_model.objects.exists()


def test_create_editor_without_a_password_explains_how_to_give_one(django_user_model, monkeypatch):
    monkeypatch.delenv("NEWSROOM_EDITOR_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="set NEWSROOM_EDITOR_PASSWORD"):
        create_editor(interactive=False)
    assert not django_user_model.objects.exists()


def test_create_editor_asks_twice_and_refuses_a_mismatch(django_user_model, monkeypatch):
    monkeypatch.delenv("NEWSROOM_EDITOR_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    answers = iter([EDITOR_PASSWORD, EDITOR_PASSWORD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    with pytest.raises(CommandError, match="The two passwords differ"):
        create_editor()
    assert not django_user_model.objects.exists()


def test_create_editor_leaves_superusers_alone(django_user_model, monkeypatch):
    django_user_model.objects.create_superuser("root", password=EDITOR_PASSWORD)
    monkeypatch.setenv("NEWSROOM_EDITOR_PASSWORD", "another-long-passphrase-7")
    with pytest.raises(CommandError, match="is a superuser"):
        create_editor("root")
    assert django_user_model.objects.get().check_password(EDITOR_PASSWORD)
