"""Reading a saved news page (HTML bytes) into a `ParsedArticle`; no database, no network.

`parse_html` decodes the bytes, reads the metadata the page states about itself with
BeautifulSoup, then keeps only the story's paragraphs. Pure and safe to call repeatedly.

Decoding: a byte-order mark wins; otherwise bytes that are valid UTF-8 are UTF-8
whatever the page declares (legacy single-byte text almost never forms valid UTF-8);
otherwise the declared charset (`<meta charset>`, `http-equiv`, XML declaration) is
used, except that "iso-8859-1", "latin-1", "ascii" and a wrong "utf-8" mean Windows-1252,
as browsers read them. Stray non-UTF-8 bytes in a UTF-8 page are read as Windows-1252.

Each field takes the first signal present, in this order:

- title: JSON-LD `headline` (or `name`), `og:title`, `twitter:title`, the first `<h1>`,
  `<title>`; a prefix or suffix after a separator (" | ", " - ", " – ", " — ", ": ",
  " · ", " » ") that matches the site name, or the whole title the `<h1>` is part of, is cut.
- publication time: JSON-LD `datePublished` (then `dateCreated`), `article:published_time`,
  then the date metas (`og:published_time`, `pubdate`, `publishdate`, `publish-date`,
  `date`, `dc.date.issued`, `dc.date`, `dcterms.created`, `parsely-pub-date`,
  `sailthru.date`, `itemprop=datePublished`), then the first `<time datetime>`, then a
  date written in the page's visible text ("Kamis, 13 Januari 2022 10:15 WIB",
  "13/1/2022", "Jan 13, 2022"), looked for in date-like elements first, then the story.
  A time with an offset (or "Z", or WIB/WITA/WIT/GMT/UTC in text) keeps that offset. A
  naive time takes the offset of any other timestamp on the same page, else UTC. A bare
  day gives `published_at=None`. `published_on` is the day as the source writes it, in
  the source's own offset.
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

The body comes from the page's own structure: boilerplate elements are removed by tag,
role, class and id (navigation, header, footer, sidebar, comments, share buttons,
newsletter and cookie boxes, adverts, related-article lists, captions, scripts), the
element holding the most paragraph text is chosen (readability-style scoring, with its
qualifying siblings), and its blocks are cleaned line by line with the seed parser's
rules (related headlines, adverts, bylines, editor lines, closing initials, datelines).
Every removal is recorded in `removed` with its reason.
"""

import codecs
import datetime as dt
import json
import re
import unicodedata
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from articles import parsing
from articles.parsing import ParsedArticle, ParseError

try:  # lxml is several times faster than html.parser; both give the same tree for our use
    import lxml  # noqa: F401

    _PARSER = "lxml"
except ImportError:  # pragma: no cover
    _PARSER = "html.parser"

try:
    import trafilatura as _trafilatura
except ImportError:  # pragma: no cover - a declared dependency; the built-in reader remains
    _trafilatura = None

REMOVED_TEXT_LIMIT = 160  # characters of a removed block kept in `removed`


# ---------------------------------------------------------------------------- decoding


def _cp1252_fallback(error: UnicodeDecodeError):
    """Decode the bytes UTF-8 rejected as Windows-1252 (undefined bytes as Latin-1)."""
    chunk = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), (
        error.end
    )


