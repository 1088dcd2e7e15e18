"""The line vocabulary both readers share: what scrapers leave in text, and how news writes.

The page reader (`articles.reading.page`) and the dump reader (`articles.reading.dump`)
both import from here, and nothing here imports either of them: invisible characters
and text clean-up, related-headline, advert, byline and desk-initials lines, month names
in the archive's languages, and datelines. Pure functions and compiled patterns only.
"""

import re
import unicodedata
from urllib.parse import urlsplit

REMOVED_TEXT_LIMIT = 160  # characters of a removed block kept in `removed`

# Zero-width characters and the soft hyphen that scrapers leave behind; they are not
# spaces, so `str.split()` would keep them glued to words.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def clean(text: str) -> str:
    """NFC, invisible characters out, every run of (Unicode) white space one space."""
    return " ".join(unicodedata.normalize("NFC", text).translate(INVISIBLE).split())


def shorten(text: str) -> str:
    """`text` cleaned and cut to `REMOVED_TEXT_LIMIT` characters, for `removed`."""
    text = clean(text)
    return text if len(text) <= REMOVED_TEXT_LIMIT else text[: REMOVED_TEXT_LIMIT - 1] + "…"


# East Asian scripts (Hangul too) and full-width forms, often written without spaces: a regex
# character-class body, and the test the readers share.
CJK = "\u3000-\u9fff\uac00-\ud7af\uff00-\uffef"
_CJK_CHARACTER = re.compile(f"[{CJK}]")


def is_cjk(text: str) -> bool:
    """Whether `text` holds a character of a script written without spaces."""
    return _CJK_CHARACTER.search(text) is not None


def host_of(url: str) -> str:
    """The host a URL names, without "www." ("" for no URL)."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def site_key(name: str) -> str:
    """A site name reduced for comparison: "KOMPAS.com" and "www.kompas.com" -> "kompas"."""
    name = name.lower().strip()
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name)
    name = re.sub(r"\.(?:com|co\.id|co\.uk|co|net|org|id|de|fr|es|tv|news)(?:/.*)?$", "", name)
    return re.sub(r"\W+", "", name)


# ------------------------------------------------------------------------------- lines

RELATED = re.compile(r"^(?:baca\s+juga|simak\s+juga|lihat\s+juga|read\s+also)\s*:\s*(.*)$", re.I)
ADVERT = re.compile(
    r"^(?:mixadvert\b.*|advertisement|scroll\s+to\s+continue\s+with\s+content)$", re.I
)
BYLINE = re.compile(r"^(?:penulis|reporter)\s*:\s*(.+)$", re.I)
EDITOR = re.compile(r"^editor\s*:\s*(.*)$", re.I)
# Lower case only: it is what tells a desk's initials, "(pia)" or "(ant/rd)", from an
# abbreviation that happens to close a sentence, such as "(CSTO)".
INITIALS = re.compile(
    r"\s*\((?P<initials>[a-z]{1,6}\d{0,2}(?:/[a-z]{1,6}\d{0,2}){0,3})\)$"
)  # a desk number may follow: "(mcr8/jpnn)"

# ------------------------------------------------------------------------------ months

MONTH_NAMES = {
    1: "januari january jan januar jänner janvier janv enero ene janeiro gennaio gen "
    "tammikuuta tammikuu ocak",
    2: "februari pebruari february feb peb februar feber février fevrier févr fevr febrero "
    "fevereiro fev febbraio pebrero helmikuuta helmikuu şubat subat",
    3: "maret march mar märz maerz mär mars marzo março marco marso maart mrt mac "
    "maaliskuuta maaliskuu mart",
    4: "april apr avril avr abril abr aprile huhtikuuta huhtikuu nisan",
    5: "mei may mai mayo maio maggio mag maj toukokuuta toukokuu mayıs mayis",
    6: "juni june jun juin junio junho giugno giu hunyo kesäkuuta kesäkuu haziran",
    7: "juli july jul julai juillet juil julio julho luglio lug hulyo heinäkuuta heinäkuu temmuz",
    8: "agustus august aug agu agt ags ogos ogo ogs août aout agosto ago augustus augusti "
    "elokuuta elokuu ağustos agustos",
    9: "september sept sep septembre septiembre setiembre setembro set settembre sett "
    "setyembre septiyembre syyskuuta syyskuu eylül eylul",
    10: "oktober october oct okt octobre octubre outubro out ottobre ott oktubre lokakuuta "
    "lokakuu ekim",
    11: "november nov nopember nop novembre noviembre novembro nobyembre marraskuuta "
    "marraskuu kasım kasim",
    12: "desember december dec des disember dis dezember dez décembre decembre déc diciembre "
    "dic dezembro dicembre disyembre joulukuuta joulukuu aralık aralik",
}
MONTHS = {name: number for number, names in MONTH_NAMES.items() for name in names.split()}
# Longest first, so that "januari" is not read as "jan" followed by "uari".
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))

# --------------------------------------------------------------------------- datelines

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


def split_dateline(
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
