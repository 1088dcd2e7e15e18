# ruff: noqa: E501  (inline HTML fixtures read better unwrapped)
import datetime as dt
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.extraction import parse_html
from articles.management.commands.benchmark_import import generate_page, story
from articles.parsing import ParseError, parse_document, parse_text_dump

CORPUS = Path(__file__).parent / "data" / "corpus"
STORY = [
    "Pemerintah kota meresmikan taman baru di pusat kota pada Senin pagi, lengkap dengan jalur pejalan kaki.",
    "Wali kota mengatakan taman itu dibangun di atas lahan bekas terminal yang sudah lama tidak dipakai.",
    "Warga dapat menggunakan taman setiap hari mulai pukul enam pagi hingga sepuluh malam tanpa biaya.",
]  # fmt: skip
WIB = dt.timezone(dt.timedelta(hours=7))


def page(head="", body=None, *, lang="id", charset="utf-8", before="", after="", title="Judul"):
    paragraphs = "".join(f"<p>{p}</p>" for p in (STORY if body is None else body))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">'
        f"<title>{title}</title>{head}</head><body><h1>{title}</h1>"
        f'<div class="article-body">{before}{paragraphs}{after}</div></body></html>'
    )


def parse(html, **kwargs):
    data = html.encode("utf-8") if isinstance(html, str) else html
    return parse_html(data, **kwargs)


DATED = '<meta property="article:published_time" content="2022-01-13T10:00:00+07:00">'


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# ---------------------------------------------------------------- metadata precedence


def test_json_ld_wins_over_opengraph_and_the_title_tag():
    head = ld(
        {
            "@type": "NewsArticle",
            "headline": "Judul dari JSON-LD",
            "datePublished": "2022-01-13T08:00:00+07:00",
            "author": "Siti",
            "publisher": {"name": "Warta"},
            "inLanguage": "en",
        }
    )
    head += (
        '<meta property="og:title" content="Judul OG">'
        '<meta property="og:site_name" content="Situs OG">'
        '<meta property="article:published_time" content="2021-05-05T08:00:00Z">'
        '<meta name="author" content="Budi">'
    )
    parsed = parse(page(head, title="Judul tag"))

    assert parsed.title == "Judul dari JSON-LD"
    assert parsed.published_at == dt.datetime(2022, 1, 13, 8, tzinfo=WIB)
    assert parsed.author == "Siti"
    assert parsed.source_name == "Warta"
    assert parsed.language == "en"


def test_opengraph_and_meta_fill_in_when_there_is_no_json_ld():
    head = (
        '<meta property="og:title" content="Judul OG">'
        '<meta property="og:site_name" content="Situs OG">'
        '<meta property="og:url" content="https://example.org/a">'
        '<meta property="article:tag" content="banjir"><meta property="article:tag" content="kota">'
        '<meta name="author" content="Budi">' + DATED
    )
    parsed = parse(page(head))

    assert (parsed.title, parsed.source_name, parsed.author) == ("Judul OG", "Situs OG", "Budi")
    assert parsed.original_url == "https://example.org/a"
    assert parsed.tags == ["banjir", "kota"]


def test_canonical_link_wins_over_og_url():
    head = '<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">'

    assert parse(page(head + DATED)).original_url == "https://a.example/x"


def test_arguments_are_fallbacks_only():
    silent = page(DATED, lang="")
    stated = page(DATED + '<meta property="og:site_name" content="Warta">', lang="de")

    assert parse(silent, source="Kiriman", language="en").source_name == "Kiriman"
    assert parse(silent, source="Kiriman", language="en").language == "en"
    assert parse(stated, source="Kiriman", language="en").source_name == "Warta"
    assert parse(stated, source="Kiriman", language="en").language == "de"


def test_language_is_the_primary_subtag_or_a_guess_from_the_text():
    assert parse(page(DATED, lang="id-ID")).language == "id"
    assert parse(page(DATED, lang="")).language == "id"  # guessed from common words


# ---------------------------------------------------------------- JSON-LD forms


