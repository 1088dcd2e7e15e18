"""import_articles on the command line: paths and globs, failures, reruns, options, dumps."""

import zlib

import pytest

from articles.models import Article, Provenance, Source
from tests.importing.helpers import counts, dump, page, run, run_failing, write

pytestmark = pytest.mark.django_db


def test_files_folders_and_globs_are_imported(tmp_path):
    write(tmp_path, "a/one.txt", dump("Satu"))
    write(tmp_path, "a/deep/er/two.txt", dump("Dua"))
    write(tmp_path, "a/notes.md", b"ignored inside folders")
    write(tmp_path, "b/three.txt", dump("Tiga"))
    write(tmp_path, "c/four.txt", dump("Empat"))

    stdout, stderr = run(tmp_path / "a", f"{tmp_path}/b/*.txt", tmp_path / "c" / "four.txt")

    assert counts(created=4) in stdout
    assert stderr == ""
    assert sorted(Article.objects.values_list("title", flat=True)) == [
        "Dua",
        "Empat",
        "Satu",
        "Tiga",
    ]


def test_verbose_output_gives_one_line_per_file(tmp_path):
    first = write(tmp_path, "1.txt", dump("Satu"))
    run(first)
    second = write(tmp_path, "2.txt", dump("Dua"))

    stdout, _ = run(tmp_path, verbosity=2)

    lines = stdout.splitlines()
    assert lines[0].split() == ["unchanged", str(first)]
    assert lines[1].split() == ["created", str(second)]
    assert counts(created=1, unchanged=1) in lines[2]


def test_broken_file_is_reported_leaves_nothing_and_the_others_import(tmp_path):
    write(tmp_path, "1-good.txt", dump("Baik"))
    broken = write(tmp_path, "2-broken.txt", dump("J" * 301, "BERITA.com - Kamis (13/1/2022) isi."))
    write(tmp_path, "3-good.txt", dump("Baik juga"))

    stdout, stderr, error = run_failing(tmp_path)

    # The source is new and only the broken file names it: validation came before writing.
    assert f"{broken}: not a valid article: title" in stderr
    assert counts(created=2, failed=1) in stdout
    assert "1 file(s) failed" in error
    assert Article.objects.count() == 2
    assert list(Source.objects.values_list("name", flat=True)) == ["KOMPAS.com"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.md", b"# notes", "unknown file type '.md'"),
        ("nodate.txt", dump(first="KOMPAS.com - tanpa tanggal."), "no date"),
        ("nosource.txt", dump(first="Kamis (13/1/2022) tanpa dateline."), "no source"),
        ("export.ndjson", b'{"title": "x"}\n', "line 1: missing body, slug, source"),
        ("export.json", b"[{", "the file: not valid JSON"),
    ],
)
def test_failures_name_the_file_and_a_reason(tmp_path, name, content, reason):
    path = write(tmp_path, name, content)

    _, stderr, _ = run_failing(path)

    assert stderr.startswith(f"{path}: {reason}")
    assert not Article.objects.exists()


def test_missing_path_and_empty_glob_are_failures(tmp_path):
    _, stderr, error = run_failing(tmp_path / "missing.txt", f"{tmp_path}/*.html")

    assert f"{tmp_path / 'missing.txt'}: no such file" in stderr
    assert f"{tmp_path}/*.html: no such file" in stderr
    assert "2 file(s) failed" in error


def test_rerun_reports_everything_unchanged_and_saves_nothing(tmp_path):
    write(tmp_path, "1.txt", dump("Satu"))
    write(tmp_path, "2.txt", dump("Dua"))
    run(tmp_path)
    before = list(Article.objects.values())
    provenance = list(Provenance.objects.values())

    stdout, _ = run(tmp_path)

    assert counts(unchanged=2) in stdout
    assert list(Article.objects.values()) == before
    assert list(Provenance.objects.values()) == provenance


def test_a_dump_is_matched_by_its_content_hash(tmp_path):
    run(write(tmp_path, "first-name.txt", dump("Satu")))
    renamed = dump("Satu").replace(b"Paragraf kedua.", b"Paragraf   kedua.")

    stdout, _ = run(write(tmp_path, "second-name.txt", renamed))

    # Same text (spacing aside), no URL: the same article, its provenance refreshed.
    assert counts(updated=1) in stdout
    article = Article.objects.get()
    assert article.provenance.file_name == "second-name.txt"


def test_dry_run_reports_but_writes_nothing(tmp_path):
    write(tmp_path, "1.txt", dump("Satu"))

    stdout, _ = run(tmp_path, "--dry-run")

    assert counts(created=1) in stdout
    assert "Dry run: nothing was written." in stdout
    assert not Article.objects.exists()
    assert not Source.objects.exists()
    assert not Provenance.objects.exists()


def test_options_give_source_language_and_status(tmp_path):
    path = write(tmp_path, "1.txt", dump(first="Kamis (13/1/2022) tanpa dateline."))

    run(path, "--source", "Harian Desa", "--language", "jv", "--status", "draft")

    article = Article.objects.select_related("source").get()
    assert article.source.name == "Harian Desa"
    assert article.language == "jv"
    assert article.status == Article.Status.DRAFT


def test_reimport_keeps_an_editors_status_unless_told(tmp_path):
    path = write(tmp_path, "1.txt", dump())
    run(path)
    Article.objects.update(status=Article.Status.DRAFT)

    assert counts(unchanged=1) in run(path)[0]
    assert Article.objects.get().status == Article.Status.DRAFT
    assert counts(updated=1) in run(path, "--status", "published")[0]
    assert Article.objects.get().status == Article.Status.PUBLISHED


def test_no_source_tells_the_operator_to_pass_one(tmp_path):
    path = write(tmp_path, "1.txt", dump(first="Kamis (13/1/2022) tanpa dateline."))

    _, stderr, _ = run_failing(path)

    assert "no source" in stderr
    assert "--source NAME" in stderr


def test_text_dump_keeps_its_provenance(tmp_path):
    content = dump()
    run(write(tmp_path, "pelabuhan.txt", content))

    provenance = Article.objects.get().provenance
    assert zlib.decompress(bytes(provenance.raw)) == content
    assert provenance.file_name == "pelabuhan.txt"
    assert provenance.file_format == Provenance.Format.TEXT
    assert {"text": "KOMPAS.com -", "reason": "dateline"} in provenance.removed_blocks
    assert {"text": "Baca juga: Judul Lain", "reason": "related headline"} in (
        provenance.removed_blocks
    )


@pytest.mark.parametrize(
    ("name", "content", "own_source"),
    [("page.html", page(), "Warta Kota"), ("dump.txt", dump(), "KOMPAS.com")],
    ids=["page", "dump"],
)
def test_source_option_is_a_fallback_a_named_publisher_keeps(tmp_path, name, content, own_source):
    path = write(tmp_path, name, content)
    run(path)

    stdout, _ = run(path, "--source", "Another Outlet")

    assert counts(unchanged=1) in stdout
    assert Article.objects.get().source.name == own_source
