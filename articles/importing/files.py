"""Files to import: the walk over paths, and one file in one transaction.

`files_in` expands paths, folders and glob patterns into the files an import reads;
`import_file` imports the articles of one file, all or nothing; `import_paths` does both,
file after file, with one `FileReport` each. A file that cannot be
imported raises `ParseError` with a reason a person can act on, and leaves nothing
behind. Safe to re-run: see `documents` and `exports` for what "unchanged" means.
"""

import datetime as dt
import glob
import io
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from articles.importing import exports
from articles.importing.documents import store_document
from articles.importing.outcome import Outcome
from articles.reading import FORMATS, JSON, JSON_LINES, ParseError, format_of, parse_document

_GLOB_CHARACTERS = set("*?[")
logger = logging.getLogger(__name__)


def files_in(arguments: Iterable[str]) -> Iterator[Path]:
    """Every file named by `arguments`, in a stable order; missing ones are kept, to report.

    A folder is searched recursively for the suffixes the readers know (`FORMATS`); a
    file named outright is kept whatever its suffix, so that an unknown one is reported.
    Folders are walked lazily (sorted per folder) so memory does not grow with the files.
    """
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or not _GLOB_CHARACTERS & set(argument):
            yield path
        else:
            matches = sorted(glob.iglob(argument, recursive=True))
            if not matches:
                yield path  # reported as missing: the pattern matched nothing
            for match in matches:
                match = Path(match)
                yield from _walk(match) if match.is_dir() else [match]


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if Path(name).suffix.lower() in FORMATS:
                yield Path(root) / name


def open_file(path: Path) -> BinaryIO:
    """The file, open for reading bytes, or a `ParseError` that says why it cannot be."""
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise ParseError("no such file; check the path or the pattern") from None
    except IsADirectoryError:
        raise ParseError("a folder, not a file") from None
    except OSError as error:
        raise ParseError(f"cannot read the file: {error.strerror or error}") from None


def read_file(path: Path) -> bytes:
    """The file's bytes, or a `ParseError` that says why they cannot be read."""
    with open_file(path) as stream:
        return stream.read()


def import_file(
    *,
    data: bytes | BinaryIO,
    name: str,
    source: str | None = None,
    language: str | None = None,
    status: str | None = None,
    now: dt.datetime | None = None,
    dry_run: bool = False,
    import_key: str = "",
) -> list[Outcome]:
    """Import every article in one file, in one transaction; one outcome per article.

    `data` is the file's bytes or the file itself, open for reading bytes (and seekable):
    an `.ndjson` export is then read line by line, never whole. Any other file larger
    than `NEWSROOM_IMPORT_MAX_BYTES` is refused before it is read.

    `source`, `language`, `status` and `import_key` apply to pages and dumps (an export
    carries its own). With `dry_run` everything is written and then rolled back, so the
    outcomes are exactly those of a real run.
    """
    try:
        return _import_file(data, name, source, language, status, now, dry_run, import_key)
    except ParseError:
        raise
    except Exception as error:
        # A file nobody here wrote can still surprise the readers or the database: it
        # costs that file only, reported like any refusal; the traceback is logged at
        # DEBUG, so an operator's report stays one line a file.
        logger.debug("importing %s failed", name, exc_info=True)
        raise ParseError(
            f"could not be imported ({type(error).__name__}: {str(error)[:200]}); "
            "nothing of it was stored"
        ) from error


def _import_file(data, name, source, language, status, now, dry_run, import_key):
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    is_export = format_of(name) == JSON
    limit = settings.NEWSROOM_IMPORT_MAX_BYTES
    if not (is_export and Path(name).suffix.lower() in JSON_LINES):
        size = stream.seek(0, io.SEEK_END)
        if size > limit:
            raise ParseError(
                f"{size / 2**20:.1f} MB, larger than the {limit / 2**20:.0f} MB a page, dump "
                "or .json export may be (NEWSROOM_IMPORT_MAX_BYTES); a news page is far "
                "smaller: is this the right file? (Large exports are .ndjson, read line by "
                "line.)"
            )
        stream.seek(0)
    if is_export:
        # An export line holds an article's text and its original file in base64: each
        # within the limit, so a longer line is no export of ours.
        records = exports.read_records(stream, name, line_limit=3 * limit)
    else:
        # Read before the transaction opens: on SQLite it holds the write lock.
        data = stream.read()
        parsed = parse_document(data, name=name, source=source, language=language)
    try:
        with transaction.atomic():
            _commit_without_waiting()
            if is_export:
                outcomes = exports.import_records(records, name=name, now=now)
            else:
                outcome = store_document(
                    parsed, data=data, name=name, status=status, now=now, import_key=import_key
                )
                outcomes = [outcome]
            if dry_run:
                transaction.set_rollback(True)
    except IntegrityError as error:  # a concurrent import, or a row edited meanwhile
        raise ParseError(
            f"conflicts with the stored archive ({error}); run the import again"
        ) from error
    return outcomes


@dataclass(frozen=True)
class FileReport:
    """What importing one file did: its outcomes, or why it failed (and changed nothing)."""

    path: Path
    outcomes: list[Outcome] = field(default_factory=list)
    error: str = ""


def import_paths(
    paths: Iterable[str],
    *,
    source: str | None = None,
    language: str | None = None,
    status: str | None = None,
    dry_run: bool = False,
    import_key=None,
) -> Iterator[FileReport]:
    """Import every file `paths` name (see `files_in`), each in its own transaction.

    A file that fails is reported and the next one imported. `import_key`, when given,
    names each file's key (the seed loader's); the options are those of `import_file`.
    """
    now = timezone.now()
    for path in files_in(paths):
        try:
            with open_file(path) as stream:
                outcomes = import_file(
                    data=stream,
                    name=path.name,
                    source=source,
                    language=language,
                    status=status,
                    now=now,
                    dry_run=dry_run,
                    import_key=import_key(path) if import_key else "",
                )
        except ParseError as error:
            yield FileReport(path, error=str(error))
        else:
            yield FileReport(path, outcomes)


def _commit_without_waiting():
    """Let PostgreSQL acknowledge this transaction's commit before its WAL reaches disk.

    Imports are idempotent: a crash can lose only the last fraction of a second of
    committed files, never consistency, and re-running the import restores them. It
    saves a disk flush per file (2 to 3 ms of a page's ~25 ms on the development machine).
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO off")
