from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from articles.freshness import feed_seconds, reader_page
from articles.sitemaps import sitemaps
from articles.views import healthz, healthz_live, switch_language

urlpatterns = [
    path("", include("articles.urls")),
    path("admin/", admin.site.urls),
    path("language/<str:code>/", switch_language, name="switch_language"),
    path("healthz", healthz, name="healthz"),
    path("healthz/live", healthz_live, name="healthz_live"),
    path("sitemap.xml", reader_page(feed_seconds)(sitemap), {"sitemaps": sitemaps}, name="sitemap"),
]
