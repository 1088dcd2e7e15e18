"""The editing desk: articles, sources and tags in the Django admin."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Article, Source, Tag

admin.site.site_header = _("Newsroom desk")
admin.site.site_title = _("Newsroom desk")


def constraint_message(name):
    constraint = next(c for c in Article._meta.constraints if c.name == name)
    return constraint.get_violation_error_message()


class HeadlinesField(forms.CharField):
    """A textarea of one headline per line, stored as the model's JSON list of strings."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list):
            return value
        return [" ".join(line.split()) for line in (value or "").splitlines() if line.strip()]


class ArticleAdminForm(forms.ModelForm):
    related_headlines = HeadlinesField(
        label=_("Related headlines"),
        required=False,
        help_text=_("One headline per line, in the order the original listed them."),
    )

    class Meta:
        model = Article
        # The admin builds the form with every field of its fieldsets; these are the
        # fields this class itself reads.
        fields = ["status", "published_at", "related_headlines"]

    def clean(self):
        cleaned = super().clean()
        # The model's check constraint says the same, but as an error on the whole form;
        # here it sits next to the date field that needs filling in.
        if (
            cleaned.get("status") == Article.Status.PUBLISHED
            and not cleaned.get("published_at")
            and "published_at" not in self.errors
        ):
            self.add_error("published_at", constraint_message("article_published_has_date"))
        return cleaned


class PublicationStatusFilter(admin.SimpleListFilter):
    """Draft, published (visible now) or scheduled (published with a future date)."""

    title = _("status")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("published", _("Published")),
            ("scheduled", _("Scheduled")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "draft":
            return queryset.filter(status=Article.Status.DRAFT)
        if self.value() == "published":
            return queryset.published()
        if self.value() == "scheduled":
            return queryset.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = [
        "title",
        "source",
        "publication_status",
        "published_on",
        "language",
        "author",
        "updated_at",
    ]
    list_select_related = ["source"]
    list_filter = [
        PublicationStatusFilter,
        "source",
        "language",
        "tags",
        "published_at",
    ]
    search_fields = ["title", "body", "author", "source__name"]
    search_help_text = _("Finds words in the title, body, author or source name.")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["source", "tags"]
    readonly_fields = ["published_on", "excerpt", "import_key", "created_at", "updated_at"]
    fieldsets = [
        (
            _("Story"),
            {"fields": ["title", "slug", ("source", "author"), "summary", "body", "tags"]},
        ),
        (
            _("Publication"),
            {"fields": ["status", ("published_at", "has_time"), "published_on", "language"]},
        ),
        (
            _("Provenance"),
            {
                "fields": [
                    "original_url",
                    "related_headlines",
                    "excerpt",
                    "import_key",
                    ("created_at", "updated_at"),
                ]
            },
        ),
    ]
    actions = ["publish", "unpublish"]

    @admin.display(description=_("status"), ordering="status")
    def publication_status(self, article):
        if article.is_scheduled:
            return _("Scheduled")
        return article.get_status_display()

    def view_on_site(self, article):
        # Drafts and scheduled articles answer 404 on the public site: offer no link.
        return article.get_absolute_url() if article.is_published else None

    @admin.action(description=_("Publish the selected articles"), permissions=["change"])
    def publish(self, request, queryset):
        now = timezone.now()
        published = scheduled = 0
        for article in queryset.filter(status=Article.Status.DRAFT):
            article.status = Article.Status.PUBLISHED
            if article.published_at is None:
                # A date-only article would be moved to noon UTC, which may lie ahead.
                article.published_at, article.has_time = now, True
            article.save(update_fields=["status", "published_at", "has_time", "updated_at"])
            published += 1
            scheduled += article.published_at > now
        if not published:
            self.message_user(
                request,
                _("Nothing to publish: the selected articles were already published."),
                messages.WARNING,
            )
            return
        message = ngettext(
            "%(count)d article published.", "%(count)d articles published.", published
        ) % {"count": published}
        if scheduled:
            message += " " + ngettext(
                "%(count)d of them has a future date and stays hidden until then.",
                "%(count)d of them have a future date and stay hidden until then.",
                scheduled,
            ) % {"count": scheduled}
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(description=_("Move the selected articles back to draft"), permissions=["change"])
    def unpublish(self, request, queryset):
        unpublished = 0
        for article in queryset.filter(status=Article.Status.PUBLISHED):
            article.status = Article.Status.DRAFT
            article.save(update_fields=["status", "updated_at"])
            unpublished += 1
        if not unpublished:
            self.message_user(
                request,
                _("Nothing to unpublish: the selected articles were already drafts."),
                messages.WARNING,
            )
            return
        message = ngettext(
            "%(count)d article moved back to draft; the public site no longer shows it.",
            "%(count)d articles moved back to draft; the public site no longer shows them.",
            unpublished,
        ) % {"count": unpublished}
        self.message_user(request, message, messages.SUCCESS)


class CountedArticlesAdmin(admin.ModelAdmin):
    """A source or tag list with the number of articles in each, counted in the same query."""

    ordering = ["name"]  # an aggregate drops Meta.ordering, and autocomplete pages need one
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    search_fields = ["name", "slug"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=models.Count("articles"))

    @admin.display(description=_("articles"), ordering="article_count")
    def article_count(self, obj):
        return obj.article_count


@admin.register(Source)
class SourceAdmin(CountedArticlesAdmin):
    list_display = ["name", "slug", "homepage_url", "article_count"]


@admin.register(Tag)
class TagAdmin(CountedArticlesAdmin):
    list_display = ["name", "slug", "article_count"]
