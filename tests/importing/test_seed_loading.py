"""load_seed_articles: the seed file, reruns, given files, and broken or missing seeds."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Source
from articles.reading import parse_document
from tests.importing.helpers import SEED_FILE, SEED_RELATED, SEED_TITLE, counts, run_loader

pytestmark = pytest.mark.django_db


def run_failing_loader(*args):
    stdout, stderr = StringIO(), StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("load_seed_articles", *args, stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue(), str(raised.value)


def dump(*lines):
    """A text dump: the headline, then the given lines, one blank line between each."""
    return "\n\n".join(["Judul berita", *lines]) + "\n"


def assert_is_the_seed_article(article):
    assert article.title == SEED_TITLE
    assert article.source.name == "JagatBisnis.com"
    assert article.published_on == dt.date(2022, 1, 13)
    assert article.author == "pia"
    assert article.language == "id"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 9
    assert paragraphs[0].startswith("Sebanyak lebih dari 2.000 pasukan")
    assert paragraphs[-1].endswith("di Kazakhstan.")
    assert article.related_headlines == SEED_RELATED
    for leftover in ["\u00a0", "JagatBisnis.com", "Baca Juga", "MIXADVERT", "(pia)", "\n\n\n"]:
        assert leftover not in article.body


def test_seed_file_loads_as_one_published_article(seed_dir):
    stdout, stderr = run_loader()

    assert counts(created=1) in stdout
    assert stderr == ""
    article = Article.objects.select_related("source").get()
    assert_is_the_seed_article(article)
    assert article.paragraphs == article.body.split("\n\n")
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at == dt.datetime(2022, 1, 13, 12, tzinfo=dt.UTC)
    assert not article.has_time
    assert article.import_key == f"seed:{SEED_FILE.name}"
    assert article.slug == "pasukan-koalisi-rusia-mulai-tinggalkan-kazakhstan"
    assert article.source.homepage_url == "https://jagatbisnis.com/"
    assert article.source.slug == "jagatbisniscom"
    assert list(Article.objects.published()) == [article]


def test_parser_reads_the_seed_file():
    parsed = parse_document(SEED_FILE.read_bytes(), name=SEED_FILE.name)

    assert_is_the_seed_article(
        Article(
            title=parsed.title,
            source=Source(name=parsed.source_name),
            published_on=parsed.published_on,
            author=parsed.author,
            language=parsed.language,
            body=parsed.body,
            related_headlines=parsed.related_headlines,
        )
    )
    assert "\u00a0" not in parsed.title
    reasons = [reason for _, reason in parsed.removed]
    assert reasons.count("related headline") == 3
    assert ("MIXADVERT JASAPRO", "advert") in parsed.removed
    assert ("JagatBisnis.com –", "dateline") in parsed.removed
    assert ("(pia)", "author initials") in parsed.removed


def test_rerun_reports_unchanged_and_saves_nothing(seed_dir):
    run_loader()
    before = Article.objects.values().get()

    stdout, _ = run_loader()

    assert counts(unchanged=1) in stdout
    assert Article.objects.values().get() == before
    assert Source.objects.count() == 1


def test_rerun_reports_updated_when_the_seed_file_changed(seed_dir):
    run_loader()
    before = Article.objects.get()
    seed = seed_dir / SEED_FILE.name
    text = seed.read_text(encoding="utf-8")
    seed.write_text(
        text.replace("Mulai Tinggalkan", "Resmi Tinggalkan").replace("(pia)", "(ant/rd)"),
        encoding="utf-8",
    )

    stdout, _ = run_loader()

    assert counts(updated=1) in stdout
    after = Article.objects.get()
    assert after.pk == before.pk
    assert after.title == "Pasukan Koalisi Rusia Resmi Tinggalkan Kazakhstan"
    assert after.author == "ant/rd"
    assert after.slug == before.slug  # a published address never changes
    assert after.updated_at > before.updated_at


def test_rerun_restores_fields_edited_in_the_database(seed_dir):
    run_loader()
    Article.objects.update(status=Article.Status.DRAFT, related_headlines=[])

    stdout, _ = run_loader()

    assert "updated 1" in stdout
    article = Article.objects.get()
    assert article.status == Article.Status.PUBLISHED
    assert article.related_headlines == SEED_RELATED


def test_verbose_output_names_each_file_and_its_outcome(seed_dir):
    run_loader()
    (seed_dir / "001_second.txt").write_text(
        dump("KOMPAS.com - Berita kedua terbit Senin (3/1/2022)."), encoding="utf-8"
    )

    stdout, _ = run_loader(verbosity=2)

    lines = stdout.splitlines()
    assert lines[0].split() == ["unchanged", str(seed_dir / SEED_FILE.name)]
    assert lines[1].split() == ["created", str(seed_dir / "001_second.txt")]
    assert counts(created=1, unchanged=1) in lines[2]


def test_given_files_are_loaded_instead_of_the_folder(seed_dir, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(dump("KOMPAS.com - Berita lain, Senin (3/1/2022)."), encoding="utf-8")

    stdout, _ = run_loader(str(other))

    assert counts(created=1) in stdout
    assert list(Article.objects.values_list("import_key", flat=True)) == ["seed:other.txt"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (dump("KOMPAS.com - Berita tanpa tanggal sama sekali."), "no date"),
        (b"Judul\n\nKOMPAS.com - Kamis (13/1/2022)\x00\x00 rusak.\n", "unreadable: 001_broken.txt"),
        (b"", "no headline"),
        ("Judul berita saja\n\n\n", "no body"),
        (dump("Berita tanpa dateline, Kamis (13/1/2022)."), "no source"),
        # Fails only at validation, after the source row was written: checks the rollback.
        ("J" * 301 + "\n\nKOMPAS.com - Kamis (13/1/2022) isi.\n", "not a valid article: title"),
    ],
    ids=["no-date", "binary", "empty", "no-body", "no-dateline", "title-too-long"],
)
def test_broken_file_is_reported_and_the_others_still_load(seed_dir, content, reason):
    broken = seed_dir / "001_broken.txt"
    if isinstance(content, bytes):
        broken.write_bytes(content)
    else:
        broken.write_text(content, encoding="utf-8")

    stdout, stderr, error = run_failing_loader()

    assert f"{broken}: {reason}" in stderr
    assert counts(created=1, failed=1) in stdout
    assert "1 seed file(s) failed" in error
    assert_is_the_seed_article(Article.objects.get())
    assert list(Source.objects.values_list("name", flat=True)) == ["JagatBisnis.com"]


def test_missing_given_file_is_reported(tmp_path):
    missing = tmp_path / "missing.txt"

    _, stderr, _ = run_failing_loader(str(missing))

    assert stderr.startswith(f"{missing}: no such file")
    assert not Article.objects.exists()


def test_command_fails_when_the_folder_has_no_seed_files(tmp_path, settings):
    settings.NEWSROOM_FIXTURES_DIR = tmp_path
    (tmp_path / "notes.md").write_text("not a seed", encoding="utf-8")

    _, _, error = run_failing_loader()

    assert f"No seed files (*.txt) in {tmp_path}" in error
    assert not Article.objects.exists()
