"""Import articles from files: the one write path for imported articles.

`import_file` takes the bytes of one file — a saved page (`.html`, `.htm`), a text dump
in the seed's format (`.txt`) or a Newsroom export (`.json`, `.ndjson`) — parses and
validates all of it before its first write, then writes it inside one transaction. A
file that cannot be imported raises `ParseError` with a reason a person can act on, and
leaves nothing behind. It touches the file's sources, tags, articles and their
`Provenance`, and nothing else. Safe to re-run: an article whose fields, tags and
provenance already match the file is not saved again and is reported "unchanged".

Matching a page or dump to a stored article:
1. `import_key` when the caller gives one (the seed loader's `seed:<file name>`);
2. else the original URL, when the page names one;
3. else the content hash (SHA-256 of the normalised title and body) among the articles
   of the same source.

Outcomes: "created", "updated" (fields or provenance changed), "unchanged", and
"duplicate": the same source already holds the same text under another original URL
(or import key), so the archive would gain a second copy of one publication; nothing
is written and the report names the stored article. The same text or a close variant
published by *another* source is a republication, which an archive keeps: it is created
and flagged with `duplicate_of` (see `articles.duplicates`).

Records of a Newsroom export are matched by original URL, else by slug (the archive's
own permanent address), and restore every exported field, timestamps included, so that
exporting, importing into an empty database and exporting again gives the same file.
"""

import base64
import datetime as dt
import hashlib
import json
import re
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from articles import duplicates
from articles.models import SLUG_MAX_LENGTH, Article, Provenance, Source, Tag, unique_slug
from articles.parsing import ParsedArticle, ParseError, parse_document, parse_text_dump
from articles.search import update_search_vectors

__all__ = ["OUTCOMES", "Outcome", "ParseError", "import_document", "import_file"]

OUTCOMES = ["created", "updated", "unchanged", "duplicate", "failed"]
FORMATS = {
    ".html": Provenance.Format.HTML,
    ".htm": Provenance.Format.HTML,
    ".xhtml": Provenance.Format.HTML,
    ".txt": Provenance.Format.TEXT,
    ".json": Provenance.Format.JSON,
    ".ndjson": Provenance.Format.JSON,
}


@dataclass(frozen=True)
class Outcome:
    kind: str  # "created" | "updated" | "unchanged" | "duplicate"
    article: Article | None  # for "duplicate", the article already holding the text
    note: str = ""  # what a person should know: the stored copy, a possible duplicate

    def __str__(self):
        return f"{self.kind}: {self.note}" if self.note else self.kind


def content_hash(title: str, body: str) -> str:
    """SHA-256 of the title and body, ignoring case, Unicode forms and spacing."""

    def normalised(text):
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())

    return hashlib.sha256(f"{normalised(title)}\n{normalised(body)}".encode()).hexdigest()


def import_file(
    *,
    data: bytes,
    name: str,
    source: str | None = None,
    language: str | None = None,
    status: str | None = None,
    now: dt.datetime | None = None,
    dry_run: bool = False,
) -> list[Outcome]:
    """Import every article in one file, in one transaction; one outcome per article.

    `source`, `language` and `status` apply to pages and dumps (an export carries its
    own). With `dry_run` everything is written and then rolled back, so the outcomes
    are exactly those of a real run.
    """
    file_format = _format_of(name)
    # Parse before the transaction opens: on SQLite it holds the write lock.
    parsed = None
    if file_format != Provenance.Format.JSON:
        parsed = _parse(data, name=name, file_format=file_format, source=source, language=language)
    try:
        with transaction.atomic():
            _commit_without_waiting()
            if parsed is None:
                outcomes = _import_records(_read_records(data, name))
            else:
                outcomes = [
                    _import_document(
                        parsed=parsed,
                        data=data,
                        name=name,
                        source=source,
                        language=language,
                        status=status,
                        now=now,
                        import_key="",
                    )
                ]
            if dry_run:
                transaction.set_rollback(True)
    except IntegrityError as error:  # a concurrent import, or a row edited meanwhile
        raise ParseError(
            f"conflicts with the stored archive ({error}); run the import again"
        ) from error
    return outcomes


