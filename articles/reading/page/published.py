"""Which of the dates a saved page states is its publication time, and in which zone.

Read-only, like the rest of the package. `Dates` gathers the page's date signals (the
metadata `metadata.Signals` collects, the byline near the `<h1>`, `<time>` elements
outside furniture) and answers the publication day and instant:

- publication time: the signals, in this order: JSON-LD `datePublished` (then
  `dateCreated`; from a `WebPage` node of the `@graph` when the Article has neither),
  `article:published_time`, the date metas (`og:published_time`, `pubdate`,
  `publishdate`, `publish-date`, `date`, `dc.date.issued`, `dc.date`, `dcterms.created`,
  `parsely-pub-date`, `sailthru.date`), `itemprop=datePublished`, the first `<time
  datetime>` that is not an update's. The one most of them (and the byline) agree with
  wins (same minute; a bare day agrees with a time on that day; a naive time with the
  same wall-clock time); ties go to the earlier. A bare day takes the time of a signal
  that agrees with it, else gives `published_at=None`.
  The byline: the first element after the `<h1>` that is named as a date or byline
  (class, id, itemprop, data-testid: date, time, datum, byline, meta, publi, tanggal,
  ...) and holds a written date, or whose text is little else than a date; else the
  nearest such named element before the `<h1>`. Dates, times and zones are read as
  `dates.read_written` describes, in 14 languages; a date an "Updated"/"Stand"/"Mis à
  jour" introduces only when no other is there.
  Nothing inside page furniture counts (most-read and related lists, sidebars, comments,
  footers; `tree.metadata_soup` wraps those in `<aside>`).
  Without any such signal: the byline's date, then a date in the removed date lines, then
  one in the story's text (its time only with a zone label).
- time zone: a time with an offset other than zero keeps it. When the byline shows the
  same wall-clock time with a zone label, a "Z" or missing offset mislabels local time
  and takes the byline's zone. Otherwise a "Z" time is the same instant in the site's
  own offset, and `published_on` is the day there (an AP story at 00:41 UTC on the 13th
  is July 12, EDT): the byline's zone label, else the offset at which the byline's time
  is that instant, else another timestamp's non-zero offset on the page, else the
  language's usual zone (`dates.language_zone`: id WIB, ms/tl +08, vi +07, de, fr, nl,
  it Central European, en-GB London, pt-BR São Paulo, ...), else UTC. A naive
  timestamp takes the offset of a signal with the same wall-clock time, else the
  byline's zone label, another timestamp's non-zero offset, the language's zone, UTC. A
  written time without a zone label takes another timestamp's offset or the language's
  zone; when neither exists, only its day is kept.
"""

import datetime as dt

from bs4 import BeautifulSoup, Tag

from articles.languages import primary_subtag
from articles.reading.page.dates import (
    EARLIEST_YEAR,
    Written,
    language_zone,
    parse_timestamp,
    read_written,
)
from articles.reading.page.metadata import (
    Signals,
    in_furniture,
    meta_content,
    node_types,
    text_value,
)
from articles.reading.page.tree import DATEISH, NAMING

try:
    from htmldate import find_date as _find_date
except ImportError:  # pragma: no cover - installed with trafilatura; the page's own signals remain
    _find_date = None

_PUBLISHED_METAS = (
    "article:published_time", "og:published_time", "og:article:published_time", "pubdate",
    "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "parsely-pub-date",
    "sailthru.date", "datepublished", "article.published", "published_time", "release_date",
)  # fmt: skip
_MODIFIED_METAS = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified")
_UPDATE_WORDS = {"updated", "update", "modified", "datemodified", "date-modified", "lastmod"}
_Stamp = tuple[dt.date, dt.datetime | None]  # (day as written, time: aware, naive or None)


