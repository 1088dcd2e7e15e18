"""Dates as pages write them: machine timestamps, dates written for people, time zones.

- `parse_timestamp` reads ISO 8601 and RFC 2822 values (metas, JSON-LD, `<time datetime>`).
- `read_written` finds a date written for readers in a short text (a byline, a dateline),
  with the time and zone label next to it. Month names in Indonesian, Malay, English,
  German, French, Spanish, Portuguese, Italian, Dutch, Tagalog, Swedish, Finnish and
  Turkish, and Vietnamese "15 tháng 3 năm 2023"; numeric `dd.mm.yyyy`, `dd/mm/yy(yy)`,
  `dd-mm-yyyy` (month first on English pages without a region or from the US, Canada or
  the Philippines, when the numbers allow both), and
  `yyyy-mm-dd`. Times "14:05", "14.05 Uhr", "14h05", "2:05 PM", "klo 9.15", "7:40 pagi",
  after the date ("…, 14:05 WIB") or before it ("Updated 9:15 PM EDT, July 12, 2022").
  Zone labels: WIB/WITA/WIT, the US, European, Asian and Australian abbreviations in
  `_ZONE_HOURS`, "GMT+7", "UTC-03:00". A date that an "updated"/"Stand"/"Mis à jour"
  word introduces is taken only when no other date is written there.
- `url_day` reads the day a page's address carries.
- `language_zone` is the time zone a page in a language (and region) is usually written
  in, for times that carry no offset of their own.
"""

import datetime as dt
import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from articles.reading.vocabulary import MONTH_PATTERN, MONTHS

# ---------------------------------------------------------------------------- timestamps

# A publication year before this is a content system's placeholder (0001-01-01, the Unix
# epoch), or a date the story mentions: never the page's own date.
EARLIEST_YEAR = 1990

_ISO = re.compile(
    r"(?P<y>\d{4})[-/]?(?P<m>\d{2})[-/]?(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{1,2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
)
# Hours east of UTC. IST is India's (not Irish or Israeli), CST the US Central zone.
_ZONE_HOURS = {
    "Z": 0, "UTC": 0, "GMT": 0, "UT": 0, "WET": 0, "WEST": 1, "BST": 1, "IST": 5.5,
    "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "TRT": 3,
    "WAT": 1, "CAT": 2, "SAST": 2, "EAT": 3, "PKT": 5,
    "WIB": 7, "WITA": 8, "WIT": 9, "ICT": 7, "MYT": 8, "SGT": 8, "PHT": 8, "PHST": 8,
    "HKT": 8, "AWST": 8, "JST": 9, "KST": 9, "ACST": 9.5, "ACDT": 10.5, "AEST": 10,
    "AEDT": 11, "NZST": 12, "NZDT": 13,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5,
    "BRT": -3, "ART": -3, "CLT": -4, "COT": -5, "PET": -5,
}  # fmt: skip


def zone(label: str | None) -> dt.tzinfo | None:
    """The fixed offset a zone label or an offset ("+07:00", "GMT+7") stands for."""
    if not label:
        return None
    label = re.sub(r"\s+", "", label.upper()).replace("−", "-")
    if label in _ZONE_HOURS:
        return dt.timezone(dt.timedelta(hours=_ZONE_HOURS[label]))
    match = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", label)
    if not match or int(match[2]) > 14:
        return None
    offset = dt.timedelta(hours=int(match[2]), minutes=int(match[3] or 0))
    return dt.timezone(-offset if match[1] == "-" else offset)


def parse_timestamp(value: str) -> tuple[dt.date, dt.datetime | None] | None:
    """(day as written, datetime or None when only a day) from ISO 8601 or RFC 2822 text.

    A naive datetime is returned naive; the caller decides its offset.
    """
    value = value.strip()
    if match := _ISO.match(value):
        try:
            day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            return None
        if day.year < EARLIEST_YEAR:
            return None
        if match["H"] is None:
            return day, None
        try:
            moment = dt.datetime(
                day.year, day.month, day.day, int(match["H"]), int(match["M"]), int(match["S"] or 0)
            )
        except ValueError:
            return day, None
        return day, moment.replace(tzinfo=zone(match["tz"]))
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return (moment.date(), moment) if moment.year >= EARLIEST_YEAR else None


