import datetime as dt
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command

from articles.models import Article, Source
from articles.parsing import ParseError, parse_text_dump

pytestmark = pytest.mark.django_db

SEED_FILE = Path(django_settings.NEWSROOM_FIXTURES_DIR) / "000_e17083f481e9234f.txt"
SEED_TITLE = "Pasukan Koalisi Rusia Mulai Tinggalkan Kazakhstan"
SEED_RELATED = [
    "Rusia Kirim Pasukan ke Kazakhstan untuk Padamkan Pemberontakan",
    "Kemelut Kazakhstan Dongkrak Harga Minyak di Pasar Asia",
]


@pytest.fixture
def seed_dir(tmp_path, settings):
    """A fixtures folder holding only the real seed file, so added seeds change nothing here."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED_FILE, folder / SEED_FILE.name)
    settings.NEWSROOM_FIXTURES_DIR = folder
    return folder


def run_loader(*args, verbosity=1):
    stdout, stderr = StringIO(), StringIO()
    call_command("load_seed_articles", *args, stdout=stdout, stderr=stderr, verbosity=verbosity)
    return stdout.getvalue(), stderr.getvalue()


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

    assert "created 1, updated 0, unchanged 0, failed 0" in stdout
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
    parsed = parse_text_dump(SEED_FILE.read_text(encoding="utf-8"))

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

    assert "created 0, updated 0, unchanged 1, failed 0" in stdout
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

    assert "created 0, updated 1, unchanged 0, failed 0" in stdout
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
    assert "created 1, updated 0, unchanged 1, failed 0" in lines[2]


def test_given_files_are_loaded_instead_of_the_folder(seed_dir, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(dump("KOMPAS.com - Berita lain, Senin (3/1/2022)."), encoding="utf-8")

    stdout, _ = run_loader(str(other))

    assert "created 1, updated 0, unchanged 0, failed 0" in stdout
    assert list(Article.objects.values_list("import_key", flat=True)) == ["seed:other.txt"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (dump("KOMPAS.com - Berita tanpa tanggal sama sekali."), "no date"),
        (b"Judul\n\nKOMPAS.com - Kamis (13/1/2022) \xff\xfe rusak.\n", "not UTF-8: byte 0xff"),
        (b"", "no headline"),
        ("Judul berita saja\n\n\n", "no body"),
        (dump("Berita tanpa dateline, Kamis (13/1/2022)."), "no source"),
        # Fails only at validation, after the source row was written: checks the rollback.
        ("J" * 301 + "\n\nKOMPAS.com - Kamis (13/1/2022) isi.\n", "not a valid article: title"),
    ],
    ids=["no-date", "invalid-utf8", "empty", "no-body", "no-dateline", "title-too-long"],
)
def test_broken_file_is_reported_and_the_others_still_load(seed_dir, content, reason):
    broken = seed_dir / "001_broken.txt"
    if isinstance(content, bytes):
        broken.write_bytes(content)
    else:
        broken.write_text(content, encoding="utf-8")

    stdout, stderr, error = run_failing_loader()

    assert f"{broken}: {reason}" in stderr
    assert "created 1, updated 0, unchanged 0, failed 1" in stdout
    assert "1 seed file(s) failed" in error
    assert_is_the_seed_article(Article.objects.get())
    assert list(Source.objects.values_list("name", flat=True)) == ["JagatBisnis.com"]


def test_missing_given_file_is_reported(tmp_path):
    missing = tmp_path / "missing.txt"

    _, stderr, _ = run_failing_loader(str(missing))

    assert stderr.startswith(f"{missing}: cannot read the file")
    assert not Article.objects.exists()


def test_command_fails_when_the_folder_has_no_seed_files(tmp_path, settings):
    settings.NEWSROOM_FIXTURES_DIR = tmp_path
    (tmp_path / "notes.md").write_text("not a seed", encoding="utf-8")

    _, _, error = run_failing_loader()

    assert f"No seed files (*.txt) in {tmp_path}" in error
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("first_paragraph", "source_name", "text"),
    [
        ("KOMPAS.com - Harga naik.", "KOMPAS.com", "Harga naik."),
        ("JAKARTA, KOMPAS.com - Harga naik.", "KOMPAS.com", "Harga naik."),
        ("Jakarta, CNN Indonesia -- Harga naik.", "CNN Indonesia", "Harga naik."),
        ("Jakarta, CNN Indonesia — Harga naik.", "CNN Indonesia", "Harga naik."),
        ("merdeka.com – Harga naik.", "merdeka.com", "Harga naik."),
        ("Jakarta (ANTARA) - Harga naik.", "ANTARA", "Harga naik."),
        ("SANTIAGO, Jan 24 (Reuters) - Harga naik.", "Reuters", "Harga naik."),
        ("jpnn.com, JAKARTA - Harga naik.", "jpnn.com", "Harga naik."),
        ("TEMPO.CO, Jakarta - Harga naik.", "TEMPO.CO", "Harga naik."),
        ("Jakarta - Harga naik.", "", None),  # a place alone names no source: kept in a dump
        ("Presiden Joko Widodo - yang baru tiba - berpidato.", "", None),
        ("Menurut para pedagang di pasar itu - harga naik.", "", None),
    ],
)
def test_parser_takes_the_source_from_the_dateline(first_paragraph, source_name, text):
    parsed = parse_text_dump(dump(f"{first_paragraph} Senin (3/1/2022)."))

    assert parsed.source_name == source_name
    assert parsed.body == f"{text or first_paragraph} Senin (3/1/2022)."


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Terjadi pada 13 Januari 2022.", dt.date(2022, 1, 13)),
        ("Terjadi pada 5 Agt 2021 dan 6 Agustus 2021.", dt.date(2021, 8, 5)),
        ("Terjadi pada 1 Des 2020.", dt.date(2020, 12, 1)),
        ("Terjadi pada 9 okt. 2019.", dt.date(2019, 10, 9)),
        ("It happened on 13 January 2022.", dt.date(2022, 1, 13)),
        ("It happened on Jan 13, 2022.", dt.date(2022, 1, 13)),
        ("Sejak 6 Januari 2022, hingga KAMIS (13/1/2022).", dt.date(2022, 1, 13)),
        ("Pada Jum'at (7/1/2022) dan Sabtu (8/1/2022).", dt.date(2022, 1, 7)),
        ("Pada jumat (7/1/2022).", dt.date(2022, 1, 7)),
        ("Bukan Senin (32/13/2022), tetapi Selasa (4/1/2022).", dt.date(2022, 1, 4)),
        (
            "Bukan Senin (32/13/2022), melainkan 31 Februari 2022 atau 1 Maret 2022.",
            dt.date(2022, 3, 1),
        ),
    ],
)
def test_parser_reads_the_publication_date(sentence, day):
    assert parse_text_dump(dump(sentence)).published_on == day


def test_parser_takes_author_initials_closing_the_last_paragraph():
    parsed = parse_text_dump(dump("Senin (3/1/2022) terjadi.", "Paragraf akhir. (ant/rd)"))

    assert parsed.author == "ant/rd"
    assert parsed.body.endswith("Paragraf akhir.")
    assert ("(ant/rd)", "author initials") in parsed.removed


def test_parser_takes_author_initials_standing_alone_as_the_last_line():
    parsed = parse_text_dump(dump("Senin (3/1/2022) terjadi.", "Paragraf akhir.", "(pia)"))

    assert parsed.author == "pia"
    assert parsed.body == "Senin (3/1/2022) terjadi.\n\nParagraf akhir."


def test_parser_takes_a_desk_number_with_the_initials():
    parsed = parse_text_dump(dump("Senin (3/1/2022) terjadi.", "Paragraf akhir. (mcr8/jpnn)"))

    assert parsed.author == "mcr8/jpnn"
    assert parsed.body.endswith("Paragraf akhir.")


def test_parser_keeps_a_capitalised_abbreviation_closing_the_body():
    parsed = parse_text_dump(dump("Senin (3/1/2022) rapat digelar oleh (CSTO)"))

    assert parsed.author == ""
    assert parsed.body.endswith("(CSTO)")


def test_parser_takes_the_author_from_penulis_and_drops_the_editor():
    parsed = parse_text_dump(
        dump("Senin (3/1/2022) terjadi.", "Penulis: Siti Rahma", "Editor : Budi", "(pia)")
    )

    assert parsed.author == "Siti Rahma"
    assert parsed.body == "Senin (3/1/2022) terjadi."
    assert ("Editor : Budi", "editor") in parsed.removed


def test_parser_takes_the_author_from_reporter():
    parsed = parse_text_dump(dump("Senin (3/1/2022) terjadi.", "Reporter: Andi"))

    assert parsed.author == "Andi"
    assert "Reporter" not in parsed.body


@pytest.mark.parametrize(
    "prefix",
    [
        "Baca Juga :",
        "Baca juga:",
        "BACA JUGA:",
        "Baca juga\u00a0:\u00a0",
        "Simak juga:",
        "Lihat juga :",
        "Read also:",
    ],
)
def test_parser_moves_related_headlines_out_of_the_body(prefix):
    parsed = parse_text_dump(
        dump(
            "Senin (3/1/2022) terjadi.",
            f"{prefix} Judul Lain Pertama",
            "Paragraf kedua.",
            f"{prefix} Judul Lain Kedua",
            f"{prefix} Judul Lain Pertama",
        )
    )

    assert parsed.related_headlines == ["Judul Lain Pertama", "Judul Lain Kedua"]
    assert parsed.body == "Senin (3/1/2022) terjadi.\n\nParagraf kedua."


@pytest.mark.parametrize(
    "advert", ["ADVERTISEMENT", "advertisement", "SCROLL TO CONTINUE WITH CONTENT", "MIXADVERT X"]
)
def test_parser_drops_advert_lines(advert):
    parsed = parse_text_dump(dump("Senin (3/1/2022) terjadi.", advert, "Paragraf kedua."))

    assert parsed.body == "Senin (3/1/2022) terjadi.\n\nParagraf kedua."
    assert (advert, "advert") in parsed.removed


def test_parser_keeps_a_sentence_that_only_mentions_an_advertisement():
    sentence = "Senin (3/1/2022) ADVERTISEMENT itu ditarik."

    assert parse_text_dump(dump(sentence)).body == sentence


def test_parser_normalises_unicode_and_collapses_whitespace():
    parsed = parse_text_dump(
        "  Cafe\u0301\u00a0baru  \n\nKOMPAS.com\u00a0-\u2003Dibuka   Senin\u00a0(3/1/2022)\n"
        "di\u202fJakarta.\u200b\n\n\n\nParagraf\tkedua.\n"
    )

    assert parsed.title == "Café baru"
    assert parsed.source_name == "KOMPAS.com"
    assert parsed.body == "Dibuka Senin (3/1/2022) di Jakarta.\n\nParagraf kedua."


def test_parser_uses_the_default_language_given():
    assert parse_text_dump(dump("On Jan 3, 2022."), default_language="en").language == "en"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no headline"),
        ("\n \u00a0\nADVERTISEMENT\n", "no headline"),
        ("Judul\n\nBaca juga: Lain\n", "no body"),
        ("Judul\n\n(pia)\n", "no body"),
        (dump("Senin (32/13/2022) tanpa tanggal sah."), "no date"),
    ],
)
def test_parser_rejects_text_it_cannot_read(text, reason):
    with pytest.raises(ParseError, match=rf"^{reason}"):
        parse_text_dump(text)
