"""Figures over the whole archive that reader pages show: cached, never counted per request.

Each reads every published row (the languages in use: 157 ms at 100,000 articles; the
published articles of each source and tag: 140 ms), so each is computed once per version
of the archive (`articles.freshness`) and kept in the cache under that version: any
change, by any process, and a scheduled article coming due, make new keys, so a figure
is never stale. With the default per-process cache each gunicorn worker keeps its own
copy; a shared cache (Redis) makes it one. Reader pages get the figures from here: the
menus and counts of the home, source and tag pages, the number of pages of an unfiltered
list (which then counts nothing itself), and the anchor rows a middle page of the whole
list starts from.
"""

from datetime import datetime

from django.core.cache import cache
from django.db.models import Count, F, Window
from django.db.models.functions import Mod, RowNumber

from articles import freshness
from articles.models import Article, Source, Tag

CACHE_SECONDS = 600  # only to free memory: a new version makes new keys
_LANGUAGES = "newsroom:published-languages"
_COUNTS = {Source: "newsroom:published-per-source", Tag: "newsroom:published-per-tag"}
_ANCHORS = "newsroom:listing-anchors"
# A middle page of the whole list skips at most this many index entries after its anchor.
ANCHOR_EVERY = 500


def published_languages() -> list[str]:
    """The language codes of the published articles, in order."""
    return cache.get_or_set(
        _at_this_version(_LANGUAGES),
        lambda: list(Article.objects.published().languages()),
        CACHE_SECONDS,
    )


def published_counts(model) -> dict[int, int]:
    """{pk: published articles} for `Source` or `Tag`; those with none are left out."""
    return cache.get_or_set(_at_this_version(_COUNTS[model]), lambda: _count(model), CACHE_SECONDS)


def published_count(item) -> int:
    """The published articles of one source or tag."""
    return published_counts(type(item)).get(item.pk, 0)


def published_total() -> int:
    """The published articles: every one has a source, so the sum of the sources' counts."""
    return sum(published_counts(Source).values())


def listing_anchor(position: int) -> tuple[tuple[datetime, int] | None, int]:
    """Where the published list's row at `position` (0 = the newest) is found from: the
    `(published_at, id)` of the nearest anchor at or before it, and how many rows lie
    between them. `(None, position)` when no article is published.

    Anchors are every `ANCHOR_EVERY`-th row of the list, newest first (the 1st, the
    501st, ...), read once by a window over the listing index and cached like the
    counts: a numbered page starts from its anchor instead of skipping every row before
    it (a middle page of 1,000,000 skipped 500,000 index entries: 36 to 50 ms).
    """
    anchors = cache.get_or_set(_at_this_version(_ANCHORS), _anchors, CACHE_SECONDS)
    if not anchors:
        return None, position
    index = min(position // ANCHOR_EVERY, len(anchors) - 1)
    return anchors[index], position - index * ANCHOR_EVERY


def _anchors() -> list[tuple[datetime, int]]:
    rows = (
        Article.objects.published()
        .annotate(position=Window(RowNumber(), order_by=[F("published_at").desc(), F("pk").desc()]))
        # Filtering on a window makes Django wrap the query: the window numbers every row.
        .annotate(past_anchor=Mod(F("position") - 1, ANCHOR_EVERY))
        .filter(past_anchor=0)
        .order_by("position")
        .values_list("published_at", "pk")
    )
    return list(rows)


def _count(model) -> dict[int, int]:
    published = Article.objects.published()
    if model is Source:
        rows = published.order_by().values_list("source_id").annotate(n=Count("pk"))
    else:
        rows = (
            Article.tags.through.objects.filter(article__in=published.values("pk"))
            .order_by()
            .values_list("tag_id")
            .annotate(n=Count("article_id"))
        )
    return dict(rows)


def counted(objects, model) -> list:
    """`objects` (sources or tags) with `published_count` set, those with none left out."""
    counts = published_counts(model)
    kept = []
    for item in objects:
        if item.pk in counts:
            item.published_count = counts[item.pk]
            kept.append(item)
    return kept


def most_used_tags(limit: int) -> list[Tag]:
    """The `limit` tags with the most published articles (ties by name), counted."""
    counts = published_counts(Tag)
    ranked = sorted(counts.values(), reverse=True)
    floor = ranked[limit - 1] if len(ranked) >= limit else 0
    top = [pk for pk, n in counts.items() if n >= floor]  # ties at the floor go by name
    tags = counted(Tag.objects.filter(pk__in=top), Tag)
    return sorted(tags, key=lambda tag: (-tag.published_count, tag.name))[:limit]


def _at_this_version(name: str) -> str:
    return f"{name}:{freshness.current().key}"
