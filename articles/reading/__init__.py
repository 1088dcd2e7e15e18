"""Reading scraped news: pure functions from a file's bytes to a `ParsedArticle`, no database.

`parse_document` is the entry point (see `articles.reading.document`): it decides the
format once, decodes by the one rule, reads a saved page (`page`) or a text dump
(`dump`), and fills in what the document does not say. Every function here is safe to
call again; `ParseError` carries a reason a person can act on.
"""

from articles.reading.decoding import decode_json
from articles.reading.document import (
    FORMATS,
    HTML,
    JSON,
    JSON_LINES,
    TEXT,
    format_of,
    parse_document,
)
from articles.reading.types import ParsedArticle, ParseError

__all__ = [
    "FORMATS",
    "HTML",
    "JSON",
    "JSON_LINES",
    "TEXT",
    "ParseError",
    "ParsedArticle",
    "decode_json",
    "format_of",
    "parse_document",
]
