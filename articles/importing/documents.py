"""Store one saved page or text dump as an article: the page and dump pipeline.

`store_document` takes what `articles.reading.parse_document` read (and the file's
bytes, kept as provenance) and creates or updates one article, inside the caller's
transaction. It touches that article, its source, tags and `Provenance`, and nothing
else. Safe to re-run: an article whose fields, tags and provenance already match the
file is not saved again and is reported "unchanged".

Matching a document to a stored article:
1. `import_key` when the caller gives one (the seed loader's `seed:<file name>`);
2. else the original URL, when the page names one;
3. else the content hash (SHA-256 of the normalised title and body) among the articles
   of the same source;
4. else, for a document with neither import key nor original URL, the article of the
   same source, publication day and title (case, punctuation and spacing aside) whose
   text `duplicates.find_same_story` calls the same story: a corrected re-import
   updates its article instead of creating a second one.

Outcomes: "created", "updated" (fields or provenance changed), "unchanged", "kept" (an
editor changed the article, which stays as they left it: see `articles.importing.edits`),
and
"duplicate": the same source already holds the same text under another original URL
(or import key), so the archive would gain a second copy of one publication; nothing
is written and the report names the stored article. The same text or a close variant
published by *another* source is a republication, which an archive keeps: it is created
and flagged with `duplicate_of` (see `articles.importing.duplicates`).
"""

import copy
import hashlib
import re
import unicodedata
import zlib
from pathlib import PurePath
from urllib.parse import urlsplit

from django.utils import timezone
from django.utils.text import slugify

from articles.importing import duplicates, edits
from articles.importing.outcome import Outcome, check_length, check_valid
from articles.models import Article, Provenance, Source, Tag
from articles.reading import ParsedArticle, format_of
from articles.search import update_search_vectors
from articles.slugs import SLUG_MAX_LENGTH, unique_slug


def content_hash(title: str, body: str) -> str:
    """SHA-256 of the title and body, ignoring case, Unicode forms and spacing."""

    def normalised(text):
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())

    return hashlib.sha256(f"{normalised(title)}\n{normalised(body)}".encode()).hexdigest()


def store_document(
    parsed: ParsedArticle,
    *,
    data: bytes,
    name: str,
    status: str | None = None,
    now=None,
    import_key: str = "",
) -> Outcome:
    """Create or update the article `parsed` holds; `data` and `name` are its file.

    `status` applies to new articles (default published) and, when given, to the stored
    one too. An article an editor changed is never written (see `edits`): "kept".
    """
    file_format = Provenance.Format(format_of(name))
    source_name = parsed.source_name
    check_length("source", source_name, Source._meta.get_field("name").max_length)
    for tag in parsed.tags:
        check_length("tag", tag, Tag._meta.get_field("name").max_length)
    stored_source = Source.objects.filter(name=source_name).first()
    digest = content_hash(parsed.title, parsed.body)

    article = _match(parsed, import_key=import_key, digest=digest, source=stored_source)
    if isinstance(article, Outcome):
        return article
    created = article is None
    if created:
        article = Article(import_key=import_key, status=status or Article.Status.PUBLISHED)
    elif article.is_edited:
        proposed = copy.copy(article)
        _apply(proposed, parsed, status=status, digest=digest, source=stored_source)
        stored_tags = {tag.name for tag in article.tags.all()}
        return edits.keep_edited(
            article,
            differs=stored_source is None
            or _editorial_fields(proposed) != _editorial_fields(article)
            or not set(parsed.tags) <= stored_tags,
            content_hash=digest,
            title=parsed.title,
            body=parsed.body,
            data=data,
            name=name,
            file_format=file_format,
            now=now,
        )
    before = _stored_fields(article)
    _apply(article, parsed, status=status, digest=digest, source=stored_source)
    if import_key and not article.import_key:
        article.import_key = import_key
    # The constraints hold by construction here: the parser never returns an empty title,
    # an undated article is a draft (`_apply`), and the URL and import key were just
    # looked up. Checking them again costs a query each (a third of the write time); the
    # database still enforces them, and `import_file` reports a violation as a failed file.
    check_valid(
        article,
        exclude=None if stored_source else ["source"],
        validate_unique=False,
        validate_constraints=False,
    )

    raw = zlib.compress(data)
    removed = [{"text": text, "reason": reason} for text, reason in parsed.removed]
    provenance = article.provenance_or_none() if not created else None
    provenance_changed = provenance is None or (
        bytes(provenance.raw),
        provenance.file_name,
        provenance.file_format,
        provenance.title,
        provenance.removed_blocks,
    ) != (raw, PurePath(name).name, file_format, parsed.title, removed)
    existing_tags = set() if created else {t.name for t in article.tags.all()}
    new_tags = [tag for tag in dict.fromkeys(parsed.tags) if tag not in existing_tags]
    # A source not stored yet is a changed field too: the article moves to it.
    fields_changed = created or stored_source is None or _stored_fields(article) != before
    if not (fields_changed or provenance_changed or new_tags):
        return Outcome("unchanged", article, "; ".join(parsed.notes))

    original = None
    if stored_source is None:
        stored_source, _ = Source.objects.get_or_create(
            name=source_name, defaults={"homepage_url": _homepage_for(parsed)}
        )
        article.source = stored_source
    if created:
        original = duplicates.find_original(
            title=article.title,
            body=article.body,
            published_on=article.published_on,
            source_id=stored_source.pk,
        )
        article.duplicate_of = original
        article.slug = _free_slug(article.title)
    if fields_changed:
        article.save(refresh_search=False)  # refreshed once below, after the tags
    if new_tags:
        article.tags.add(*_tags_named(new_tags))
    if provenance_changed:
        first_provenance = provenance is None
        provenance = provenance or Provenance(article=article)
        provenance.imported_at = now or timezone.now()
        provenance.file_name = PurePath(name).name
        provenance.file_format = file_format
        provenance.title = parsed.title
        provenance.raw = raw
        provenance.removed_blocks = removed
        provenance.save(force_insert=first_provenance)
    if fields_changed or new_tags:
        update_search_vectors([article.pk])
    notes = [*parsed.notes, f"possible duplicate of “{original.title}”" if original else ""]
    return Outcome("created" if created else "updated", article, "; ".join(filter(None, notes)))


