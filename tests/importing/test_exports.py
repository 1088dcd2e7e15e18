"""export_articles: the round trip through an empty archive, what a line holds, its queries."""

import datetime as dt
import json
import zlib
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Source, Tag
from tests.factories import ArticleFactory, TagFactory
from tests.importing.helpers import (
    counts,
    dump,
    page,
    run,
    run_failing,
    versions_of_a_story,
    write,
)

pytestmark = pytest.mark.django_db


def export():
    stdout = StringIO()
    call_command("export_articles", stdout=stdout)
    return stdout.getvalue().splitlines()


def test_export_then_import_into_an_empty_archive_reproduces_it(tmp_path):
    run(write(tmp_path, "seed.txt", dump()))
    run(write(tmp_path, "banjir.html", page()))
    run(write(tmp_path, "kabar.html", page(site="Kabar Jateng", url="https://kj.test/b")))
    hand_written = ArticleFactory(
        title="Written at the desk",
        summary="A summary.",
        tags=[TagFactory(name="Desk")],
        published=True,
        published_at=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    )
    assert hand_written.content_hash == ""
    exported = export()
    path = write(tmp_path, "archive.ndjson", ("\n".join(exported) + "\n").encode())
    Article.objects.all().delete()
    Source.objects.all().delete()
    Tag.objects.all().delete()

    stdout, _ = run(path)

    assert counts(created=len(exported)) in stdout
    assert export() == exported
    assert counts(unchanged=len(exported)) in run(path)[0]


def test_export_lines_hold_the_article_its_source_tags_and_provenance(tmp_path):
    first, second, _ = versions_of_a_story()
    first.tags.add(TagFactory(name="Ports"))
    output = tmp_path / "out.ndjson"

    call_command("export_articles", "--output", str(output), stderr=StringIO())

    records = {r["title"]: r for r in map(json.loads, output.read_text().splitlines())}
    record = records["Harbour reopens"]
    assert record["source"] == {
        "name": "Harbour Post",
        "slug": "harbour-post",
        "homepage_url": "https://harbourpost.test/",
    }
    assert record["tags"] == [{"name": "Ports", "slug": "ports"}]
    assert record["provenance"]["file_name"] == "reopens.html"
    assert zlib.decompress(__import__("base64").b64decode(record["provenance"]["raw"])) == (
        b"<html>the original</html>"
    )
    assert records["Port open again"]["duplicate_of"] == first.slug
    assert records["Port open again"]["provenance"] is None


def test_export_runs_a_constant_number_of_queries(django_assert_max_num_queries):
    for n in range(3):
        versions_of_a_story(n)
    with django_assert_max_num_queries(2):  # one chunk of articles, one of their tags
        export()


def records(*titles):
    return [
        {
            "title": title,
            "slug": f"story-{number}",
            "source": {"name": "Harbour Post", "slug": "harbour-post", "homepage_url": ""},
            "body": f"{title}. " * 40,
        }
        for number, title in enumerate(titles, 1)
    ]


def ndjson(items):
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items).encode()


def test_a_line_separator_inside_a_story_survives_the_round_trip(tmp_path):
    # json.dumps leaves U+2028 and U+0085 raw; only a newline ends an export line.
    ArticleFactory(title="Two\u2028lines", body="First\u2028second\x85third.")
    output = tmp_path / "archive.ndjson"
    call_command("export_articles", "--output", str(output), stdout=StringIO())
    Article.objects.all().delete()

    assert counts(created=1) in run(output)[0]
    assert Article.objects.get().body == "First\u2028second\x85third."


def test_an_ndjson_export_larger_than_the_size_limit_is_read_line_by_line(tmp_path, settings):
    settings.NEWSROOM_IMPORT_MAX_BYTES = 2048
    items = records("Harbour reopens", "Ferry resumes", "Port expands", "Dock closes")
    path = write(tmp_path, "archive.ndjson", ndjson(items))
    assert path.stat().st_size > 2048

    assert counts(created=4) in run(path)[0]


def test_a_json_export_larger_than_the_size_limit_is_refused(tmp_path, settings):
    settings.NEWSROOM_IMPORT_MAX_BYTES = 2048
    items = records("Harbour reopens", "Ferry resumes", "Port expands", "Dock closes")
    path = write(tmp_path, "archive.json", json.dumps(items).encode())

    _, stderr, _ = run_failing(path)

    assert "NEWSROOM_IMPORT_MAX_BYTES" in stderr
    assert ".ndjson" in stderr
    assert not Article.objects.exists()


def test_an_export_line_longer_than_any_article_is_refused_by_number(tmp_path, settings):
    settings.NEWSROOM_IMPORT_MAX_BYTES = 1024
    [short, long] = records("Harbour reopens", "Ferry resumes " * 300)
    path = write(tmp_path, "archive.ndjson", ndjson([short, long]))

    _, stderr, _ = run_failing(path)

    assert "line 2: longer than" in stderr
    assert not Article.objects.exists()  # the good first line is rolled back with the file


def test_a_broken_line_after_good_ones_leaves_nothing_behind(tmp_path):
    good = ndjson(records("Harbour reopens", "Ferry resumes"))
    path = write(tmp_path, "archive.ndjson", good + b'{"title": "cut off\n')

    _, stderr, _ = run_failing(path)

    assert "line 3: not valid JSON" in stderr
    assert not Article.objects.exists()
