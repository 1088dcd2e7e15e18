"""The one rule for article language codes: what is valid, what matches, what is assumed.

Articles carry a BCP 47 code ("id", "en", "en-GB"). A filter for "en" matches "en" and
every "en-…" region; readers store only the primary subtag a page states; a text that
states no language takes the caller's, else a guess from its common words, else
`settings.NEWSROOM_DEFAULT_LANGUAGE`. Models, forms, search and both readers use these
functions; none of them decides on its own.
"""

import re

from django.conf import settings
from django.core.validators import RegexValidator
from django.db.models import Q
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

code_validator = RegexValidator(
    r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    _("Use a language code such as “id”, “en” or “en-GB”."),
)

# Ten of the commonest words per language: three or more of one set in a text's opening
# paragraphs is a safe guess; fewer is no guess at all.
_STOPWORDS = {
    "id": {"yang", "dan", "di", "dengan", "untuk", "dari", "ini", "itu", "tidak", "akan"},
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with"},
    "de": {"der", "die", "und", "das", "nicht", "mit", "ist", "den", "ein", "sich"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour"},
    "es": {"el", "los", "las", "y", "que", "del", "una", "por", "con", "para"},
    "nl": {"de", "het", "een", "en", "van", "niet", "dat", "zijn", "voor", "met"},
    "pt": {"o", "os", "as", "e", "que", "do", "da", "uma", "para", "com"},
    "it": {"il", "di", "che", "e", "la", "per", "una", "sono", "del", "della"},
}
_GUESS_MIN_HITS = 3


def default() -> str:
    """The language assumed when nothing says (`NEWSROOM_DEFAULT_LANGUAGE`)."""
    return settings.NEWSROOM_DEFAULT_LANGUAGE


def primary_subtag(code: str) -> str:
    """ "id-ID" -> "id", "en_GB" -> "en"; "" when `code` does not start with a language."""
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


def guess(text: str) -> str:
    """The language whose common words `text` uses most, or "" when too few are there."""
    words = re.findall(r"\w+", text.lower())
    counts = {code: sum(w in stop for w in words) for code, stop in _STOPWORDS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] >= _GUESS_MIN_HITS else ""


GUESS_PARAGRAPHS = 5  # the opening paragraphs are the story's; later ones may be notes


def choose(*, stated: str, given: str | None, body: str) -> str:
    """The language to store: the one the document states (its primary subtag), the
    caller's, a guess from the opening paragraphs of `body`, the default."""
    opening = " ".join(body.split("\n\n")[:GUESS_PARAGRAPHS])
    return primary_subtag(stated) or (given or "").strip() or guess(opening) or default()


def matching(code: str, field: str = "language") -> Q:
    """Rows in language `code` or any of its regions ("en" finds "en" and "en-GB")."""
    return Q(**{field: code}) | Q(**{f"{field}__startswith": f"{code}-"})


def label(code: str) -> str:
    """The language's name in the reader's language ("Bahasa Indonesia"), else the code."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code
