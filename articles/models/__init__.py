"""Sources, tags and articles, with the vocabulary every page reuses (`published()`).

- `sources`: Source and Tag, what readers browse by;
- `article`: Article and its QuerySet;
- `provenance`: the file an article was imported from, and the newer source text kept
  for an article an editor changed;
- `freshness`: the archive's version, moved on by every change reader pages would show.
"""

from articles.models.article import EXCERPT_LENGTH, Article, ArticleQuerySet
from articles.models.freshness import ArchiveVersion
from articles.models.provenance import Provenance, SourceUpdate
from articles.models.sources import Source, Tag

__all__ = [
    "ArchiveVersion",
    "EXCERPT_LENGTH",
    "Article",
    "ArticleQuerySet",
    "Provenance",
    "Source",
    "SourceUpdate",
    "Tag",
]
