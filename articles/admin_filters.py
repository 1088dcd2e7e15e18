"""The desk's list filters on articles: by state, by cluster of versions, by editor's changes."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class VocabularyFilter(admin.SimpleListFilter):
    """A filter whose every choice asks one method of the article QuerySet's vocabulary."""

    options: dict  # parameter value -> (label, QuerySet method name)

    def lookups(self, request, model_admin):
        return [(value, label) for value, (label, _method) in self.options.items()]

    def queryset(self, request, queryset):
        if self.value() in self.options:
            return getattr(queryset, self.options[self.value()][1])()
        return queryset


class PublicationStatusFilter(VocabularyFilter):
    """Draft, published (visible now), scheduled (published with a future date), or a
    draft that needs a date before it can be published."""

    title = _("status")
    parameter_name = "state"
    options = {
        "draft": (_("Draft"), "drafts"),
        "published": (_("Published"), "published"),
        "scheduled": (_("Scheduled"), "scheduled"),
        "undated": (_("Needs a date"), "needs_date"),
    }


class PossibleDuplicateFilter(VocabularyFilter):
    """Articles in a cluster of versions of one story, either end of `duplicate_of`."""

    title = _("possible duplicates")
    parameter_name = "duplicates"
    options = {
        "yes": (_("Has possible duplicates"), "in_cluster"),
        "no": (_("No possible duplicates"), "not_in_cluster"),
    }


class EditedFilter(VocabularyFilter):
    """Articles an editor changed, which imports leave alone, and those whose source moved on."""

    title = _("editor’s changes")
    parameter_name = "edited"
    options = {
        "yes": (_("Edited in the desk"), "edited"),
        "source_changed": (_("Source changed since the edit"), "source_changed"),
        "no": (_("Not edited"), "not_edited"),
    }
