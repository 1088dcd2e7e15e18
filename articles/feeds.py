from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from .models import Article

FEED_SIZE = 30


class LatestArticlesFeed(Feed):
    title = _("Newsroom: latest articles")
    link = reverse_lazy("articles:article_list")
    description = _("The newest articles in the Newsroom archive.")

    def items(self):
        return (
            Article.objects.published()
            .for_listing()
            .prefetch_related("tags")
            .newest_first()[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.excerpt

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.author or item.source.name

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]
