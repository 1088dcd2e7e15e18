"""Reading a saved news page (its decoded text) into a `ParsedArticle`; no database, no network.

`parse_html` parses the page once with lxml, reads the metadata the page states about
itself with BeautifulSoup, then keeps only the story's paragraphs. Pure and safe to call
repeatedly. `articles.reading.parse_document` decodes the bytes first and applies the
fallbacks for what the page does not say.

The rules are documented next to their code: the order of signals for each field in
`metadata` (for the publication time, in `published`; written dates and zones are read
by `dates`), how the body is found in `body` (the furniture elements in `boilerplate`)
and cleaned line by line in `lines`, what BeautifulSoup is given of the lxml tree in
`tree`; the line vocabulary shared with the dump reader is `articles.reading.vocabulary`.
"""

import re

from articles.languages import primary_subtag
from articles.reading.page.authors import (
    choose_author,
    library_candidate,
    names_a_person,
    page_candidates,
)
from articles.reading.page.body import story_blocks, strip_boilerplate, trafilatura_blocks
from articles.reading.page.dates import url_day
from articles.reading.page.lines import clean_blocks
from articles.reading.page.metadata import (
    Signals,
    link_href,
    named_values,
    read_title,
    text_value,
)
from articles.reading.page.published import Dates, library_day
from articles.reading.page.tree import metadata_soup, parse_page, soup_of, text_length
from articles.reading.types import ParsedArticle, ParseError
from articles.reading.vocabulary import CJK, clean, host_of, split_dateline

__all__ = ["NO_DATE", "parse_html"]

# Up to three words that make no sentence: no full stop, question, exclamation, colon or
# digit. East Asian text, written without spaces, is never taken for one.
_KICKER = re.compile(rf"[^\W\d][^.!?:;\d{CJK}]{{0,40}}")
_WEB_ADDRESS = re.compile(r"https?://[^\s/]+\.[^\s/]+(?:/\S*)?$", re.I)

NO_DATE = (
    "no date found (no datePublished, article:published_time, <time datetime> or written "
    "date such as '13 Januari 2022'): stored as a draft that needs a date"
)


