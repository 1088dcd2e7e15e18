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
- publication time and time zone: see `published`, which chooses among the date
  signals this module collects.
- author: JSON-LD `author` (string, object, list, or `@id` reference), `<meta
  name="author">`, `article:author` (when not a URL), a byline element (`rel=author`,
  `itemprop=author`, `.byline`, `.author`), a "Penulis:"/"Reporter:" line in the story,
  the closing desk initials ("(pia)").
- source: JSON-LD `publisher.name`, `og:site_name`, `application-name`, the story's
  dateline ("KOMPAS.com - "), the site-name part cut from the title (then
  `articles.reading.parse_document` falls back to the caller's source and the original
  URL's host name).
- language: JSON-LD `inLanguage`, `<html lang>`, `content-language` meta, `og:locale`
  (`articles.languages.choose` then keeps the primary subtag, or falls back).
- original URL: `<link rel="canonical">`, `og:url`, JSON-LD `url` / `mainEntityOfPage`.
- tags: `article:tag` metas, JSON-LD `keywords`, `news_keywords` / `keywords` metas.
"""

import json
import re

from bs4 import BeautifulSoup, NavigableString, Tag

from articles.reading.vocabulary import CJK, clean, host_of, is_cjk, site_key

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


def node_types(node: dict) -> set[str]:
    value = node.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return {str(v).lower().rsplit("/", 1)[-1] for v in values}


# JSON-LD some sites wrap for old parsers: "<![CDATA[ ... ]]>", "<!-- ... -->", "//" first.
_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


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
        raw = _WRAPPERS.sub("", script.string or script.get_text() or "")
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


def named_values(value, by_id: dict) -> list[str]:
    """Names from a schema.org person/organisation value: string, object, @id or list."""
    if isinstance(value, list):
        return [name for item in value for name in named_values(item, by_id)]
    if isinstance(value, dict):
        if "name" not in value and value.get("@id") in by_id:
            value = by_id[value["@id"]]
        name = value.get("name")
        if isinstance(name, list):
            name = name[0] if name else ""
        return [clean(str(name))] if name else []
    if isinstance(value, str) and value.strip():
        return [clean(value)]
    return []


def meta_content(tag: Tag) -> str | None:
    """A `<meta>`'s value: its `content`, else a `value` attribute, which some saved pages
    write instead (their serialiser renamed it; 135 of corpus-real's 147 postlight pages
    have no `content` at all)."""
    content = tag.get("content")
    return tag.get("value") if content is None else content


def text_value(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("name") or ""
    return clean(str(value)) if value else ""


def in_furniture(tag: Tag) -> bool:
    """`tree.metadata_soup` wraps what sits in page furniture in an `<aside>`."""
    return tag.find_parent("aside") is not None


class Signals:
    """Everything the page says about itself, gathered in one pass over <head> and JSON-LD."""

    def __init__(self, soup: BeautifulSoup):
        self.metas: dict[str, list[str]] = {}
        for meta in soup.find_all("meta"):
            content = meta_content(meta)
            if content is None or (meta.get("itemprop") and in_furniture(meta)):
                continue
            content = clean(content)
            for attr in ("property", "name", "itemprop", "http-equiv"):
                if key := meta.get(attr):
                    self.metas.setdefault(key.strip().lower(), []).append(content)
        nodes = _jsonld_nodes(soup)
        self.by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
        articles = [n for n in nodes if node_types(n) & _ARTICLE_TYPES]
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


# ---------------------------------------------------------------------------- page details


def link_href(soup: BeautifulSoup, rel: str) -> str:
    for link in soup.find_all("link", href=True):
        if rel in [r.lower() for r in link.get("rel") or []]:
            return link["href"].strip()
    return ""


def is_url(value: str) -> bool:
    return bool(re.match(r"^(?:https?:)?//|^www\.", value))


_KICKER_WORDS = {
    "kicker", "topline", "overline", "dachzeile", "roofline", "label", "eyebrow",
    "supertitle", "suptitle", "pretitle", "overtitle", "surtitre", "antetitulo",
    "occhiello", "spitzmarke", "flag", "rubric", "section", "category",
    "hidden", "sr-only", "visually-hidden", "screen-reader-text",
}  # fmt: skip
_HEADLINE_WORDS = (3, 40)  # fewer is a section label or a logo, more is not a headline


def read_title(soup: BeautifulSoup, signals: Signals, site: str, url: str) -> tuple[str, str]:
    """The headline without the site name, and the site-name part that was cut (or "")."""
    article = signals.article
    title_tag = soup.find("title")
    stated = [
        clean(str(article.get("headline") or article.get("name") or "")),
        signals.meta("og:title", "twitter:title", "title", "dc.title"),
        clean(title_tag.get_text()) if title_tag else "",
    ]
    h1s = [h for h in soup.find_all("h1") if not in_furniture(h)]
    site_keys = {k for k in (site_key(site), site_key(host_of(url))) if k}
    for h1 in h1s:
        text = _headline_text(h1)
        if not _headline_sized(text) or _matches_site(text, site_keys):
            continue
        # A stated title of one word ("Arbeit") names the section, not the story: it
        # cannot say that the <h1> is some other story's.
        headlines = [_choose_title([other], site, url, "")[0] for other in stated if other]
        headlines = [other for other in headlines if len(other.split()) > 1 or is_cjk(other)]
        if headlines and not any(_same_story(text, other) for other in headlines):
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
        first, rest = (clean(p.get_text(" ")).split() for p in parts)
        if len(first) <= 5 and len(rest) >= _HEADLINE_WORDS[0]:
            dropped = [parts[0]]
    dropped_ids = {id(k) for k in dropped}
    kept = (s for s in h1.find_all(string=True) if not any(id(p) in dropped_ids for p in s.parents))
    return _joined(kept)


def _headline_sized(text: str) -> bool:
    """3 to 40 words; in a script written without spaces, 8 to 120 characters."""
    if is_cjk(text):
        return 8 <= len(text) <= 120
    low, high = _HEADLINE_WORDS
    return low <= len(text.split()) <= high


_CLOSING = set(",.:;!?)]’”")  # a run starting so follows the previous one without a space
_OPENING = set("([‘“")


def _joined(strings) -> str:
    """Text runs of one heading joined by a space, except where either side is East Asian
    ("…比較してみた" + "：" + "さらば平成…" is one line without spaces) or punctuation
    closes or opens there ("<em>Fantastic Beasts</em>: A Nice Place")."""
    text = ""
    for string in strings:
        string = clean(string)
        if not string:
            continue
        if text and not (
            is_cjk(text[-1]) or is_cjk(string[0]) or string[0] in _CLOSING or text[-1] in _OPENING
        ):
            text += " "
        text += string
    return text


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


# Spaced dashes, bars and colons; the full-width bar and colon; and in East Asian titles,
# written without spaces, a bare bar, colon or underscore next to a CJK character
# ("…「Treeviz」:phpspot開発日誌", "…找对象_智能_好奇心日报").
_TITLE_SEPARATORS = re.compile(
    rf"\s+[|\-–—·»:]{{1,2}}\s+|:\s+|\s*[｜：]\s*|(?<=[{CJK}])\s*[|:_]\s*|\s*[|:_]\s*(?=[{CJK}])"
)


def _choose_title(candidates: list[str], site: str, url: str, h1: str) -> tuple[str, str]:
    """The headline without the site name, and the site-name part that was cut (or "")."""
    site_keys = {k for k in (site_key(site), site_key(host_of(url))) if k}
    for candidate in candidates:
        if not candidate:
            continue
        parts = _TITLE_SEPARATORS.split(candidate)
        separators = _TITLE_SEPARATORS.findall(candidate)
        if len(parts) == 1:
            return candidate, ""
        h1_key, candidate_key = site_key(h1), site_key(candidate)
        if h1_key and h1_key != candidate_key:
            if candidate_key.startswith(h1_key) or candidate_key.endswith(h1_key):
                rest = [p for p in parts if site_key(p) not in h1_key]
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
    key = site_key(part)
    if not key or len(part) > 40:
        return False
    return any(
        key == k or (len(k) >= 3 and (key.startswith(k) or k.startswith(key) or key.endswith(k)))
        for k in site_keys
    )
