"""What a saved page says about itself: JSON-LD, metas, `<time>`, links, language, title.

Each field takes the first signal present, in this order:

- title: the headline as the page's `<h1>` shows it, when that `<h1>` is headline-like:
  not in page furniture (navigation, masthead, logo, footer), 3 to 40 words, not the site
  name, and sharing words with a title the metadata states (at least two, and a fifth of
  the `<h1>`'s words), if it states any; SEO variants in `og:title` and JSON-LD often
  differ. A kicker printed inside the `<h1>` is left out: a part whose class says so
  (kicker, topline, overline, Dachzeile, roofline, label, eyebrow, ...), or the first of
  exactly two parts when it has at most five words. Otherwise the first present of
  JSON-LD `headline` (or `name`), `og:title`, `twitter:title`, the first `<h1>`,
  `<title>`. A prefix or suffix after a separator (" | ", " - ", " – ", " — ", ": ",
  " · ", " » ") that matches the site name, or the whole title the `<h1>` is part of, is
  cut.
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
- author: JSON-LD `author` (string, object, list, or `@id` reference), `<meta
  name="author">`, `article:author` (when not a URL), a byline element (`rel=author`,
  `itemprop=author`, `.byline`, `.author`), a "Penulis:"/"Reporter:" line in the story,
  the closing desk initials ("(pia)").
- source: JSON-LD `publisher.name`, `og:site_name`, `application-name`, the story's
  dateline ("KOMPAS.com - "), the site-name part cut from the title, the `source`
  argument, the canonical URL's host name.
- language: JSON-LD `inLanguage`, `<html lang>`, `content-language` meta, `og:locale`,
  the `language` argument, a guess from common words (id, en, de, fr, es, nl, pt, it);
  only the primary subtag is kept ("id-ID" -> "id").
- original URL: `<link rel="canonical">`, `og:url`, JSON-LD `url` / `mainEntityOfPage`.
- tags: `article:tag` metas, JSON-LD `keywords`, `news_keywords` / `keywords` metas.
"""

import datetime as dt
import json
import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag

from articles.extraction.dates import Written, language_zone, parse_timestamp, read_written
from articles.extraction.text import _clean, _key
from articles.extraction.tree import _DATEISH, _NAMING

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
}


def _types(node: dict) -> set[str]:
    value = node.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return {str(v).lower().rsplit("/", 1)[-1] for v in values}


def _jsonld_nodes(soup: BeautifulSoup) -> list[dict]:
    nodes: list[dict] = []

    def walk(value, depth=0):
        if depth > 6:
            return
        if isinstance(value, list):
            for item in value:
                walk(item, depth + 1)
        elif isinstance(value, dict):
            if "@type" in value or "@id" in value:
                nodes.append(value)
            for nested in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if isinstance(value.get(nested), list | dict):
                    walk(value[nested], depth + 1)

    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        raw = script.string or script.get_text() or ""
        try:
            data = json.loads(raw)
        except ValueError:
            # Hand-written JSON-LD often has trailing commas or raw newlines in strings.
            lenient = re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ").replace("\t", " "))
            try:
                data = json.loads(lenient)
            except ValueError:
                continue
        walk(data)
    return nodes


