"""What importing one item did: an `Outcome`, one of `OUTCOMES`, or a `ParseError`."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from articles.models import Article
from articles.reading import ParseError

# In the order reports list them; "failed" is a file that raised `ParseError`.
OUTCOMES = ["created", "updated", "unchanged", "duplicate", "failed"]


@dataclass(frozen=True)
class Outcome:
    kind: str  # "created" | "updated" | "unchanged" | "duplicate"
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
