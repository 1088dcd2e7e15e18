"""From bytes to text: declared and misdeclared encodings, and dispatch on the file type."""

import pytest

from articles.reading import ParseError, parse_document
from tests.reading.helpers import DATED, STORY, page, parse

# ---------------------------------------------------------------- encodings of pages


def encoded(charset_label, codec, text="Café “kopi” – harga €3, Müller"):
    return page(DATED, body=[text, *STORY], charset=charset_label).encode(codec)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("windows-1252", "cp1252"),
        ("iso-8859-1", "cp1252"),  # browsers read latin-1 labels as Windows-1252
        ("utf-8", "cp1252"),  # declared UTF-8, really Windows-1252
        ("iso-8859-1", "utf-8"),  # declared Latin-1, really UTF-8
        ("utf-8", "utf-8-sig"),  # with a byte-order mark
    ],
)
def test_encodings_give_the_right_text(label, codec):
    assert parse(encoded(label, codec)).body.startswith("Café “kopi” – harga €3, Müller")


def test_latin1_bytes_without_cp1252_characters_decode():
    data = page(
        DATED, body=["Größe und Maß der Stadt wachsen.", *STORY], charset="iso-8859-1"
    ).encode("latin-1")

    assert parse(data).body.startswith("Größe und Maß der Stadt wachsen.")


def test_http_equiv_charset_is_honoured_for_other_legacy_encodings():
    html = page(DATED, body=["Привет мир, новости дня", *STORY]).replace(
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    )

    assert parse(html.encode("cp1251")).body.startswith("Привет мир")


# -------------------------------------------------- parse_document: file types, bytes of a dump


def test_parse_document_dispatches_on_the_extension():
    assert parse_document(page(DATED).encode(), name="a.HTM", source="Warta").title == "Judul"
    dump = b"Judul\n\nKOMPAS.com - Senin (3/1/2022) terjadi.\n"
    assert parse_document(dump, name="a.txt").source_name == "KOMPAS.com"
    with pytest.raises(ParseError, match="import it with import_articles"):
        parse_document(b"{}", name="a.json")
    with pytest.raises(ParseError, match="unknown file type '.pdf'"):
        parse_document(b"%PDF", name="a.pdf")


def test_text_dump_decoding_and_fallbacks():
    dump = "Café\n\nSenin (3/1/2022) terjadi – hebat.\n"

    from_bom = parse_document(dump.encode("utf-8-sig"), name="a.txt", source="Kiriman")
    from_cp1252 = parse_document(
        dump.encode("cp1252"), name="a.txt", source="Kiriman", language="en"
    )

    assert (from_bom.title, from_bom.source_name, from_bom.language) == ("Café", "Kiriman", "id")
    assert (from_cp1252.title, from_cp1252.language) == ("Café", "en")
    assert from_cp1252.body == "Senin (3/1/2022) terjadi – hebat."
