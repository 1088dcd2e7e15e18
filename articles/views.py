"""Reader pages. Every queryset starts from `Article.objects.published()`."""

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, Page, Paginator
from django.db import DatabaseError, connection
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.generic.dates import DayArchiveView, MonthArchiveView, YearArchiveView

from . import search
from .facets import active_filters, count_facets, link_with
from .forms import OLDEST, ArticleFilterForm, language_label
from .models import Article, Source, Tag

HOME_SIZE = 10
# Listing the languages in use reads every published row (157 ms at 100,000 articles):
# the filter form's menu may lag a new language by this long.
LANGUAGES_CACHE_KEY, LANGUAGES_CACHE_SECONDS = "newsroom:published-languages", 600


def published_count():
    return Count("articles", filter=Q(articles__in=Article.objects.published()))


def index(request):
    latest = Article.objects.published().for_listing().newest_first()[:HOME_SIZE]
    sources = Source.objects.annotate(n=published_count()).filter(n__gt=0)
    tags = Tag.objects.annotate(n=published_count()).filter(n__gt=0).order_by("-n", "name")[:30]
    return render(
        request,
        "articles/index.html",
        {"articles": latest, "sources": sources, "tags": tags},
    )


def published_languages():
    return list(
        Article.objects.published()
        .order_by("language")
        .values_list("language", flat=True)
        .distinct()
    )


def filtered_listing(request, articles, template, context):
    """A paginated, filterable list of `articles`; bad parameters answer 400 on the same page.

    With filters in use, one query counts the results and their facets and picks the
    page's articles, and one more fetches them (with highlighted snippets when there
    are words to search for); a search that finds nothing gets a spelling suggestion
    instead (PostgreSQL only).
    """
    sources = {
        pk: (slug, name) for pk, slug, name in Source.objects.values_list("pk", "slug", "name")
    }
    tags = {pk: (slug, name) for pk, slug, name in Tag.objects.values_list("pk", "slug", "name")}
    form = ArticleFilterForm(
        request.GET,
        sources=list(sources.values()),
        tags=list(tags.values()),
        languages=cache.get_or_set(
            LANGUAGES_CACHE_KEY, published_languages, LANGUAGES_CACHE_SECONDS
        ),
    )
    context |= {"search_is_ranked": search.is_supported()}
    if not form.is_valid():
        context |= {"form": form, "page_obj": None}
        return render(request, template, context, status=400)
    results = form.filter(articles.for_listing())
    paginator = Paginator(results, settings.NEWSROOM_PAGE_SIZE)
    number = form.cleaned_data["page"] or 1
    query = form.cleaned_data["q"]
    facets, chips, suggestion = None, [], ""
    if not form.is_filtered:
        page = _page_or_404(paginator, number)
    else:
        facets = count_facets(
            results,
            request.GET,
            sources=sources,
            tags=tags,
            oldest_first=form.cleaned_data["sort"] == OLDEST,
            page_offset=(number - 1) * paginator.per_page,
            page_size=paginator.per_page,
        )
        # Readers page through at most `limit` matches. `count` is a cached property:
        # setting it saves a COUNT.
        paginator.count = min(facets.total, facets.limit)
        chips = active_filters(
            form,
            request.GET,
            source_names=dict(sources.values()),
            tag_names=dict(tags.values()),
        )
        rows = Article.objects.filter(pk__in=facets.page_ids).for_listing()
        if query and facets.page_ids:
            rows = search.with_snippets(rows, query)
        by_pk = {article.pk: article for article in rows} if facets.page_ids else {}
        listed = [by_pk[pk] for pk in facets.page_ids if pk in by_pk]
        for article in listed if query else []:
            article.snippet = search.snippet(article, query)
        page = _page_or_404(paginator, number, listed)
        if query and not listed:
            suggestion = search.suggestion(query)
    context |= {
        "form": form,
        "page_obj": page,
        "paginator": paginator,
        "facets": facets,
        "chips": chips,
        "suggestion": suggestion,
        "suggestion_url": link_with(request.GET, q=suggestion) if suggestion else "",
    }
    return render(request, template, context)


