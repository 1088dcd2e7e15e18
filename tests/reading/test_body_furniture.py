# ruff: noqa: E501  (inline HTML fixtures read better unwrapped)
"""Page furniture taken out of the story with its reason: menus, embeds, adverts, comments."""

import datetime as dt

import pytest

from articles.reading import parse_document
from bench.pages import generate_page, story
from tests.reading.helpers import DATED, ORION, STORY, page, parse, reasons


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
        monkeypatch.setattr("articles.reading.page.body._trafilatura", None)
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


def test_a_story_cut_down_to_a_sliver_is_read_again_whole(monkeypatch):
    from articles.reading import page as reader

    real = reader.trafilatura_blocks

    def cut_in_precision_mode(tree, title, *, precision=True):
        blocks = real(tree, title, precision=precision)
        return blocks[:1] if precision else blocks

    monkeypatch.setattr(reader, "trafilatura_blocks", cut_in_precision_mode)
    paragraphs = [f"Paragraf {n}: " + " ".join(STORY) for n in range(10)]

    parsed = parse(page(DATED, body=paragraphs))

    assert parsed.body.split("\n\n") == paragraphs


EXTRA = (
    "Petugas menambah dua pompa air di ujung jalan agar genangan cepat surut sebelum jam "
    "sibuk pagi, kata kepala dinas kepada wartawan."
)


@pytest.mark.parametrize(
    "names",
    [
        "field field--label-hidden",  # hides the field's label, not the field
        "overflow-hidden",  # a style
        "post-1234 post type-post category-video tag-iklan",  # what WordPress filed it under
        "article-body--ads",  # a variant of the story's block
        "player-profile",  # about a player
    ],
)
def test_a_word_inside_a_compound_class_name_is_no_furniture(names):
    parsed = parse(page(DATED, after=f'<div class="{names}"><p>{EXTRA}</p></div>'))

    assert parsed.body.endswith(EXTRA)


@pytest.mark.parametrize("names", ["hidden", "player", "ad-slot", "widget-terpopuler"])
def test_furniture_named_by_its_whole_class_or_a_plain_word_is_removed(names):
    parsed = parse(page(DATED, after=f'<div class="{names}"><p>{EXTRA}</p></div>'))

    assert EXTRA not in parsed.body


@pytest.mark.parametrize("kicker", ["Transporte", "Abonnés", "Business·Updated", "Threat Research"])
def test_a_kicker_or_badge_is_no_first_paragraph(kicker):
    parsed = parse(page(DATED, body=[kicker, *STORY]))

    assert parsed.body == "\n\n".join(STORY)
    assert (kicker, "kicker") in parsed.removed


@pytest.mark.parametrize("first", ["Jakarta.", "Harga naik 3 persen", "智能发展很快"])
def test_a_short_first_sentence_is_kept(first):
    assert parse(page(DATED, body=[first, *STORY])).body.startswith(first)


def test_a_story_written_with_br_in_a_furniture_named_box_is_kept():
    # "text<br><br>text" in a box whose class says advert: the story's own chain, counted
    # from its <br>-separated runs, is never dropped.
    runs = "<br><br>".join(f"Paragraf {n}: " + " ".join(STORY) for n in range(4))
    notes = "".join(f"<p>Catatan kecil nomor {n} untuk pembaca kota.</p>" for n in range(60))
    html = page(DATED, body=[]).replace(
        '<div class="article-body">',
        f'<div class="article-body"><div class="iklan-box">{runs}</div><div>{notes}</div>',
    )

    parsed = parse(html)

    assert not [text for text, reason in parsed.removed if "Paragraf" in text]
    assert "Paragraf 3: " in parsed.body
