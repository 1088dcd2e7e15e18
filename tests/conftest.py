"""Fixtures for every wing of the suite; each wing's own live in its conftest.py."""

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings

from tests.factories import EDITOR_PASSWORD

# Helpers modules are imported by tests, not collected: have pytest rewrite their asserts too.
pytest.register_assert_rewrite(
    "tests.desk.helpers",
    "tests.importing.helpers",
    "tests.pages.helpers",
    "tests.reading.helpers",
    "tests.search.helpers",
)


@pytest.fixture(scope="session", autouse=True)
def plain_settings():
    """Render templates without `collectstatic`, and speak plain HTTP.

    Session scope matters: the live server builds its middleware once, when it starts,
    so a per-test override would come too late for its SecurityMiddleware.
    """
    with override_settings(
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        SECURE_SSL_REDIRECT=False,
        SESSION_COOKIE_SECURE=False,
        CSRF_COOKIE_SECURE=False,
        SECURE_HSTS_SECONDS=0,
        # Nothing is cached between requests, so query counts stay comparable.
        CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}},
    ):
        yield


@pytest.fixture
def editor(django_user_model):
    """A member of the Editors group: what the desk's own people can do, no more."""
    user = django_user_model.objects.create_user("desk", password=EDITOR_PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
