# ruff: noqa: E501  (inline HTML fixtures read better unwrapped)
"""Publication dates: meta tags, time elements, written bylines, and the site's time zone."""

import datetime as dt

import pytest

from tests.reading.helpers import DATED, STORY, WIB, article_page, ld, page, parse


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


def test_a_naive_time_nothing_on_the_page_places_keeps_only_its_day():
    # English is written in every zone: 10:00 could be any of them, so no instant is made up.
    parsed = parse(page('<meta name="date" content="2022-01-13T10:00:00">', lang="en"))

    assert (parsed.published_on, parsed.published_at) == (dt.date(2022, 1, 13), None)


def test_a_bare_day_in_metadata_keeps_the_bylines_unplaced_time_out():
    head = '<meta name="publish-date" value="December 1, 2016">'
    before = '<p class="byline">By Ann Lee | December 1, 2016 1:01 pm</p>'
    parsed = parse(page(head, before=before, lang=""))

    assert (parsed.published_on, parsed.published_at) == (dt.date(2016, 12, 1), None)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="0001-01-01T00:00:00Z">',
        '<meta property="article:published_time" content="1970-01-01T00:00:00+00:00">',
        '<meta name="date" content="Thu, 01 Jan 1970 00:00:00 GMT">',
    ],
)
def test_a_placeholder_date_is_no_date(head):
    parsed = parse(page(head + '<link rel="canonical" href="https://x.test/a">'))

    assert (parsed.published_on, parsed.published_at) == (None, None)


def test_the_address_gives_the_day_when_the_page_states_none():
    head = '<link rel="canonical" href="https://x.test/2016/11/28/prince-estate/">'
    parsed = parse(page(head))

    assert (parsed.published_on, parsed.published_at) == (dt.date(2016, 11, 28), None)


def test_a_meta_date_written_for_people_is_read():
    head = '<meta name="article:published_time" content="12-15-2016">'
    parsed = parse(page(head, lang="en-US"))

    assert parsed.published_on == dt.date(2016, 12, 15)


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


def test_an_updated_byline_does_not_outvote_the_publication_date():
    head = '<meta property="article:published_time" content="2017-12-15T08:50:02-05:00">'
    h1 = (
        "<h1>How to watch the 21 best films of 2017</h1>"
        '<p class="byline">Updated <time datetime="2018-07-24T18:15:58Z">July 24, 2018 '
        "2:15 PM EDT</time></p>"
    )
    parsed = parse(article_page(h1, head, lang="en"))

    assert parsed.published_on == dt.date(2017, 12, 15)


@pytest.mark.parametrize("wrap", ["<![CDATA[{}]]>", "//<![CDATA[\n{}\n//]]>", "<!--{}-->"])
def test_json_ld_wrapped_for_old_parsers_is_read(wrap):
    data = (
        '{"@type": "NewsArticle", "author": "Ana Rahma", "datePublished": "2020-07-10T14:15:42Z"}'
    )
    head = f'<script type="application/ld+json">{wrap.format(data)}</script>'
    parsed = parse(page(head))

    assert (parsed.author, parsed.published_on) == ("Ana Rahma", dt.date(2020, 7, 10))


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


@pytest.mark.parametrize(
    "after",
    [
        '<footer><p class="post-date">2019-06-01</p></footer>',
        '<div class="entry-meta"><abbr class="published" title="2019-06-01T12:34:00">1 June</abbr></div>',
    ],
)
def test_htmldate_dates_a_page_nothing_else_dates(after, monkeypatch):
    from articles.reading.page import published

    assert parse(page(after=after, lang="en")).published_on == dt.date(2019, 6, 1)
    monkeypatch.setattr(published, "_find_date", None)
    assert parse(page(after=after, lang="en")).published_on is None


def test_a_page_without_any_date_is_read_with_the_date_unknown_and_says_so():
    parsed = parse(page())

    assert (parsed.published_on, parsed.published_at) == (None, None)
    assert parsed.body
    assert [note[:13] for note in parsed.notes] == ["no date found"]