class Dates:
    """The publication day and time, from the signals in the order the module docstring gives.

    Built from the metadata soup before the page's furniture is removed; `published()`
    reads the signals there, `written(text)` a date written in other text of the page.
    """

    def __init__(self, soup: BeautifulSoup, signals: Signals, language: str):
        article = signals.article
        values = [article.get(k) for k in ("datePublished", "dateCreated")]
        if not any(isinstance(v, str) for v in values):
            # The Article node lacks dates: Yoast-style graphs put them on the WebPage.
            values = [n.get("datePublished") for n in signals.nodes if _is_page_node(n)]
        values += [value for name in _PUBLISHED_METAS for value in signals.metas.get(name, [])]
        times, h1 = [], None  # one walk over the soup instead of three find_all()
        for node in soup.descendants:
            if not isinstance(node, Tag) or node.name == "meta":  # metas are read above
                continue
            if node.name == "time" and node.get("datetime"):
                times.append(node)
            elif node.name == "h1" and h1 is None and not in_furniture(node):
                h1 = node
            if node.get("itemprop") == "datePublished" and not in_furniture(node):
                values.append(meta_content(node) or node.get("datetime"))
        first_time = next((t for t in times if not in_furniture(t) and not _is_update(t)), None)
        if first_time is not None and first_time.get("itemprop") != "datePublished":
            values.append(first_time["datetime"])
        self.language = _language_tag(soup, signals, language)
        self.stamps = _parsed(values) + [
            (found.day, None) for found in _written_values(values, self.language)
        ]
        modified = [article.get("dateModified")] + [signals.meta(n) for n in _MODIFIED_METAS]
        self.offsets = [
            m.utcoffset()
            for _, m in [*self.stamps, *_parsed(modified), *_parsed(t["datetime"] for t in times)]
            if m is not None and m.tzinfo is not None and m.utcoffset()
        ]
        self.byline = _byline(soup, h1, self.language)

    def published(self) -> _Stamp | None:
        """The signal most others agree with (ties: the earlier one), in the site's zone."""
        byline = self.byline
        voters = [*self.stamps]
        if byline is not None and not byline.updated:  # "Updated Jul 24" backs no publication
            voters.append((byline.day, byline.moment()))
        if not self.stamps:
            return self._placed(byline) if byline is not None else None
        support = [sum(_agree(stamp, voter) for voter in voters) for stamp in self.stamps]
        day, moment = self.stamps[max(range(len(support)), key=lambda i: (support[i], -i))]
        if moment is None:  # a bare day takes the time of a signal that agrees with it
            times = [*voters, *([(byline.day, byline.moment())] if byline else [])]
            moment = next((m for d, m in times if d == day and m), None)
            if moment is None:
                return day, None
            placed = self._zoned(moment)
            return (day, placed) if placed and placed.date() == day else (day, None)
        placed = self._zoned(moment)
        return (placed.date(), placed) if placed else (day, None)

    def written(self, text: str, *, naive_ok: bool = True) -> _Stamp | None:
        """A date written in `text`; a time without a zone only when `naive_ok`."""
        found = read_written(text, language=self.language)
        if found is None:
            return None
        if found.clock is not None and found.tz is None and not naive_ok:
            return found.day, None
        return self._placed(found)

    def _placed(self, found: Written) -> _Stamp:
        moment = found.moment()
        if moment is None:
            return found.day, None
        if moment.tzinfo is None:
            zone = (self.offsets and dt.timezone(self.offsets[0])) or language_zone(self.language)
            if not zone:
                return found.day, None  # a time that cannot be placed
            moment = _fixed(moment.replace(tzinfo=zone))
        return moment.date(), moment

    def _zoned(self, moment: dt.datetime) -> dt.datetime | None:
        """`moment` in the site's own offset; a naive time is placed in it first (None
        when nothing on the page tells where: a time that cannot be placed)."""
        byline = self.byline
        shown = byline.moment() if byline is not None and not byline.updated else None
        if moment.tzinfo is None or not moment.utcoffset():
            # A byline showing the same wall-clock time with a zone: the metadata's "Z"
            # (or missing offset) mislabels local time.
            if shown is not None and shown.tzinfo is not None and shown.utcoffset():
                if _same_clock(moment, shown):
                    return moment.replace(tzinfo=shown.tzinfo)
        if moment.tzinfo is None:
            agreeing = [m for _, m in self.stamps if m is not None and m.tzinfo is not None]
            agreeing = [m for m in agreeing if _same_clock(m, moment)]
            zone = (
                (agreeing and agreeing[0].tzinfo)
                or (byline is not None and byline.tz)
                or (self.offsets and dt.timezone(self.offsets[0]))
                or language_zone(self.language)
            )
            if not zone:
                return None
            moment = _fixed(moment.replace(tzinfo=zone))
        if moment.utcoffset():
            return moment
        # UTC: the same instant in the site's own offset.
        zone = (byline is not None and byline.tz) or _clock_offset(shown, moment)
        zone = zone or (self.offsets and dt.timezone(self.offsets[0]))
        zone = zone or language_zone(self.language)
        return _fixed(moment.astimezone(zone)) if zone else moment


_MINUTE = dt.timedelta(minutes=1)


def _parsed(values) -> list[_Stamp]:
    return [p for p in (parse_timestamp(v) for v in values if isinstance(v, str) and v) if p]


