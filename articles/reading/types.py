"""What a reader returns: `ParsedArticle`, or `ParseError` with a reason a person can act on."""

import datetime as dt
from dataclasses import dataclass, field


class ParseError(ValueError):
    """A file that cannot become an article; the message says what to fix."""


@dataclass(frozen=True)
class ParsedArticle:
    title: str
    source_name: str
    published_on: dt.date | None  # None: the document states no date anyone could find
    author: str
    language: str
    body: str  # plain text, paragraphs separated by one blank line
    related_headlines: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (line, reason)
    original_url: str = ""
    published_at: dt.datetime | None = None  # aware; None when the source gives only a day
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the reader could not find, and why
