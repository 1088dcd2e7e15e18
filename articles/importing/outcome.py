"""What importing one item did: an `Outcome`, one of `OUTCOMES`, or a `ParseError`."""

from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from articles.reading import ParseError

# In the order every report lists them (both commands and the admin's import page):
# "kept" is an article an editor changed, left as they left it although its source says
# otherwise; "failed" is a file that raised `ParseError`.
OUTCOME_LABELS = {
    "created": _("created"),
    "updated": _("updated"),
    "unchanged": _("unchanged"),
    "kept": _("kept"),
    "duplicate": _("duplicate"),
    "failed": _("failed"),
}
OUTCOMES = list(OUTCOME_LABELS)


def summary(tally: Counter) -> str:
    """The report's closing line: every outcome with its count, zeros included."""
    return ", ".join(f"{kind} {tally[kind]}" for kind in OUTCOMES)


@dataclass(frozen=True)
class Outcome:
    kind: str  # "created" | "updated" | "unchanged" | "kept" | "duplicate"
    article: Article | None  # for "duplicate", the article already holding the text
    note: str = ""  # what a person should know: the stored copy, a possible duplicate

    def __str__(self):
        return f"{self.kind}: {self.note}" if self.note else self.kind


def check_valid(article: Article, *, exclude=None, **checks) -> None:
    """`article.full_clean`, its problems raised as one `ParseError` a person can read."""
    try:
        article.full_clean(exclude=exclude, **checks)
    except ValidationError as error:
        problems = "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
        raise ParseError(f"not a valid article: {problems}") from error


def check_length(what: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise ParseError(
            f"{what} name too long: {value[:40]!r}… has {len(value)} characters, "
            f"at most {limit} fit"
        )