def _page_or_404(paginator, number, object_list=None):
    """Page `number` of `paginator`, holding `object_list` when the rows are already read."""
    try:
        if object_list is None:
            return paginator.page(number)
        return Page(object_list, paginator.validate_number(number), paginator)
    except EmptyPage:
        raise Http404("No such page of results.") from None


def article_list(request):
    return filtered_listing(request, Article.objects.published(), "articles/article_list.html", {})


def source_list(request):
    sources = Source.objects.annotate(n=published_count()).order_by("name")
    return render(request, "articles/source_list.html", {"sources": sources})


def source_detail(request, slug):
    source = get_object_or_404(Source, slug=slug)
    return filtered_listing(
        request,
        Article.objects.published().filter(source=source),
        "articles/source_detail.html",
        {"source": source},
    )


def tag_list(request):
    tags = Tag.objects.annotate(n=published_count()).order_by("name")
    return render(request, "articles/tag_list.html", {"tags": tags})


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    return filtered_listing(
        request,
        Article.objects.published().tagged([tag.slug]),
        "articles/tag_detail.html",
        {"tag": tag},
    )


def article_detail(request, year, month, day, slug):
    article = get_object_or_404(
        Article.objects.published()
        .select_related("source", "provenance")
        .defer("provenance__raw")
        .annotate(is_repeated=Exists(Article.objects.filter(duplicate_of=OuterRef("pk"))))
        .prefetch_related("tags"),
        slug=slug,
    )
    day_in_url = (year, month, day)
    if day_in_url != (
        article.published_on.year,
        article.published_on.month,
        article.published_on.day,
    ):
        return redirect(article, permanent=True)  # keep old or mistyped dates working
    published = Article.objects.published().only("title", "slug", "published_on")
    titles = article.related_headlines
    in_archive = {a.title: a for a in published.filter(title__in=titles)} if titles else {}
    related = [(headline, in_archive.get(headline)) for headline in titles]
    same_time = Q(published_at=article.published_at)
    older = published.filter(
        Q(published_at__lt=article.published_at) | same_time & Q(pk__lt=article.pk)
    )
    newer = published.filter(
        Q(published_at__gt=article.published_at) | same_time & Q(pk__gt=article.pk)
    )
    # The story's other versions: the article it repeats and everything repeating that
    # one; asked for only when there are some, so most pages skip the query.
    versions = []
    if article.duplicate_of_id or article.is_repeated:
        root = article.duplicate_of_id or article.pk
        versions = (
            Article.objects.published()
            .filter(Q(pk=root) | Q(duplicate_of=root))
            .exclude(pk=article.pk)
            .select_related("source")
            .only("title", "slug", "language", "published_on", "published_at", "source__name")
            .oldest_first()
        )
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "language_name": language_label(article.language),
            "related": related,
            "previous": older.newest_first().first(),
            "next": newer.oldest_first().first(),
            "versions": versions,
            "canonical_url": request.build_absolute_uri(article.get_absolute_url()),
        },
    )


class ArchiveMixin:
    """Date archives follow the publication day, never a time-zone conversion of it."""

    date_field = "published_on"
    allow_future = True  # `published()` already hides scheduled articles
    allow_empty = False
    make_object_list = True
    month_format = "%m"

    def get_paginate_by(self, queryset):
        return settings.NEWSROOM_PAGE_SIZE

    def get_queryset(self):
        return Article.objects.published().for_listing().newest_first()


class ArchiveYear(ArchiveMixin, YearArchiveView):
    pass


class ArchiveMonth(ArchiveMixin, MonthArchiveView):
    pass


class ArchiveDay(ArchiveMixin, DayArchiveView):
    pass


@never_cache
def healthz(request):
    """200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