def _commit_without_waiting():
    """Let PostgreSQL acknowledge this transaction's commit before its WAL reaches disk.

    Imports are idempotent: a crash can lose only the last fraction of a second of
    committed files, never consistency, and re-running the import restores them. It
    saves a disk flush per file (2 to 3 ms of a page's ~25 ms on the development machine).
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO off")


def import_document(
    *,
    data: bytes,
    name: str,
    source: str | None = None,
    language: str | None = None,
    status: str | None = None,
    now: dt.datetime | None = None,
    import_key: str = "",
) -> Outcome:
    """Create or update the article in one saved page or text dump, in one transaction.

    `source` names the publisher when the document does not; `status` applies to new
    articles (default published) and, when given, to the stored one too; an article
    edited back to draft by an editor otherwise stays a draft.
    """
    parsed = _parse(data, name=name, file_format=_format_of(name), source=source, language=language)
    with transaction.atomic():
        return _import_document(
            parsed=parsed,
            data=data,
            name=name,
            source=source,
            language=language,
            status=status,
            now=now,
            import_key=import_key,
        )


def _import_document(*, parsed, data, name, source, language, status, now, import_key) -> Outcome:
    file_format = _format_of(name)
    source_name = parsed.source_name or (source or "").strip()
    if not source_name:
        raise ParseError(_NO_SOURCE[file_format])
    _check_length("source", source_name, Source._meta.get_field("name").max_length)
    for tag in parsed.tags:
        _check_length("tag", tag, Tag._meta.get_field("name").max_length)
    stored_source = Source.objects.filter(name=source_name).first()
    digest = content_hash(parsed.title, parsed.body)

    article = _match(parsed, import_key=import_key, digest=digest, source=stored_source)
    if isinstance(article, Outcome):
        return article
    created = article is None
    if created:
        article = Article(import_key=import_key, status=status or Article.Status.PUBLISHED)
    before = _stored_fields(article)
    if status:
        article.status = status
    if import_key and not article.import_key:
        article.import_key = import_key
    article.title = parsed.title
    article.author = parsed.author
    article.language = parsed.language or language or Article._meta.get_field("language").default
    if parsed.published_at is not None:
        article.published_at, article.has_time = parsed.published_at, True
        article.published_on = timezone.localdate(parsed.published_at)
    else:
        article.set_publication_day(parsed.published_on)
    article.body = parsed.body
    article.related_headlines = parsed.related_headlines
    if parsed.original_url:
        article.original_url = parsed.original_url
    article.content_hash = digest
    if stored_source is not None:
        article.source = stored_source
    # The constraints hold by construction here: the parser never returns an empty title,
    # a date is always set, and the URL and import key were just looked up. Checking
    # them again costs a query each (a third of the write time); the database still
    # enforces them, and `import_file` reports a violation as a failed file.
    _validate(
        article,
        exclude=None if stored_source else ["source"],
        validate_unique=False,
        validate_constraints=False,
    )

    raw = zlib.compress(data)
    removed = [{"text": text, "reason": reason} for text, reason in parsed.removed]
    provenance = _provenance_of(article) if not created else None
    provenance_changed = provenance is None or (
        bytes(provenance.raw),
        provenance.file_name,
        provenance.file_format,
        provenance.removed_blocks,
    ) != (raw, PurePath(name).name, file_format, removed)
    existing_tags = set() if created else {t.name for t in article.tags.all()}
    new_tags = [tag for tag in dict.fromkeys(parsed.tags) if tag not in existing_tags]
    # A source not stored yet is a changed field too: the article moves to it.
    fields_changed = created or stored_source is None or _stored_fields(article) != before
    if not (fields_changed or provenance_changed or new_tags):
        return Outcome("unchanged", article)

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
        provenance.raw = raw
        provenance.removed_blocks = removed
        provenance.save(force_insert=first_provenance)
    if fields_changed or new_tags:
        update_search_vectors([article.pk])
    note = f"possible duplicate of “{original.title}”" if original else ""
    return Outcome("created" if created else "updated", article, note)


_NO_SOURCE = {
    Provenance.Format.HTML: ("no source: the page does not name its publisher; pass --source NAME"),
    Provenance.Format.TEXT: (
        "no source: the first paragraph does not open with a dateline such as "
        "'KOMPAS.com - ' or 'Jakarta, CNN Indonesia -- '; add one or pass --source NAME"
    ),
}


def _format_of(name: str) -> str:
    suffix = PurePath(name).suffix.lower()
    if suffix not in FORMATS:
        raise ParseError(
            f"unknown file type {suffix or '(no extension)'!r}: import .html or .htm saved "
            "pages, .txt dumps, or .json/.ndjson Newsroom exports"
        )
    return FORMATS[suffix]


def _parse(data, *, name, file_format, source, language) -> ParsedArticle:
    if file_format == Provenance.Format.TEXT:
        return parse_text_dump(_decode(data), default_language=language or "id")
    return parse_document(data, name=name, source=source, language=language)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ParseError(
            f"not UTF-8: byte {error.object[error.start]:#04x} at offset {error.start} "
            "cannot be decoded; save the file as UTF-8"
        ) from error


def _check_length(what: str, value: str, limit: int):
    if len(value) > limit:
        raise ParseError(
            f"{what} name too long: {value[:40]!r}… has {len(value)} characters, "
            f"at most {limit} fit"
        )


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
        return None
    if parsed.original_url and same_text.original_url:
        return Outcome(
            "duplicate",
            same_text,
            f"same text as “{same_text.title}”, stored from {same_text.original_url}",
        )
    return _unless_keyed_elsewhere(same_text, import_key)


def _unless_keyed_elsewhere(article, import_key):
    if import_key and article.import_key and article.import_key != import_key:
        return Outcome(
            "duplicate", article, f"same article as “{article.title}” ({article.import_key})"
        )
    return article


def _validate(article: Article, *, exclude=None, **checks):
    try:
        article.full_clean(exclude=exclude, **checks)
    except ValidationError as error:
        problems = "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
        raise ParseError(f"not a valid article: {problems}") from error


def _provenance_of(article: Article) -> Provenance | None:
    try:
        return article.provenance
    except Provenance.DoesNotExist:
        return None


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
        "content_hash": article.content_hash,
        "import_key": article.import_key,
    }


# The Newsroom export format ---------------------------------------------------------


def _iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value else None


def article_record(article: Article) -> dict:
    """One article as a line of the export (see `export_articles`).

    Expects `source`, `provenance` and `duplicate_of` selected and `tags` prefetched.
    """
    provenance = _provenance_of(article)
    return {
        "title": article.title,
        "slug": article.slug,
        "source": {
            "name": article.source.name,
            "slug": article.source.slug,
            "homepage_url": article.source.homepage_url,
        },
        "author": article.author,
        "language": article.language,
        "status": article.status,
        "published_at": _iso(article.published_at),
        "has_time": article.has_time,
        "published_on": article.published_on.isoformat() if article.published_on else None,
        "summary": article.summary,
        "body": article.body,
        "original_url": article.original_url,
        "related_headlines": article.related_headlines,
        "tags": [{"name": tag.name, "slug": tag.slug} for tag in article.tags.all()],
        "created_at": _iso(article.created_at),
        "updated_at": _iso(article.updated_at),
        "content_hash": article.content_hash,
        "import_key": article.import_key,
        "provenance": provenance
        and {
            "imported_at": _iso(provenance.imported_at),
            "file_name": provenance.file_name,
            "file_format": provenance.file_format,
            "removed_blocks": provenance.removed_blocks,
            "raw": base64.b64encode(bytes(provenance.raw)).decode("ascii"),
        },
        "duplicate_of": article.duplicate_of.slug if article.duplicate_of else None,
    }


_RECORD_KEYS = {"title", "slug", "source", "body"}


def _read_records(data: bytes, name: str) -> list[tuple[str, dict]]:
    """(where, record) pairs; `where` is "line N" or "item N", for error messages."""
    text = _decode(data)
    if PurePath(name).suffix.lower() == ".ndjson":
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                records.append((f"line {number}", _json(line, f"line {number}")))
    else:
        loaded = _json(text, "the file")
        items = loaded if isinstance(loaded, list) else [loaded]
        records = [(f"item {number}", item) for number, item in enumerate(items, 1)]
    for where, record in records:
        if not isinstance(record, dict):
            raise ParseError(f"{where}: not an article object; the export holds one per line")
        if missing := sorted(_RECORD_KEYS - record.keys()):
            raise ParseError(
                f"{where}: missing {', '.join(missing)}; is this a Newsroom export "
                "(manage.py export_articles)?"
            )
    return records


def _json(text: str, where: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ParseError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from None


def _import_records(records: list[tuple[str, dict]]) -> list[Outcome]:
    outcomes, links, touched = [], [], []
    for where, record in records:
        try:
            outcome = _import_record(record)
        except ParseError as error:
            raise ParseError(f"{where}: {error}") from None
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ParseError(
                f"{where}: malformed field ({error!r}); re-export the archive"
            ) from None
        outcomes.append(outcome)
        links.append((outcome.article, record.get("duplicate_of")))
        if outcome.kind != "unchanged":
            touched.append(outcome.article.pk)
    slugs = {slug for _, slug in links if slug}
    targets = dict(Article.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    for article, slug in links:
        target = targets.get(slug) if slug else None
        if article.duplicate_of_id != target:
            Article.objects.filter(pk=article.pk).update(duplicate_of_id=target)
    update_search_vectors(touched)
    return outcomes


def _import_record(record: dict) -> Outcome:
    source = _source_for(record["source"])
    articles = Article.objects.select_for_update(of=("self",)).select_related(
        "source", "provenance", "duplicate_of"
    )
    article = None
    if record.get("original_url"):
        article = articles.filter(original_url=record["original_url"]).first()
    if article is None:
        article = articles.filter(slug=record["slug"]).first()
    if article is not None:
        before = json.loads(json.dumps(article_record(article)))
        if before == record:
            return Outcome("unchanged", article)
    created = article is None
    if created:
        article = Article()
    article.title = record["title"]
    article.slug = record["slug"]
    article.author = record.get("author", "")
    article.language = record.get("language") or "en"
    article.status = record.get("status") or Article.Status.DRAFT
    article.published_at = _datetime(record.get("published_at"))
    article.has_time = record.get("has_time", True)
    published_on = record.get("published_on")
    article.published_on = dt.date.fromisoformat(published_on) if published_on else None
    article.summary = record.get("summary", "")
    article.body = record["body"]
    article.original_url = record.get("original_url", "")
    article.related_headlines = record.get("related_headlines", [])
    # Kept as exported, even when empty (an article written in the admin), to round-trip.
    article.content_hash = (
        record["content_hash"]
        if "content_hash" in record
        else content_hash(article.title, article.body)
    )
    article.import_key = record.get("import_key", "")
    if source.pk:
        article.source = source
    _validate(article, exclude=None if source.pk else ["source"])
    if not source.pk:
        source.save()
        article.source = source
    article.save(refresh_search=False)  # the whole file is refreshed at its end
    stamps = {
        name: _datetime(record[name]) for name in ("created_at", "updated_at") if record.get(name)
    }
    if stamps:
        Article.objects.filter(pk=article.pk).update(**stamps)
    article.tags.set(_tags_for(record.get("tags", [])))
    provenance = record.get("provenance")
    if provenance:
        Provenance.objects.update_or_create(
            article=article,
            defaults={
                "imported_at": _datetime(provenance["imported_at"]),
                "file_name": provenance.get("file_name", ""),
                "file_format": provenance["file_format"],
                "raw": base64.b64decode(provenance["raw"]),
                "removed_blocks": provenance.get("removed_blocks", []),
            },
        )
    else:
        Provenance.objects.filter(article=article).delete()
    return Outcome("created" if created else "updated", article)


def _datetime(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    moment = dt.datetime.fromisoformat(value)
    if timezone.is_naive(moment):
        raise ParseError(f"date {value!r} has no time zone; exports write UTC offsets")
    return moment


def _source_for(data: dict) -> Source:
    """The stored source of that name, or an unsaved one built from the record."""
    source = Source.objects.filter(name=data["name"]).first()
    if source is not None:
        return source
    source = Source(
        name=data["name"], slug=data.get("slug", ""), homepage_url=data.get("homepage_url", "")
    )
    try:
        source.full_clean(exclude=["slug"] if not source.slug else None)
    except ValidationError as error:
        raise ParseError(f"not a valid source {data['name']!r}: {error}") from None
    return source


def _tags_for(items: list[dict]) -> list[Tag]:
    tags = []
    for item in items:
        tag = Tag.objects.filter(name=item["name"]).first()
        if tag is None:
            tag = Tag.objects.create(name=item["name"], slug=item.get("slug", ""))
        tags.append(tag)
    return tags


# The seed loader ----------------------------------------------------------------------


def load_seed_file(path, *, default_language: str = "id") -> str:
    """Create or update the published article stored in one seed dump.

    Keyed on `import_key = "seed:<file name>"`. Returns "created", "updated",
    "unchanged" or "duplicate"; raises `ParseError` (writing nothing) when the file
    cannot become a valid article.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ParseError(f"cannot read the file: {error.strerror or error}") from error
    outcome = import_document(
        data=data,
        name=path.name,
        language=default_language,
        status=Article.Status.PUBLISHED,
        import_key=f"seed:{path.name}",
    )
    return outcome.kind
