"""Files nobody here wrote: each broken one costs that file only, with its path and reason."""

import json
import random

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.importing.helpers import counts, dump, page, run, run_failing, write

pytestmark = pytest.mark.django_db

GOOD_RECORD = {
    "title": "Harbour reopens",
    "slug": "harbour-reopens",
    "source": {"name": "Harbour Post", "slug": "harbour-post", "homepage_url": ""},
    "body": "The harbour reopened on Friday.",
    "status": "draft",
    "language": "en",
}


def nul_in_export():
    return json.dumps({**GOOD_RECORD, "body": "The harbour\u0000 reopened."}).encode() + b"\n"


HOSTILE = {
    "binary-junk.html": (
        bytes(random.Random(5).randrange(256) for _ in range(65536)),
        "no title",
    ),
    "unreadable-attribute.html": (
        page().replace(b"<article>", b'<article {x=1 {y}z="2" class="story">'),
        None,  # lxml parses such names but cannot read them back: they are skipped
    ),
    "control-in-attribute.html": (
        page().replace(b"<article>", b'<article data-\x01x="1" \x08class="story">'),
        None,  # read as the page it is, the control characters left out
    ),
    "deeply-nested.json": (b"[" * 200_000 + b"]" * 200_000, "nested too deep"),
    "huge-number.ndjson": (
        json.dumps({**GOOD_RECORD, "slug": "n"})[:-1].encode() + b', "n": ' + b"9" * 5000 + b"}\n",
        "not an export",
    ),
    "empty.ndjson": (b"", "no articles in file"),
    "blank-lines.ndjson": (b"\n\n  \n", "no articles in file"),
}


@pytest.mark.parametrize("name", [n for n, (_, reason) in HOSTILE.items() if reason])
def test_a_hostile_file_is_reported_and_the_others_still_import(tmp_path, name):
    data, reason = HOSTILE[name]
    write(tmp_path, "a-good.txt", dump())
    hostile = write(tmp_path, name, data)
    write(tmp_path, "z-good.html", page())

    stdout, stderr, error = run_failing(tmp_path)

    assert f"{hostile}: " in stderr
    assert reason in stderr.split(f"{hostile}: ", 1)[1].splitlines()[0]
    assert counts(created=2, failed=1) in stdout
    assert "1 file(s) failed" in error
    assert Article.objects.count() == 2


@pytest.mark.parametrize("name", ["control-in-attribute.html", "unreadable-attribute.html"])
def test_junk_in_markup_is_left_out(tmp_path, name):
    data, _ = HOSTILE[name]
    path = write(tmp_path, "page.html", data)

    assert counts(created=1) in run(path)[0]
    assert Article.objects.get().title == "Banjir Rendam Ratusan Rumah di Semarang"


def test_a_nul_in_a_title_is_removed_not_replaced(tmp_path):
    run(write(tmp_path, "page.html", page(title="Banjir Rendam\x00 Ratusan Rumah")))

    assert Article.objects.get().title == "Banjir Rendam Ratusan Rumah"


def test_a_nul_in_an_export_line_is_removed(tmp_path):
    assert counts(created=1) in run(write(tmp_path, "archive.ndjson", nul_in_export()))[0]
    assert Article.objects.get().body == "The harbour reopened."


def test_a_page_over_the_size_limit_is_refused_at_once(tmp_path, settings):
    settings.NEWSROOM_IMPORT_MAX_BYTES = 4096
    big = write(tmp_path, "big.html", page(paragraphs=["Kata demi kata. " * 400]))
    write(tmp_path, "small.txt", dump())

    stdout, stderr, _ = run_failing(tmp_path)

    assert f"{big}: " in stderr
    assert "NEWSROOM_IMPORT_MAX_BYTES" in stderr
    assert counts(created=1, failed=1) in stdout


def test_the_admin_reports_every_file_around_a_hostile_one(editor_client):
    response = editor_client.post(
        reverse("admin:articles_article_import"),
        {
            "files": [
                SimpleUploadedFile("a.txt", dump()),
                SimpleUploadedFile("deeply-nested.json", HOSTILE["deeply-nested.json"][0]),
                SimpleUploadedFile("z.html", page()),
            ]
        },
    )

    assert response.status_code == 200
    assert [(str(label), n) for label, n in response.context["counts"] if n] == [
        ("created", 2),
        ("failed", 1),
    ]
    assert "nested too deep" in response.text


def test_an_unforeseen_error_costs_its_file_only(tmp_path, monkeypatch):
    from articles.importing import files

    real = files.parse_document

    def fails_on_one(data, *, name, **options):
        if name == "cursed.html":
            raise RuntimeError("the reader tripped")
        return real(data, name=name, **options)

    monkeypatch.setattr(files, "parse_document", fails_on_one)
    write(tmp_path, "a.txt", dump())
    cursed = write(tmp_path, "cursed.html", page())

    stdout, stderr, _ = run_failing(tmp_path)

    assert f"{cursed}: could not be imported (RuntimeError: the reader tripped)" in stderr
    assert "Traceback" not in stderr
    assert counts(created=1, failed=1) in stdout