def library_day(html: str) -> dt.date | None:
    """htmldate's publication day for a page nothing else dated: the last resort.

    Its quick mode only (markup, not prose): on corpus-real's pages left undated it
    dated 5 right and 2 wrong; its extensive search took up to 2 s a page and was wrong
    as often as right.
    """
    if _find_date is None:
        return None
    try:
        found = _find_date(html, original_date=True, extensive_search=False)
    except Exception:  # a library's surprise costs the fallback, never the page
        return None
    if not found:
        return None
    day = dt.date.fromisoformat(found)
    return day if day.year >= EARLIEST_YEAR else None


def _written_values(values, language: str) -> list[Written]:
    """Dates written for people in values meant for machines (`"12-15-2016"` in
    `article:published_time`): each value that is no timestamp, read as a written date."""
    found = []
    for value in values:
        if isinstance(value, str) and len(value) < 40 and parse_timestamp(value) is None:
            if (written := read_written(value, language=language)) is not None:
                found.append(written)
    return found


def _is_page_node(node: dict) -> bool:
    return any(t.endswith("page") for t in node_types(node)) and isinstance(
        node.get("datePublished"), str
    )


def _is_update(tag: Tag) -> bool:
    names = [*(tag.get("class") or []), tag.get("itemprop") or ""]
    return any(name.lower() in _UPDATE_WORDS for name in names)


def _agree(a: _Stamp, b: _Stamp) -> bool:
    """Same minute (a naive time: the same wall-clock time), or the same day if either is one."""
    (day_a, moment_a), (day_b, moment_b) = a, b
    if moment_a is None or moment_b is None:
        return day_a == day_b
    if (moment_a.tzinfo is None) != (moment_b.tzinfo is None):
        return _same_clock(moment_a, moment_b)
    return abs(moment_a - moment_b) < _MINUTE


def _same_clock(a: dt.datetime, b: dt.datetime) -> bool:
    return abs(a.replace(tzinfo=None) - b.replace(tzinfo=None)) < _MINUTE


def _clock_offset(shown: dt.datetime | None, moment: dt.datetime) -> dt.tzinfo | None:
    """The offset at which a byline's zoneless time is `moment`, if it is a plausible one."""
    if shown is None or shown.tzinfo is not None:
        return None
    offset = shown - moment.astimezone(dt.UTC).replace(tzinfo=None)
    offset = dt.timedelta(minutes=round(offset.total_seconds() / 60))
    if offset % dt.timedelta(minutes=30) or not -_DAY / 2 <= offset <= _DAY * 14 / 24:
        return None
    return dt.timezone(offset)


_DAY = dt.timedelta(days=1)


def _fixed(moment: dt.datetime) -> dt.datetime:
    """The same instant with a fixed offset (a `ZoneInfo` zone gives its offset then)."""
    return moment.replace(tzinfo=dt.timezone(moment.utcoffset()))


def _language_tag(soup: BeautifulSoup, signals: Signals, language: str) -> str:
    """`language` with a region when the page gives one ("en" + og:locale en_GB -> "en-gb")."""
    html = soup.find("html")
    for value in (
        text_value(signals.article.get("inLanguage")),
        html.get("lang") or html.get("xml:lang") or "" if html else "",
        signals.meta("content-language", "language", "dc.language"),
        signals.meta("og:locale"),
    ):
        tag = value.strip().replace("_", "-").lower()
        if "-" in tag and primary_subtag(tag) == language:
            return tag
    return language


def _byline(soup: BeautifulSoup, h1: Tag | None, language: str) -> Written | None:
    """The date in the byline or dateline: the first element after the headline that is
    named as a date or byline and holds one, or whose text is little else than a date
    ("· Senin 13 Mei 2024 09:40 WIB"); else the nearest date element before the headline.
    Never one in page furniture."""
    after = (soup.html or soup).descendants if h1 is None else h1.next_elements
    for element in after:
        if not isinstance(element, Tag) or element.name in _NOT_BYLINE:
            continue
        if h1 is not None and h1 in element.parents or in_furniture(element):
            continue
        found = read_written(element.get_text(" "), language=language)
        if found is not None and (_is_date_named(element) or found.rest <= _BYLINE_REST):
            return found
    for element in h1.previous_elements if h1 is not None else ():
        if isinstance(element, Tag) and element.name not in _NOT_BYLINE:
            if _is_date_named(element) and not in_furniture(element):
                if (found := read_written(element.get_text(" "), language=language)) is not None:
                    return found
    return None


_BYLINE_REST = 25  # characters besides the date: "Kompas.com - ", "Stand:", a day name


_NOT_BYLINE = {"meta", "link", "script", "title", "h1", "html", "head", "body", "aside"}


def _is_date_named(tag: Tag) -> bool:
    if tag.name == "time":
        return True
    values = (tag.get(name) for name in NAMING)
    return bool(
        DATEISH.search(" ".join(v if isinstance(v, str) else " ".join(v) for v in values if v))
    )
