"""Reader pages. Every queryset starts from `Article.objects.published()`."""

from functools import partial

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.generic.dates import DayArchiveView, MonthArchiveView, YearArchiveView

from . import aggregates, languages
from .freshness import article_seconds, reader_page
from .listing import render_listing
from .models import Article, Source, Tag

HOME_SIZE = 10
HOME_TAGS = 30


@reader_page()
def index(request):
    latest = Article.objects.published().for_listing().newest_first()[:HOME_SIZE]
    sources = aggregates.counted(Source.objects.order_by("name"), Source)
    tags = aggregates.most_used_tags(HOME_TAGS)
    return render(
        request,
        "articles/index.html",
        {"articles": latest, "sources": sources, "tags": tags},
    )


@reader_page()
def article_list(request):
    return render_listing(
        request,
        Article.objects.published(),
        "articles/article_list.html",
        {},
        count=aggregates.published_total,
        anchor=aggregates.listing_anchor,
    )


@reader_page()
def source_list(request):
    sources = aggregates.counted(Source.objects.order_by("name"), Source)
    return render(request, "articles/source_list.html", {"sources": sources})


@reader_page()
def source_detail(request, slug):
    source = get_object_or_404(Source, slug=slug)
    articles = Article.objects.published().filter(source=source)
    count = partial(aggregates.published_count, source)
    context = {"source": source}
    return render_listing(request, articles, "articles/source_detail.html", context, count=count)


@reader_page()
def tag_list(request):
    tags = aggregates.counted(Tag.objects.order_by("name"), Tag)
    return render(request, "articles/tag_list.html", {"tags": tags})


@reader_page()
def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    articles = Article.objects.published().with_tag(tag)
    count = partial(aggregates.published_count, tag)
    return render_listing(request, articles, "articles/tag_detail.html", {"tag": tag}, count=count)


@reader_page(article_seconds)
def article_detail(request, year, month, day, slug):
    article = get_object_or_404(
        Article.objects.published()
        .select_related("source", "provenance")
        .defer("provenance__raw")
        .with_is_repeated()
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
    versions = (
        Article.objects.published()
        .versions_of(article)
        .select_related("source")
        .only("title", "slug", "language", "published_on", "published_at", "source__name")
        .oldest_first()
    )
    previous, following = Article.objects.only("title", "slug", "published_on").neighbours(article)
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "language_name": languages.label(article.language),
            "related": [(headline, in_archive.get(headline)) for headline in titles],
            "previous": previous,
            "next": following,
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
        # Also what the previous and next day, month and year are looked up in: without
        # the source joined, SQLite reads the (status, published_on) index from the day
        # (0.7 ms at 100,000 articles) instead of scanning each source's rows (200 ms).
        return Article.objects.published().newest_first()

    def get_dated_queryset(self, **lookup):
        return super().get_dated_queryset(**lookup).for_listing()


class ArchiveYear(ArchiveMixin, YearArchiveView):
    pass


class ArchiveMonth(ArchiveMixin, MonthArchiveView):
    pass


class ArchiveDay(ArchiveMixin, DayArchiveView):
    pass


@never_cache
def switch_language(request, code):
    """Sets the reader's interface language and goes back to `next`.

    A link rather than Django's `set_language` form: the form needed a CSRF token on
    every page, so every reader got a cookie and no page could be cached. The language
    cookie is set here only, when a reader asks for it.
    """
    if code not in dict(settings.LANGUAGES):
        raise Http404("No such language.")
    target = request.GET.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    response = HttpResponseRedirect(target if safe else reverse("articles:index"))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


@never_cache
def healthz_live(request):
    """200 while the process serves requests, without asking the database: a load
    balancer's liveness probe, and the constant the reader benchmark compares pages with."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def healthz(request):
    """200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
