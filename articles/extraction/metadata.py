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
"""

import datetime as dt
import json
import re
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag

from articles import parsing
from articles.extraction.text import _clean, _key

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
