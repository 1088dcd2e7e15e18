"""The reader benchmark refuses databases not made for it, and measures on one that is."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

import bench
from articles.models import Article
from tests.factories import ArticleFactory


@pytest.mark.django_db
def test_refuses_a_database_not_named_for_it():
    # The test database's name holds no "bench" (SQLite) and does not end in _bench.
    with pytest.raises(CommandError, match="bench"):
        call_command(bench.command("benchmark_readers"), "--articles", "10", "--fill-only")


@pytest.mark.django_db
def test_refuses_a_database_holding_real_articles(monkeypatch):
    from django.db import connection

    ArticleFactory(published=True)
    name = "/tmp/newsroom_bench.sqlite3" if connection.vendor == "sqlite" else "x_bench"
    monkeypatch.setitem(connection.settings_dict, "NAME", name)
    monkeypatch.setattr("bench.benchmark_readers.call_command", lambda *a, **k: None)

    with pytest.raises(CommandError, match="did not create"):
        call_command(bench.command("benchmark_readers"), "--articles", "10", "--fill-only")
    assert Article.objects.count() == 1
