"""Reader pages. Every queryset starts from `Article.objects.published()`."""

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db import DatabaseError, connection
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.generic.dates import DayArchiveView, MonthArchiveView, YearArchiveView

from .forms import ArticleFilterForm, language_label
from .models import Article, Source, Tag

HOME_SIZE = 10


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


def filtered_listing(request, articles, template, context):
    """A paginated, filterable list of `articles`; bad parameters answer 400 on the same page."""
    form = ArticleFilterForm(
        request.GET,
        sources=Source.objects.values_list("slug", "name"),
        tags=Tag.objects.values_list("slug", "name"),
        languages=Article.objects.published()
        .order_by("language")
        .values_list("language", flat=True)
        .distinct(),
    )
    if not form.is_valid():
        context |= {"form": form, "page_obj": None}
        return render(request, template, context, status=400)
    paginator = Paginator(form.filter(articles.for_listing()), settings.NEWSROOM_PAGE_SIZE)
    try:
        page = paginator.page(form.cleaned_data["page"] or 1)
    except EmptyPage:
        raise Http404("No such page of results.") from None
    context |= {"form": form, "page_obj": page, "paginator": paginator}
    return render(request, template, context)


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
        Article.objects.published().select_related("source").prefetch_related("tags"),
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
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "language_name": language_label(article.language),
            "related": related,
            "previous": older.newest_first().first(),
            "next": newer.oldest_first().first(),
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
