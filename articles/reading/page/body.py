"""The story's paragraphs from a parsed page.

Boilerplate elements are first removed from the page's lxml tree by tag, role, class
and id (navigation, header, footer, sidebar, comments, share buttons, newsletter and
cookie boxes, adverts, related-article lists, captions and image boxes, embeds,
standfirsts, pull quotes, scripts), never the chain of elements holding most of the
story's paragraphs. trafilatura then picks the story's paragraphs from what is left; when
it finds nothing, the element holding the most paragraph text is chosen instead
(readability-style scoring, with its qualifying siblings). The blocks are then cleaned
line by line (related headlines, adverts, bylines, credit and copyright lines, video
lead-ins, captions, date lines, pull quotes, closing initials, datelines: see `lines`).
Every removal is recorded in `removed` with its reason.
"""

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from articles.reading.page.boilerplate import (
    BLOCK_TAGS,
    BODY_HINTS,
    SILENT,
    boilerplate_reason,
    element_tokens,
)
from articles.reading.page.lines import RELATED_BOX, link_text_share
from articles.reading.page.tree import as_tag, element_text, link_text
from articles.reading.vocabulary import clean, shorten

try:
    import trafilatura as _trafilatura
    from trafilatura.xml import xmltotxt
except ImportError:  # pragma: no cover - a declared dependency; the built-in reader remains
    _trafilatura = None

# ---------------------------------------------------------------------------- body blocks


class _Blocks:
    """Turn a cleaned container into text blocks in reading order (a <br> ends a block)."""

    def __init__(self):
        self.blocks: list[tuple[str, Tag | None]] = []
        self.buffer: list[str] = []
        self.owner: Tag | None = None

    def flush(self):
        text = clean("".join(self.buffer))
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
            elif child.name in BLOCK_TAGS:
                self.flush()
                self.owner = child
                self.walk(child)
                self.flush()
                self.owner = None
            else:
                if self.owner is None:
                    self.owner = child
                self.walk(child)


def _paragraph_score(text: str) -> float:
    return 1 + text.count(",") + min(len(text) / 100, 3)


# ---------------------------------------------------------------------------- story


def strip_boilerplate(root, removed, related, page_text_length) -> tuple[str, list[str]]:
    """Remove page furniture from the lxml tree `root` in place, in document order.

    The rules judge each element as a BeautifulSoup tag of its own (`tree.as_tag`); the
    subtree of an element they remove is never converted or visited. Returns an author
    found in a byline element and the texts of removed date elements.
    """
    tags = BeautifulSoup("", "lxml")  # makes the tags the rules judge
    author = ""
    scripts = 0
    dated: list[str] = []
    story = _StoryPath(root)
    pending = [iter(list(root))]  # lists: elements are dropped while their parent is walked
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
            continue
        element = as_tag(tags, child)
        if element.name == "a" and "author" in (element.get("rel") or []) and not author:
            author = clean(element_text(child))
        if element.get("itemprop") == "author" and not author:
            author = clean(element_text(child))
        reason = boilerplate_reason(element)
        if reason is None:
            pending.append(iter(list(child)))
            continue
        if reason in SILENT:
            scripts += 1
            child.drop_tree()
            continue
        text = clean(element_text(child))
        if _is_wrapper(child, reason, text, page_text_length) or (
            reason not in _NEVER_WRAPPERS and len(text) > 200 and child in story
        ):
            pending.append(iter(list(child)))
            continue
        if reason == "author line" and not author:
            author = _author_from_byline(text)
        if reason == "date line" or element.name == "time":
            dated.append(text)
        if reason == "related articles" and (match := RELATED_BOX.match(text)):
            links = [clean(element_text(a)) for a in child.iterdescendants("a")]
            heads = links or [match[1]]
            related.extend(h for h in heads if h and h not in related)
            reason = "related headline"
        if text:
            removed.append((shorten(text), reason))
        child.drop_tree()
    if scripts:
        removed.append((f"{scripts} script/style element(s)", "script"))
    return author, dated


# A comment section or a hidden element is never kept for holding most of the paragraphs:
# a long comment thread under a short story, or a paywalled text the page does not show.
_NEVER_WRAPPERS = {"comment", "hidden"}
_STORY_PARAGRAPH = 50  # characters: shorter <p>s (teasers, captions, labels) are not counted


class _StoryPath:
    """The elements that hold more than half of the page's paragraph text.

    On a page with a big mega-menu, footer and most-read lists, the element holding the
    story can be well under half of the page's text, and its classes can name a neighbour
    ("layout-with-rail__main") or nothing helpful; but the story's own `<p>`s are most of
    the paragraph text on any article page. These elements form one chain from the page
    down to the story's container, and none of them is dropped as furniture (the elements
    inside them are still judged one by one). Worked out once, when the first big element
    is about to be dropped (about 0.1 ms on a full-size page), from what is left by then.
    """

    def __init__(self, root):
        self.root = root
        self.elements = None

    def __contains__(self, element) -> bool:
        if self.elements is None:
            held: dict = {}
            total = 0
            for holder, length in _paragraph_texts(self.root):
                total += length
                for ancestor in holder.iterancestors():
                    held[ancestor] = held.get(ancestor, 0) + length
            self.elements = {e for e, length in held.items() if length > total / 2}
        return element in self.elements


