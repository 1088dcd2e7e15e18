"""The Newsroom export format, both directions: one article per JSON record.

`article_record` writes an article with its source, tags and provenance (what
`export_articles` streams, one record a line). `import_records` reads a file of them
back, inside the caller's transaction: records are matched by original URL, else by
slug (the archive's own permanent address), and restore every exported field,
timestamps included, so that exporting, importing into an empty database and exporting
again gives the same file. Safe to re-run: a record equal to the stored article is
reported "unchanged" and not saved. The edit marker travels with the record: a stored
article an editor changed after the record was written is kept as it is ("kept", see
`articles.importing.edits`).
"""

import base64
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import BinaryIO

from django.core.exceptions import ValidationError
from django.utils import timezone

from articles import languages
from articles.importing import edits
from articles.importing.documents import content_hash
from articles.importing.outcome import Outcome, check_valid
from articles.models import Article, Provenance, Source, Tag
from articles.reading import JSON, JSON_LINES, ParseError, decode_json
from articles.search import update_search_vectors

_RECORD_KEYS = {"title", "slug", "source", "body"}
# What an editor changes; an edited article differs from a record when one of these does.
_EDITORIAL_KEYS = [
    "title",
    "slug",
    "source",
    "author",
    "language",
    "status",
    "published_at",
    "has_time",
    "published_on",
    "summary",
    "body",
    "original_url",
    "related_headlines",
    "tags",
]


def _iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value else None


def article_record(article: Article) -> dict:
    """One article as a line of the export (see `export_articles`).

    Expects `source`, `provenance` and `duplicate_of` selected and `tags` prefetched.
    """
    provenance = article.provenance_or_none()
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
        "edited_at": _iso(article.edited_at),
        "content_hash": article.content_hash,
        "import_key": article.import_key,
        "provenance": provenance
        and {
            "imported_at": _iso(provenance.imported_at),
            "file_name": provenance.file_name,
            "file_format": provenance.file_format,
            "title": provenance.title,
            "removed_blocks": provenance.removed_blocks,
            "raw": base64.b64encode(bytes(provenance.raw)).decode("ascii"),
        },
        "duplicate_of": article.duplicate_of.slug if article.duplicate_of else None,
    }


def export_lines(chunk_size: int = 500) -> Iterator[str]:
    """Every article as one line of the export (no newline), oldest first.

    Read in chunks of `chunk_size`, each with its source, provenance and tags, so memory
    stays flat however large the archive.
    """
    articles = (
        Article.objects.select_related("source", "provenance", "duplicate_of")
        .prefetch_related("tags")
        .defer("search_vector", "duplicate_of__body", "duplicate_of__search_vector")
        .order_by("pk")
    )
    for article in articles.iterator(chunk_size=chunk_size):
        yield json.dumps(article_record(article), ensure_ascii=False)


def read_records(stream: BinaryIO, name: str, *, line_limit: int) -> Iterator[tuple[str, dict]]:
    """(where, record) pairs read from the open export file `name`, one at a time.

    `where` is "line N" or "item N", for error messages. An `.ndjson` file is read line by
    line, so memory does not grow with the file; a line longer than `line_limit` bytes is
    refused. A `.json` file is one document, read whole (the caller limits its size).
    """
    if PurePath(name).suffix.lower() in JSON_LINES:
        records = _lines(stream, line_limit)
    else:
        loaded = _json(decode_json(stream.read()), "the file")
        items = loaded if isinstance(loaded, list) else [loaded]
        records = ((f"item {number}", item) for number, item in enumerate(items, 1))
    found = False
    for where, record in records:
        if not isinstance(record, dict):
            raise ParseError(f"{where}: not an article object; the export holds one per line")
        if missing := sorted(_RECORD_KEYS - record.keys()):
            raise ParseError(
                f"{where}: missing {', '.join(missing)}; is this a Newsroom export "
                "(manage.py export_articles)?"
            )
        found = True
        yield where, record
    if not found:
        raise ParseError("no articles in file: an export holds one JSON article per line")


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[str, object]]:
    # Split on b"\n" only: a body may hold U+2028 or U+0085, which str.splitlines() would
    # take for line ends (json.dumps leaves them raw with ensure_ascii=False).
    for number, line in enumerate(iter(lambda: stream.readline(limit + 1), b""), 1):
        where = f"line {number}"
        if len(line) > limit:
            raise ParseError(
                f"{where}: longer than {limit / 2**20:.0f} MB, more than an article and its "
                "original file can be; is this a Newsroom export?"
            )
        if line.strip():
            try:
                text = decode_json(line)
            except ParseError as error:
                raise ParseError(f"{where}: {error}") from None
            yield where, _json(text, where)


