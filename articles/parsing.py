"""Parsing of scraped news: pure functions from bytes or text to `ParsedArticle`, no database.

`parse_document` is the entry point for one file: it dispatches on the file name's
extension to `articles.extraction.parse_html` (saved web pages) or `parse_text_dump`
(the seed's plain-text format). Both raise `ParseError` with a message a person can act
on when the content cannot become an article. Nothing here touches the database, so
every function is safe to call again.
"""

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import PurePath


class ParseError(ValueError):
    """A seed file that cannot become an article; the message says what to fix."""


@dataclass(frozen=True)
class ParsedArticle:
    title: str
    source_name: str  # empty when the first paragraph opens with no dateline
    published_on: dt.date
    author: str
    language: str
    body: str  # plain text, paragraphs separated by one blank line
    related_headlines: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (line, reason)
    original_url: str = ""
    published_at: dt.datetime | None = None  # aware; None when the source gives only a day
    tags: list[str] = field(default_factory=list)


# Zero-width characters that scrapers leave behind; they are not spaces, so
# `str.split()` would keep them glued to words.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))

_RELATED = re.compile(r"^(?:baca\s+juga|simak\s+juga|lihat\s+juga|read\s+also)\s*:\s*(.*)$", re.I)
_ADVERT = re.compile(
    r"^(?:mixadvert\b.*|advertisement|scroll\s+to\s+continue\s+with\s+content)$", re.I
)
_BYLINE = re.compile(r"^(?:penulis|reporter)\s*:\s*(.+)$", re.I)
_EDITOR = re.compile(r"^editor\s*:\s*(.*)$", re.I)
# Lower case only: it is what tells a desk's initials, "(pia)" or "(ant/rd)", from an
# abbreviation that happens to close a sentence, such as "(CSTO)".
_INITIALS = re.compile(
    r"\s*\((?P<initials>[a-z]{1,6}\d{0,2}(?:/[a-z]{1,6}\d{0,2}){0,3})\)$"
)  # a desk number may follow: "(mcr8/jpnn)"

# A dateline is short and sits at the very start of the first paragraph: an optional
# place and a source made of capitalised words or a domain, then a spaced dash. An
# unqualified run of capitalised words is not enough ("Presiden Joko Widodo — …"),
# so without a place the source must be a domain or start with an all-caps name.
_WORD = r"(?:[A-Z0-9][\w.&'’]*|[\w-]+(?:\.[A-Za-z]{2,})+)"
_DOMAIN = r"[\w-]+(?:\.[A-Za-z]{2,})+"
_PLACE = r"(?P<place>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})"
_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}"  # a wire's "SANTIAGO, Jan 24 (Reuters) - "
_DASH = r" (?:--|[-–—]) "
_DATELINES = (
    # The site first, then the place: "jpnn.com, JAKARTA - ", "TEMPO.CO, Jakarta - ".
    re.compile(rf"^(?P<source>{_DOMAIN}), {_PLACE}{_DASH}"),
    re.compile(rf"^{_PLACE}, (?P<source>{_WORD}(?: {_WORD}){{0,3}}){_DASH}"),
    re.compile(rf"^{_PLACE}(?:, {_DAY})? \((?P<source>[^()]{{2,40}})\){_DASH}"),
    re.compile(rf"^(?P<source>{_DOMAIN}|[A-Z][A-Z0-9]+(?: {_WORD}){{0,3}}){_DASH}"),
)
_DATELINE_MAX_WORDS = 5
# A place alone names no source ("Jakarta - " on detik.com). A dump's dateline is where
# its source comes from, so only a saved page, whose publisher its metadata names, has it
# taken out; one word only, so that "Presiden Joko Widodo - ..." is left alone.
_PLACE_DATELINE = re.compile(rf"^(?P<place>[A-Z][\w'’]+){_DASH}")

_DAY_NAME_DATE = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum['’]at|sabtu|minggu)\s*"
    r"\(\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\s*\)",
    re.I,
)
_MONTHS = {
    **dict.fromkeys(["januari", "january", "jan"], 1),
    **dict.fromkeys(["februari", "pebruari", "february", "feb", "peb"], 2),
    **dict.fromkeys(["maret", "march", "mar"], 3),
    **dict.fromkeys(["april", "apr"], 4),
    **dict.fromkeys(["mei", "may"], 5),
    **dict.fromkeys(["juni", "june", "jun"], 6),
    **dict.fromkeys(["juli", "july", "jul"], 7),
    **dict.fromkeys(["agustus", "august", "agu", "agt", "ags", "aug"], 8),
    **dict.fromkeys(["september", "sept", "sep"], 9),
    **dict.fromkeys(["oktober", "october", "okt", "oct"], 10),
    **dict.fromkeys(["november", "nopember", "nov", "nop"], 11),
    **dict.fromkeys(["desember", "december", "des", "dec"], 12),
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NAMED_MONTH_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\b\.?,?\s+(?P<year>\d{{4}})\b"
    rf"|\b(?P<month2>{_MONTH})\b\.?\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}})\b",
    re.I,
)


HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
TEXT_EXTENSIONS = {".txt"}


def parse_document(
    data: bytes, *, name: str, source: str | None = None, language: str | None = None
) -> ParsedArticle:
    """Parse one file's bytes; `name` (the file name) chooses the reader by its extension.

    `source` and `language` are fallbacks: they are used only when the document itself
    does not say (a page's publisher or og:site_name, a dump's dateline; a page's
    `lang`/`inLanguage`). Explicit signals in the document win, because a folder given
    one `--source` may still hold pages syndicated from other outlets. Text dumps carry
    no language signal, so for them `language` decides (default "id", the seed's).

    Text is read as UTF-8 (a byte-order mark is dropped); a text dump that is not valid
    UTF-8 is read as Windows-1252, which also covers ISO-8859-1. Pages are decoded as
    described in `articles.extraction`.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix in HTML_EXTENSIONS:
        from articles.extraction import parse_html  # the HTML reader needs bs4; dumps do not

        return parse_html(data, source=source, language=language)
    if suffix in TEXT_EXTENSIONS:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
        if "\x00" in text:
            raise ParseError(
                f"unreadable: {name} holds binary data (NUL bytes), not a text dump; "
                "check that it is the right file"
            )
        parsed = parse_text_dump(text, default_language=language or "id")
        if not parsed.source_name and source:
            parsed = replace(parsed, source_name=source)
        return parsed
    if suffix in {".json", ".ndjson", ".jsonl"}:
        raise ParseError(
            f"{name}: JSON exports are read by the import pipeline; use import_articles"
        )
    raise ParseError(
        f"unsupported file type {suffix or '(no extension)'!r} for {name}; "
        "expected a saved page (.html, .htm) or a text dump (.txt)"
    )


def parse_text_dump(text: str, *, default_language: str = "id") -> ParsedArticle:
    """Read one plain-text dump: headline on the first line, then paragraphs."""
    removed: list[tuple[str, str]] = []
    related: list[str] = []
    author = ""
    title = ""
    paragraphs: list[list[str]] = [[]]

    for raw_line in unicodedata.normalize("NFC", text).translate(_INVISIBLE).splitlines():
        line = " ".join(raw_line.split())  # also turns NBSP and other Unicode spaces into " "
        if not line:
            paragraphs.append([])
            continue
        if _ADVERT.match(line):
            removed.append((line, "advert"))
        elif match := _RELATED.match(line):
            removed.append((line, "related headline"))
            if match[1] and match[1] not in related:
                related.append(match[1])
        elif match := _BYLINE.match(line):
            removed.append((line, "author"))
            author = author or match[1]
        elif _EDITOR.match(line):
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

    source_name, body[0] = _split_dateline(body[0], removed)
    if match := _INITIALS.search(body[-1]):
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
        language=default_language,
        body="\n\n".join(body),
        related_headlines=related,
        removed=removed,
    )


def _split_dateline(
    paragraph: str, removed: list[tuple[str, str]], *, place_only: bool = False
) -> tuple[str, str]:
    """The dateline's source and the paragraph without it; `place_only` also takes out a
    dateline that is just a place (the source is then "")."""
    for pattern in _DATELINES:
        match = pattern.match(paragraph)
        if match and len(match[0].split()) - 1 <= _DATELINE_MAX_WORDS:
            removed.append((match[0].strip(), "dateline"))
            source = match["source"].strip()
            # On a page "BOGOR - " is a place written in capitals, not a publisher.
            if place_only and _PLACE_DATELINE.fullmatch(match[0]):
                source = ""
            return source, paragraph[match.end() :]
    if place_only and (match := _PLACE_DATELINE.match(paragraph)):
        removed.append((match[0].strip(), "dateline"))
        return "", paragraph[match.end() :]
    return "", paragraph


def _find_date(text: str) -> dt.date | None:
    for match in _DAY_NAME_DATE.finditer(text):
        if day := _date_or_none(match["year"], match["month"], match["day"]):
            return day
    for match in _NAMED_MONTH_DATE.finditer(text):
        month = _MONTHS[(match["month"] or match["month2"]).lower()]
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
