"""The SQLite fallback: every word in the title or body, newest first, the same syntax."""

import pytest
from django.core.management import call_command

from tests.factories import ArticleFactory
from tests.search.helpers import LIST, search, titles, utc

pytestmark = pytest.mark.django_db


def test_sqlite_search_needs_every_word_and_orders_newest_first(client, sqlite):
    ArticleFactory(published=True, title="Floods", body="Jakarta floods again.",
                   published_at=utc(2022, 1, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Weekly digest", body="FLOODS and fires in JAKARTA.",
                   published_at=utc(2024, 1, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Floods elsewhere", published_at=utc(2025, 1, 1, 9))

    response = client.get(LIST, {"q": "floods jakarta"})

    assert titles(response) == ["Weekly digest", "Floods"]
    assert "ranking by relevance needs the PostgreSQL database" in response.content.decode()
    assert "<mark>FLOODS</mark> and fires in <mark>JAKARTA</mark>" in response.content.decode()


def test_sqlite_search_understands_phrases_or_and_exclusion(client, sqlite):
    ArticleFactory(published=True, title="Oil price rises", body="Markets in Asia.")
    ArticleFactory(published=True, title="Price of oil", body="Markets in Europe.")

    assert search(client, '"oil price"') == ["Oil price rises"]
    assert sorted(search(client, "asia OR europe")) == ["Oil price rises", "Price of oil"]
    assert search(client, "price -europe") == ["Oil price rises"]


def test_sqlite_rebuild_command_says_there_is_nothing_to_do(sqlite, capsys):
    call_command("rebuild_search_index")

    assert "Nothing to rebuild" in capsys.readouterr().out
