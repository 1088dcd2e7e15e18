"""The desk's list filters on articles: by state, by cluster of versions, by editor's changes."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _


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
            return queryset.drafts()
        if self.value() == "published":
            return queryset.published()
        if self.value() == "scheduled":
            return queryset.scheduled()
        return queryset


class PossibleDuplicateFilter(admin.SimpleListFilter):
    """Articles in a cluster of versions of one story, either end of `duplicate_of`."""

    title = _("possible duplicates")
    parameter_name = "duplicates"

    def lookups(self, request, model_admin):
        return [("yes", _("Has possible duplicates")), ("no", _("No possible duplicates"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.in_cluster()
        if self.value() == "no":
            return queryset.not_in_cluster()
        return queryset


class EditedFilter(admin.SimpleListFilter):
    """Articles an editor changed, which imports leave alone, and those whose source moved on."""

    title = _("editor’s changes")
    parameter_name = "edited"

    def lookups(self, request, model_admin):
        return [
            ("yes", _("Edited in the desk")),
            ("source_changed", _("Source changed since the edit")),
            ("no", _("Not edited")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.edited()
        if self.value() == "source_changed":
            return queryset.source_changed()
        if self.value() == "no":
            return queryset.filter(edited_at__isnull=True)
        return queryset
