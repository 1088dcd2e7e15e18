"""Near-duplicate detection: one story in two texts.

Read-only: these functions look for stored articles and never write. `find_same_story`
finds the stored article a corrected file is a new text of (same source, day and title,
the same story); `find_original` finds the same story republished by another outlet,
which the importer stores in `Article.duplicate_of`.

A story counts as another version of an article when both fall within
`WINDOW_DAYS` of each other, come from different sources, and their bodies share
enough 5-word shingles: a Jaccard similarity of at least `JACCARD_THRESHOLD`, or one
body containing at least `CONTAINMENT_THRESHOLD` of the other's shingles (an outlet
that cut the story short or added a paragraph). A few edited words drop a long story's
Jaccard only a little (each edit spoils at most 5 shingles), while two different
stories on the same day share almost none.

Bodies are compared only for a handful of candidates (`MAX_CANDIDATES`): the articles
of the window whose title and first paragraph share word pairs with the new one's,
computed in Python over the window's stored excerpts (at most `MAX_WINDOW_ROWS`, newest
first). The same code runs on every database. On PostgreSQL it replaced `pg_trgm`
similarity of the title and excerpt, which cost about 90 µs a window row (13 µs here)
and, being loose, let most of the window through as candidates whose bodies were then
read and compared (import speed went from 57 to 73 pages/s on the former, small
benchmark pages).
"""

import datetime as dt
import re
import unicodedata

from articles.models import EXCERPT_LENGTH, Article

SHINGLE_SIZE = 5
JACCARD_THRESHOLD = 0.5
CONTAINMENT_THRESHOLD = 0.8
WINDOW_DAYS = 3
MAX_CANDIDATES = 20
# The window is scanned only through the excerpt; this bounds the scan on a busy week.
MAX_WINDOW_ROWS = 5000

_WORDS = re.compile(r"\w+")
# Titles compare without punctuation: curly or straight quotes, dashes and a dropped
# full stop do not make another story.
_NOT_WORD = re.compile(r"[\W_]+")


def words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[tuple[str, ...]]:
    """The runs of `size` consecutive words of `text` (all of it when shorter)."""
    tokens = words(text)
    if len(tokens) < size:
        return {tuple(tokens)} if tokens else set()
    # Tuples built by zip cost less than half as much as joined strings; an import compares
    # up to MAX_CANDIDATES bodies, so this is most of the time the check takes.
    return set(zip(*(tokens[i:] for i in range(size)), strict=False))


def is_same_story(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> bool:
    """True when two shingle sets are close enough to be versions of one story."""
    if not a or not b:
        return False
    shared = len(a & b)
    jaccard = shared / len(a | b)
    containment = shared / min(len(a), len(b))
    return jaccard >= JACCARD_THRESHOLD or containment >= CONTAINMENT_THRESHOLD


def normalised_title(title: str) -> str:
    """The title in lower case, its punctuation and spacing reduced to single spaces."""
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", title).casefold()).strip()


def find_same_story(
    *, title: str, body: str, published_on: dt.date | None, source_id: int
) -> Article | None:
    """The stored article of this source, day and title whose text tells the same story.

    An undated document (`published_on` None) is compared with the source's undated
    articles, the drafts that still need a date. The title is the article's or the one
    its file gave (an editor may have changed the article's since). Two different stories
    under one title on one day ("Harga Emas Hari Ini") share few shingles and are not
    matched; a correction leaves most in place.
    """
    wanted = normalised_title(title)
    if published_on is None:
        same_day = Article.objects.needs_date()
    else:
        same_day = Article.objects.published_around(published_on, days=0)
    same_day = same_day.filter(source_id=source_id).values_list("pk", "title", "provenance__title")
    titled = [
        pk
        for pk, *titles in same_day
        if any(normalised_title(other) == wanted for other in titles if other)
    ]
    if not titled:
        return None
    mine = shingles(body)
    for candidate in Article.objects.filter(pk__in=titled).order_by("pk").only("pk", "body"):
        if is_same_story(mine, shingles(candidate.body)):
            return Article.objects.select_for_update().get(pk=candidate.pk)
    return None


def find_original(
    *,
    title: str,
    body: str,
    published_on: dt.date | None,
    source_id: int,
    using: str = "default",
) -> Article | None:
    """The earliest known version of this story from another source, or None (always for
    an undated story: versions are looked for around its day)."""
    if published_on is None:
        return None
    window = Article.objects.using(using).published_around(published_on, WINDOW_DAYS)
    window = window.exclude(source_id=source_id)
    first_paragraph = body.split("\n\n", 1)[0][:EXCERPT_LENGTH]
    candidate_ids = _word_pair_candidates(window, title, first_paragraph)
    if not candidate_ids:
        return None
    mine = shingles(body)
    versions = [
        candidate
        for candidate in Article.objects.using(using)
        .filter(pk__in=candidate_ids)
        .only("pk", "body", "duplicate_of_id", "published_at")
        if is_same_story(mine, shingles(candidate.body))
    ]
    if not versions:
        return None
    # Point at the root of the cluster, so every version hangs off one article.
    earliest = min(versions, key=lambda a: (a.published_at is None, a.published_at, a.pk))
    root_id = earliest.duplicate_of_id or earliest.pk
    return Article.objects.using(using).only("pk", "title").get(pk=root_id)


def _pairs(text: str) -> set[tuple[str, ...]]:
    return shingles(text, 2)


def _word_pair_candidates(window, title: str, first_paragraph: str) -> list[int]:
    mine = _pairs(f"{title} {first_paragraph}")
    if not mine:
        return []
    scored = []
    rows = window.order_by("-published_at").values_list("pk", "title", "excerpt")
    for pk, other_title, excerpt in rows[:MAX_WINDOW_ROWS]:
        theirs = _pairs(f"{other_title} {excerpt}")
        shared = len(mine & theirs)
        if shared >= 3 or (theirs and shared / len(theirs) >= 0.3):
            scored.append((shared, pk))
    scored.sort(reverse=True)
    return [pk for _, pk in scored[:MAX_CANDIDATES]]
