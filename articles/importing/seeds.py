"""The seed loader: the seed articles in `fixtures/`, through the same path as any import.

Each seed file is one published article keyed on `import_key = "seed:<file name>"`, so
renaming nothing and re-running changes nothing. Safe to re-run.
"""

from collections.abc import Iterable, Iterator
from pathlib import Path

from articles.importing.files import FileReport, import_file, read_file
from articles.importing.outcome import Outcome
from articles.models import Article
from articles.reading import JSON, ParseError, format_of


def load_seed_file(path: Path) -> Outcome:
    """Create or update the published article stored in one seed file.

    Its outcome is "created", "updated", "unchanged", "kept" (an editor changed the
    article: left as they left it) or "duplicate"; raises `ParseError` (writing nothing)
    when the file cannot become a valid article.
    """
    if format_of(path.name) == JSON:
        raise ParseError(
            "a seed is a text dump or a saved page; import exports with import_articles"
        )
    [outcome] = import_file(
        data=read_file(path),
        name=path.name,
        status=Article.Status.PUBLISHED,
        import_key=f"seed:{path.name}",
    )
    return outcome


def load_seeds(paths: Iterable[Path]) -> Iterator[FileReport]:
    """Load each seed file in its own transaction; a broken one is reported, not fatal."""
    for path in paths:
        try:
            yield FileReport(path, [load_seed_file(path)])
        except ParseError as error:
            yield FileReport(path, error=str(error))