def _paragraph_texts(root):
    """(element, length) of each paragraph of story length: a `<p>`, and each run of text
    between `<br>`s (sites that write paragraphs as "text<br><br>text" in a `<div>`; the
    run is counted for the element holding it)."""
    for paragraph in root.iter("p"):
        length = len(paragraph.text_content().strip())
        if length >= _STORY_PARAGRAPH:
            yield paragraph, length
    for br in root.iter("br"):
        parent = br.getparent()
        if parent is None or parent.tag == "p":
            continue  # a <p>'s lines are counted with it
        runs = [br.tail or ""]
        if br is parent[0] or br.getprevious() is None:
            runs.append(parent.text or "")  # the run before the first <br>
        for run in runs:
            if len(run.strip()) >= _STORY_PARAGRAPH:
                yield br, len(run.strip())


def _is_wrapper(element, reason: str, text: str, page_text_length: int) -> bool:
    """Whether an element the rules call furniture holds too much text to be furniture.

    Not when most of its text is links: a mega-menu can outweigh a short story.
    """
    if reason in ("author line", "date line", "related articles", "tags", "caption"):
        if len(text) > 0.5 * page_text_length and page_text_length > 400:
            if _link_share(element, text) < 0.5:
                return True  # a wrapper class such as "post-author-box-and-content"
        if reason == "author line" and len(text) > 200:
            return True
        if reason == "caption" and len(text) > 500:
            return True  # "image-left" on a block of story text, not an image's box
        return reason == "date line" and len(text) > 120
    if reason == "standfirst" and len(text) > 500:
        return True  # a dek is a sentence or three, not a "summary-and-body" wrapper
    # The wrapper holding the story carries a misleading class.
    return (
        len(text) > 0.6 * page_text_length
        and page_text_length > 400
        and _link_share(element, text) < 0.5
    )


def _link_share(element, text: str) -> float:
    return len(clean(link_text(element))) / len(text)


def _author_from_byline(text: str) -> str:
    text = re.sub(r"^(?:by|oleh|penulis|reporter|von|par)\s*:?\s+", "", text, flags=re.I)
    text = re.split(r"\s*[|•·]\s*|\s+-\s+|,\s*(?:editor|penyunting)\b", text)[0]
    return text.strip() if len(text.split()) <= 8 else ""


def story_blocks(root: Tag, h1: Tag | None) -> list[tuple[str, Tag | None]]:
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
                text = clean(direct)
            else:
                text = clean(paragraph.get_text(" "))
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
            if element_tokens(element) & BODY_HINTS:
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
                text = clean(sibling.get_text(" "))
                if len(text) > 80 and link_text_share(sibling, text) < 0.25:
                    chosen.append(sibling)
    blocks = _Blocks()
    for element in chosen:
        blocks.owner = element
        blocks.walk(element)
        blocks.flush()
        blocks.owner = None
    # Without spaces: a kicker span and the headline span are read as one word run together.
    title_text = "".join(h1.get_text().split()) if h1 is not None else None
    return [(t, o) for t, o in blocks.blocks if t.replace(" ", "") != title_text]


def trafilatura_blocks(tree, title: str, *, precision: bool = True) -> list:
    """trafilatura's main text of the page, read after its furniture was taken out.

    trafilatura is better at finding the story on layouts it has not seen (see README,
    "Importing: how pages are read"); the page's own boilerplate classes, removed first,
    take out the captions, bylines and boxes it would keep, and leave it a smaller tree to
    read. Returns [] when it finds nothing.
    """
    if _trafilatura is None:
        return []
    document = _trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=precision,
        deduplicate=False,
        output_format="txt",  # the body tree, not yet written out as text
    )
    if document is None or document.body is None:
        return []
    # Its text output marks list items with "- "; a list item is a paragraph of its own
    # (the story's text as a reader sees it), so items are written out as paragraphs.
    for item in document.body.iter("item"):
        item.tag = "p"
    title = title.replace(" ", "")
    blocks = []
    for element in document.body:  # paragraphs, headings, lists, quotes, in order
        lines = [clean(line) for line in xmltotxt(element, False).splitlines()]
        lines = [line for line in lines if line and line.replace(" ", "") != title]
        # "<p><strong>Baca Juga</strong><br><a>Headline</a></p>": a bare label's headline
        # is the rest of its paragraph.
        if len(lines) > 1 and (match := RELATED_BOX.match(lines[0])) and not match[1]:
            lines[:2] = [f"{lines[0]}: {lines[1]}"]
        blocks.extend((line, element.tag) for line in lines)
    return blocks
