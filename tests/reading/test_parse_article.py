"""The parse_article command: what it would store from a page or a dump, and its errors."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.reading.helpers import DATED, STORY, page


def test_parse_article_prints_what_would_be_stored(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(page(DATED + '<meta property="og:site_name" content="Warta">').encode())
    stdout = StringIO()

    call_command("parse_article", str(path), stdout=stdout)

    output = json.loads(stdout.getvalue())
    assert output["title"] == "Judul"
    assert output["published_at"] == "2022-01-13T10:00:00+07:00"
    assert output["has_time"] is True
    assert output["source"] == "Warta"
    assert output["body"] == "\n\n".join(STORY)
    assert set(output) >= {"author", "language", "original_url", "related_headlines", "tags"}
    assert all(set(item) == {"text", "reason"} for item in output["removed"])


def test_parse_article_gives_a_day_and_uses_fallbacks_for_a_dump(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text("Judul\n\nKabar Senin (3/1/2022) terjadi.\n", encoding="utf-8")
    stdout = StringIO()

    call_command(
        "parse_article", str(path), "--source", "Kiriman", "--language", "en", stdout=stdout
    )

    output = json.loads(stdout.getvalue())
    assert (output["published_at"], output["has_time"]) == ("2022-01-03", False)
    assert (output["source"], output["language"]) == ("Kiriman", "en")


def test_parse_article_reports_a_broken_file_with_its_path(tmp_path):
    path = tmp_path / "broken.html"
    path.write_bytes(b"<html><head><title>Judul</title></head><body></body></html>")

    with pytest.raises(CommandError, match=f"^{path}: no story text"):
        call_command("parse_article", str(path), stdout=StringIO())
    with pytest.raises(CommandError, match="cannot read the file"):
        call_command("parse_article", str(tmp_path / "missing.html"), stdout=StringIO())
