"""Text helpers shared by the metadata and body readers."""

import re
import unicodedata

REMOVED_TEXT_LIMIT = 160  # characters of a removed block kept in `removed`

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).translate(_INVISIBLE).split())


def _short(text: str) -> str:
    text = _clean(text)
    return text if len(text) <= REMOVED_TEXT_LIMIT else text[: REMOVED_TEXT_LIMIT - 1] + "…"


def _key(name: str) -> str:
    """A site name reduced for comparison: "KOMPAS.com" and "www.kompas.com" -> "kompas"."""
    name = name.lower().strip()
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name)
    name = re.sub(r"\.(?:com|co\.id|co\.uk|co|net|org|id|de|fr|es|tv|news)(?:/.*)?$", "", name)
    return re.sub(r"\W+", "", name)
