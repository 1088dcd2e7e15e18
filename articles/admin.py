"""The editing desk: articles, sources and tags in the Django admin."""

from functools import partial

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import admin_import, languages
from .admin_filters import EditedFilter, PossibleDuplicateFilter, PublicationStatusFilter
from .models import Article, Source, Tag
from .search import update_search_vectors

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
        "duplicate_of",
        "updated_at",
    ]
    list_select_related = ["source", "duplicate_of"]
    list_filter = [
        PublicationStatusFilter,
        "source",
        "language",
        "tags",
        PossibleDuplicateFilter,
        EditedFilter,
        "published_at",
    ]
    search_fields = ["title", "body", "author", "source__name"]
    search_help_text = _("Finds words in the title, body, author or source name.")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["source", "tags", "duplicate_of"]
    readonly_fields = [
        "published_on",
        "excerpt",
        "import_key",
        "created_at",
        "updated_at",
        "edited_at",
        "source_change",
        "content_hash",
        "imported_from",
        "removed_blocks",
    ]
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
                    ("created_at", "updated_at", "edited_at"),
                    "duplicate_of",
                    "content_hash",
                    "imported_from",
                    "removed_blocks",
                ]
            },
        ),
    ]
    actions = ["publish", "unpublish", "refresh_search_index"]
    change_list_template = "admin/articles/article/change_list.html"

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "import/",
                wrap(lambda request: admin_import.import_view(self, request)),
                name="articles_article_import",
            ),
            *(
                path(f"<path:object_id>/{name}/", wrap(partial(view, self)), name=url_name)
                for name, view, url_name in [
                    ("original", admin_import.original_file_view, "articles_article_original"),
                    (
                        "source-update",
                        admin_import.source_update_file_view,
                        "articles_article_source_update",
                    ),
                ]
            ),
            *super().get_urls(),
        ]

    @admin.display(description=_("imported from"))
    def imported_from(self, article):
        provenance = article.provenance_or_none()
        if provenance is None:
            return _("Not imported from a file.")
        return format_html(
            '{} ({}), {} · <a href="{}">{}</a>',
            provenance.file_name,
            provenance.get_file_format_display(),
            timezone.localtime(provenance.imported_at).strftime("%Y-%m-%d %H:%M"),
            reverse("admin:articles_article_original", args=[article.pk]),
            _("download the original"),
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and obj.source_update_or_none() is not None:
            return [
                (_("Source changed since your edit"), {"fields": ["source_change"]}),
                *fieldsets,
            ]
        return fieldsets

    @admin.display(description=_("new text of the source"))
    def source_change(self, article):
        update = article.source_update_or_none()
        if update is None:
            return "-"
        return format_html(
            '<p>{}</p><p>{} ({}), {} · <a href="{}">{}</a></p>'
            "<details><summary>{}</summary><h3>{}</h3>{}</details>",
            _(
                "An import found a newer text of this article’s source. Your edit was kept; "
                "the new text is here to compare and adopt by hand."
            ),
            update.file_name,
            update.get_file_format_display(),
            timezone.localtime(update.found_at).strftime("%Y-%m-%d %H:%M"),
            reverse("admin:articles_article_source_update", args=[article.pk]),
            _("download the new file"),
            _("Read the new text"),
            update.title,
            format_html_join("", "<p>{}</p>", ((paragraph,) for paragraph in update.paragraphs)),
        )

    @admin.display(description=_("removed by the importer"))
    def removed_blocks(self, article):
        provenance = article.provenance_or_none()
        if provenance is None or not provenance.removed_blocks:
            return "-"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li><strong>{}</strong>: {}</li>",
                ((block["reason"], block["text"]) for block in provenance.removed_blocks),
            ),
        )

    @admin.display(description=_("status"), ordering="status")
    def publication_status(self, article):
        if article.is_scheduled:
            return _("Scheduled")
        return article.get_status_display()

    def get_changeform_initial_data(self, request):
        # The model has no default of its own: `NEWSROOM_DEFAULT_LANGUAGE` is read at run
        # time, and a migration must not depend on a setting.
        return {"language": languages.default(), **super().get_changeform_initial_data(request)}

    def view_on_site(self, article):
        # Drafts and scheduled articles answer 404 on the public site: offer no link.
        return article.get_absolute_url() if article.is_published else None

    @admin.action(description=_("Publish the selected articles"), permissions=["change"])
    def publish(self, request, queryset):
        now = timezone.now()
        published = scheduled = 0
        for article in queryset.drafts():
            article.status = Article.Status.PUBLISHED
            article.edited_at = now  # an editor's decision: imports keep it
            if article.published_at is None:
                # A date-only article would be moved to noon UTC, which may lie ahead.
                article.published_at, article.has_time = now, True
            # Status and dates are not in the search document: nothing to refresh.
            article.save(
                update_fields=["status", "published_at", "has_time", "updated_at", "edited_at"],
                refresh_search=False,
            )
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

    def save_model(self, request, obj, form, change):
        if form.changed_data:  # a save that changes nothing leaves the article unedited
            obj.edited_at = timezone.now()
        obj.save(refresh_search=False)  # save_related refreshes it once the tags are in

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        update_search_vectors([form.instance.pk])  # tag names are part of the search document

    @admin.action(description=_("Move the selected articles back to draft"), permissions=["change"])
    def unpublish(self, request, queryset):
        unpublished = 0
        now = timezone.now()
        for article in queryset.published_or_scheduled():
            article.status = Article.Status.DRAFT
            article.edited_at = now
            article.save(update_fields=["status", "updated_at", "edited_at"], refresh_search=False)
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

    @admin.action(
        description=_("Refresh the search index of the selected articles"), permissions=["change"]
    )
    def refresh_search_index(self, request, queryset):
        # The same function `rebuild_search_index` runs for the whole archive.
        ids = list(queryset.values_list("pk", flat=True))
        update_search_vectors(ids)
        message = ngettext(
            "Search index refreshed for %(count)d article.",
            "Search index refreshed for %(count)d articles.",
            len(ids),
        ) % {"count": len(ids)}
        self.message_user(request, message, messages.SUCCESS)


class CountedArticlesAdmin(admin.ModelAdmin):
    """A source or tag list with the number of articles in each, counted in the same query."""

    ordering = ["name"]  # an aggregate drops Meta.ordering, and autocomplete pages need one
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    search_fields = ["name", "slug"]

    def get_queryset(self, request):
        # Every article, drafts included: the desk counts what it holds, not what is public.
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