def _json(text: str, where: str):
    try:
        return _without_nul(json.loads(text))
    except json.JSONDecodeError as error:
        raise ParseError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ParseError(f"{where}: JSON nested too deep to be an export") from None
    except ValueError as error:  # Python refuses integers of more than 4,300 digits
        raise ParseError(f"{where}: not an export ({error})"[:300]) from None


def _without_nul(value):
    """The record with NUL characters taken out of its strings: no text means them, and
    PostgreSQL cannot store them."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_without_nul(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_nul(item) for key, item in value.items()}
    return value


def import_records(records: Iterable[tuple[str, dict]], *, name: str, now=None) -> list[Outcome]:
    """Import the records of the export file `name`, in the caller's transaction.

    Each outcome names its article by a bare reference (id, slug and title), so that a
    large export's report does not hold every article it wrote.
    """
    outcomes, links, touched = [], [], []
    for where, record in records:
        try:
            outcome = _import_record(record, name=name, now=now)
        except ParseError as error:
            raise ParseError(f"{where}: {error}") from None
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ParseError(
                f"{where}: malformed field ({error!r}); re-export the archive"
            ) from None
        article = outcome.article
        outcomes.append(Outcome(outcome.kind, _reference(article), outcome.note))
        if outcome.kind in ("created", "updated"):
            links.append((article.pk, article.duplicate_of_id, record.get("duplicate_of")))
            touched.append(article.pk)
    slugs = {slug for *_, slug in links if slug}
    targets = dict(Article.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    for pk, linked, slug in links:
        target = targets.get(slug) if slug else None
        if linked != target:
            Article.objects.filter(pk=pk).update(duplicate_of_id=target)
    update_search_vectors(touched)
    return outcomes


def _reference(article: Article) -> Article:
    return Article(pk=article.pk, slug=article.slug, title=article.title)


def _import_record(record: dict, *, name: str, now) -> Outcome:
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
        if article.is_edited and not _holds_the_edit(record, article):
            return edits.keep_edited(
                article,
                differs=any(before.get(key) != record.get(key) for key in _EDITORIAL_KEYS),
                content_hash=record.get("content_hash")
                or content_hash(record["title"], record["body"]),
                title=record["title"],
                body=record["body"],
                data=json.dumps(record, ensure_ascii=False).encode(),
                name=name,
                file_format=JSON,
                now=now,
            )
    created = article is None
    if created:
        article = Article()
    article.title = record["title"]
    article.slug = record["slug"]
    article.author = record.get("author", "")
    article.language = record.get("language") or languages.default()
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
    article.edited_at = _datetime(record.get("edited_at"))
    if source.pk:
        article.source = source
    check_valid(article, exclude=None if source.pk else ["source"])
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
                "title": provenance.get("title", article.title),
                "raw": base64.b64decode(provenance["raw"]),
                "removed_blocks": provenance.get("removed_blocks", []),
            },
        )
    else:
        Provenance.objects.filter(article=article).delete()
    return Outcome("created" if created else "updated", article)


def _holds_the_edit(record: dict, article: Article) -> bool:
    """The record was written after the stored article's last edit: it carries that edit."""
    written = _datetime(record.get("edited_at"))
    return written is not None and written >= article.edited_at


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
