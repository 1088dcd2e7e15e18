"""The seed's plain-text dump format: headline on the first line, then paragraphs.

`parse_text_dump` reads one dump's text (decoded by `articles.reading.decoding`) into a
`ParsedArticle`: related-headline, advert, byline and editor lines are taken out, the
dateline at the start of the first paragraph names the source, desk initials closing
the last paragraph name the author, and the first date written in the text is the
publication day. Pure: no database, safe to call again.
"""

import datetime as dt
import re

from articles.reading.types import ParsedArticle, ParseError
from articles.reading.vocabulary import (
    ADVERT,
    BYLINE,
    EDITOR,
    INITIALS,
    MONTH_PATTERN,
    MONTHS,
    RELATED,
    clean,
    split_dateline,
)

_DAY_NAME_DATE = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum['’]at|sabtu|minggu)\s*"
    r"\(\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\s*\)",
    re.I,
)
_NAMED_MONTH_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_PATTERN})\b\.?,?\s+(?P<year>\d{{4}})\b"
    rf"|\b(?P<month2>{MONTH_PATTERN})\b\.?\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}})\b",
    re.I,
)


def parse_text_dump(text: str) -> ParsedArticle:
    """Read one dump's text. A dump states no language (`language` is ""), and its source
    is its dateline's ("" when the first paragraph opens with none)."""
    removed: list[tuple[str, str]] = []
    related: list[str] = []
    author = ""
    title = ""
    paragraphs: list[list[str]] = [[]]

    for raw_line in text.splitlines():
        line = clean(raw_line)  # also turns NBSP and other Unicode spaces into " "
        if not line:
            paragraphs.append([])
            continue
        if ADVERT.match(line):
            removed.append((line, "advert"))
        elif match := RELATED.match(line):
            removed.append((line, "related headline"))
            if match[1] and match[1] not in related:
                related.append(match[1])
        elif match := BYLINE.match(line):
            removed.append((line, "author"))
            author = author or match[1]
        elif EDITOR.match(line):
            removed.append((line, "editor"))
        elif not title:
            title = line
            continue
        else:
            paragraphs[-1].append(line)
            continue
        # A removed line ends the paragraph it interrupted.
        paragraphs.append([])

    if not title:
        raise ParseError("no headline: the file is empty; put the headline on the first line")
    body = [" ".join(lines) for lines in paragraphs if lines]
    if not body:
        raise ParseError(
            f"no body: nothing follows the headline {title!r}; "
            "add the article's paragraphs after it, separated by blank lines"
        )

    source_name, body[0] = split_dateline(body[0], removed)
    if match := INITIALS.search(body[-1]):
        removed.append((match[0].strip(), "author initials"))
        author = author or match["initials"]
        body[-1] = body[-1][: match.start()]
        if not body[-1]:
            body.pop()
    if not body:
        raise ParseError(f"no body: only a byline follows the headline {title!r}")

    published_on = _find_date("\n".join([title, *body]))
    if published_on is None:
        raise ParseError(
            "no date: found no publication date such as 'Kamis (13/1/2022)', "
            "'13 Januari 2022' or 'Jan 13, 2022' in the headline or body; add one"
        )
    return ParsedArticle(
        title=title,
        source_name=source_name,
        published_on=published_on,
        author=author,
        language="",
        body="\n\n".join(body),
        related_headlines=related,
        removed=removed,
    )


def _find_date(text: str) -> dt.date | None:
    for match in _DAY_NAME_DATE.finditer(text):
        if day := _date_or_none(match["year"], match["month"], match["day"]):
            return day
    for match in _NAMED_MONTH_DATE.finditer(text):
        month = MONTHS[(match["month"] or match["month2"]).lower()]
        if day := _date_or_none(
            match["year"] or match["year2"], month, match["day"] or match["day2"]
        ):
            return day
    return None


def _date_or_none(year, month, day) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
