"""The page parsed once, by lxml; BeautifulSoup is handed only the parts it reads.

Building a BeautifulSoup tree costs about 5-10 µs per element in Python, so on a
full-size saved page (a mega-menu of hundreds of links, comments, footers: a thousand
elements or more) it cost more than everything else together. lxml builds its tree in C
in a fraction of that. So the page is parsed once with lxml (the same tree, cleaned, goes
to trafilatura afterwards), and:

- `metadata_soup` is a small BeautifulSoup of just the elements the metadata reader looks
  at (metas, links, JSON-LD, `<title>`, `<h1>`, `<time datetime>`,
  `itemprop="datePublished"`, and the short date and byline elements near an `<h1>`), in
  document order; those that sit in page furniture come wrapped in an `<aside>`;
- `as_tag` gives the furniture rules each element they judge as a BeautifulSoup tag
  without its children, so that subtrees they remove are never converted at all;
- `element_text`, `link_text` and `text_length` read texts in C, as `get_text()` would
  give them;
- `soup_of` converts a whole (cleaned) page, for the built-in reader's fallback.
"""

import re
from html import escape
from itertools import islice

import lxml.html
from bs4 import BeautifulSoup, Tag
from lxml import etree

from articles.reading.page.boilerplate import CLASS_REASONS, TOKEN_SPLIT

# BeautifulSoup leaves code out of get_text(); so does everything that reads text here.
# (Script and style hold nothing but text; a template can hold elements.)
_CODE = "parent::script or parent::style or ancestor::template"
_STRINGS = etree.XPath(f"descendant::text()[not({_CODE})]", smart_strings=False)
_LINK_STRINGS = etree.XPath(f"descendant::text()[ancestor::a][not({_CODE})]", smart_strings=False)
# The attributes that name a part of the page (React sites name theirs in data-testid...).
NAMING = ("class", "id", "itemprop", "data-testid", "data-qa-id", "data-component")
_INLINE_TAGS = ("abbr", "b", "strong", "span", "small", "time")
_METADATA = etree.XPath(
    "//meta | //link | //title | //h1 | //time[@datetime] | //*[@itemprop='datePublished']"
    " | //script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]"
    " | $near"  # the elements around the headlines (`_near_headlines`), in document order
)
# Bylines and datelines sit next to the headline, so only the elements there are looked
# at (a whole-page scan of class names costs more than the rest of the metadata), and
# walked from the <h1> in Python (an XPath `following::*[position() <= 60]` walks the
# rest of the page in libxml2).
_FOLLOWING_NAMED, _FOLLOWING_RUNS, _PRECEDING_NAMED = 60, 25, 30
_METADATA_TAGS = {"meta", "link", "title", "h1", "script"}
# Class, id or itemprop words of elements that hold a date or a byline.
DATEISH = re.compile(
    r"date|datum|time|publi|byline|meta|tanggal|waktu|fecha|signature|posted|zeit|stand|tarih",
    re.I,
)
_DATEISH_TEXT_LIMIT = 250  # characters; a longer element is a wrapper, not a byline
_UNNAMED_TEXT_LIMIT = 80
_NOT_TEXT = {"script", "style", "svg", "path", "g", "use", "circle", "rect", "polygon", "line",
             "defs", "symbol", "img", "picture", "source", "iframe", "button", "input", "ins",
             "noscript", "template", "video", "audio", "br", "hr", "wbr"}  # fmt: skip
# Furniture whose dates and timestamps are other stories' (most-read lists, comments),
# and the page header, navigation and footer whose <h1> is the site's logo.
_FURNITURE_WORDS = {"teaser", "meistgelesen"}.union(
    *(words for reason, words in CLASS_REASONS
      if reason in {"comment", "related articles", "navigation", "sidebar", "footer"})
)  # fmt: skip
_FURNITURE_TAGS = {"aside", "nav", "footer"}
_FURNITURE_ROLES = {"complementary", "navigation", "contentinfo"}
_MASTHEAD_WORDS = {"masthead", "site-header", "siteheader", "logo", "brand", "branding",
                   "nav", "navbar", "navigation", "menu", "footer"}  # fmt: skip
