# ruff: noqa: E501  (inline HTML fixtures read better unwrapped)
"""The reader's metadata: JSON-LD, OpenGraph and meta precedence, fallbacks, and titles."""

import datetime as dt

import pytest

from tests.reading.helpers import DATED, WIB, article_page, ld, page, parse

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


def test_metas_written_with_value_instead_of_content_are_read():
    head = (
        '<meta value="Situs OG" property="og:site_name">'
        '<meta value="Budi" name="author">'
        '<meta value="2022-01-13T03:00:00Z" name="og:article:published_time">'
        '<meta itemprop="dateModified" value="2022-02-01T00:00:00Z">'
    )
    parsed = parse(page(head), source=None)

    assert (parsed.source_name, parsed.author) == ("Situs OG", "Budi")
    assert parsed.published_at == dt.datetime(2022, 1, 13, 10, tzinfo=WIB)


@pytest.mark.parametrize(
    ("canonical", "address"),
    [
        ("javascript:void(0)", "https://example.org/a"),
        ("/2022/01/13/kabar", "https://example.org/a"),
        ("javascript:alert(1)", ""),
    ],
)
def test_a_canonical_link_that_is_no_web_address_is_passed_over(canonical, address):
    head = f'<link rel="canonical" href="{canonical}">' + DATED
    if address:
        head += f'<meta property="og:url" content="{address}">'

    assert parse(page(head)).original_url == address


def test_a_page_naming_no_publisher_takes_its_address_and_says_so():
    head = '<link rel="canonical" href="https://www.kabarbogor.test/2022/01/13/kabar">' + DATED
    parsed = parse(page(head), source=None)

    assert parsed.source_name == "kabarbogor.test"
    assert parsed.notes == [
        "no publisher named: source taken from the page's address (kabarbogor.test)"
    ]


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
    assert parse(page(DATED, lang="")).language == "id"  # read in the text


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        (["Dock workers at the port went on strike on Monday, demanding higher pay."] * 3, "en"),
        (
            [
                "文化庁は１日、アート、エンターテインメント、アニメーション、マンガの４部門で優れた作品を顕彰する今年度のメディア芸術祭賞を発表した。"
            ],
            "ja",
        ),
        (
            [
                "人们对于讨厌的事物总是能很有共同话题。约会软件也深谙这一点了，最近在美国，有一个叫做的约会软件。"
            ],
            "zh",
        ),
        (
            ["Kerajaan Malaysia mengumumkan bahawa sekolah akan dibuka semula minggu hadapan."] * 2,
            "ms",
        ),
    ],
)
def test_a_page_stating_no_language_is_read_for_one(paragraphs, language):
    assert parse(page(DATED, body=paragraphs, lang="")).language == language


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


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("メディア芸術祭賞が受賞：朝日新聞デジタル", "朝日新聞デジタル"),
        ("メディア芸術祭賞が受賞 ｜ ガジェット通信 GetNews", "ガジェット通信 GetNews"),
        ("メディア芸術祭賞が受賞:phpspot開発日誌", "phpspot開発日誌"),
    ],
)
def test_a_site_name_after_a_full_width_or_unspaced_separator_is_cut(title, site):
    head = f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">'

    assert parse(page(head + DATED, title="x", lang="ja")).title == "メディア芸術祭賞が受賞"


def test_a_section_name_in_the_metadata_does_not_hide_the_h1_headline():
    head = '<meta property="og:title" content="Arbeit">' + DATED
    head += '<meta property="og:site_name" content="DIE GRÜNEN">'
    html = page(head, title="Wir kämpfen für gute Arbeit").replace(
        "<title>Wir kämpfen für gute Arbeit</title>", "<title>Arbeit - DIE GRÜNEN</title>"
    )

    assert parse(html).title == "Wir kämpfen für gute Arbeit"


def test_the_parts_of_an_east_asian_h1_are_joined_without_spaces():
    h1 = (
        '<h1><span class="main">Intel NUCで最新SSDを比較してみた</span><i>：</i>'
        "<i>さらば平成</i></h1>"
    )
    head = '<meta property="og:title" content="Intel NUCで最新SSDを比較してみた">' + DATED

    assert (
        parse(article_page(h1, head, lang="ja")).title
        == "Intel NUCで最新SSDを比較してみた：さらば平成"
    )


def test_the_runs_of_an_h1_join_without_a_space_before_punctuation():
    h1 = "<h1><em>Fantastic Beasts</em>: A Nice Place <b>to</b> Visit, <i>Again</i></h1>"
    head = '<meta property="og:title" content="Fantastic Beasts: A Nice Place to Visit">' + DATED

    assert parse(article_page(h1, head, lang="en")).title == (
        "Fantastic Beasts: A Nice Place to Visit, Again"
    )


def test_title_keeps_a_colon_that_is_part_of_the_headline():
    head = '<meta property="og:title" content="Energy bills: Households face rise">'

    assert parse(page(head + DATED, title="x")).title == "Energy bills: Households face rise"


def test_h1_decides_when_the_title_tag_carries_an_unknown_suffix():
    assert parse(page(DATED, title="Harga Naik")).title == "Harga Naik"
    html = page(DATED, title="Harga Naik").replace("<title>Harga Naik", "<title>Harga Naik | Warta")

    assert parse(html).title == "Harga Naik"


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
