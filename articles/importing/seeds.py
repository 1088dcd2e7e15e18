"""The seed loader: the seed articles in `fixtures/`, through the same path as any import.

Each seed file is one published article keyed on `import_key = "seed:<file name>"`, so
renaming nothing and re-running changes nothing. Safe to re-run.
"""

from pathlib import Path

from articles.importing.files import import_file, read_file
from articles.models import Article
from articles.reading import JSON, ParseError, format_of


def load_seed_file(path: Path) -> str:
    """Create or update the published article stored in one seed file.

    Returns "created", "updated", "unchanged", "kept" (an editor changed the article:
    left as they left it) or "duplicate"; raises `ParseError`
    (writing nothing) when the file cannot become a valid article.
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
    return outcome.kind
