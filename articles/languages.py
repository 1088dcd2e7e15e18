"""The one rule for article language codes: what is valid, what matches, what is assumed.

Articles carry a BCP 47 code ("id", "en", "en-GB"). A filter for "en" matches "en" and
every "en-…" region; readers store only the primary subtag a page states; a text that
states no language takes the caller's, else the language py3langid reads in it, else
`settings.NEWSROOM_DEFAULT_LANGUAGE`. Models, forms, search and both readers use these
functions; none of them decides on its own.
"""

import functools
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

# A guess needs this many letters, and the detector this much confidence; less is no guess.
_GUESS_MIN_LETTERS = 20
_GUESS_MIN_PROBABILITY = 0.3
_GUESS_MAX_CHARACTERS = 1000  # the opening is enough, and the cost grows with the text


def default() -> str:
    """The language assumed when nothing says (`NEWSROOM_DEFAULT_LANGUAGE`)."""
    return settings.NEWSROOM_DEFAULT_LANGUAGE


def primary_subtag(code: str) -> str:
    """ "id-ID" -> "id", "en_GB" -> "en"; "" when `code` does not start with a language."""
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


def guess(text: str) -> str:
    """The language `text` is written in, by py3langid, or "" when it cannot tell.

    py3langid (langid.py's model, 97 languages) was measured against the common-words
    rule it replaced and lingua: on corpus-real's 223 pages it named all 223 languages
    from 200 characters (common words: 183, and no answer for Chinese or Japanese);
    lingua did as well at a 96 MB install. See docs/importing.md.
    """
    text = text[:_GUESS_MAX_CHARACTERS]
    if sum(ch.isalpha() for ch in text) < _GUESS_MIN_LETTERS:
        return ""
    code, probability = _identifier().classify(text)
    return code if probability >= _GUESS_MIN_PROBABILITY else ""


@functools.cache
def _identifier():
    """The model, loaded on first use (0.8 s): only importing guesses a language."""
    from py3langid import langid

    return langid.LanguageIdentifier.from_modelpath(
        langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True
    )


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
