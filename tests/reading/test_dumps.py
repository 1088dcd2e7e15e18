"""The text-dump reader: datelines, dates, authors, related headlines, adverts, refusals."""

import datetime as dt

import pytest

from articles.reading import ParseError, parse_document
from articles.reading.dump import parse_text_dump


def dump(*lines):
    """A text dump: the headline, then the given lines, one blank line between each."""
    return "\n\n".join(["Judul berita", *lines]) + "\n"


@pytest.mark.parametrize(
    ("line", "source_name"),
    [
        ("JagatBisnis.com – Harga naik", "JagatBisnis.com"),
        ("Jakarta, CNN Indonesia -- Harga naik", "CNN Indonesia"),
        ("KOMPAS.com - Harga naik", "KOMPAS.com"),
    ],
)
def test_text_dump_datelines(line, source_name):
    parsed = parse_text_dump(f"Judul\n\n{line} Kamis (13/1/2022).\n")

    assert (parsed.source_name, parsed.body) == (source_name, "Harga naik Kamis (13/1/2022).")


def test_an_english_dump_is_english_whatever_the_default():
    text = (
        "Dock Workers Strike\n\nJakarta, Reuters - Dock workers at Tanjung Priok went on "
        "strike on Jan 13, 2022, demanding higher pay and safer cranes.\n"
    )
    parsed = parse_document(text.encode(), name="strike.txt")

    assert (parsed.source_name, parsed.language) == ("Reuters", "en")


def test_text_dump_initials_stay_with_the_author_when_penulis_is_given():
    parsed = parse_text_dump("Judul\n\nPenulis: Ana\n\nJan 13, 2022 terjadi. (pia)\n")

    assert parsed.author == "Ana"
    assert parsed.body == "Jan 13, 2022 terjadi."
    assert parsed.published_on == dt.date(2022, 1, 13)


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


def test_a_dump_takes_the_language_given_else_guesses_it_else_the_default(settings):
    settings.NEWSROOM_DEFAULT_LANGUAGE = "jv"
    english = dump(
        "KOMPAS.com - The mayor said that the road to the port was closed on Jan 3, 2022."
    )
    silent = dump("KOMPAS.com - Banjir, Jan 3, 2022.")

    assert parse_document(english.encode(), name="a.txt", language="ms").language == "ms"
    assert parse_document(english.encode(), name="a.txt").language == "en"
    assert parse_document(silent.encode(), name="a.txt").language == "jv"


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