_MASTHEAD_ROLES = {"banner", *_FURNITURE_ROLES}
_PARAGRAPHS = etree.XPath("count(.//p)")
_ASCII_SPACES = str.maketrans("", "", "\x20\x0a\x09\x0c\x0d")
# trafilatura's own parser settings (it reads this tree too), plus `huge_tree`: without it
# libxml2 drops everything below 256 levels of nesting (unclosed tags on old pages get
# there), where BeautifulSoup's parse kept it.
_PARSER = lxml.html.HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
)


def parse_page(text: str) -> lxml.html.HtmlElement:
    """The page's lxml tree (an empty page gives an empty `<html>`)."""
    try:
        # Bytes with the encoding given: lxml refuses text that declares an encoding.
        return lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=_PARSER)
    except etree.ParserError:  # nothing but whitespace, or nothing lxml can keep
        return lxml.html.document_fromstring(b"<html><body></body></html>", parser=_PARSER)


def metadata_soup(root: lxml.html.HtmlElement) -> BeautifulSoup:
    """The elements the metadata reader looks at, under the page's own `<html>` tag."""
    chosen, seen = [], set()
    headlines = list(root.iter("h1"))
    furniture = _Furniture(root, headlines)
    for element in _METADATA(root, near=_near_headlines(headlines)):
        tag = element.tag
        # An element inside one already chosen comes along with it.
        if any(ancestor in seen for ancestor in element.iterancestors()):
            continue
        if tag == "h1":
            wrap = furniture.holds_heading(element)
        elif tag == "meta" and element.get("itemprop"):
            wrap = furniture.holds(element)  # microdata of a listed story
        elif tag in _METADATA_TAGS:
            wrap = False
        else:
            wrap = furniture.holds(element)
            if wrap and element.tag != "time" and element.get("itemprop") != "datePublished":
                continue  # another story's date
        seen.add(element)
        chosen.append((element, wrap))
    attributes = "".join(f' {name}="{escape(value)}"' for name, value in root.attrib.items())
    parts = []
    for element, wrap in chosen:
        markup = lxml.html.tostring(element, encoding="unicode", with_tail=False)
        parts.append(f"<aside>{markup}</aside>" if wrap else markup)
    return BeautifulSoup(f"<html{attributes}>{''.join(parts)}</html>", "lxml")


def _near_headlines(headlines) -> list:
    """The date elements (`_is_date_element`) just after each `<h1>`, and the named ones
    just before it."""
    near = []
    for h1 in headlines:
        for count, element in enumerate(islice(_following(h1), _FOLLOWING_NAMED)):
            if _is_date_element(element, runs=count < _FOLLOWING_RUNS):
                near.append(element)
        near.extend(
            element
            for element in islice(_preceding(h1), _PRECEDING_NAMED)
            if _is_date_element(element, runs=False)
        )
    return near


def _following(element):
    """The elements after `element` in document order (not its own descendants)."""
    node = element
    while node is not None:
        sibling = node.getnext()
        while sibling is not None:
            for descendant in sibling.iter(etree.Element):
                if descendant.tag not in _NOT_TEXT:  # svg icons and ad scripts do not count
                    yield descendant
            sibling = sibling.getnext()
        node = node.getparent()


def _preceding(element):
    """The elements before `element`, nearest first (not its ancestors)."""
    ancestors = set(element.iterancestors())
    node = element
    while True:
        previous = node.getprevious()
        if previous is not None:
            while len(previous):
                previous = previous[-1]  # its last descendant comes just before
            node = previous
        else:
            node = node.getparent()
            if node is None:
                return
            if node in ancestors:
                continue
        if isinstance(node.tag, str):
            yield node


