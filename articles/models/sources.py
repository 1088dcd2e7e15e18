"""What readers browse by: sources and tags (their published counts: `articles.aggregates`)."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from articles import search as full_text
from articles.slugs import SLUG_MAX_LENGTH, unique_slug


class Named(models.Model):
    """What readers browse by: a unique name, and a unique slug made from it once."""

    slug = models.SlugField(_("slug"), max_length=SLUG_MAX_LENGTH, unique=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)


class Source(Named):
    name = models.CharField(_("name"), max_length=200, unique=True)
    homepage_url = models.URLField(_("homepage"), max_length=500, blank=True)

    class Meta(Named.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def get_absolute_url(self):
        return reverse("articles:source_detail", kwargs={"slug": self.slug})


class Tag(Named):
    name = models.CharField(_("name"), max_length=100, unique=True)

    class Meta(Named.Meta):
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def save(self, *args, **kwargs):
        existed = self.pk is not None
        super().save(*args, **kwargs)
        if existed:  # tag names are part of their articles' search documents
            ids = self.articles.values_list("pk", flat=True)
            full_text.update_search_vectors(ids, using=self._state.db)

    def get_absolute_url(self):
        return reverse("articles:tag_detail", kwargs={"slug": self.slug})
