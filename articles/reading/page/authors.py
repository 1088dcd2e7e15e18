"""Who wrote the story: names only, several as a list.

Candidates, surest first: JSON-LD `author`; microdata (`itemprop="author"`, or its
`name`) and `rel="author"` links in the byline next to the headline (the metadata soup
holds only those: the same markup in lists of other stories names their authors); the
author metas; then, when none of them names a person, trafilatura's byline patterns
over the whole page; last the byline and author lines the body clean-up removed. Each
candidate is cleaned to names (`names_in`): no "By", no date or time, no "More stories
by" or "+Follow", no role words ("Staff Writer", "Games Editor"), no credentials
(", MA"), no address or handle, no publisher's name after the person's, several names
split on commas and "and" in the page's languages. A candidate that only names the
publisher or a company is used when no person is named anywhere."""

import re

from bs4 import BeautifulSoup

from articles.reading.page.metadata import (
    Signals,
    in_furniture,
    is_url,
    meta_content,
    named_values,
)
from articles.reading.vocabulary import MONTH_PATTERN, clean, is_cjk

try:
    from trafilatura.metadata import extract_author as _library_author
except ImportError:  # pragma: no cover - a declared dependency; the page's own signals remain
    _library_author = None

_AUTHOR_METAS = (
    "author", "article:author", "dc.creator", "parsely-author", "sailthru.author",
    "sailthru.byline_name", "byl", "twitter:creator",
)  # fmt: skip
_LEAD = re.compile(
    r"^(?:(?:written|posted|reported|words|text|story|photos?)\s+)?"
    r"(?:(?:by|par|por|von|door|di|da|av|oleh)\b\s*:?|(?:penulis|reporter|autor|auteur)\s*:)\s*",
    re.I,
)
# Where the names end: a separator, a date or time, a call to follow, an "ago".
_END = re.compile(
    r"\s*(?:[|•·/]|\s[-–—]\s|\bmore (?:stories|articles) by\b|\+\s*follow\b|\bfollow\b"
    r"|\b(?:updated|published|posted|aktualisiert|publié|mis à jour)\b|\bmin(?:ute)? read\b"
    r"|\d{1,2}[:.]\d{2}|\b(?:19|20)\d\d\b|\d{4}年|\d{1,2}月"
    rf"|\b(?:{MONTH_PATTERN})\.?\s+\d|\b\d{{1,2}}\.?\s+(?:{MONTH_PATTERN})\b"
    r"|\b(?:vor|před|hace|il y a|há)\s+\d|\b\d+\s+(?:hours?|minutes?|days?)\s+ago\b"
    r"|\bview (?:author|all|profile)\b|\bauthor archive\b|\blink copied\b|\brss\b)",
    re.I,
)
# A role after the name, and maybe the desk before it: "Ben Silverman Games Editor".
_ROLES = (
    r"(?:(?:senior|chief|deputy|executive|managing|associate)\s+)?(?:staff writer|"
    r"contributing writer|contributor|correspondent|reporter|columnist|senior writer|writer|"
    r"editor(?:-at-large)?|redakteur(?:in)?|rédacteur|redaktur)\b.*$"
)
_ROLE = re.compile(rf",?\s+{_ROLES}", re.I)
_DESK_AND_ROLE = re.compile(
    rf",?\s+(?:(?:senior|chief|deputy|executive|managing|associate)\s+)?[\w-]+\s+{_ROLES}", re.I
)
_ORGANISATION = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|corp|co\.?,? ltd|s\.?a|plc|media group|news agency)\b\.?$", re.I
)
_CREDENTIAL = re.compile(r",\s*(?:MA|MD|MS|MSc|PhD|Ph\.D|RN|MPH|JD|MBA|CFA|CPA)\b\.?")
# "Meg Wagner NEW YORK DAILY NEWS": a name in mixed case, then an outlet in capitals.
_CAPS_TAIL = re.compile(r"(?<=[a-z])\s+(?:[A-Z]{2,}\s+)*[A-Z]{2,}$")
_LAST_FIRST = re.compile(r"^([^\W\d]+),\s*([^\W\d]+)$")
_WITH = re.compile(r"\((?:avec|with|mit|con|com|och|met|dengan)\s+([^)]*)\)", re.I)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^]]*\]|（[^）]*）")
_HANDLE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|@\w+")
# "and" in the pages' languages; a one-letter "y", "e" or "i" only in lower case, as the
# initial in "Laura E Adkins" is not one.
_SPLIT = re.compile(r"\s*(?:[,;&、]|\s(?i:and|und|et|dan|en|och|og|és)\s|\s[yei]\s)\s*")
_LIBRARY_LEFTOVERS = re.compile(rf"(?:\s+(?:{MONTH_PATTERN}|at|on|am|pm))+\s*$", re.I)
_MANGLED_ADDRESS = re.compile(r"\s(?:com|org|net|co|de|fr|id|jp)$", re.I)
_MAX_NAMES = 8
_MAX_WORDS = 5


