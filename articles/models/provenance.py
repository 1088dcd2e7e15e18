"""Where an imported article came from, and a newer source text kept for an edited one."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from articles.models.article import Article, paragraphs_of


class Provenance(models.Model):
    """Where an imported article came from, and what the importer removed from it."""

    class Format(models.TextChoices):
        HTML = "html", _("Saved web page")
        TEXT = "text", _("Text dump")
        JSON = "json", _("Newsroom export")

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="provenance"
    )
    imported_at = models.DateTimeField(_("imported at"))
    file_name = models.CharField(_("file name"), max_length=500, blank=True)
    file_format = models.CharField(_("format"), max_length=10, choices=Format)
    title = models.CharField(
        _("title in the file"),
        max_length=300,
        blank=True,
        help_text=_("The headline as the file gave it: a re-import finds the story by it."),
    )
    raw = models.BinaryField(_("original file (zlib-compressed)"), editable=False)
    removed_blocks = models.JSONField(
        _("removed blocks"),
        default=list,
        blank=True,
        help_text=_("What the importer left out, each with its reason."),
    )

    class Meta:
        verbose_name = _("provenance")
        verbose_name_plural = _("provenance")

    def __str__(self):
        return f"{self.file_name or self.get_file_format_display()} ({self.imported_at:%Y-%m-%d})"


class SourceUpdate(models.Model):
    """A newer text of an edited article's source, kept beside it instead of applied.

    An import never overwrites an editor's work (`Article.edited_at`); when the file it
    reads differs from the one the article was imported from, the new document is kept
    here for the desk to read, and replaced by any later version.
    """

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="source_update"
    )
    found_at = models.DateTimeField(_("found at"))
    file_name = models.CharField(_("file name"), max_length=500, blank=True)
    file_format = models.CharField(_("format"), max_length=10, choices=Provenance.Format)
    content_hash = models.CharField(_("content hash"), max_length=64)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("body"))
    raw = models.BinaryField(_("new file (zlib-compressed)"), editable=False)

    class Meta:
        verbose_name = _("source update")
        verbose_name_plural = _("source updates")

    def __str__(self):
        return f"{self.file_name or self.get_file_format_display()} ({self.found_at:%Y-%m-%d})"

    @property
    def paragraphs(self):
        return paragraphs_of(self.body)
