"""The page parsed once, by lxml; BeautifulSoup is handed only the parts it reads.

Building a BeautifulSoup tree costs about 5-10 µs per element in Python, so on a
full-size saved page (a mega-menu of hundreds of links, comments, footers: a thousand
elements or more) it cost more than everything else together. lxml builds its tree in C
in a fraction of that. So the page is parsed once with lxml (the same tree, cleaned, goes
to trafilatura afterwards), and:

- `metadata_soup` is a small BeautifulSoup of just the elements the metadata reader looks
  at (metas, links, JSON-LD, `<title>`, `<h1>`, `<time datetime>`,
  `itemprop="datePublished"`), in document order;
- `as_tag` gives the furniture rules each element they judge as a BeautifulSoup tag
  without its children, so that subtrees they remove are never converted at all;
- `element_text`, `link_text` and `text_length` read texts in C, as `get_text()` would
  give them;
- `soup_of` converts a whole (cleaned) page, for the built-in reader's fallback.
"""

from html import escape

import lxml.html
from bs4 import BeautifulSoup, Tag
from lxml import etree

# BeautifulSoup leaves code out of get_text(); so does everything that reads text here.
# (Script and style hold nothing but text; a template can hold elements.)
_CODE = "parent::script or parent::style or ancestor::template"
_STRINGS = etree.XPath(f"descendant::text()[not({_CODE})]", smart_strings=False)
_LINK_STRINGS = etree.XPath(f"descendant::text()[ancestor::a][not({_CODE})]", smart_strings=False)
_METADATA = etree.XPath(
    "//meta | //link | //title | //h1 | //time[@datetime] | //*[@itemprop='datePublished']"
    " | //script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]"
)
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
    for element in _METADATA(root):
        seen.add(element)
        # An element inside one already chosen comes along with it.
        if not any(ancestor in seen for ancestor in element.iterancestors()):
            chosen.append(element)
    attributes = "".join(f' {name}="{escape(value)}"' for name, value in root.attrib.items())
    parts = (lxml.html.tostring(e, encoding="unicode", with_tail=False) for e in chosen)
    return BeautifulSoup(f"<html{attributes}>{''.join(parts)}</html>", "lxml")


def soup_of(root: lxml.html.HtmlElement) -> BeautifulSoup:
    """The whole page as BeautifulSoup."""
    return BeautifulSoup(lxml.html.tostring(root, encoding="unicode"), "lxml")


def as_tag(soup: BeautifulSoup, element: lxml.html.HtmlElement) -> Tag:
    """The element's name and attributes as a BeautifulSoup tag, without its children."""
    return soup.new_tag(element.tag, attrs=dict(element.attrib))


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