_URL_DAY = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def url_day(url: str) -> dt.date | None:
    """The day a page's address carries (`/2016/11/28/slug`, `/2019-04-03-slug`), if any."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_DAY.search(path)
    if match is None:
        return None
    try:
        day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    return day if day.year >= EARLIEST_YEAR else None


# ---------------------------------------------------------------------------- written dates

_YEAR = r"(?:19|20)\d\d"
_WRITTEN = re.compile(
    # 23. November 2021, 17 Jan 2022, 1er juin 2023, 2 de julio de 2024, 15.fev.2022
    rf"(?<![\w.])(?P<d1>[0-3]?\d)(?:\.|er|º|°)?\s*(?:de\s+|[-/.]\s*)?(?P<m1>{MONTH_PATTERN})(?!\w)"
    rf"\.?(?:\s*,|\s+de)?\s*[-/.]?\s*(?P<y1>{_YEAR})(?!\d)"
    # July 12, 2022; Oct. 6, 2021; Hulyo 24, 2023
    rf"|(?<!\w)(?P<m2>{MONTH_PATTERN})(?!\w)\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>{_YEAR})(?!\d)"
    # ngày 15 tháng 3 năm 2023
    rf"|(?<!\w)(?P<d3>[0-3]?\d)\s+tháng\s+(?P<m3>1[0-2]|0?[1-9])(?:\s*,?\s*năm\s+|\s*[,/]\s*)"
    rf"(?P<y3>{_YEAR})(?!\d)"
    # 07.09.2023, 30/05/23, 17-01-2022
    r"|(?<![\w.:/-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)"
    rf"(?P<y4>{_YEAR}|\d\d)(?![\d/-]|[.:]\d)"
    # 2023-09-07, 2023/09/07
    rf"|(?<![\w.:/-])(?P<y5>{_YEAR})(?P<sep5>[-/.])(?P<m5>[01]?\d)(?P=sep5)(?P<d5>[0-3]?\d)(?!\d)",
    re.I,
)
_CLOCK = (
    r"(?P<H>[0-2]?\d)[:.h](?P<M>[0-5]\d)(?:[:.](?P<S>[0-5]\d))?(?!\d)"
    r"(?:\s*(?P<half>[ap]\.?\s?m\.?(?!\w)|pagi|siang|sore|petang|malam|tengah\s+hari))?"
    r"(?:\s*(?:uhr|hrs|hs|h)(?!\w))?"
    r"(?:\s*\(?\s*(?-i:(?P<zone>(?:GMT|UTC)\s*[+−-]\s*\d{1,2}(?::?\d{2})?|[A-Z]{1,5}))(?!\w)\)?)?"
)
_CLOCK_AFTER = re.compile(
    r"[\s,;|·•@()\-–—]*(?:(?:at|um|à|às|as|a\s+las|a\s+la|alle|ore|om|kl\.?|klo|saat|lúc|"
    rf"pukul|jam|pk\.?)\s+)?{_CLOCK}",
    re.I,
)
_CLOCK_BEFORE = re.compile(rf"{_CLOCK}[\s,;|·•\-–—]*(?:\w{{2,10}}\.?,?\s+)?$", re.I)
# The last of these words before a date says whether it is an update's.
_LABEL = re.compile(
    r"\b(?:(?P<updated>updated|update|modified|edited|mis\s+à\s+jour|modifié|modifica|"
    r"modificato|aggiornato|aktualisiert|geändert|stand|actualizado|actualización|atualizado|"
    r"atualização|bijgewerkt|gewijzigd|aangepast|päivitetty|güncelleme|güncellendi|"
    r"cập\s+nhật|diperbarui|diperbaharui|dikemas\s+kini|kemaskini|uppdaterad|na-update)"
    r"|published|posted|publié|publiée|veröffentlicht|erschienen|publicado|publicada|"
    r"pubblicato|gepubliceerd|julkaistu|yayınlanma|yayımlandı|đăng|diterbitkan|"
    r"dipublikasikan|terbit|diposting|publicerad|inilathala)\b",
    re.I,
)
_US_ENGLISH = {"en", "en-us", "en-ph", "en-ca"}  # month first in "04/05/2023"


@dataclass(frozen=True)
class Written:
    """A date as a page writes it for people; `clock` and `tz` when the page gives them."""

    day: dt.date
    clock: dt.time | None = None
    tz: dt.tzinfo | None = None
    updated: bool = False
    rest: int = field(default=0, compare=False)  # characters of the text besides date and time

    def moment(self) -> dt.datetime | None:
        """The time as written: aware with a zone label, naive without, None for a day."""
        if self.clock is None:
            return None
        return dt.datetime.combine(self.day, self.clock).replace(tzinfo=self.tz)


def read_written(text: str, *, language: str = "") -> Written | None:
    """The publication date written in `text`: the first one not introduced as an update."""
    month_first = language.lower() in _US_ENGLISH
    found = []
    previous_end = 0
    for match in _WRITTEN.finditer(text):
        day = _day(match, month_first)
        if day is None:
            continue
        clock, tz, (start, end) = _clock_near(text, match, previous_end)
        labels = list(_LABEL.finditer(text, max(previous_end, match.start() - 40), start))
        updated = bool(labels and labels[-1]["updated"])
        found.append(Written(day, clock, tz, updated, len(text.strip()) - (end - start)))
        previous_end = match.end()
        if not found[-1].updated:
            break
    return next((w for w in found if not w.updated), found[0] if found else None)


def _day(match: re.Match, month_first: bool) -> dt.date | None:
    if match["m1"] or match["m2"]:
        year = match["y1"] or match["y2"]
        month = MONTHS[(match["m1"] or match["m2"]).lower()]
        day = match["d1"] or match["d2"]
    elif match["m3"]:
        year, month, day = match["y3"], match["m3"], match["d3"]
    elif match["y4"]:
        first, second = int(match["a"]), int(match["b"])
        if (month_first and first <= 12) or second > 12:
            first, second = second, first
        year, month, day = match["y4"], second, first
        if len(year) == 2:
            year = f"20{year}"
    else:
        year, month, day = match["y5"], match["m5"], match["d5"]
    try:
        found = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return found if found.year >= EARLIEST_YEAR else None


def _clock_near(text: str, match: re.Match, previous_end: int):
    """(time, zone, (start, end) of the date and time) written just after the date, else
    just before it."""
    span = match.span()
    clock = _CLOCK_AFTER.match(text, match.end(), match.end() + 50)
    if clock is not None:
        span = (match.start(), clock.end())
    else:
        begin = max(previous_end, match.start() - 40)
        clock = _CLOCK_BEFORE.search(text, begin, match.start())
        if clock is not None:
            span = (clock.start(), match.end())
    if clock is None:
        return None, None, span
    hour, minute = int(clock["H"]), int(clock["M"])
    half = (clock["half"] or "").lower().replace(".", "").replace(" ", "")
    if half in ("pm", "sore", "petang") or (half == "malam" and hour >= 6):
        hour += 12 if hour < 12 else 0
    elif half in ("siang", "tengahhari") and hour < 11:
        hour += 12
    elif half in ("am", "pagi") and hour == 12:
        hour = 0
    if hour > 23:
        return None, None, match.span()
    return dt.time(hour, minute, int(clock["S"] or 0)), zone(clock["zone"]), span


# ---------------------------------------------------------------------------- page zones

# Where most pages in a language are written, for times without an offset. Languages
# spoken across many zones (English, Spanish, Portuguese, Arabic...) need a region.
_LANGUAGE_ZONES = {
    "id": "Asia/Jakarta", "ms": "Asia/Kuala_Lumpur", "tl": "Asia/Manila",
    "fil": "Asia/Manila", "vi": "Asia/Ho_Chi_Minh", "th": "Asia/Bangkok", "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul", "de": "Europe/Berlin", "fr": "Europe/Paris", "nl": "Europe/Amsterdam",
    "it": "Europe/Rome", "sv": "Europe/Stockholm", "fi": "Europe/Helsinki",
    "tr": "Europe/Istanbul", "pl": "Europe/Warsaw", "cs": "Europe/Prague",
    "da": "Europe/Copenhagen", "nb": "Europe/Oslo", "nn": "Europe/Oslo", "no": "Europe/Oslo",
    "el": "Europe/Athens", "hu": "Europe/Budapest", "ro": "Europe/Bucharest",
    "en-gb": "Europe/London", "en-ie": "Europe/Dublin", "en-in": "Asia/Kolkata",
    "en-sg": "Asia/Singapore", "en-my": "Asia/Kuala_Lumpur", "en-ph": "Asia/Manila",
    "en-nz": "Pacific/Auckland", "en-za": "Africa/Johannesburg", "en-ng": "Africa/Lagos",
    "en-ke": "Africa/Nairobi", "en-pk": "Asia/Karachi", "pt-br": "America/Sao_Paulo",
    "pt-pt": "Europe/Lisbon", "es-es": "Europe/Madrid", "es-mx": "America/Mexico_City",
    "es-ar": "America/Argentina/Buenos_Aires", "es-co": "America/Bogota",
    "es-cl": "America/Santiago", "es-pe": "America/Lima", "fr-ca": "America/Toronto",
    "fr-be": "Europe/Brussels", "fr-ch": "Europe/Zurich", "de-at": "Europe/Vienna",
    "de-ch": "Europe/Zurich", "nl-be": "Europe/Brussels",
}  # fmt: skip


def language_zone(tag: str) -> dt.tzinfo | None:
    """The usual zone of pages in language `tag` ("de", "en-GB"), or None when unsure."""
    tag = tag.strip().replace("_", "-").lower()
    name = _LANGUAGE_ZONES.get(tag) or _LANGUAGE_ZONES.get(tag.split("-")[0])
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # pragma: no cover - tzdata is a declared dependency
        return None