def parse_html(text: str, *, language: str | None = None) -> ParsedArticle:
    """Read one saved news page. `language` only helps place a time the page writes
    without a zone; the returned `language` and `source_name` are what the page states
    ("" when it is silent).

    Raises `ParseError` when the page has no title or no story text. A page whose date
    cannot be found is still read, its date None and a note saying so: losing the story
    costs more than an editor's minute to date it.
    """
    tree = parse_page(text)
    soup = metadata_soup(tree)
    signals = Signals(soup)
    article = signals.article
    removed: list[tuple[str, str]] = []

    # Source name first: the title and the body clean-up both compare against it.
    source_name = next(iter(named_values(article.get("publisher"), signals.by_id)), "") or (
        signals.meta("og:site_name", "application-name", "publisher", "dc.publisher")
    )
    # The first web address the page gives itself: a "javascript:" or relative canonical
    # link is a template's slip, not a reason to lose the page.
    addresses = (
        link_href(soup, "canonical"),
        signals.meta("og:url"),
        text_value(article.get("url")),
        text_value(article.get("mainEntityOfPage")),
    )
    original_url = next((url for url in addresses if _WEB_ADDRESS.match(url)), "")
    h1 = soup.find("h1")
    h1_text = clean(h1.get_text(" ")) if h1 else ""
    title, title_site = read_title(soup, signals, source_name, original_url)

    html = soup.find("html")
    stated_language = primary_subtag(
        text_value(article.get("inLanguage"))
        or (html.get("lang") or html.get("xml:lang") or "" if html else "")
        or signals.meta("content-language", "language", "dc.language", "og:locale")
    )
    language_code = stated_language or primary_subtag(language or "")

    tags = list(signals.metas.get("article:tag", []))
    if not tags:
        keywords = article.get("keywords") or signals.meta("news_keywords", "keywords")
        if isinstance(keywords, str):
            keywords = keywords.split(",")
        tags = [clean(str(k)) for k in keywords or []]
    tags = list(dict.fromkeys(t for t in tags if t))

    # Dates from metadata and the byline, before the page is pulled apart.
    dates = Dates(soup, signals, language_code)
    published = dates.published()

    publishers = {source_name, title_site, host_of(original_url)}
    candidates = page_candidates(soup, signals)
    if not names_a_person(candidates, publishers=publishers):
        candidates.append(library_candidate(tree))  # before the page is pulled apart

    # Boilerplate out, everywhere, before choosing the story's container.
    body_root = tree.find("body")
    if body_root is None:
        body_root = tree
    page_text_length = text_length(body_root)
    related: list[str] = []
    byline_author, dated = strip_boilerplate(body_root, removed, related, page_text_length)
    if published is None and dated:
        published = dates.written(" | ".join(dated))
    if published is None and (day := url_day(original_url)):
        published = day, None  # the address's day: surer than a date met in the story

    container_blocks = trafilatura_blocks(tree, h1_text)
    if _looks_cut(container_blocks, page_text_length):
        container_blocks = _longer(container_blocks, tree, text, h1_text)
    if not container_blocks:
        cleaned = soup_of(tree)
        container_blocks = story_blocks(cleaned.body or cleaned, h1)
    paragraphs, line_author = clean_blocks(container_blocks, removed, related, source_name)
    # A section kicker or a paywall badge ("Transporte", "Abonnés") before the story is
    # no first paragraph: excerpts and descriptions are made from it.
    while len(paragraphs) > 1 and _is_kicker(paragraphs[0]):
        removed.append((paragraphs.pop(0), "kicker"))
    # The dateline ("WASHINGTON (Reuters) -", "Jakarta, KOMPAS.com -") is the story's
    # opening as printed: it stays, and names the source when the page names none.
    dateline_source = split_dateline(paragraphs[0], [], place_only=True)[0] if paragraphs else ""
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
        date_lines = [text for text, reason in removed if reason == "date line"]
        published = dates.written("\n".join([title, *paragraphs, *date_lines]), naive_ok=False)
    if published is None and (day := library_day(text)):
        published = day, None
    notes = []
    if published is None:
        notes.append(NO_DATE)
    published_on, published_at = published or (None, None)

    publishers.add(dateline_source)
    author = choose_author([*candidates, byline_author, line_author], publishers=publishers)
    source_name = source_name or dateline_source or title_site
    return ParsedArticle(
        title=title,
        source_name=source_name,
        published_on=published_on,
        author=author,
        language=stated_language,
        body="\n\n".join(paragraphs),
        related_headlines=related,
        removed=removed,
        original_url=original_url,
        published_at=published_at,
        tags=tags,
        notes=notes,
    )


def _looks_cut(blocks, page_text_length: int) -> bool:
    """The story found is a sliver of a long page: the furniture strip or trafilatura's
    precision mode cut it (a sidebar rule matching the story's wrapper, a layout its
    precision rules distrust). 25 of corpus-real's 223 pages, none of our corpora's: the
    retries (two more trafilatura runs, 15 to 60 ms) are paid there only; at a fifth of
    the page instead of a tenth, twice as many pages paid and none read better."""
    found = sum(len(text) for text, _ in blocks)
    return page_text_length > 3000 and found < 0.1 * page_text_length


def _longer(blocks, tree, text: str, h1_text: str):
    """The story read again, by trafilatura's recall mode on the stripped page, then by
    its precision mode on the page as it came; a reading more than twice as long as the
    best so far replaces it (the lines are cleaned afterwards either way)."""
    best, best_length = blocks, sum(len(t) for t, _ in blocks)
    for retry in (
        lambda: trafilatura_blocks(tree, h1_text, precision=False),
        lambda: trafilatura_blocks(parse_page(text), h1_text),
    ):
        other = retry()
        if (length := sum(len(t) for t, _ in other)) > 2 * best_length:
            best, best_length = other, length
    return best


def _is_kicker(paragraph: str) -> bool:
    return len(paragraph.split()) <= 3 and _KICKER.fullmatch(paragraph) is not None
