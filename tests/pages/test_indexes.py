"""The indexes reader pages rely on exist, on the columns their queries bound."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

EXPECTED = {
    "article_listing_idx": ["status", "published_at", "id"],  # lists, neighbours, page ids
    "article_source_listing_idx": ["source_id", "status", "published_at"],  # source pages
    "article_archive_idx": ["status", "published_on"],  # date archives, previous and next day
    "article_title_idx": ["title"],  # the article page's related headlines
}


@pytest.mark.parametrize(("name", "columns"), EXPECTED.items())
def test_reader_indexes_exist(name, columns):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "articles_article")

    assert constraints[name]["columns"] == columns
    assert constraints[name]["index"]
