from django.urls import path, register_converter

from . import converters, views
from .feeds import LatestArticlesFeed
from .freshness import feed_seconds, reader_page

register_converter(converters.FourDigitYear, "yyyy")
register_converter(converters.TwoDigits, "dd")

app_name = "articles"

urlpatterns = [
    path("", views.index, name="index"),
    path("articles/", views.article_list, name="article_list"),
    path("articles/<yyyy:year>/", reader_page()(views.ArchiveYear.as_view()), name="archive_year"),
    path(
        "articles/<yyyy:year>/<dd:month>/",
        reader_page()(views.ArchiveMonth.as_view()),
        name="archive_month",
    ),
    path(
        "articles/<yyyy:year>/<dd:month>/<dd:day>/",
        reader_page()(views.ArchiveDay.as_view()),
        name="archive_day",
    ),
    path(
        "articles/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/",
        views.article_detail,
        name="article_detail",
    ),
    path("sources/", views.source_list, name="source_list"),
    path("sources/<slug:slug>/", views.source_detail, name="source_detail"),
    path("tags/", views.tag_list, name="tag_list"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag_detail"),
    path("feeds/latest/", reader_page(feed_seconds)(LatestArticlesFeed()), name="feed_latest"),
]
