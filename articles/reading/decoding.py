"""The one decoding rule: a file's bytes to text, by its format (see `articles.reading`).

- Saved pages (`decode_html`): a byte-order mark wins; otherwise bytes that are valid
  UTF-8 are UTF-8 whatever the page declares (legacy single-byte text almost never forms
  valid UTF-8); otherwise the declared charset (`<meta charset>`, `http-equiv`, XML
  declaration) is used, except that "iso-8859-1", "latin-1", "ascii" and a wrong "utf-8"
  mean Windows-1252, as browsers read them. Stray non-UTF-8 bytes in a UTF-8 page are
  read as Windows-1252.
- Text dumps: UTF-8 (a byte-order mark is dropped); a dump that is not valid UTF-8 is a
  legacy Windows file and is read as Windows-1252, which also covers ISO-8859-1. A file
  holding NUL bytes is binary, not a dump, and is refused.
- Newsroom exports: strictly UTF-8, as JSON requires (RFC 8259) and `export_articles`
  writes; anything else is a damaged export, refused rather than guessed at.
"""

import codecs
import re

from articles.reading.types import ParseError


def _cp1252_fallback(error: UnicodeDecodeError):
    """Decode the bytes UTF-8 rejected as Windows-1252 (undefined bytes as Latin-1)."""
    chunk = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), (
        error.end
    )


codecs.register_error("newsroom-cp1252", _cp1252_fallback)

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([\w.-]+)""", re.I)
_WINDOWS_1252_LABELS = {"cp1252", "latin_1", "ascii", "iso8859_1", "utf_8"}


# C0 control characters other than tab and line breaks: no text means them, and lxml
# refuses a page holding one (in an attribute name, say). NUL is among them: a title
# keeps its words, never a U+FFFD where the NUL stood.
_CONTROL_CHARACTERS = [chr(code) for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))]
_WITHOUT_CONTROL = dict.fromkeys(map(ord, _CONTROL_CHARACTERS))


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text, control characters removed, and the encoding it was read with."""
    text, encoding = _decode_html(data)
    # Looking for each character costs a tenth of a regular expression's scan, and
    # almost every page holds none of them.
    if any(character in text for character in _CONTROL_CHARACTERS):
        text = text.translate(_WITHOUT_CONTROL)
    return text, encoding


def _decode_html(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="newsroom-cp1252"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    match = _CHARSET.search(head) or _XML_ENCODING.search(head)
    declared = None
    if match:
        try:
            declared = codecs.lookup(match[1].decode("ascii")).name.replace("-", "_")
        except LookupError:
            declared = None
    if declared is None or declared in _WINDOWS_1252_LABELS:
        # Mostly UTF-8 with a few stray bytes stays UTF-8; anything else is Windows-1252.
        bad = sum(1 for b in data if b >= 0x80)
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") * 2 < bad * 0.2 and declared in (None, "utf_8"):
            return data.decode("utf-8", errors="newsroom-cp1252"), "utf-8"
        return data.decode("cp1252", errors="newsroom-cp1252"), "windows-1252"
    return data.decode(declared, errors="replace"), declared


def decode_text(data: bytes, *, name: str) -> str:
    """A text dump's text; `ParseError` for a binary file (see the module docstring)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="newsroom-cp1252")
    if "\x00" in text:
        raise ParseError(
            f"unreadable: {name} holds binary data (NUL bytes), not a text dump; "
            "check that it is the right file"
        )
    return text


def decode_json(data: bytes) -> str:
    """An export's text; `ParseError` naming the first byte that is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ParseError(
            f"not UTF-8: byte {error.object[error.start]:#04x} at offset {error.start} "
            "cannot be decoded; exports are UTF-8, so the file is damaged: export it again"
        ) from error
