"""`parse_document`: the one dispatcher from a file's bytes to a `ParsedArticle`.

The file's format is decided here, once, from its name (`FORMATS`); its bytes are
decoded by the one rule in `articles.reading.decoding`; then the page or dump reader
reads it, and what the document does not say is filled in the same way for both:

- source: the one the document names (a page's publisher, a dateline), else the
  caller's `source`, else the original URL's host name; no source at all is an error;
- language: `articles.languages.choose` (stated, the caller's, a guess, the default).

Newsroom exports are a format too, but hold whole stored articles rather than one story
to read: `articles.importing` reads them, decoded by the same rule.
"""

from dataclasses import replace
from pathlib import PurePath

from articles import languages
from articles.reading.decoding import decode_html, decode_text
from articles.reading.dump import parse_text_dump
from articles.reading.page import parse_html
from articles.reading.types import ParsedArticle, ParseError
from articles.reading.vocabulary import host_of

HTML, TEXT, JSON = "html", "text", "json"
FORMATS = {
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".txt": TEXT,
    ".json": JSON,
    ".ndjson": JSON,
    ".jsonl": JSON,
}
JSON_LINES = {".ndjson", ".jsonl"}  # one record a line; `.json` holds one document

_NO_SOURCE = {
    HTML: "no source: the page does not name its publisher; pass --source NAME",
    TEXT: (
        "no source: the first paragraph does not open with a dateline such as "
        "'KOMPAS.com - ' or 'Jakarta, CNN Indonesia -- '; add one or pass --source NAME"
    ),
}


def format_of(name: str) -> str:
    """`HTML`, `TEXT` or `JSON` for a file name; `ParseError` for any other suffix."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in FORMATS:
        raise ParseError(
            f"unknown file type {suffix or '(no extension)'!r}: import .html or .htm saved "
            "pages, .txt dumps, or .json/.ndjson/.jsonl Newsroom exports"
        )
    return FORMATS[suffix]


def parse_document(
    data: bytes, *, name: str, source: str | None = None, language: str | None = None
) -> ParsedArticle:
    """Read one saved page or text dump; `name` (the file name) decides the format.

    `source` and `language` are fallbacks, used only where the document is silent:
    explicit signals in the document win, because a folder given one `--source` may
    still hold pages syndicated from other outlets.
    """
    file_format = format_of(name)
    if file_format == HTML:
        text, _ = decode_html(data)
        parsed = parse_html(text, language=language)
    elif file_format == TEXT:
        parsed = parse_text_dump(decode_text(data, name=name))
    else:
        raise ParseError(
            f"{PurePath(name).name} is a Newsroom export, which holds stored articles "
            "rather than a story to read; import it with import_articles"
        )
    notes = list(parsed.notes)
    source_name = parsed.source_name or (source or "").strip()
    if not source_name and (source_name := host_of(parsed.original_url)):
        notes.append(f"no publisher named: source taken from the page's address ({source_name})")
    if not source_name:
        raise ParseError(_NO_SOURCE[file_format])
    return replace(
        parsed,
        source_name=source_name,
        language=languages.choose(stated=parsed.language, given=language, body=parsed.body),
        notes=notes,
    )