@pytest.mark.parametrize(
    ("data", "author"),
    [
        ({"@type": "NewsArticle", "author": "Ana"}, "Ana"),
        ({"@type": "Article", "author": {"@type": "Person", "name": "Ana"}}, "Ana"),
        ({"@type": "ReportageNewsArticle", "author": [{"name": "Ana"}, {"name": "Budi"}]}, "Ana, Budi"),
        ([{"@type": "WebSite"}, {"@type": ["NewsArticle"], "author": ["Ana"]}], "Ana"),
        (
            {"@graph": [
                {"@type": "BreadcrumbList", "itemListElement": []},
                {"@type": "Article", "author": {"@id": "#p"}, "publisher": {"@id": "#o"}},
                {"@type": "Person", "@id": "#p", "name": "Ana"},
                {"@type": "Organization", "@id": "#o", "name": "Warta Graph"},
            ]},
            "Ana",
        ),
    ],
    ids=["string", "object", "list", "top-level-list", "graph-with-id-references"],
)  # fmt: skip
def test_json_ld_forms(data, author):
    if isinstance(data, dict) and "@graph" not in data:
        data = {**data, "headline": "Kabar", "datePublished": "2022-01-13"}
    elif isinstance(data, list):
        data[1].update(headline="Kabar", datePublished="2022-01-13")
    else:
        data["@graph"][1].update(headline="Kabar", datePublished="2022-01-13")
    parsed = parse(page(ld(data)))

    assert parsed.author == author
    assert parsed.title == "Kabar"
    assert parsed.published_on == dt.date(2022, 1, 13)
    if "@graph" in data:
        assert parsed.source_name == "Warta Graph"


def test_broken_json_ld_with_a_trailing_comma_is_still_read():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Kabar", "datePublished": "2022-01-13",}</script>'

    assert parse(page(head)).title == "Kabar"


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Harga Naik | Kompas.com", "Kompas.com"),
        ("Harga Naik - BBC News", "BBC News"),
        ("Harga Naik – The Guardian", "The Guardian"),
        ("Detik: Harga Naik", "detikcom"),
        ("Harga Naik - Nasional Tempo.co", "Tempo.co"),
    ],
)
def test_site_name_is_cut_from_the_title(title, site):
    head = f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">'

    assert parse(page(head + DATED, title="x")).title == "Harga Naik"


def test_title_keeps_a_colon_that_is_part_of_the_headline():
    head = '<meta property="og:title" content="Energy bills: Households face rise">'

    assert parse(page(head + DATED, title="x")).title == "Energy bills: Households face rise"


def test_h1_decides_when_the_title_tag_carries_an_unknown_suffix():
    assert parse(page(DATED, title="Harga Naik")).title == "Harga Naik"
    html = page(DATED, title="Harga Naik").replace("<title>Harga Naik", "<title>Harga Naik | Warta")

    assert parse(html).title == "Harga Naik"


