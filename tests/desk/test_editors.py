"""Editors: what the Editors group may do, and accounts made with create_editor."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.models import Article
from tests.desk.helpers import ADD_ARTICLE_URL, ARTICLES_URL, article_form
from tests.factories import EDITOR_PASSWORD, ArticleFactory, SourceFactory, TagFactory

pytestmark = pytest.mark.django_db


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
