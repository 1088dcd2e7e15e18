"""The results page: a filtered, searched, paginated list of articles (any database).

`render_listing` owns the page: the filter form decides, once, what is asked for (words,
filters, whether the results are ranked and in which order); then one query counts the
results and their facets and picks the page's articles, and one more fetches them (with
highlighted snippets when there are words to search for). A search that finds nothing
gets a spelling suggestion instead (PostgreSQL only). Bad parameters answer 400 on the
same page; a page past the end answers 404.

`count_facets` answers, in one query, the number of matching articles, how they spread
over sources, years, languages and tags, and which of them make up the page being
shown, in the page's order (best match first when the rows are ranked); `active_filters`
and the facet values carry the links that add or remove one filter.

Counting is bounded: it reads at most `exact_limit()` + 1 matching rows, newest first
(oldest first when the list is). Up to the limit the counts are exact; beyond it the
total is "more than the limit", and the facets count, and the pages list, the limit's
newest (or oldest) matches. Ranking reads each candidate's search document, so it is
done on those rows only, in the same pass that counts them.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import EmptyPage, Page, Paginator
from django.db import connections
from django.db.models import QuerySet
from django.db.models.functions import ExtractYear
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _

from . import aggregates, languages, search
from .forms import DATE_FROM, DATE_TO, ArticleFilterForm
from .models import Article, Source, Tag

TOP_VALUES = 12


def exact_limit() -> int:
    """`settings.NEWSROOM_SEARCH_EXACT_LIMIT`, read at call time (tests lower it)."""
    return settings.NEWSROOM_SEARCH_EXACT_LIMIT


# Bounded: at most `limit` + 1 rows are read (once, MATERIALIZED): the extra row only
# says "there are more"; the facets group the first `limit` of them, and the page is
# numbered among those same rows.
_FACETS_SQL = """
WITH probe AS MATERIALIZED ({inner}),
matching AS MATERIALIZED (SELECT * FROM probe ORDER BY published_at {direction}, id {direction}
    LIMIT {limit})
SELECT 'total', NULL, COUNT(*) FROM probe
UNION ALL SELECT 'source', CAST(source_id AS TEXT), COUNT(*) FROM matching GROUP BY source_id
UNION ALL SELECT 'year', CAST(year AS TEXT), COUNT(*) FROM matching GROUP BY year
UNION ALL SELECT 'lang', language, COUNT(*) FROM matching GROUP BY language
UNION ALL SELECT 'tag', CAST(tagging.tag_id AS TEXT), COUNT(*)
    FROM matching JOIN articles_article_tags AS tagging ON tagging.article_id = matching.id
    GROUP BY tagging.tag_id
UNION ALL SELECT 'page', CAST(id AS TEXT), position FROM (
    SELECT id, ROW_NUMBER() OVER (ORDER BY {page_order}) AS position FROM matching
    ORDER BY position LIMIT {page_size} OFFSET {page_offset}) AS page
