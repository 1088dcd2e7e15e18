"""The search benchmark's fill: deterministic rows, and it refuses ordinary databases."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

import bench
from bench.benchmark_search import COLUMNS, synthetic_rows


def test_synthetic_rows_are_repeatable_copy_lines():
    first = list(synthetic_rows(50, first_source=7, created="2026-01-01T00:00:00+00:00"))
    again = list(synthetic_rows(50, first_source=7, created="2026-01-01T00:00:00+00:00"))

    assert first == again
    fields = [line.rstrip("\n").split("\t") for line in first]
    assert {len(row) for row in fields} == {len(COLUMNS.split(","))}
    assert [row[4] for row in fields].count("id") == 15  # 30 % Indonesian
    assert fields[0][1] == "bench-1" and fields[0][14] == "bench:1"
    assert all("\\" not in line for line in first)  # nothing COPY would unescape


@pytest.mark.django_db
def test_refuses_a_database_not_made_for_it():
    # SQLite, or the PostgreSQL test database (its name does not end in _bench).
    with pytest.raises(CommandError, match="PostgreSQL|_bench"):
        call_command(bench.command("benchmark_search"), "--articles", "10")
