from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Article, Source


class ArticleSitemap(Sitemap):
    limit = 5000

    def items(self):
        return Article.objects.published().only("slug", "published_on", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class SourceSitemap(Sitemap):
    def items(self):
        return Source.objects.filter(articles__in=Article.objects.published()).distinct()


class PageSitemap(Sitemap):
    def items(self):
        return [
            "articles:index",
            "articles:article_list",
            "articles:source_list",
            "articles:tag_list",
        ]

    def location(self, item):
        return reverse(item)


sitemaps = {"pages": PageSitemap, "sources": SourceSitemap, "articles": ArticleSitemap}