"""


@dataclass
class FacetValue:
    label: str
    count: int
    url: str  # adds this value to the filters; empty when it is already one of them


@dataclass
class Facets:
    total: int  # exact up to `limit`; `limit` + 1 means "more than `limit`"
    groups: list[tuple[str, list[FacetValue]]]
    limit: int
    page_ids: list[int]  # the requested page's articles, in the list's order

    @property
    def is_bounded(self) -> bool:
        """More matches than `limit`: `groups` count only the first `limit` of them."""
        return self.total > self.limit


def link_with(params: QueryDict, **changes) -> str:
    params = params.copy()
    params.pop("page", None)
    for name, value in changes.items():
        if isinstance(value, list):
            params.setlist(name, value)
        elif value is None:
            params.pop(name, None)
        else:
            params[name] = value
    return f"?{params.urlencode()}" if params else "?"


def count_facets(
    articles: QuerySet,
    params: QueryDict,
    *,
    sources,
    tags,
    oldest_first: bool,
    ranked: bool,
    page_offset: int,
    page_size: int,
) -> Facets:
    """Counts of `articles` (already filtered) by source, year, language and tag.

    `sources` and `tags` map ids to `(slug, name)`; `params` are the page's GET
    parameters, from which each value's link is built. Reads at most `exact_limit()` + 1
    rows, newest first (or oldest first), through the listing index when it pays. Also
    answers the ids of the page of `page_size` rows from `page_offset` on, best match
    first when `ranked` (`articles` carry a `rank`), else by date.
    """
    limit = exact_limit()
    # No page lies past the limit; a page number in the billions must not overflow OFFSET.
    page_offset = min(page_offset, limit)
    order = ["published_at", "pk"] if oldest_first else ["-published_at", "-pk"]
    direction = "ASC" if oldest_first else "DESC"
    columns = ["id", "source_id", "language", "year", "published_at"]
    if ranked:
        columns.append("rank")
    inner = (
        articles.order_by(*order)
        .annotate(year=ExtractYear("published_on"))
        .values(*columns)[: limit + 1]
    )
    sql, sql_params = inner.query.get_compiler(using=articles.db).as_sql()
    query = _FACETS_SQL.format(
        inner=sql,
        direction=direction,
        limit=int(limit),
        page_order=(
            "rank DESC, published_at DESC, id DESC"
            if ranked
            else f"published_at {direction}, id {direction}"
        ),
        page_size=int(page_size),
        page_offset=int(page_offset),
    )
    with connections[articles.db].cursor() as cursor:
        cursor.execute(query, sql_params)
        rows = cursor.fetchall()
    counts = {"total": {}, "source": {}, "year": {}, "lang": {}, "tag": {}, "page": {}}
    for kind, value, n in rows:
        counts[kind][value] = n
    total = counts["total"].get(None, 0)

    def chosen(name):
        return params.getlist(name)

    source_values = []
    for source_id, n in sorted(counts["source"].items(), key=lambda item: -item[1]):
        slug, name = sources[int(source_id)]
        url = (
            "" if slug in chosen("source") else link_with(params, source=[*chosen("source"), slug])
        )
        source_values.append(FacetValue(name, n, url))
    year_values = []
    for year, n in sorted(counts["year"].items(), key=lambda item: item[0] or "", reverse=True):
        if year is None:
            continue
        year = str(int(float(year)))  # SQLite may answer "2024.0"
        span = {DATE_FROM: f"{year}-01-01", DATE_TO: f"{year}-12-31"}
        active = all(params.get(name) == value for name, value in span.items())
        year_values.append(FacetValue(year, n, "" if active else link_with(params, **span)))
    lang_values = [
        FacetValue(
            languages.label(code),
            n,
            "" if params.get("lang") == code else link_with(params, lang=code),
        )
        for code, n in sorted(counts["lang"].items(), key=lambda item: -item[1])
    ]
    tag_values = []
    for tag_id, n in sorted(counts["tag"].items(), key=lambda item: (-item[1], item[0])):
        slug, name = tags[int(tag_id)]
        url = "" if slug in chosen("tag") else link_with(params, tag=[*chosen("tag"), slug])
        tag_values.append(FacetValue(name, n, url))
    groups = [
        (_("Sources"), source_values[:TOP_VALUES]),
        (_("Years"), year_values),
        (_("Languages"), lang_values),
        (_("Tags"), tag_values[:TOP_VALUES]),
    ]
    page_ids = [int(pk) for pk, _ in sorted(counts["page"].items(), key=lambda item: item[1])]
    return Facets(total, [(title, values) for title, values in groups if values], limit, page_ids)


@dataclass
class ActiveFilter:
    label: str
    remove_url: str


def active_filters(form, params: QueryDict, *, source_names, tag_names) -> list[ActiveFilter]:
    """One removable chip per filter in use (repeated sources and tags each get one)."""
    data = form.cleaned_data
    chips = []
    if data["q"]:
        chips.append(ActiveFilter(_("Words: %s") % data["q"], link_with(params, q=None)))
    for name, names in [("source", source_names), ("tag", tag_names)]:
        for slug in data[name]:
            rest = [s for s in params.getlist(name) if s != slug]
            chips.append(ActiveFilter(names.get(slug, slug), link_with(params, **{name: rest})))
    if data["lang"]:
        chips.append(
            ActiveFilter(
                _("Language: %s") % languages.label(data["lang"]), link_with(params, lang=None)
            )
        )
    for field_name, label in [("date_from", _("From %s")), ("date_to", _("To %s"))]:
        public = form.add_prefix(field_name)
        if data[field_name]:
            chips.append(
                ActiveFilter(
                    label % data[field_name].isoformat(), link_with(params, **{public: None})
                )
            )
    return chips


def render_listing(
    request, articles: QuerySet, template: str, context: dict, *, count=None, anchor=None
):
    """The results page for `articles` (published, maybe of one source or tag).

    `count`, when given, tells how many `articles` there are (a callable returning a
    cached figure, see `articles.aggregates`): the unfiltered list then counts nothing
    itself. A filtered list counts its matches with its facets and never calls it.
    `anchor`, for the whole published list only, finds where its numbered pages start
    (`aggregates.listing_anchor`).
    """
    sources = {
        pk: (slug, name) for pk, slug, name in Source.objects.values_list("pk", "slug", "name")
    }
    tags = {pk: (slug, name) for pk, slug, name in Tag.objects.values_list("pk", "slug", "name")}
    form = ArticleFilterForm(
        request.GET,
        sources=list(sources.values()),
        tags=list(tags.values()),
        language_codes=aggregates.published_languages(),
        ranks=search.is_supported(articles.db),
    )
    if not form.is_valid():
        return render(request, template, context | {"form": form, "page_obj": None}, status=400)
    results = form.filter(articles.for_listing())
    paginator = Paginator(results, settings.NEWSROOM_PAGE_SIZE)
    number = form.cleaned_data["page"] or 1
    facets, chips, suggestion = None, [], ""
    if not form.is_filtered:
        if count is not None:
            paginator.count = count()  # a cached property: setting it saves the COUNT
        page = _unfiltered_page(
            results, paginator, number, oldest_first=form.is_oldest_first, anchor=anchor
        )
    else:
        facets = count_facets(
            results,
            request.GET,
            sources=sources,
            tags=tags,
            oldest_first=form.is_oldest_first,
            ranked=form.is_ranked,
            page_offset=(number - 1) * paginator.per_page,
            page_size=paginator.per_page,
        )
        # Readers page through at most `limit` matches. `count` is a cached property:
        # setting it saves a COUNT.
        paginator.count = min(facets.total, facets.limit)
        chips = active_filters(
            form, request.GET, source_names=dict(sources.values()), tag_names=dict(tags.values())
        )
        listed = _articles_in_order(facets.page_ids, form.query)
        page = _page_or_404(paginator, number, listed)
        if form.query and not listed:
            suggestion = search.suggestion(form.query)
    return render(
        request,
        template,
        context
        | {
            "form": form,
            "page_obj": page,
            "paginator": paginator,
            "facets": facets,
            "chips": chips,
            "suggestion": suggestion,
            "suggestion_url": link_with(request.GET, q=suggestion) if suggestion else "",
        },
    )


def _articles_in_order(ids: list[int], query: search.Query | None = None) -> list[Article]:
    """The articles of `ids`, in that order, each with a snippet when there are words."""
    if not ids:
        return []
    rows = Article.objects.filter(pk__in=ids).for_listing()
    if query:
        rows = search.with_snippets(rows, query)
    by_pk = {article.pk: article for article in rows}
    listed = [by_pk[pk] for pk in ids if pk in by_pk]
    for article in listed if query else []:
        article.snippet = search.snippet(article, query)
    return listed


def _unfiltered_page(results, paginator, number, *, oldest_first, anchor=None):
    """Page `number` of an unfiltered list, read as the ids of its rows first (from the
    listing index alone), then those rows.

    A page nearer the end is read from the end, in the reverse order, so no page skips
    more than half the list. With `anchor` (`aggregates.listing_anchor`, for the whole
    published list) a page further from both ends than from its anchor row is read from
    that row instead; the first and last pages are always read from their own end, so
    they show the newest and the oldest rows as they are now.
    """
    try:
        number = paginator.validate_number(number)
    except EmptyPage:
        raise Http404("No such page of results.") from None
    per_page, total = paginator.per_page, paginator.count
    start = (number - 1) * per_page
    size = min(per_page, total - start)
    ids = results.values_list("pk", flat=True)
    newest = total - start - size if oldest_first else start  # counted from the newest
    far = min(start, total - start - size)  # rows skipped from the nearer end
    row, skip = anchor(newest) if anchor and far else (None, far)
    if row is not None and skip < far:
        # Rows at or older than a visible row are visible: no "not in the future" bound,
        # which would give SQLite a second upper bound to start its scan from.
        visible = Article.objects.published_or_scheduled()
        found = visible.from_row(*row).values_list("pk", flat=True)[skip : skip + size]
        page_ids = list(found)[:: -1 if oldest_first else 1]
    elif start > total - start - size:
        end = total - start  # rows after the page's last, counted from the other end
        page_ids = list(ids.reverse()[end - size : end])[::-1]
    else:
        page_ids = list(ids[start : start + per_page])
    if not page_ids and number > 1:
        raise Http404("No such page of results.")
    return Page(_articles_in_order(page_ids), number, paginator)


def _page_or_404(paginator, number, object_list=None):
    """Page `number` of `paginator`, holding `object_list` when the rows are already read."""
    try:
        if object_list is None:
            return paginator.page(number)
        return Page(object_list, paginator.validate_number(number), paginator)
    except EmptyPage:
        raise Http404("No such page of results.") from None
