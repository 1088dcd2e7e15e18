"""Search on both databases: `postgres` skips a test on SQLite, `sqlite` on PostgreSQL."""

import pytest
from django.db import connection


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL full-text search")


@pytest.fixture
def sqlite():
    if connection.vendor != "sqlite":
        pytest.skip("checks the SQLite fallback")