codecs.register_error("newsroom-cp1252", _cp1252_fallback)

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([\w.-]+)""", re.I)
_WINDOWS_1252_LABELS = {"cp1252", "latin_1", "ascii", "iso8859_1", "utf_8"}


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text and the encoding it was read with (see the module docstring)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="newsroom-cp1252"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    match = _CHARSET.search(head) or _XML_ENCODING.search(head)
    declared = None
    if match:
        try:
            declared = codecs.lookup(match[1].decode("ascii")).name.replace("-", "_")
        except LookupError:
            declared = None
    if declared is None or declared in _WINDOWS_1252_LABELS:
        # Mostly UTF-8 with a few stray bytes stays UTF-8; anything else is Windows-1252.
        bad = sum(1 for b in data if b >= 0x80)
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") * 2 < bad * 0.2 and declared in (None, "utf_8"):
            return data.decode("utf-8", errors="newsroom-cp1252"), "utf-8"
        return data.decode("cp1252", errors="newsroom-cp1252"), "windows-1252"
    return data.decode(declared, errors="replace"), declared


# ---------------------------------------------------------------------------- text helpers

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


def _short(text: str) -> str:
    text = _clean(text)
    return text if len(text) <= REMOVED_TEXT_LIMIT else text[: REMOVED_TEXT_LIMIT - 1] + "…"


def _key(name: str) -> str:
    """A site name reduced for comparison: "KOMPAS.com" and "www.kompas.com" -> "kompas"."""
    name = name.lower().strip()
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name)
    name = re.sub(r"\.(?:com|co\.id|co\.uk|co|net|org|id|de|fr|es|tv|news)(?:/.*)?$", "", name)
    return re.sub(r"\W+", "", name)


# ---------------------------------------------------------------------------- metadata

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


class _Signals:
    """Everything the page says about itself, gathered in one pass over <head> and JSON-LD."""

    def __init__(self, soup: BeautifulSoup):
        self.metas: dict[str, list[str]] = {}
        for meta in soup.find_all("meta"):
            content = meta.get("content")
            if content is None:
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

_ISO = re.compile(
    r"(?P<y>\d{4})[-/]?(?P<m>\d{2})[-/]?(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{1,2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
)
_ZONES = {"Z": 0, "WIB": 7, "WITA": 8, "WIT": 9, "GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2}
_TIME_AFTER_DATE = re.compile(
    r"^[\s,|\-–—]*(?:pukul\s+|at\s+|um\s+|à\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})"
    r"(?:[:.]\d{2})?\s*(?P<zone>WIB|WITA|WIT|GMT|UTC|BST|CEST|CET)?\b",
    re.I,
)
_WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
_NUMERIC_DATE = re.compile(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\b")


def _offset(tz: str | None) -> dt.tzinfo | None:
    if not tz:
        return None
    tz = tz.upper()
    if tz in _ZONES:
        return dt.timezone(dt.timedelta(hours=_ZONES[tz]))
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def parse_timestamp(value: str) -> tuple[dt.date, dt.datetime | None] | None:
    """(day as written, datetime or None when only a day) from ISO 8601 or RFC 2822 text.

    A naive datetime is returned naive; the caller decides its offset.
    """
    value = value.strip()
    if match := _ISO.match(value):
        try:
            day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            return None
        if match["H"] is None:
            return day, None
        try:
            moment = dt.datetime(
                day.year, day.month, day.day, int(match["H"]), int(match["M"]), int(match["S"] or 0)
            )
        except ValueError:
            return day, None
        return day, moment.replace(tzinfo=_offset(match["tz"]))
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment.date(), moment


def _visible_date(text: str) -> tuple[dt.date, dt.datetime | None] | None:
    """A date written for people, with the time and zone that may follow it."""
    earliest = None
    for pattern in (parsing._DAY_NAME_DATE, parsing._NAMED_MONTH_DATE, _NUMERIC_DATE):
        for match in pattern.finditer(text):
            if pattern is parsing._NAMED_MONTH_DATE:
                month = parsing._MONTHS[(match["month"] or match["month2"]).lower()]
                found = parsing._date_or_none(
                    match["year"] or match["year2"], month, match["day"] or match["day2"]
                )
            else:
                found = parsing._date_or_none(match["year"], match["month"], match["day"])
            if found:
                if earliest is None or match.start() < earliest[1]:
                    earliest = (found, match.start(), match.end())
                break
    if earliest is None:
        return None
    found, _, end = earliest
    if (time := _TIME_AFTER_DATE.match(text[end : end + 40])) and time["zone"]:
        try:
            moment = dt.datetime(
                found.year, found.month, found.day, int(time["H"]), int(time["M"])
            ).replace(tzinfo=_offset(time["zone"]))
        except ValueError:
            return found, None
        return found, moment
    return found, None


# ---------------------------------------------------------------------------- boilerplate

_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_CLASS_REASONS = [
    ("cookie notice", {"cookie", "cookies", "consent", "gdpr", "cmp"}),
    ("comment", {"comment", "comments", "disqus", "respond", "discussion", "komentar"}),
    ("share buttons", {"share", "sharing", "social", "sosmed", "socmed", "sharebar", "shares"}),
    ("newsletter", {"newsletter", "subscribe", "subscription", "signup", "langganan"}),
    (
        "advert",
        {
            "ad",
            "ads",
            "advert",
            "adverts",
            "advertisement",
            "iklan",
            "banner",
            "sponsor",
            "sponsored",
            "promo",
            "dfp",
            "gpt",
            "adsbygoogle",
            "adslot",
            "adunit",
            "parallax",
        },
    ),
    (
        "related articles",
        {
            "related",
            "terkait",
            "bacajuga",
            "baca-juga",
            "baca",
            "recommended",
            "recommendation",
            "rekomendasi",
            "populer",
            "terpopuler",
            "most",
            "mostpopular",
            "mostread",
            "popular",
            "trending",
            "outbrain",
            "taboola",
            "readmore",
            "lainnya",
            "more-stories",
            "morestories",
            "pilihan",
            "also",
        },
    ),
    (
        "navigation",
        {
            "nav",
            "navbar",
            "navigation",
            "menu",
            "breadcrumb",
            "breadcrumbs",
            "pagination",
            "pager",
            "skip",
            "topbar",
        },
    ),
    ("author line", {"byline", "author", "penulis", "reporter", "editor", "writer"}),
    ("caption", {"caption", "wp-caption-text", "credit", "photo-credit", "figcaption"}),
    ("tags", {"tags", "tag-list", "taglist", "topics", "keywords", "tagcloud"}),
    ("sidebar", {"sidebar", "widget", "rail", "aside"}),
    ("date line", {"date", "time", "timestamp", "tanggal", "dateline", "published", "meta"}),
    ("hidden", {"hidden", "sr-only", "visually-hidden", "screen-reader-text", "sronly"}),
    ("footer", {"footer", "foot"}),
    ("header", {"masthead", "site-header", "siteheader"}),
]
_TAG_REASONS = {
    "script": "script",
    "style": "script",
    "noscript": "script",
    "template": "script",
    "svg": "script",
    "iframe": "embed",
    "video": "embed",
    "audio": "embed",
    "object": "embed",
    "embed": "embed",
    "canvas": "embed",
    "form": "form",
    "button": "form",
    "select": "form",
    "input": "form",
    "textarea": "form",
    "nav": "navigation",
    "footer": "footer",
    "header": "header",
    "aside": "sidebar",
    "figcaption": "caption",
    "figure": "caption",
    "menu": "navigation",
}
_ROLE_REASONS = {
    "navigation": "navigation",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "search": "form",
    "dialog": "cookie notice",
    "alertdialog": "cookie notice",
}
_SILENT = {"script"}  # counted, not quoted: their text is code
_BODY_HINTS = {"content", "article", "body", "entry", "post", "story", "detail", "read", "text"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "h1", "h2",
    "h3", "h4", "h5", "h6", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "header",
    "footer", "aside", "figure", "center", "address", "hr", "tbody", "thead",
}  # fmt: skip


def _tokens(element: Tag) -> set[str]:
    names = [element.get("id") or "", *(element.get("class") or [])]
    names.extend(element.get(a) or "" for a in ("data-component", "data-testid"))
    tokens = set()
    for name in names:
        name = name.lower()
        tokens.add(name)
        tokens.update(_TOKEN_SPLIT.split(name))
    tokens.discard("")
    return tokens


def _boilerplate_reason(element: Tag) -> str | None:
    if reason := _TAG_REASONS.get(element.name):
        return reason
    if element.has_attr("hidden") or element.get("aria-hidden") == "true":
        return "hidden"
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return "hidden"
    if reason := _ROLE_REASONS.get((element.get("role") or "").lower()):
        return reason
    tokens = _tokens(element)
    if not tokens:
        return None
    for reason, names in _CLASS_REASONS:
        if tokens & names:
            return reason
    return None


# ---------------------------------------------------------------------------- body blocks

_PROMO = re.compile(
    r"^(?:(?:ikuti|follow)\b.{0,60}\b(?:google news|whatsapp|telegram|twitter|instagram|"
    r"facebook|channel|saluran)\b.*|dapatkan (?:update|informasi|berita)\b.{0,120}"
    r"|(?:download|unduh) (?:aplikasi|the app)\b.*|\[gambas:[^\]]*\]"
    r"|(?:sign up|subscribe|daftar) (?:to|for|ke|untuk) (?:our|the|newsletter)\b.{0,80}"
    r"|continue reading below|lanjutkan membaca|iklan|anzeige|publicité|publicite"
    r"|share this (?:article|story)|bagikan(?: artikel)?|copy link|salin tautan)$",
    re.I,
)
_RELATED_BOX = re.compile(
    r"^(?:baca\s+juga|simak\s+juga|lihat\s+juga|read\s+also|also\s+read|read\s+more|"
    r"pilihan\s+editor|berita\s+terkait|artikel\s+terkait|related(?:\s+(?:articles?|stories))?|"
    r"more\s+on\s+this\s+story|lesen\s+sie\s+auch|mehr\s+zum\s+thema|à\s+lire\s+aussi|"
    r"lire\s+aussi)\b\s*:?\s*(.*)$",
    re.I,
)
_BY = re.compile(r"^(?:by|oleh|von|par)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})$")
_EDITOR_LINE = re.compile(r"^(?:editor|penyunting|redaktur)\s*:", re.I)
_AUTHOR_LINE = re.compile(
    r"^(?:penulis|reporter|pewarta|kontributor|writer|author|autor|auteur)\s*:\s*"
    r"(?P<name>[^|]+?)\s*(?:[|,;]\s*(?:editor|penyunting)\s*:.*)?$",
    re.I,
)


class _Blocks:
    """Turn a cleaned container into text blocks in reading order (a <br> ends a block)."""

    def __init__(self):
        self.blocks: list[tuple[str, Tag | None]] = []
        self.buffer: list[str] = []
        self.owner: Tag | None = None

    def flush(self):
        text = _clean("".join(self.buffer))
        if text:
            self.blocks.append((text, self.owner))
        self.buffer = []

    def walk(self, element: Tag):
        for child in element.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child))
                if self.owner is None:
                    self.owner = element
            elif child.name == "br":
                self.flush()
                self.owner = None
            elif child.name in _BLOCK_TAGS:
                self.flush()
                self.owner = child
                self.walk(child)
                self.flush()
                self.owner = None
            else:
                if self.owner is None:
                    self.owner = child
                self.walk(child)


def _link_text_share(element: Tag | None, text: str) -> float:
    if element is None or not text:
        return 0.0
    links = "".join(a.get_text() for a in element.find_all("a"))
    return len(_clean(links)) / len(text)


def _paragraph_score(text: str) -> float:
    return 1 + text.count(",") + min(len(text) / 100, 3)


# ---------------------------------------------------------------------------- parse_html


def parse_html(
    data: bytes, *, source: str | None = None, language: str | None = None
) -> ParsedArticle:
    """Read one saved news page. `source` and `language` are used only when the page is silent.

    Raises `ParseError` when the page has no title, no story text or no date.
    """
    text, _ = decode_html(data)
    soup = BeautifulSoup(text, _PARSER)
    signals = _Signals(soup)
    article = signals.article
    removed: list[tuple[str, str]] = []

    # Source name first: the title and the body clean-up both compare against it.
    source_name = next(iter(_names(article.get("publisher"), signals.by_id)), "") or (
        signals.meta("og:site_name", "application-name", "publisher", "dc.publisher")
    )
    original_url = (
        _link_href(soup, "canonical")
        or signals.meta("og:url")
        or _text_value(article.get("url"))
        or _text_value(article.get("mainEntityOfPage"))
    )
    h1 = soup.find("h1")
    h1_text = _clean(h1.get_text(" ")) if h1 else ""
    title_tag = soup.find("title")
    candidates = [
        _clean(str(article.get("headline") or article.get("name") or "")),
        signals.meta("og:title", "twitter:title", "title", "dc.title"),
        h1_text,
        _clean(title_tag.get_text()) if title_tag else "",
    ]
    title, title_site = _choose_title(candidates, source_name, original_url, h1_text)

    html = soup.find("html")
    language_code = _primary_subtag(
        _text_value(article.get("inLanguage"))
        or (html.get("lang") or html.get("xml:lang") or "" if html else "")
        or signals.meta("content-language", "language", "dc.language", "og:locale")
    ) or _primary_subtag(language or "")
    naive_zone = _WIB if language_code == "id" else dt.UTC

    author_names = _names(article.get("author"), signals.by_id)
    author = ", ".join(dict.fromkeys(n for n in author_names if not _is_url(n)))
    if not author:
        for value in (signals.meta("author"), signals.meta("article:author", "dc.creator")):
            if value and not _is_url(value):
                author = value
                break

    tags = list(signals.metas.get("article:tag", []))
    if not tags:
        keywords = article.get("keywords") or signals.meta("news_keywords", "keywords")
        if isinstance(keywords, str):
            keywords = keywords.split(",")
        tags = [_clean(str(k)) for k in keywords or []]
    tags = list(dict.fromkeys(t for t in tags if t))

    # Dates from metadata, before the page is pulled apart.
    stamps = [
        str(article.get(key))
        for key in ("datePublished", "dateCreated")
        if isinstance(article.get(key), str)
    ]
    for name in (
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "dcterms.created",
        "dcterms.date",
        "parsely-pub-date",
        "sailthru.date",
        "datepublished",
        "article.published",
        "published_time",
        "release_date",
    ):
        stamps.extend(signals.metas.get(name, []))
    for node in soup.find_all(attrs={"itemprop": "datePublished"}):
        stamps.append(node.get("content") or node.get("datetime") or "")
    published = _first_timestamp(stamps, signals, naive_zone)
    body_root = soup.body or soup

    time_stamps = [t["datetime"] for t in body_root.find_all("time", datetime=True)]
    # Boilerplate out, everywhere, before choosing the story's container.
    page_text_length = len(body_root.get_text())
    related: list[str] = []
    furniture: set[str] = set()
    byline_author, dated = _strip_boilerplate(
        body_root, removed, related, page_text_length, furniture
    )
    if published is None:
        published = _first_timestamp(time_stamps, signals, naive_zone)
    if published is None and dated:
        published = _visible_date(" | ".join(dated))

    container_blocks = _trafilatura_blocks(text, furniture, removed, h1_text) or _story_blocks(
        body_root, h1
    )
    paragraphs, line_author = _clean_blocks(container_blocks, removed, related, source_name)
    if paragraphs:
        dateline_source, paragraphs[0] = parsing._split_dateline(paragraphs[0], removed)
        if not paragraphs[0]:
            paragraphs.pop(0)
    else:
        dateline_source = ""
    if not title:
        raise ParseError(
            "no title: the page has no <title>, <h1>, og:title or JSON-LD headline; "
            "is this a news article page?"
        )
    if not paragraphs:
        raise ParseError(
            f"no story text: found no paragraphs under the headline {title!r}; "
            "the page may need JavaScript to show its text, or is not an article"
        )
    if published is None:
        published = _visible_date("\n".join([title, *paragraphs]))
    if published is None:
        raise ParseError(
            "no date: the page has no datePublished, article:published_time, <time datetime> "
            "or a written date such as '13 Januari 2022'; add --date or fix the page"
        )
    published_on, published_at = published

    author = author or byline_author or line_author
    source_name = (
        source_name or dateline_source or title_site or (source or "") or _host(original_url)
    )
    language_code = (
        _primary_subtag(language_code)
        or (language or "")
        or _guess_language(" ".join(paragraphs[:5]))
    )
    return ParsedArticle(
        title=title,
        source_name=source_name,
        published_on=published_on,
        author=author,
        language=language_code,
        body="\n\n".join(paragraphs),
        related_headlines=related,
        removed=removed,
        original_url=original_url,
        published_at=published_at,
        tags=tags,
    )


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


def _first_timestamp(stamps: list[str], signals: _Signals, naive_zone: dt.tzinfo):
    parsed = [p for p in (parse_timestamp(s) for s in stamps if s) if p]
    if not parsed:
        return None
    day, moment = parsed[0]
    if moment is not None and moment.tzinfo is None:
        # A naive time: borrow the offset of any other timestamp on the page, else the
        # page's usual zone (WIB for Indonesian pages, UTC otherwise).
        others = [m.tzinfo for _, m in parsed if m is not None and m.tzinfo is not None]
        if not others:
            modified = signals.meta("article:modified_time", "og:updated_time") or str(
                signals.article.get("dateModified") or ""
            )
            again = parse_timestamp(modified) if modified else None
            if again and again[1] is not None and again[1].tzinfo is not None:
                others = [again[1].tzinfo]
        moment = moment.replace(tzinfo=others[0] if others else naive_zone)
    return day, moment


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


_FURNITURE_PARTS = ["p", "li", "h2", "h3", "h4", "figcaption", "span", "a", "div", "strong"]


def _strip_boilerplate(
    root: Tag, removed, related, page_text_length, furniture: set[str]
) -> tuple[str, list[str]]:
    """Remove page furniture in place.

    Returns an author found in a byline element and the texts of removed date elements.
    """
    author = ""
    scripts = 0
    dated: list[str] = []
    for element in root.find_all(True):
        if element.decomposed:
            continue
        if element.name == "a" and "author" in (element.get("rel") or []) and not author:
            author = _clean(element.get_text(" "))
        if element.get("itemprop") == "author" and not author:
            author = _clean(element.get_text(" "))
        reason = _boilerplate_reason(element)
        if reason is None:
            continue
        if reason in _SILENT:
            scripts += 1
            element.decompose()
            continue
        text = _clean(element.get_text(" "))
        if reason in ("author line", "date line", "related articles", "tags", "caption"):
            if len(text) > 0.5 * page_text_length and page_text_length > 400:
                continue  # a wrapper class such as "post-author-box-and-content"
            if reason == "author line" and len(text) > 200:
                continue
            if reason == "date line" and len(text) > 120:
                continue
        elif len(text) > 0.6 * page_text_length and page_text_length > 400:
            continue  # the wrapper holding the story carries a misleading class
        if reason == "author line" and not author:
            author = _author_from_byline(text)
        if reason == "date line" or element.name == "time":
            dated.append(text)
        if reason == "related articles" and (match := _RELATED_BOX.match(text)):
            heads = [_clean(a.get_text(" ")) for a in element.find_all("a")] or [match[1]]
            related.extend(h for h in heads if h and h not in related)
            reason = "related headline"
        if text:
            removed.append((_short(text), reason))
            furniture.add(text)
            furniture.update(
                _clean(part.get_text(" ")) for part in element.find_all(_FURNITURE_PARTS)
            )
        element.decompose()
    if scripts:
        removed.append((f"{scripts} script/style element(s)", "script"))
    return author, dated


def _author_from_byline(text: str) -> str:
    text = re.sub(r"^(?:by|oleh|penulis|reporter|von|par)\s*:?\s+", "", text, flags=re.I)
    text = re.split(r"\s*[|•·]\s*|\s+-\s+|,\s*(?:editor|penyunting)\b", text)[0]
    return text.strip() if len(text.split()) <= 8 else ""


def _story_blocks(root: Tag, h1: Tag | None) -> list[tuple[str, Tag | None]]:
    """Text blocks of the element holding the story (readability-style scoring)."""
    explicit = root.find(attrs={"itemprop": "articleBody"}) or root.find(
        attrs={"property": "articleBody"}
    )
    if explicit is not None and len(explicit.get_text(strip=True)) > 200:
        best, chosen = explicit, [explicit]
    else:
        scores: dict[int, float] = {}
        elements: dict[int, Tag] = {}
        content: dict[int, float] = {}  # all paragraph score inside an element
        total = 0.0
        for paragraph in root.find_all(["p", "div", "pre", "blockquote"]):
            if paragraph.name == "div" or paragraph.name == "blockquote":
                # Sites that write paragraphs as text separated by <br> in a <div>.
                direct = "".join(
                    str(c)
                    for c in paragraph.children
                    if isinstance(c, NavigableString) and not isinstance(c, Comment)
                )
                text = _clean(direct)
            else:
                text = _clean(paragraph.get_text(" "))
            if len(text) < 25:
                continue
            score = _paragraph_score(text)
            if paragraph.name == "div":
                parents = [(paragraph, 1.0), (paragraph.parent, 0.5)]
            else:
                parents = [(paragraph.parent, 1.0), (paragraph.parent.parent, 0.5)]
            for parent, weight in parents:
                if parent is None or not isinstance(parent, Tag):
                    continue
                scores[id(parent)] = scores.get(id(parent), 0.0) + score * weight
                elements[id(parent)] = parent
            total += score
            for ancestor in paragraph.parents:
                content[id(ancestor)] = content.get(id(ancestor), 0.0) + score
        if not scores:
            return []
        for key, element in elements.items():
            if _tokens(element) & _BODY_HINTS:
                scores[key] *= 1.25
            if element.name == "article":
                scores[key] *= 1.25
        best_key = max(scores, key=scores.get)
        best = elements[best_key]
        # Paragraphs wrapped one per block (<div><div><p>) leave the winner holding a
        # single paragraph: climb while the winner holds under half of the story text.
        while (
            content.get(id(best), 0.0) < 0.5 * total
            and best.parent is not None
            and best.parent is not root
            and best.name not in ("body", "html")
        ):
            best = best.parent
            best_key = id(best)
            scores.setdefault(best_key, 0.0)
        threshold = max(10.0, scores[best_key] * 0.2)
        chosen = []
        parent = best.parent
        for sibling in parent.children if parent is not None else [best]:
            if not isinstance(sibling, Tag):
                continue
            if sibling is best or scores.get(id(sibling), 0.0) >= threshold:
                chosen.append(sibling)
            elif sibling.name == "p":
                text = _clean(sibling.get_text(" "))
                if len(text) > 80 and _link_text_share(sibling, text) < 0.25:
                    chosen.append(sibling)
    blocks = _Blocks()
    for element in chosen:
        blocks.owner = element
        blocks.walk(element)
        blocks.flush()
        blocks.owner = None
    title_text = _clean(h1.get_text(" ")) if h1 is not None else None
    return [(t, o) for t, o in blocks.blocks if t != title_text]


def _trafilatura_blocks(page: str, furniture: set[str], removed, title: str) -> list:
    """trafilatura's main text, less the blocks our clean-up already judged furniture.

    trafilatura is better at finding the story on layouts it has not seen (see README,
    "Importing: how pages are read"); the page's own boilerplate classes still catch the
    captions, bylines and boxes it keeps. Returns [] when it finds nothing.
    """
    if _trafilatura is None:
        return []
    extracted = _trafilatura.extract(
        page,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        deduplicate=False,
    )
    blocks = []
    for line in (extracted or "").splitlines():
        line = _clean(line)
        if not line or line == title:
            continue
        if line in furniture:
            removed.append((_short(line), "furniture"))
            continue
        blocks.append((line, None))
    return blocks


def _clean_blocks(blocks, removed, related, source_name) -> tuple[list[str], str]:
    """The story's paragraphs, after the seed parser's line rules; plus an author line."""
    paragraphs: list[str] = []
    author = ""
    for text, owner in blocks:
        if parsing._ADVERT.match(text) or _PROMO.match(text):
            removed.append((_short(text), "advert"))
            continue
        if match := parsing._RELATED.match(text) or _RELATED_BOX.match(text):
            heads = [match[1]] if match[1] else []
            if owner is not None and owner.name != "div":
                links = [_clean(a.get_text(" ")) for a in owner.find_all("a")]
                heads = [h for h in links if h] or heads
            related.extend(h for h in heads if h not in related)
            removed.append((_short(text), "related headline"))
            continue
        if match := _AUTHOR_LINE.match(text):
            author = author or match["name"].strip()
            removed.append((text, "author line"))
            continue
        if _EDITOR_LINE.match(text):
            removed.append((text, "editor"))
            continue
        if (match := _BY.match(text)) and not paragraphs:
            author = author or match["name"]
            removed.append((text, "author line"))
            continue
        if (
            len(text) < 150
            and _link_text_share(owner, text) > 0.8
            and owner is not None
            and (owner.name in ("p", "li", "a", "span", "strong", "b"))
        ):
            removed.append((_short(text), "link"))
            continue
        if paragraphs and text == paragraphs[-1]:
            continue
        paragraphs.append(text)
    while paragraphs and (match := parsing._INITIALS.search(paragraphs[-1])):
        removed.append((match[0].strip(), "author initials"))
        author = author or match["initials"]
        paragraphs[-1] = paragraphs[-1][: match.start()].rstrip()
        if paragraphs[-1]:
            break
        paragraphs.pop()
    return paragraphs, author