def article_page(h1, head="", *, before="", lang="id"):
    """A page whose <h1> markup is given whole; the story and a date as in `page`."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>'
        f'{before}<article>{h1}<div class="article-body">{paragraphs}</div></article></body></html>'
    )


def test_h1_readers_see_wins_over_seo_variants_of_the_headline():
    seo = "UMK Jateng 2022 Naik 0,78 Persen, Buruh: Tak Berarti"
    head = ld({"@type": "NewsArticle", "headline": seo}) + DATED
    head += f'<meta property="og:title" content="{seo}"><title>{seo} | Warta</title>'
    shown = "UMK 2022 Jawa Tengah Ditetapkan, Buruh Minta Angka Direvisi"

    assert parse(article_page(f"<h1>{shown}</h1>", head)).title == shown


@pytest.mark.parametrize(
    "h1",
    [
        '<h1><span class="seitenkopf__topline">Sanierung bis 2030</span>'
        '<span class="seitenkopf__headline--text">Bahn kündigt neue Sperrungen an</span></h1>',
        '<h1><span class="text-base block">Energiekrise</span><span>Bahn kündigt neue Sperrungen an</span></h1>',
        '<h1><a href="/x"><em class="kicker">Exklusiv:</em> Bahn kündigt neue Sperrungen an</a></h1>',
    ],
    ids=["topline-class", "short-first-part", "kicker-in-a-link"],
)
def test_kicker_printed_inside_the_h1_is_not_part_of_the_title(h1):
    head = '<meta property="og:title" content="Sanierung: Bahn kündigt neue Sperrungen an">' + DATED

    assert parse(article_page(h1, head, lang="de")).title == "Bahn kündigt neue Sperrungen an"


@pytest.mark.parametrize(
    ("h1", "before"),
    [
        ("<h1>Warta Kota</h1>", ""),  # the site's name
        ("<h1>Nasional</h1>", ""),  # a section label
        ("<h1>Berita Terpopuler Hari Ini</h1>", ""),  # not this story
        ("<h1>Harga Cabai Rawit Melonjak di Pasar Induk</h1>",
         '<header class="site-header"><h1>Harga Pasar Induk Hari Ini</h1></header>'),
    ],
    ids=["site-name", "section-label", "another-story", "in-the-masthead"],
)  # fmt: skip
def test_metadata_title_wins_when_the_h1_is_not_the_headline(h1, before):
    head = (
        '<meta property="og:title" content="Harga Cabai Rawit Melonjak di Pasar Induk">'
        '<meta property="og:site_name" content="Warta Kota">' + DATED
    )

    parsed = parse(article_page(h1, head, before=before))

    assert parsed.title == "Harga Cabai Rawit Melonjak di Pasar Induk"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("head", "day", "moment"),
    [
        (DATED, dt.date(2022, 1, 13), dt.datetime(2022, 1, 13, 10, tzinfo=WIB)),
        ('<meta name="parsely-pub-date" content="2022-01-13T20:00:00Z">',
         dt.date(2022, 1, 14), dt.datetime(2022, 1, 13, 20, tzinfo=dt.UTC)),  # 03:00 WIB
        ('<meta name="pubdate" content="2022-01-13T23:30:00-05:00">', dt.date(2022, 1, 13),
         dt.datetime(2022, 1, 14, 4, 30, tzinfo=dt.UTC)),
        ('<meta name="publishdate" content="2022/01/13 10:15:00">', dt.date(2022, 1, 13),
         dt.datetime(2022, 1, 13, 10, 15, tzinfo=WIB)),
        ('<meta name="sailthru.date" content="2022-01-13 09:00:00">'
         '<meta property="article:modified_time" content="2022-01-13T10:00:00+08:00">',
         dt.date(2022, 1, 13), dt.datetime(2022, 1, 13, 9, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
        ('<meta name="DC.date.issued" content="2022-01-13">', dt.date(2022, 1, 13), None),
        ('<meta itemprop="datePublished" content="Thu, 13 Jan 2022 10:00:00 +0000">',
         dt.date(2022, 1, 13), dt.datetime(2022, 1, 13, 10, tzinfo=dt.UTC)),
    ],
    ids=["offset", "zulu", "negative-offset", "naive-indonesian-is-wib", "naive-borrows-offset",
         "date-only", "rfc2822"],
)  # fmt: skip
def test_publication_dates_keep_their_timezone(head, day, moment):
    parsed = parse(page(head))

    assert parsed.published_on == day
    assert parsed.published_at == moment


def test_naive_time_on_a_non_indonesian_page_is_utc():
    parsed = parse(page('<meta name="date" content="2022-01-13T10:00:00">', lang="en"))

    assert parsed.published_at == dt.datetime(2022, 1, 13, 10, tzinfo=dt.UTC)


def test_time_element_is_used_when_there_is_no_meta():
    before = '<p class="meta">Posted <time datetime="2022-08-30T09:00:00+02:00">30 Aug</time></p>'
    parsed = parse(page(before=before))

    assert parsed.published_at == dt.datetime(2022, 8, 30, 7, tzinfo=dt.UTC)
    assert "Posted" not in parsed.body


def test_visible_date_text_is_the_last_resort():
    before = '<span class="tanggal">Senin, 17 Januari 2022 14:05 WIB</span>'
    parsed = parse(page(before=before))

    assert parsed.published_at == dt.datetime(2022, 1, 17, 14, 5, tzinfo=WIB)
    day_only = parse(page(body=[*STORY, "Diresmikan Senin (17/1/2022) lalu."]))
    assert (day_only.published_on, day_only.published_at) == (dt.date(2022, 1, 17), None)


def test_a_date_line_taken_out_of_the_body_still_dates_the_page():
    parsed = parse(page(body=["Senin, 17 Januari 2022 14:05 WIB", *STORY]))

    assert parsed.body == "\n\n".join(STORY)
    assert parsed.published_on == dt.date(2022, 1, 17)
    assert ("Senin, 17 Januari 2022 14:05 WIB", "date line") in parsed.removed


CEST, CET = dt.timezone(dt.timedelta(hours=2)), dt.timezone(dt.timedelta(hours=1))


@pytest.mark.parametrize(
    ("lang", "byline", "moment"),
    [
        ("fr", '<div class="c-signature">Publié le 30/05/23 à 14h05 — Mis à jour le 30/05/23 à 16h30</div>',
         dt.datetime(2023, 5, 30, 14, 5, tzinfo=CEST)),
        ("de", '<p class="datum">23. November 2021, 14:05 Uhr · Von Sabine Weiß</p>',
         dt.datetime(2021, 11, 23, 14, 5, tzinfo=CET)),
        ("de", '<div class="metatextline">Stand: 07.09.2023 11:58 Uhr</div>',
         dt.datetime(2023, 9, 7, 11, 58, tzinfo=CEST)),
        ("id", '<div class="read__time">Kompas.com - 06/03/2023, 14:05 WIB</div>',
         dt.datetime(2023, 3, 6, 14, 5, tzinfo=WIB)),
        ("ms", '<div class="styles_meta">Diterbitkan 17 Jan 2022, 7:40 pagi</div>',
         dt.datetime(2022, 1, 17, 7, 40, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
        ("tl", '<span class="td-post-date">Hulyo 24, 2023 @ 2:05 PM</span>',
         dt.datetime(2023, 7, 24, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
        ("en", '<div class="timestamp">Updated 9:15 PM EDT, July 12, 2022</div>',
         dt.datetime(2022, 7, 12, 21, 15, tzinfo=dt.timezone(dt.timedelta(hours=-4)))),
        ("es", '<div class="a_md_f"><a data-date="x" href="/hemeroteca/">2 de julio de 2024 - 05:40 <abbr>CEST</abbr></a></div>',
         dt.datetime(2024, 7, 2, 5, 40, tzinfo=CEST)),
        ("pt-BR", '<time class="datePublished">15.fev.2022 às 14h05</time>',
         dt.datetime(2022, 2, 15, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=-3)))),
        ("it", '<p class="is-last-update">26 gennaio 2023 | 22:15</p>',
         dt.datetime(2023, 1, 26, 22, 15, tzinfo=CET)),
        ("nl", '<span class="published">23 september 2024, 14:05</span>',
         dt.datetime(2024, 9, 23, 14, 5, tzinfo=CEST)),
        ("sv", '<p class="publication-date">Publicerad 3 maj 2023 kl. 09.15</p>',
         dt.datetime(2023, 5, 3, 9, 15, tzinfo=CEST)),
        ("fi", '<span class="date">15.3.2023 klo 9.15</span>',
         dt.datetime(2023, 3, 15, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
        ("tr", '<span class="tarih">12 Mayıs 2023 saat 14:05</span>',
         dt.datetime(2023, 5, 12, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=3)))),
        ("vi", '<span class="date">Thứ hai, 15/3/2023, 14:05 (GMT+7)</span>',
         dt.datetime(2023, 3, 15, 14, 5, tzinfo=WIB)),
        ("en-GB", '<div class="meta"><span class="dcr-u0h1qy">Tue 15 Mar 2022 05.00 GMT</span></div>',
         dt.datetime(2022, 3, 15, 5, tzinfo=dt.UTC)),
        ("id", "<p><b>· Senin 13 Mei 2024 09:40 WIB</b></p>",  # no class: little else than a date
         dt.datetime(2024, 5, 13, 9, 40, tzinfo=WIB)),
    ],
    ids=["fr", "de", "de-stand", "id", "ms-pagi", "tl", "en-zone-before-date", "es-archive-link",
         "pt-BR", "it", "nl", "sv", "fi", "tr", "vi", "en-GB", "unnamed-line"],
)  # fmt: skip
def test_dates_written_in_the_byline_are_read(lang, byline, moment):
    parsed = parse(article_page(f"<h1>Judul berita yang cukup panjang</h1>{byline}", lang=lang))

    assert (parsed.published_on, parsed.published_at) == (moment.date(), moment)
    assert parsed.published_at.utcoffset() == moment.utcoffset()


@pytest.mark.parametrize(
    ("lang", "byline", "day"),
    [
        ("en-US", '<span class="date">04/05/2023</span>', dt.date(2023, 4, 5)),
        ("en-GB", '<span class="date">04/05/2023</span>', dt.date(2023, 5, 4)),
        ("en", '<p class="byline">Updated May 12, 2023 · Published May 10, 2023</p>', dt.date(2023, 5, 10)),
        ("en", '<span class="date">July 12, 2022 9:15 AM</span>', dt.date(2022, 7, 12)),
    ],
    ids=["us-month-first", "uk-day-first", "published-over-updated", "time-without-a-zone"],
)  # fmt: skip
def test_written_dates_give_the_day_when_the_time_cannot_be_placed(lang, byline, day):
    parsed = parse(article_page(f"<h1>A headline long enough to count</h1>{byline}", lang=lang))

    assert (parsed.published_on, parsed.published_at) == (day, None)


def test_dates_of_other_stories_in_furniture_are_ignored():
    sidebar = (
        '<aside class="td-popular"><ul><li><a href="/a">Iba pang balita</a>'
        '<time datetime="2023-07-20T19:14:12+08:00">Hulyo 20, 2023</time></li></ul></aside>'
    )
    graph = {"@graph": [
        {"@type": "WebPage", "datePublished": "2023-07-24T06:05:12+00:00"},
        {"@type": "NewsArticle", "headline": "Presyo ng bigas sa mga palengke, tumaas"},
    ]}  # fmt: skip
    h1 = "<h1>Presyo ng bigas sa mga palengke, tumaas</h1>"
    parsed = parse(article_page(h1, ld(graph), before=sidebar, lang="tl"))

    # The WebPage node's date, in the Philippines' day: 14:05 on the 24th.
    assert parsed.published_on == dt.date(2023, 7, 24)
    assert parsed.published_at == dt.datetime(2023, 7, 24, 6, 5, 12, tzinfo=dt.UTC)


def test_the_time_most_signals_agree_on_wins():
    head = ld({"@type": "NewsArticle", "datePublished": "2021-10-06T09:05:12.000Z"}) + (
        '<meta property="article:published_time" content="2021-10-06T13:05:12.000Z">'
    )
    h1 = '<h1>A rail line finally gets its money</h1><time datetime="2021-10-06T09:05:12-04:00">Oct. 6, 2021</time>'
    parsed = parse(article_page(h1, head, lang="en"))

    assert parsed.published_at == dt.datetime(2021, 10, 6, 13, 5, 12, tzinfo=dt.UTC)
    assert parsed.published_at.utcoffset() == dt.timedelta(hours=-4)  # the site's own offset


def test_byline_zone_wins_over_a_utc_label_on_the_same_wall_clock_time():
    head = ld({"@type": "NewsArticle", "datePublished": "2021-09-14T16:20:00Z"})
    byline = '<p class="date">Selasa, 14 September 2021 16:20 WIB</p>'
    parsed = parse(article_page(f"<h1>KPK Periksa Lima Saksi Kasus Suap</h1>{byline}", head))

    assert parsed.published_at == dt.datetime(2021, 9, 14, 16, 20, tzinfo=WIB)


@pytest.mark.parametrize(
    ("lang", "extra", "day", "offset"),
    [
        ("en", '<div class="byline">Updated 9:15 PM EDT, July 12, 2022</div>', dt.date(2022, 7, 12), -4),
        ("en", '<div class="byline">July 13, 2022 8:41 AM</div>', dt.date(2022, 7, 13), 8),  # wall clock
        ("en", '<time datetime="2022-07-13T01:15:00-05:00">Updated</time>', dt.date(2022, 7, 12), -5),
        ("ms", "", dt.date(2022, 7, 13), 8),  # the language's usual zone
        ("en", "", dt.date(2022, 7, 13), 0),  # nothing says: as written
    ],
    ids=["byline-zone", "byline-wall-clock", "another-timestamp", "language", "utc"],
)  # fmt: skip
def test_utc_metadata_gives_the_day_in_the_sites_own_zone(lang, extra, day, offset):
    head = '<meta property="article:published_time" content="2022-07-13T00:41:03Z">'
    h1 = f"<h1>Arizona farmers brace for deeper water cuts</h1>{extra}"
    parsed = parse(article_page(h1, head, lang=lang))

    assert parsed.published_on == day
    assert parsed.published_at == dt.datetime(2022, 7, 13, 0, 41, 3, tzinfo=dt.UTC)
    assert parsed.published_at.utcoffset() == dt.timedelta(hours=offset)


def test_a_bare_day_takes_the_time_of_a_signal_that_agrees():
    head = ld({"@type": "NewsArticle", "datePublished": "2022-01-13"}) + DATED

    assert parse(page(head)).published_at == dt.datetime(2022, 1, 13, 10, tzinfo=WIB)


def test_page_without_any_date_is_rejected():
    with pytest.raises(ParseError, match="^no date"):
        parse(page())


# ---------------------------------------------------------------- encodings


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
    data = page(DATED, body=["Größe und Maß", *STORY], charset="iso-8859-1").encode("latin-1")

    assert parse(data).body.startswith("Größe und Maß")


def test_http_equiv_charset_is_honoured_for_other_legacy_encodings():
    html = page(DATED, body=["Привет мир, новости дня", *STORY]).replace(
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    )

    assert parse(html.encode("cp1251")).body.startswith("Привет мир")


# ---------------------------------------------------------------- body clean-up


def reasons(parsed):
    return {reason for _, reason in parsed.removed}


def test_page_furniture_is_removed_with_its_reason():
    furniture = (
        '<nav class="menu"><a>Home</a> <a>News</a> <a>Sport</a></nav>'
        '<div class="share-buttons"><a>Facebook</a><a>Twitter</a></div>'
        '<figure><img src="x.jpg"><figcaption>Foto ilustrasi dari arsip redaksi kami.</figcaption></figure>'
        '<div class="ads-slot"><p>ADVERTISEMENT</p></div>'
        '<div class="cookie-banner"><p>Kami memakai cookie untuk pengalaman yang lebih baik.</p></div>'
        '<div class="newsletter"><p>Daftar newsletter kami untuk kabar setiap pagi hari.</p></div>'
        "<script>var tracking = 1;</script>"
    )
    after = (
        '<div id="comments" class="comments"><p>Komentar pembaca yang panjang sekali tentang taman ini dan kota.</p></div>'
        '<footer><p>Hak cipta dilindungi undang-undang, semua hak dilindungi.</p></footer>'
    )  # fmt: skip
    parsed = parse(page(DATED, before=furniture, after=after))

    assert parsed.body == "\n\n".join(STORY)
    assert {"navigation", "share buttons", "caption", "advert", "cookie notice", "newsletter",
            "comment", "footer", "script"} <= reasons(parsed)  # fmt: skip


@pytest.mark.parametrize(
    ("furniture", "reason"),
    [
        (
            '<amp-twitter><blockquote class="twitter-tweet"><p>Tarif naik mulai Senin.</p>— Kemenhub (@Kemenhub)</blockquote></amp-twitter>',
            "embed",
        ),
        (
            '<div class="fb-post"><blockquote><p>Harga terbaru di pasar.</p>Posted by DA on Monday</blockquote></div>',
            "embed",
        ),
        (
            '<div data-component="embed-block"><p>Allow Twitter content?</p><p>End of twitter post by Kota</p></div>',
            "embed",
        ),
        (
            '<div class="video-block"><p>Bekijk hier hoe reizigers wachten</p><span>02:14</span></div>',
            "embed",
        ),
        ('<h2 class="summary-art">Taman baru dibuka dengan jalur pejalan kaki</h2>', "standfirst"),
        ('<h3 class="subtitle">Sebuah taman untuk semua warga kota</h3>', "standfirst"),
        (
            '<div class="c-essentiel"><h2>L’essentiel</h2><ul><li>Taman dibuka.</li></ul></div>',
            "standfirst",
        ),
        (
            '<blockquote class="wp-block-pullquote"><p>Taman itu untuk semua.</p></blockquote>',
            "pull quote",
        ),
        (
            '<div class="bild"><img src="a.jpg"><p class="bildunterschrift">Hier soll die Umgehung verlaufen.</p></div>',
            "caption",
        ),
        ('<div data-qa-id="image-caption"><span>Ilustrasi taman kota.</span></div>', "caption"),
        ('<div class="anzeige"><span>Anzeige</span></div>', "advert"),
        (
            '<p class="is-last-update" datetime="2023-01-26T22:15:00+01:00">26 gennaio 2023</p>',
            "date line",
        ),
        (
            '<p data-testid="SignOffLine" class="sign-off__text">Reporting by Ana; Editing by Tom</p>',
            "author line",
        ),
        (
            '<div class="paywall"><p>Langganan untuk membaca artikel ini selengkapnya.</p></div>',
            "paywall",
        ),
        (
            '<section class="kommentare"><p>Ein Leser schreibt: Eine gute Idee für die Stadt.</p></section>',
            "comment",
        ),
        (
            '<div class="meistgelesen"><p>Neue Regeln für Radfahrer in der Innenstadt</p></div>',
            "related articles",
        ),
    ],
    ids=[
        "amp-twitter",
        "facebook",
        "embed-block",
        "video",
        "summary",
        "subtitle",
        "essentiel",
        "pullquote",
        "bild",
        "data-qa-id",
        "anzeige",
        "datetime",
        "sign-off",
        "paywall",
        "kommentare",
        "meistgelesen",
    ],
)
def test_furniture_inside_the_story_is_removed_with_its_reason(furniture, reason):
    parsed = parse(page(DATED, body=[STORY[0], STORY[1]], after=furniture + f"<p>{STORY[2]}</p>"))

    assert parsed.body == "\n\n".join(STORY)
    assert reason in reasons(parsed)


@pytest.mark.parametrize("name", ["text image-left", "article-summary"])
def test_long_story_text_under_an_image_or_summary_class_is_kept(name):
    inner = "".join(f"<p>{p}</p>" for p in STORY * 2)
    after = f'<div class="{name}"><img src="a.jpg">{inner}</div>'
    parsed = parse(page(DATED, body=STORY * 3, after=after))

    assert parsed.body == "\n\n".join(STORY * 5)


@pytest.mark.parametrize("number", [21, 19])  # 140 KB, 19 paragraphs; a republication
def test_full_size_page_gives_only_its_story(number):
    """Inline scripts, JSON state, a mega-menu, comments and footers leave the story alone."""
    told = story(number)
    parsed = parse_document(generate_page(number), name="page.html")

    assert parsed.title == told.title
    assert parsed.author == told.author
    assert parsed.published_on == dt.date(told.year, told.month, told.day)
    assert parsed.body == "\n\n".join(told.paragraphs)
    assert set(told.related) <= set(parsed.related_headlines)
    assert {"navigation", "script", "advert", "caption", "comment", "footer"} <= reasons(parsed)


def test_a_mega_menu_longer_than_the_story_is_still_furniture():
    links = "".join(
        f'<li><a href="/kanal/{i}">Kanal berita nomor {i}</a></li>' for i in range(2500)
    )
    html = page(DATED).replace("<body>", f'<body><nav class="menu"><ul>{links}</ul></nav>')
    parsed = parse(html)

    assert parsed.body == "\n\n".join(STORY)
    assert [
        reason for text, reason in parsed.removed if text.startswith("Kanal berita nomor 0 ")
    ] == ["navigation"]


ORION = "Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan satu akun di ORION, daftar sekarang dengan klik disini dan nantikan kejutan menarik lainnya."
MENU = "".join(f'<li><a href="/kanal/{i}">Kanal berita nomor {i}</a></li>' for i in range(120))


def test_a_class_naming_the_wrappers_neighbour_does_not_make_it_furniture():
    """ "layout-with-rail", "body_with-aside": the rail and the aside sit beside the story."""
    html = (
        page(DATED)
        .replace(
            '<div class="article-body">',
            f'<nav><ul>{MENU}</ul></nav><section class="layout-with-rail__wrapper">'
            '<div class="article-content-body article-content-body_with-aside">',
        )
        .replace(
            "</body>",
            '<aside class="rail"><p>Terpopuler hari ini di kota.</p></aside></section></div></body>',
        )
    )

    parsed = parse(html)

    assert parsed.body == "\n\n".join(STORY)
    assert ("Terpopuler hari ini di kota.", "sidebar") in parsed.removed


def test_the_element_holding_most_of_the_paragraphs_is_never_furniture():
    html = page(DATED).replace(
        '<div class="article-body">', f'<nav><ul>{MENU}</ul></nav><div class="main-rail">'
    )

    assert parse(html).body == "\n\n".join(STORY)


def test_a_comment_thread_longer_than_the_story_is_still_removed():
    comments = "".join(f"<p>{p} Saya setuju sekali dengan rencana ini.</p>" for p in STORY * 2)
    html = page(DATED, after=f'<div class="comments">{comments}</div>').replace(
        "<body>", f"<body><nav><ul>{MENU}</ul></nav>"
    )
    parsed = parse(html)

    assert parsed.body == "\n\n".join(STORY)
    assert "comment" in reasons(parsed)


def test_list_items_in_the_story_are_paragraphs_without_a_bullet():
    items = ["Jalur pejalan kaki sepanjang dua kilometer", "Taman bermain untuk anak-anak"]
    after = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"

    assert parse(page(DATED, after=after)).body == "\n\n".join([*STORY, *items])


@pytest.mark.parametrize("reader", ["trafilatura", "built-in scorer"])
def test_a_kicker_inside_the_h1_does_not_bring_the_headline_into_the_body(reader, monkeypatch):
    if reader == "built-in scorer":  # what reads the page when trafilatura finds nothing
        monkeypatch.setattr("articles.extraction.body._trafilatura", None)
    h1 = '<h1><span class="kicker">Cuaca</span><span>Taman kota baru dibuka</span></h1>'
    html = page(DATED, title="Banjir", before=h1).replace("<h1>Banjir</h1>", "")

    assert parse(html).body == "\n\n".join(STORY)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Reporting by Lucía Ferrer; Editing by Tom Hales", "credit line"),
        ("(Reporting by Ana Lopez in Lima; Editing by Tom Hales)", "credit line"),
        (
            "Associated Press writer Maria Delgado in Las Vegas contributed to this report.",
            "credit line",
        ),
        ("Edited by: Mara Lindholm", "credit line"),
        ("COPYRIGHT © ANTARA 2022", "copyright"),
        ("© RIPRODUZIONE RISERVATA", "copyright"),
        ("___", "separator"),
        ("Publicidad", "advert"),
        ('Simak Video "Gerbang Tol Dipadati Pemudik, Pengguna Diminta Cek Saldo":', "video"),
        ("Jangan Lewatkan Video Terbaru:", "video"),
        (
            "Artikel ini telah tayang di TribunJakarta.com dengan judul Tarif Ojol Naik Mulai Senin.",
            "republication note",
        ),
        ("Ilustrasi biji kopi arabika. Foto: Shutterstock", "caption"),
        ("Spazzaneve al lavoro sulla statale in Abruzzo (foto Ansa)", "caption"),
        ("skip past newsletter promotion", "navigation"),
        ("End of twitter post by Environment Agency Yorkshire", "navigation"),
        ("26 gennaio 2023 (modifica il 27 gennaio 2023 | 08:02)", "date line"),
        ("Stand: 07.09.2023 11:58 Uhr", "date line"),
        (
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel.",
            "advert",
        ),
        (
            "Puedes seguir a EL PAÍS Clima en Facebook y X, o apuntarte aquí para recibir nuestra newsletter semanal",
            "advert",
        ),
        (ORION, "advert"),
    ],
)
def test_furniture_written_as_story_paragraphs_is_removed_with_its_reason(line, reason):
    parsed = parse(page(DATED, body=[STORY[0], line, *STORY[1:]]))

    assert parsed.body == "\n\n".join(STORY)
    assert reason in reasons(parsed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Copyright holders argued in court that the new rules would cost them millions of euros.",
        "After the post office closed, residents had to travel 20 miles to collect a parcel.",
        "Related to this, the council said it would review the budget for parks next year.",
        "Watch your step, the mayor joked as he opened the new footbridge over the pond.",
    ],
)
def test_story_sentences_that_open_like_furniture_lines_are_kept(sentence):
    assert sentence in parse(page(DATED, body=[STORY[0], sentence, *STORY[1:]])).body.split("\n\n")


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


def test_author_lines_initials_editor_and_dateline_are_taken_out():
    body = [
        f"KOMPAS.com - {STORY[0]}",
        STORY[1],
        f"{STORY[2]} (ant/rd)",
        "Penulis: Siti Rahma",
        "Editor: Budi",
    ]
    parsed = parse(page(DATED, body=body))

    assert parsed.body == "\n\n".join(STORY)
    assert parsed.author == "Siti Rahma"
    assert parsed.source_name == "KOMPAS.com"
    assert {"dateline", "author line", "editor", "author initials"} <= reasons(parsed)


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
def test_a_leading_dateline_is_taken_out_of_the_first_paragraph(dateline):
    parsed = parse(page(DATED, body=[dateline + STORY[0], *STORY[1:]]))

    assert parsed.body == "\n\n".join(STORY)
    assert (dateline.strip(), "dateline") in parsed.removed


def test_a_place_in_capitals_before_the_dash_names_no_source():
    body = ["BOGOR - " + STORY[0], *STORY[1:]]

    assert parse(page(DATED, body=body)).source_name == ""
    fallback = parse(page(DATED, body=body), source="Radar Bogor")
    assert (fallback.source_name, fallback.body) == ("Radar Bogor", "\n\n".join(STORY))
    assert ("BOGOR -", "dateline") in fallback.removed


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


# ---------------------------------------------------------------- parse_document and dumps


def test_parse_document_dispatches_on_the_extension():
    assert parse_document(page(DATED).encode(), name="a.HTM").title == "Judul"
    dump = b"Judul\n\nKOMPAS.com - Senin (3/1/2022) terjadi.\n"
    assert parse_document(dump, name="a.txt").source_name == "KOMPAS.com"
    with pytest.raises(ParseError, match="use import_articles"):
        parse_document(b"{}", name="a.json")
    with pytest.raises(ParseError, match="unsupported file type '.pdf'"):
        parse_document(b"%PDF", name="a.pdf")


def test_text_dump_decoding_and_fallbacks():
    dump = "Café\n\nSenin (3/1/2022) terjadi – hebat.\n"

    from_bom = parse_document(dump.encode("utf-8-sig"), name="a.txt", source="Kiriman")
    from_cp1252 = parse_document(dump.encode("cp1252"), name="a.txt", language="en")

    assert (from_bom.title, from_bom.source_name, from_bom.language) == ("Café", "Kiriman", "id")
    assert (from_cp1252.title, from_cp1252.language) == ("Café", "en")
    assert from_cp1252.body == "Senin (3/1/2022) terjadi – hebat."


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


def test_text_dump_initials_stay_with_the_author_when_penulis_is_given():
    parsed = parse_text_dump("Judul\n\nPenulis: Ana\n\nJan 13, 2022 terjadi. (pia)\n")

    assert parsed.author == "Ana"
    assert parsed.body == "Jan 13, 2022 terjadi."
    assert parsed.published_on == dt.date(2022, 1, 13)


# ---------------------------------------------------------------- commands


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


# Every corpus is gated. `blind/` was written without reading the extractor, which was
# then improved on its failures; `final/` was written the same way and never tuned on:
# when it fails, write new pages like the failing ones into `dev/` and fix those.
GATED = ["dev", "heldout", "blind", "final"]


@pytest.mark.parametrize("folder", GATED)
def test_score_extraction_corpus_meets_the_quality_targets(folder):
    """The quality gate: body F1 >= 0.95, title and date right on >= 90% of pages."""
    stdout = StringIO()

    call_command("score_extraction", str(CORPUS / folder), "--strict", stdout=stdout)

    lines = stdout.getvalue().splitlines()
    assert len(list((CORPUS / folder).rglob("*.expected.json"))) >= 10
    assert lines[-1].startswith("all: ")


def test_score_extraction_strict_fails_below_target(tmp_path):
    (tmp_path / "a.html").write_bytes(page(DATED).encode())
    answer = {"title": "Lain", "published_on": "2020-01-01", "body": ["sama sekali berbeda isi"]}
    (tmp_path / "a.expected.json").write_text(json.dumps(answer), encoding="utf-8")

    with pytest.raises(CommandError, match="below target"):
        call_command("score_extraction", str(tmp_path), "--strict", stdout=StringIO())