def _apply(article: Article, parsed: ParsedArticle, *, status, digest, source) -> None:
    """Set the article's fields to what the document says (in memory only)."""
    if status:
        article.status = status
    article.title = parsed.title
    article.author = parsed.author
    article.language = parsed.language
    if parsed.published_at is not None:
        article.published_at, article.has_time = parsed.published_at, True
        article.published_on = _publication_day(parsed)
    elif parsed.published_on is not None:
        article.set_publication_day(parsed.published_on)
    # else the file states no date: a stored one (found by an earlier reading) stays.
    if article.published_at is None:
        article.status = Article.Status.DRAFT  # published needs a date: an editor adds it
        article.has_time = False
    article.body = parsed.body
    article.related_headlines = parsed.related_headlines
    if parsed.original_url:
        article.original_url = parsed.original_url
    article.content_hash = digest
    if source is not None:
        article.source = source


def _match(parsed, *, import_key, digest, source) -> Article | Outcome | None:
    """The stored article this document updates, None for a new one, or a duplicate."""
    # Each lookup repeats its partial index's condition (`<> ''`): SQLite uses such an
    # index only when the query states the condition itself, and scans the table otherwise.
    articles = Article.objects.select_for_update()
    if import_key and (
        article := articles.filter(import_key=import_key).exclude(import_key="").first()
    ):
        return article
    if parsed.original_url and (
        article := articles.filter(original_url=parsed.original_url)
        .exclude(original_url="")
        .first()
    ):
        return _unless_keyed_elsewhere(article, import_key)
    if source is None:
        return None
    same_hash = articles.filter(content_hash=digest).exclude(content_hash="").order_by("pk")
    same_text = next((a for a in same_hash if a.source_id == source.pk), None)
    if same_text is None:
        if import_key or parsed.original_url:
            return None
        return duplicates.find_same_story(
            title=parsed.title,
            body=parsed.body,
            published_on=_publication_day(parsed),
            source_id=source.pk,
        )
    if parsed.original_url and same_text.original_url:
        return Outcome(
            "duplicate",
            same_text,
            f"same text as “{same_text.title}”, stored from {same_text.original_url}",
        )
    return _unless_keyed_elsewhere(same_text, import_key)


def _publication_day(parsed: ParsedArticle):
    if parsed.published_at is not None:
        return timezone.localdate(parsed.published_at)
    return parsed.published_on


def _unless_keyed_elsewhere(article, import_key):
    if import_key and article.import_key and article.import_key != import_key:
        return Outcome(
            "duplicate", article, f"same article as “{article.title}” ({article.import_key})"
        )
    return article


def _free_slug(title: str) -> str:
    """The title's slug when free (one indexed lookup), else the model's numbered one.

    `unique_slug` asks for every slug with the same prefix, which SQLite answers by
    scanning the table: fine for the admin, the slowest query of a bulk import.
    """
    base = slugify(title)[:SLUG_MAX_LENGTH].strip("-")
    if base and not Article.objects.filter(slug=base).exists():
        return base
    return unique_slug(Article, title)


def _tags_named(names):
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    return [tags.get(name) or Tag.objects.create(name=name) for name in names]


def _homepage_for(parsed: ParsedArticle) -> str:
    name = parsed.source_name
    if re.fullmatch(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", name):
        return f"https://{name.lower()}/"
    if parsed.original_url:
        parts = urlsplit(parsed.original_url)
        return f"{parts.scheme}://{parts.netloc}/"
    return ""


def _stored_fields(article: Article) -> dict:
    return {
        **_editorial_fields(article),
        "content_hash": article.content_hash,
        "import_key": article.import_key,
    }


def _editorial_fields(article: Article) -> dict:
    """What a reader or an editor sees of the article, as an import would set it."""
    return {
        "title": article.title,
        "source_id": article.source_id,
        "author": article.author,
        "language": article.language,
        "status": article.status,
        "published_at": article.published_at,
        "published_on": article.published_on,
        "has_time": article.has_time,
        "body": article.body,
        "related_headlines": article.related_headlines,
        "original_url": article.original_url,
    }
