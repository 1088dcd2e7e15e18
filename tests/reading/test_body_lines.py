# ruff: noqa: E501  (inline HTML fixtures read better unwrapped)
"""Lines of the story: related headlines, pull quotes, initials, bylines, datelines, non-articles."""

import pytest

from articles.reading import ParseError
from tests.reading.helpers import DATED, ORION, STORY, page, parse, reasons


def test_related_labels_in_other_languages_and_a_bare_label_with_its_headline():
    body = [
        STORY[0],
        '<strong>BASAHIN: <a href="/a">QC LGU inilunsad ang buwis sa online selling</a></strong>',
        STORY[1],
        '<strong>Baca Juga</strong><br><a href="/b">KPU Tunda Rencana Impor Beras</a>',
        STORY[2],
        'Lire aussi <a href="/d">Le décryptage : pourquoi le système est-il déficitaire ?</a>',
    ]
    after = '<div class="inread-box"><p>LEGGI ANCHE</p><ul><li><a href="/c">La Camera approva i pedaggi</a></li></ul></div>'
    parsed = parse(page(DATED, body=body, after=after))

    assert parsed.body == "\n\n".join(STORY)
    assert parsed.related_headlines[:3] == [
        "QC LGU inilunsad ang buwis sa online selling",
        "KPU Tunda Rencana Impor Beras",
        "Le décryptage : pourquoi le système est-il déficitaire ?",
    ]


def test_a_pull_quote_repeating_the_story_is_removed_but_a_quoted_passage_is_kept():
    said = "“Taman ini kami bangun untuk semua warga kota,” kata wali kota dalam sambutannya."
    pull = '<blockquote class="td_quote_box"><p>“Taman ini kami bangun untuk semua warga kota.”</p></blockquote>'
    passage = "<blockquote><p>Setiap warga berhak atas ruang terbuka hijau yang layak dan aman.</p></blockquote>"
    parsed = parse(page(DATED, body=[STORY[0], said], after=pull + passage + f"<p>{STORY[1]}</p>"))

    assert parsed.body.split("\n\n") == [
        STORY[0],
        said,
        "Setiap warga berhak atas ruang terbuka hijau yang layak dan aman.",
        STORY[1],
    ]
    assert "pull quote" in reasons(parsed)


@pytest.mark.parametrize(
    ("ending", "initials"),
    [
        ([STORY[2], "(mcr8/jpnn)", "Jangan Lewatkan Video Terbaru:"], "(mcr8/jpnn)"),
        ([STORY[2], "<i>fdi/dpa</i>"], "fdi/dpa"),
        ([f"{STORY[2]} <strong>(kil)</strong>", ORION], "(kil)"),
    ],
)
def test_closing_initials_come_out_after_the_furniture_that_follows_them(ending, initials):
    parsed = parse(page(DATED, body=[*STORY[:2], *ending]))

    assert parsed.body == "\n\n".join(STORY)
    assert (initials, "author initials") in parsed.removed


def test_baca_juga_lines_become_related_headlines():
    body = [
        STORY[0],
        'Baca juga: <a href="/a">Harga Cabai Naik Lagi</a>',
        STORY[1],
        "<strong>BACA JUGA:</strong> Jalan Tol Baru Dibuka",
        STORY[2],
    ]
    after = '<div class="baca-juga"><h3>Baca Juga</h3><ul><li><a>Kabar Kotak</a></li></ul></div>'
    parsed = parse(page(DATED, body=body, after=after))

    assert parsed.body == "\n\n".join(STORY)
    # Boxes are read in the furniture pass, before the story's own lines.
    assert parsed.related_headlines == [
        "Kabar Kotak",
        "Harga Cabai Naik Lagi",
        "Jalan Tol Baru Dibuka",
    ]
    assert "related headline" in reasons(parsed)


def test_author_lines_initials_and_editor_are_taken_out_and_the_dateline_stays():
    body = [
        f"KOMPAS.com - {STORY[0]}",
        STORY[1],
        f"{STORY[2]} (ant/rd)",
        "Penulis: Siti Rahma",
        "Editor: Budi",
    ]
    parsed = parse(page(DATED, body=body))

    assert parsed.body == "\n\n".join([f"KOMPAS.com - {STORY[0]}", *STORY[1:]])
    assert parsed.author == "Siti Rahma"
    assert parsed.source_name == "KOMPAS.com"
    assert {"author line", "editor", "author initials"} <= reasons(parsed)


@pytest.mark.parametrize(
    "dateline",
    [
        "Jakarta - ",
        "jpnn.com, JAKARTA - ",
        "SANTIAGO, Jan 24 (Reuters) - ",
        "PHOENIX (AP) — ",
        "Austin, Texas CNN — ",
        "OBERALTHEIM – ",
    ],
)
def test_a_pages_dateline_is_the_storys_opening_and_stays(dateline):
    # Readers see "SANTIAGO, Jan 24 (Reuters) - " as the story's first words; so do the
    # real pages' truths (corpus-real), which a page reader cutting it failed.
    parsed = parse(page(DATED, body=[dateline + STORY[0], *STORY[1:]]))

    assert parsed.body == "\n\n".join([dateline + STORY[0], *STORY[1:]])
    assert not {text for text, reason in parsed.removed if reason == "dateline"}


def test_a_place_in_capitals_before_the_dash_names_no_source():
    body = ["BOGOR - " + STORY[0], *STORY[1:]]

    with pytest.raises(ParseError, match="^no source: the page does not name its publisher"):
        parse(page(DATED, body=body), source=None)
    fallback = parse(page(DATED, body=body), source="Radar Bogor")
    assert fallback.source_name == "Radar Bogor"


def test_a_name_before_a_dash_is_no_dateline():
    first = (
        "Presiden Joko Widodo - yang baru tiba dari Bali - meresmikan taman itu pada Senin pagi."
    )

    assert parse(page(DATED, body=[first, *STORY[1:]])).body.startswith(first)


def test_paragraphs_split_by_br_are_kept_apart():
    html = page(DATED, body=[]).replace(
        '<div class="article-body">', '<div class="article-body">' + "<br><br>".join(STORY)
    )

    assert parse(html).body == "\n\n".join(STORY)


def test_text_nested_hundreds_of_levels_deep_is_kept():
    unclosed = "<div>" * 300  # old pages that never close their tags nest this deep
    parsed = parse(page(DATED, before=unclosed))

    assert parsed.body == "\n\n".join(STORY)


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (
            "<html><body><p>Teks tanpa judul sama sekali di halaman ini.</p></body></html>",
            "no title",
        ),
        (
            "<html><head><title>Judul</title></head><body><nav>Menu</nav></body></html>",
            "no story text",
        ),
    ],
)
def test_pages_that_are_not_articles_are_rejected(html, reason):
    with pytest.raises(ParseError, match=f"^{reason}"):
        parse(html)