def _names(value, by_id: dict) -> list[str]:
    """Names from a schema.org person/organisation value: string, object, @id or list."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item, by_id)]
    if isinstance(value, dict):
        if "name" not in value and value.get("@id") in by_id:
            value = by_id[value["@id"]]
        name = value.get("name")
        if isinstance(name, list):
            name = name[0] if name else ""
        return [_clean(str(name))] if name else []
    if isinstance(value, str) and value.strip():
        return [_clean(value)]
    return []


def _text_value(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("name") or ""
    return _clean(str(value)) if value else ""


def _in_furniture(tag: Tag) -> bool:
    """`tree.metadata_soup` wraps what sits in page furniture in an `<aside>`."""
    return tag.find_parent("aside") is not None


class _Signals:
    """Everything the page says about itself, gathered in one pass over <head> and JSON-LD."""

    def __init__(self, soup: BeautifulSoup):
        self.metas: dict[str, list[str]] = {}
        for meta in soup.find_all("meta"):
            content = meta.get("content")
            if content is None or (meta.get("itemprop") and _in_furniture(meta)):
                continue
            content = _clean(content)
            for attr in ("property", "name", "itemprop", "http-equiv"):
                if key := meta.get(attr):
                    self.metas.setdefault(key.strip().lower(), []).append(content)
        nodes = _jsonld_nodes(soup)
        self.by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
        articles = [n for n in nodes if _types(n) & _ARTICLE_TYPES]
        # The richest article node: pages sometimes carry a stub Article next to the full one.
        self.article = max(
            articles, key=lambda n: ("headline" in n, "datePublished" in n), default={}
        )
        self.nodes = nodes

    def meta(self, *names: str) -> str:
        for name in names:
            for value in self.metas.get(name, []):
                if value:
                    return value
        return ""


# ---------------------------------------------------------------------------- dates

_PUBLISHED_METAS = (
    "article:published_time", "og:published_time", "og:article:published_time", "pubdate",
    "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "parsely-pub-date",
    "sailthru.date", "datepublished", "article.published", "published_time", "release_date",
)  # fmt: skip
_MODIFIED_METAS = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified")
_UPDATE_WORDS = {"updated", "update", "modified", "datemodified", "date-modified", "lastmod"}
_Stamp = tuple[dt.date, dt.datetime | None]  # (day as written, time: aware, naive or None)


class _Dates:
    """The publication day and time, from the signals in the order the module docstring gives.

    Built from the metadata soup before the page's furniture is removed; `published()`
    reads the signals there, `written(text)` a date written in other text of the page.
    """

    def __init__(self, soup: BeautifulSoup, signals: _Signals, language: str):
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
            elif node.name == "h1" and h1 is None and not _in_furniture(node):
                h1 = node
            if node.get("itemprop") == "datePublished" and not _in_furniture(node):
                values.append(node.get("content") or node.get("datetime"))
        first_time = next((t for t in times if not _in_furniture(t) and not _is_update(t)), None)
        if first_time is not None and first_time.get("itemprop") != "datePublished":
            values.append(first_time["datetime"])
        self.stamps = _parsed(values)
        modified = [article.get("dateModified")] + [signals.meta(n) for n in _MODIFIED_METAS]
        self.offsets = [
            m.utcoffset()
            for _, m in [*self.stamps, *_parsed(modified), *_parsed(t["datetime"] for t in times)]
            if m is not None and m.tzinfo is not None and m.utcoffset()
        ]
        self.language = _language_tag(soup, signals, language)
        self.byline = _byline(soup, h1, self.language)

    def published(self) -> _Stamp | None:
        """The signal most others agree with (ties: the earlier one), in the site's zone."""
        byline = self.byline
        voters = [*self.stamps]
        if byline is not None:
            voters.append((byline.day, byline.moment()))
        if not self.stamps:
            return self._placed(byline) if byline is not None else None
        support = [sum(_agree(stamp, voter) for voter in voters) for stamp in self.stamps]
        day, moment = self.stamps[max(range(len(support)), key=lambda i: (support[i], -i))]
        if moment is None:  # a bare day takes the time of a signal that agrees with it
            moment = next((m for d, m in voters if d == day and m), None)
            if moment is None:
                return day, None
            placed = self._zoned(moment)
            return (day, placed) if placed.date() == day else (day, None)
        placed = self._zoned(moment)
        return placed.date(), placed

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

    def _zoned(self, moment: dt.datetime) -> dt.datetime:
        """`moment` in the site's own offset; a naive time is placed in it first."""
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
                or dt.UTC
            )
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