def _is_date_element(element, *, runs: bool) -> bool:
    """A `<time>`, a short element with a date-like name, or (with `runs`) a short run of
    text with a digit in it (the metadata reader decides whether it is a date)."""
    tag = element.tag
    if tag == "time":
        return True
    if tag in _NOT_TEXT or tag in _METADATA_TAGS:
        return False
    attributes = element.attrib
    names = " ".join(v for k, v in attributes.items() if k in NAMING) if attributes else ""
    if names and DATEISH.search(names):
        return len(element_text(element)) <= _DATEISH_TEXT_LIMIT
    if not runs or any(child.tag not in _INLINE_TAGS for child in element):
        return False  # a container, not a run of text
    text = element_text(element)
    return len(text) <= _UNNAMED_TEXT_LIMIT and any(c.isdigit() for c in text)


class _Furniture:
    """Whether an element sits in page furniture, judged by its ancestors (memoised).

    An ancestor of a headline, or one holding most of the page's paragraphs, is the
    story's wrapper whatever its class says ("layout-with-rail__main").
    """

    def __init__(self, root, headlines):
        self.story = {a for h1 in headlines for a in h1.iterancestors()}
        self.paragraphs = _PARAGRAPHS(root)
        self.judged: dict = {}

    def holds(self, element) -> bool:
        for ancestor in element.iterancestors():
            if ancestor in self.story:
                return False
            if (verdict := self.judged.get(ancestor)) is None:
                verdict = self._is_furniture(ancestor, _FURNITURE_WORDS, _FURNITURE_ROLES)
                self.judged[ancestor] = verdict
            if verdict:
                return True
        return False

    def holds_heading(self, h1) -> bool:
        return any(
            self._is_furniture(a, _MASTHEAD_WORDS, _MASTHEAD_ROLES) for a in h1.iterancestors()
        )

    def _is_furniture(self, element, words: set[str], roles: set[str]) -> bool:
        if element.tag in ("body", "html"):
            return False  # their classes describe the page ("nav-open"), not a part of it
        if not (element.tag in _FURNITURE_TAGS or element.get("role") in roles):
            # In a BEM name ("headline__footer") the block before "__" names the part.
            names = " ".join(n.split("__")[0] for n in _class_names(element)).lower()
            tokens = {*names.split(), *TOKEN_SPLIT.split(names)}
            if tokens.isdisjoint(words):
                return False
        return _PARAGRAPHS(element) <= max(2, self.paragraphs / 2)


def _class_names(element) -> list[str]:
    return f"{element.get('class', '')} {element.get('id', '')}".split()


def soup_of(root: lxml.html.HtmlElement) -> BeautifulSoup:
    """The whole page as BeautifulSoup."""
    return BeautifulSoup(lxml.html.tostring(root, encoding="unicode"), "lxml")


def as_tag(soup: BeautifulSoup, element: lxml.html.HtmlElement) -> Tag:
    """The element's name and attributes as a BeautifulSoup tag, without its children."""
    try:
        attrs = dict(element.attrib)
    except (ValueError, KeyError):
        # Junk markup can leave an attribute whose name lxml parsed but cannot read back;
        # such a name says nothing about furniture, so the readable ones are kept.
        attrs = {}
        for key in element.attrib.keys():
            try:
                attrs[key] = element.get(key)
            except (ValueError, KeyError):
                continue
    return soup.new_tag(element.tag, attrs=attrs)


def element_text(element: lxml.html.HtmlElement) -> str:
    """The element's text with a space between its strings, as `get_text(" ")` gives it."""
    return " ".join(_STRINGS(element))


def link_text(element: lxml.html.HtmlElement) -> str:
    """The text of the links inside the element, as `element_text` gives it."""
    return " ".join(_LINK_STRINGS(element))


def text_length(element: lxml.html.HtmlElement) -> int:
    """`len(get_text())`: BeautifulSoup stores a string of nothing but ASCII whitespace as
    one character (except in `<pre>` and `<textarea>`, counted so too here)."""
    strings = _STRINGS(element)
    length = sum(map(len, strings))
    for string in filter(str.isspace, strings):
        if not string.translate(_ASCII_SPACES):
            length -= len(string) - 1
    return length
