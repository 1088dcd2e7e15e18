"""Settings come from the environment; production settings pass Django's deploy checks."""

import os
import secrets
import subprocess
import sys

import pytest

from tests.paths import ROOT


def manage(*args, **env):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=base | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "example.org",
}


def test_deploy_check_passes_with_production_variables():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_rejects_the_placeholder_secret_key():
    env = PRODUCTION | {"DJANGO_SECRET_KEY": "django-insecure-local-only"}

    result = manage("check", "--deploy", "--fail-level", "WARNING", **env)

    assert result.returncode != 0
    assert "security.W009" in result.stderr


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "False sqlite3 True 0 True"),
        ({"DJANGO_DEBUG": "1"}, "True sqlite3 False 0 True"),
        (
            {"DATABASE_URL": "postgres://newsroom@db.example.org:5432/news"},
            "False postgresql True 600 True",
        ),
    ],
)
def test_settings_follow_the_environment(env, expected):
    code = (
        "from django.conf import settings as s; db = s.DATABASES['default'];"
        "print(s.DEBUG, db['ENGINE'].rsplit('.', 1)[1], s.SECURE_SSL_REDIRECT, db['CONN_MAX_AGE'],"
        " db['CONN_HEALTH_CHECKS'])"
    )

    result = manage("shell", "-c", code, **env)

    assert result.stdout.strip().splitlines()[-1] == expected, result.stderr


def test_a_cache_url_shares_the_cache_through_redis():
    show = "from django.conf import settings; print(settings.CACHES['default'])"
    shared = manage("shell", "-c", show, NEWSROOM_CACHE_URL="redis://cache.internal:6379/1")
    local = manage("shell", "-c", show)

    assert "RedisCache" in shared.stdout and "redis://cache.internal:6379/1" in shared.stdout
    assert "LocMemCache" in local.stdout
