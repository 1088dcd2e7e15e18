"""The admin's import page and original-file download, wired in by `ArticleAdmin.get_urls`.

The page writes through `articles.importing.import_file`, the same path as the
`import_articles` command, file by file, each in its own transaction.
"""

import zlib
from collections import Counter

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _

from . import languages
from .importing import FORMATS, OUTCOME_LABELS, OUTCOMES, ParseError, import_file
from .models import Article, Provenance, SourceUpdate

# The page imports within the request until imports run on a task queue, so one upload
# holds at most NEWSROOM_IMPORT_MAX_BYTES in all: the slowest file of that size measured
# (docs/importing.md) stays well inside the worker timeout (`make serve`). Uploads above
# FILE_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) are spooled to a temporary file by Django;
# DATA_UPLOAD_MAX_NUMBER_FILES (100) caps the files in one request. Bigger batches belong
# to the `import_articles` command.


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that cleans to a list of every file chosen."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data] if data else [single(None, initial)]
        return [single(data, initial)]


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("Files"),
        widget=MultipleFileInput(attrs={"accept": ",".join(FORMATS)}),
    )
    source = forms.CharField(
        label=_("Source"),
        required=False,
        max_length=200,
        help_text=_("Publisher name for pages that do not name one."),
    )
    language = forms.CharField(
        label=_("Language"),
        required=False,
        max_length=35,
        validators=[languages.code_validator],
        help_text=_("Language code such as “id” or “en”, for pages that do not say."),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("New articles published, re-imported ones unchanged"))]
        + list(Article.Status.choices),
    )
    dry_run = forms.BooleanField(
        label=_("Dry run"),
        required=False,
        help_text=_("Read the files and show what would happen; write nothing."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = _(
            "Saved pages (.html, .htm), text dumps (.txt) or Newsroom exports "
            "(.json, .ndjson, .jsonl); up to %(size)s in all."
        ) % {"size": filesizeformat(settings.NEWSROOM_IMPORT_MAX_BYTES)}

    def clean_files(self):
        files = self.cleaned_data["files"]
        limit = settings.NEWSROOM_IMPORT_MAX_BYTES
        if (total := sum(upload.size for upload in files)) > limit:
            raise forms.ValidationError(
                _(
                    "These files come to %(total)s, more than the %(limit)s one upload may "
                    "hold; import them in smaller batches, or with the import_articles "
                    "command."
                ),
                params={"total": filesizeformat(total), "limit": filesizeformat(limit)},
            )
        return files


def import_view(model_admin, request):
    """Upload files and show, per file, what the import did: the command's report."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    rows, tally = [], Counter()
    posted = request.method == "POST"
    form = ImportForm(request.POST, request.FILES) if posted else ImportForm()
    if posted and form.is_valid():
        options = form.cleaned_data
        now = timezone.now()
        for upload in options["files"]:
            try:
                outcomes = import_file(
                    data=upload,
                    name=upload.name,
                    source=options["source"] or None,
                    language=options["language"] or None,
                    status=options["status"] or None,
                    now=now,
                    dry_run=options["dry_run"],
                )
            except ParseError as error:
                tally["failed"] += 1
                rows.append(_row(upload.name, "failed", str(error)))
                continue
            for outcome in outcomes:
                tally[outcome.kind] += 1
                article = outcome.article if not options["dry_run"] else None
                rows.append(_row(upload.name, outcome.kind, outcome.note, article))
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Import files"),
        "opts": model_admin.model._meta,
        "form": form,
        "rows": rows,
        "counts": [(OUTCOME_LABELS[kind], tally[kind]) for kind in OUTCOMES] if rows else [],
        "dry_run": form.is_bound and form.is_valid() and form.cleaned_data["dry_run"],
    }
    return TemplateResponse(request, "admin/articles/article/import.html", context)


def _row(name, kind, note, article=None):
    return {
        "name": name,
        "kind": kind,
        "label": OUTCOME_LABELS[kind],
        "note": note,
        "article": article,
    }


def original_file_view(model_admin, request, object_id):
    """The imported original, decompressed, as a download (never rendered by the browser)."""
    missing = _("This article was not imported from a file.")
    return _stored_file(model_admin, request, object_id, Provenance, missing)


def source_update_file_view(model_admin, request, object_id):
    """The newer source file kept for an edited article, as a download."""
    missing = _("No newer source text is kept for this article.")
    return _stored_file(model_admin, request, object_id, SourceUpdate, missing)


def _stored_file(model_admin, request, object_id, model, missing):
    article = model_admin.get_object(request, object_id)
    if article is None:
        raise Http404(_("No such article."))
    if not model_admin.has_view_permission(request, article):
        raise PermissionDenied
    stored_file = model.objects.filter(article=article).first()
    if stored_file is None:
        raise Http404(missing)
    return _download(article, stored_file)


def _download(article, stored_file):
    name = stored_file.file_name or f"{article.slug}.{stored_file.file_format}"
    return HttpResponse(
        zlib.decompress(bytes(stored_file.raw)),
        content_type="application/octet-stream",
        headers={"Content-Disposition": content_disposition_header(True, name)},
    )