def page_candidates(soup: BeautifulSoup, signals: Signals) -> list[str]:
    """The author candidates the page's metadata and markup state, surest first."""
    article = signals.article
    candidates = [
        "; ".join(named_values(article.get("author"), signals.by_id)),
        "; ".join(_microdata_authors(soup)),
        "; ".join(_linked_authors(soup)),
    ]
    for name in _AUTHOR_METAS:
        candidates.append("; ".join(v for v in signals.metas.get(name, []) if not is_url(v)))
    return [candidate for candidate in candidates if candidate]


def library_candidate(tree) -> str:
    """trafilatura's author for the whole page (read before the page is pulled apart):
    its byline patterns find names where the markup states none. 2 to 10 ms a page, so
    asked only when the page's own candidates name no person."""
    if _library_author is None:
        return ""
    try:
        found = _library_author(tree) or ""
    except Exception:  # a library's surprise costs the fallback, never the page
        return ""
    # It drops digits and punctuation first: "Joshua Sokol May 20, 2019" comes out as
    # "Joshua Sokol May", "mcason@al.com" as "Mcason Com".
    names = [_LIBRARY_LEFTOVERS.sub("", name) for name in found.split(";")]
    return "; ".join(name for name in names if not _MANGLED_ADDRESS.search(name))


def choose_author(candidates: list[str], *, publishers: set[str]) -> str:
    """The names of the first candidate naming a person, ", "-separated; else the first
    that names anyone (a publisher, a one-word handle); "" when none does."""
    publisher_keys = {_key(name) for name in publishers if name}
    fallback = ""
    for candidate in candidates:
        names = [_before_publisher(n, publishers) for n in names_in(candidate)]
        people = [n for n in names if n and _key(n) not in publisher_keys and _is_person(n)]
        if people:
            return ", ".join(people)
        fallback = fallback or ", ".join(n for n in names if n)
    return fallback


def names_a_person(candidates: list[str], *, publishers: set[str]) -> bool:
    chosen = choose_author(candidates, publishers=publishers)
    return any(_is_person(name) for name in chosen.split(", ") if name)


def _is_person(name: str) -> bool:
    """Two words or more, or a name in a script written without spaces; no company."""
    if _ORGANISATION.search(name):
        return False
    return len(name.split()) >= 2 or is_cjk(name)


def _before_publisher(name: str, publishers: set[str]) -> str:
    """ "Kelli Miller WebMD Health News": the name, cut where a publisher's name starts."""
    for publisher in publishers:
        if publisher and len(publisher) > 2:
            at = name.casefold().find(publisher.casefold())
            if at > 0 and len(name[:at].split()) >= 2:
                return name[:at].strip(" ,")
    return name


def _microdata_authors(soup: BeautifulSoup) -> list[str]:
    found = []
    for element in soup.find_all(attrs={"itemprop": re.compile(r"(?:^|\s)author(?:\s|$)")}):
        if in_furniture(element):
            continue
        if element.name == "meta":
            found.append(meta_content(element) or "")
            continue
        named = element.find(attrs={"itemprop": "name"})
        if named is not None:
            found.append(meta_content(named) if named.name == "meta" else named.get_text(" "))
        elif not element.find(attrs={"itemprop": True}):
            found.append(element.get_text(" "))
    return [clean(text) for text in found if text and not is_url(text.strip())][:_MAX_NAMES]


def _linked_authors(soup: BeautifulSoup) -> list[str]:
    links = soup.find_all("a", rel=lambda rel: rel and "author" in rel)
    return [clean(a.get_text(" ")) for a in links if not in_furniture(a)][:_MAX_NAMES]


def names_in(text: str) -> list[str]:
    """The person names a byline-like text holds, in order, without repeats."""
    text = _WITH.sub(lambda match: f", {match[1]}", clean(text or ""))
    text = _HANDLE.sub(" ", _BRACKETS.sub(" ", text))
    text = clean(_CREDENTIAL.sub("", text))
    if last_first := _LAST_FIRST.match(text):  # "Gillman, Steve"
        text = f"{last_first[2]} {last_first[1]}"
    names = []
    for part in _SPLIT.split(text):
        name = _one_name(part)
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    return names[:_MAX_NAMES]


def _one_name(text: str) -> str:
    text = _LEAD.sub("", text.strip())
    text = _END.split(text, maxsplit=1)[0]
    text = _CAPS_TAIL.sub("", text)
    text = _without_role(text)
    name = text.strip(" ,.:;-–—\"'“”‘’")
    words = name.split()
    if not words or len(words) > _MAX_WORDS or not any(ch.isalpha() for ch in name):
        return ""
    return name


def _without_role(text: str) -> str:
    """ "Steve Gillman Contributor" and "Ben Silverman Games Editor" lose the role, and the
    desk when two words of name remain; an author called "Editor" stays one."""
    for role in (_DESK_AND_ROLE, _ROLE):
        match = role.search(text)
        if match and len(text[: match.start()].split()) >= (2 if role is _DESK_AND_ROLE else 1):
            return text[: match.start()]
    return text


def _key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())
