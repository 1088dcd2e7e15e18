"""What an import does to an article an editor changed (`Article.edited_at`): nothing.

The editor's fields, tags and status stay as they left them, whatever the file or the
`--status` option say. When the file's text differs from the one the article was
imported from, the new document is kept beside the article (`SourceUpdate`) for the
desk to read; when the source is back to that text, a kept update is dropped. Every
import path (pages, dumps, exports, the seed loader, the admin's import page) decides
this here.
"""

import zlib
from pathlib import PurePath

from django.utils import timezone

from articles.importing.outcome import Outcome
from articles.models import Article, SourceUpdate

SOURCE_CHANGED = "source changed since the editor's edit; its new text is kept for review"
EDITED = "changed by an editor; left as they left it"


def keep_edited(
    article: Article,
    *,
    differs: bool,
    content_hash: str,
    title: str,
    body: str,
    data: bytes,
    name: str,
    file_format: str,
    now=None,
) -> Outcome:
    """The outcome for an edited `article` that a file matched; writes no field of it.

    `differs`: the file would change the article's fields, tags or status. "kept" when
    it would, "unchanged" when the editor's article already says what the file says.
    """
    source_changed = content_hash != article.content_hash
    if not differs:
        # The editor and the source agree: remember the source's text, so that the next
        # import of this file finds the article by its hash, and forget any kept update.
        if source_changed:
            Article.objects.filter(pk=article.pk).update(content_hash=content_hash)
            article.content_hash = content_hash
        SourceUpdate.objects.filter(article=article).delete()
        return Outcome("unchanged", article)
    if not source_changed:
        SourceUpdate.objects.filter(article=article).delete()
        return Outcome("kept", article, EDITED)
    kept = SourceUpdate.objects.filter(article=article, content_hash=content_hash)
    if not kept.exists():  # a file already kept keeps the day it was first found
        SourceUpdate.objects.update_or_create(
            article=article,
            defaults={
                "found_at": now or timezone.now(),
                "file_name": PurePath(name).name,
                "file_format": file_format,
                "content_hash": content_hash,
                "title": title,
                "body": body,
                "raw": zlib.compress(data),
            },
        )
    return Outcome("kept", article, SOURCE_CHANGED)