def _is_page_node(node: dict) -> bool:
    return any(t.endswith("page") for t in _types(node)) and isinstance(
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


def _language_tag(soup: BeautifulSoup, signals: _Signals, language: str) -> str:
    """`language` with a region when the page gives one ("en" + og:locale en_GB -> "en-gb")."""
    html = soup.find("html")
    for value in (
        _text_value(signals.article.get("inLanguage")),
        html.get("lang") or html.get("xml:lang") or "" if html else "",
        signals.meta("content-language", "language", "dc.language"),
        signals.meta("og:locale"),
    ):
        tag = value.strip().replace("_", "-").lower()
        if "-" in tag and _primary_subtag(tag) == language:
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
        if h1 is not None and h1 in element.parents or _in_furniture(element):
            continue
        found = read_written(element.get_text(" "), language=language)
        if found is not None and (_is_date_named(element) or found.rest <= _BYLINE_REST):
            return found
    for element in h1.previous_elements if h1 is not None else ():
        if isinstance(element, Tag) and element.name not in _NOT_BYLINE:
            if _is_date_named(element) and not _in_furniture(element):
                if (found := read_written(element.get_text(" "), language=language)) is not None:
                    return found
    return None


_BYLINE_REST = 25  # characters besides the date: "Kompas.com - ", "Stand:", a day name


_NOT_BYLINE = {"meta", "link", "script", "title", "h1", "html", "head", "body", "aside"}


def _is_date_named(tag: Tag) -> bool:
    if tag.name == "time":
        return True
    values = (tag.get(name) for name in _NAMING)
    return bool(
        _DATEISH.search(" ".join(v if isinstance(v, str) else " ".join(v) for v in values if v))
    )


# ---------------------------------------------------------------------------- page details


def _link_href(soup: BeautifulSoup, rel: str) -> str:
    for link in soup.find_all("link", href=True):
        if rel in [r.lower() for r in link.get("rel") or []]:
            return link["href"].strip()
    return ""


def _is_url(value: str) -> bool:
    return bool(re.match(r"^(?:https?:)?//|^www\.", value))


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _primary_subtag(code: str) -> str:
    code = code.strip().replace("_", "-")
    primary = code.split("-")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


_STOPWORDS = {
    "id": {"yang", "dan", "di", "dengan", "untuk", "dari", "ini", "itu", "tidak", "akan"},
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with"},
    "de": {"der", "die", "und", "das", "nicht", "mit", "ist", "den", "ein", "sich"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour"},
    "es": {"el", "los", "las", "y", "que", "del", "una", "por", "con", "para"},
    "nl": {"de", "het", "een", "en", "van", "niet", "dat", "zijn", "voor", "met"},
    "pt": {"o", "os", "as", "e", "que", "do", "da", "uma", "para", "com"},
    "it": {"il", "di", "che", "e", "la", "per", "una", "sono", "del", "della"},
}


def _guess_language(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    counts = {code: sum(w in stop for w in words) for code, stop in _STOPWORDS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] >= 3 else "und"


_KICKER_WORDS = {
    "kicker", "topline", "overline", "dachzeile", "roofline", "label", "eyebrow",
    "supertitle", "suptitle", "pretitle", "overtitle", "surtitre", "antetitulo",
    "occhiello", "spitzmarke", "flag", "rubric", "section", "category",
    "hidden", "sr-only", "visually-hidden", "screen-reader-text",
}  # fmt: skip
_HEADLINE_WORDS = (3, 40)  # fewer is a section label or a logo, more is not a headline


def _title(soup: BeautifulSoup, signals: _Signals, site: str, url: str) -> tuple[str, str]:
    """The headline without the site name, and the site-name part that was cut (or "")."""
    article = signals.article
    title_tag = soup.find("title")
    stated = [
        _clean(str(article.get("headline") or article.get("name") or "")),
        signals.meta("og:title", "twitter:title", "title", "dc.title"),
        _clean(title_tag.get_text()) if title_tag else "",
    ]
    h1s = [h for h in soup.find_all("h1") if not _in_furniture(h)]
    site_keys = {k for k in (_key(site), _key(_host(url))) if k}
    for h1 in h1s:
        text = _headline_text(h1)
        low, high = _HEADLINE_WORDS
        if not low <= len(text.split()) <= high or _matches_site(text, site_keys):
            continue
        if any(stated) and not any(_same_story(text, other) for other in stated if other):
            continue
        return _choose_title([text], site, url, text)
    h1_text = _headline_text(h1s[0]) if h1s else ""
    return _choose_title([*stated[:2], h1_text, stated[2]], site, url, h1_text)


def _headline_text(h1: Tag) -> str:
    """The `<h1>`'s text without a kicker printed inside it: a child whose class says so
    (kicker, topline, Dachzeile...), or the first of two parts when it is short and the
    second is a headline (`<h1><span>Energiekrise</span><span>Stadtwerke ...</span></h1>`)."""
    node = h1
    while len(children := [c for c in node.children if isinstance(c, Tag)]) == 1 and not (
        _direct_text(node)
    ):
        node = children[0]
    dropped = [c for c in node.find_all(True) if _tokens_of(c) & _KICKER_WORDS]
    parts = [c for c in children if c.name != "br"]
    if not dropped and len(parts) == 2 and not _direct_text(node):
        first, rest = (_clean(p.get_text(" ")).split() for p in parts)
        if len(first) <= 5 and len(rest) >= _HEADLINE_WORDS[0]:
            dropped = [parts[0]]
    if not dropped:
        return _clean(h1.get_text(" "))
    dropped_ids = {id(k) for k in dropped}
    kept = (s for s in h1.find_all(string=True) if not any(id(p) in dropped_ids for p in s.parents))
    return _clean(" ".join(kept))


def _direct_text(tag: Tag) -> str:
    return "".join(str(c) for c in tag.children if isinstance(c, NavigableString)).strip()


def _tokens_of(tag: Tag) -> set[str]:
    names = " ".join([*(tag.get("class") or []), tag.get("id") or ""]).lower()
    return {*names.split(), *re.split(r"[^a-z0-9]+", names)} - {""}


def _same_story(headline: str, other: str) -> bool:
    """Two titles share enough words to be about one story (an SEO variant of it)."""
    words, others = (
        {w for w in re.findall(r"\w+", t.lower()) if len(w) >= 3} for t in (headline, other)
    )
    shared = len(words & others)
    return shared >= 2 and shared >= 0.2 * len(words)


_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·»:]{1,2}\s+|:\s+")


def _choose_title(candidates: list[str], site: str, url: str, h1: str) -> tuple[str, str]:
    """The headline without the site name, and the site-name part that was cut (or "")."""
    site_keys = {k for k in (_key(site), _key(_host(url))) if k}
    for candidate in candidates:
        if not candidate:
            continue
        parts = _TITLE_SEPARATORS.split(candidate)
        separators = _TITLE_SEPARATORS.findall(candidate)
        if len(parts) == 1:
            return candidate, ""
        h1_key, candidate_key = _key(h1), _key(candidate)
        if h1_key and h1_key != candidate_key:
            if candidate_key.startswith(h1_key) or candidate_key.endswith(h1_key):
                rest = [p for p in parts if _key(p) not in h1_key]
                return h1, rest[-1] if len(rest) == 1 and _matches_site(rest[-1], site_keys) else ""
        # Cut site-name parts from either end.
        cut = ""
        while len(parts) > 1 and _matches_site(parts[-1], site_keys):
            cut = parts.pop()
            separators.pop()
        while len(parts) > 1 and _matches_site(parts[0], site_keys):
            cut = parts.pop(0)
            separators.pop(0)
        title = parts[0] + "".join(s + p for s, p in zip(separators, parts[1:], strict=True))
        return title, cut
    return "", ""


def _matches_site(part: str, site_keys: set[str]) -> bool:
    key = _key(part)
    if not key or len(part) > 40:
        return False
    return any(
        key == k or (len(k) >= 3 and (key.startswith(k) or k.startswith(key) or key.endswith(k)))
        for k in site_keys
    )
