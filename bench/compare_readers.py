"""This importer's page reader beside trafilatura alone, field by field, on real pages.

Runs corpus-real's own scorer (`score.py`, kept outside this repository with the pages)
twice per corpus: once with `newsroom_reader` (what `import_articles` would store) and
once with `trafilatura_reader` (`bare_extraction` with metadata, as the corpus README's
baseline). The corpora are corpus-real and our own four (`dev`, `heldout`, `blind`,
`final`; they give title, date and body only). Prints one Markdown table; reads files
only, writes nothing but temporary score files. Safe to re-run.

    python -m bench compare_readers                      # ../shared/corpus-real beside the repo
    python -m bench compare_readers --corpus-real PATH   # or NEWSROOM_CORPUS_REAL
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.reading import parse_document

ROOT = Path(__file__).resolve().parent.parent
OURS = {
    "dev": ROOT / "tests" / "data" / "corpus" / "dev",
    "heldout": ROOT / "tests" / "data" / "corpus" / "heldout",
    "blind": ROOT / "bench" / "corpus" / "blind",
    "final": ROOT / "bench" / "corpus" / "final",
}
# (column, scorer field, kind): a mean for F1, a share of pages for the rest.
COLUMNS = [
    ("body F1", "body_f1", "mean"),
    ("body opening", "body_starts_near", "share"),
    ("title", "title", "share"),
    ("date", "date", "share"),
    ("date (local day)", "date_local", "share"),
    ("author", "author", "share"),
    ("language", "language", "share"),
]
READERS = {"Newsroom": "newsroom_reader", "trafilatura alone": "trafilatura_reader"}


def newsroom_reader(data: bytes) -> dict:
    """What the importer stores from a page (a source is given: it is not scored); a
    refused page raises `ParseError`, which the scorer counts as an extractor error."""
    parsed = parse_document(data, name="page.html", source="(not scored)")
    when = parsed.published_at or parsed.published_on
    return {
        "title": parsed.title,
        "published_at": when.isoformat() if when else None,
        "author": parsed.author,
        "language": parsed.language,
        "body": parsed.body,
    }


def trafilatura_reader(data: bytes, url=None) -> dict:
    import trafilatura

    document = trafilatura.bare_extraction(
        data.decode("utf-8", "replace"), url=url, with_metadata=True
    )
    if document is None:
        return {}
    return {
        "title": document.title,
        "published_at": document.date,
        "author": document.author,
        "language": document.language,
        "body": document.text,
    }


class Command(BaseCommand):
    help = "This importer's reader beside trafilatura alone on corpus-real and our corpora."

    def add_arguments(self, parser):
        default = os.environ.get("NEWSROOM_CORPUS_REAL", ROOT.parent / "shared" / "corpus-real")
        parser.add_argument("--corpus-real", type=Path, default=Path(default))
        parser.add_argument("--jobs", type=int, default=2, help="Pages scored at once.")

    def handle(self, *args, corpus_real, jobs, **options):
        scorer = corpus_real / "score.py"
        if not scorer.is_file():
            raise CommandError(
                f"{scorer} not found: corpus-real lives beside the repository (../shared), "
                "or pass --corpus-real PATH"
            )
        corpora = {"corpus-real": corpus_real, **OURS}
        header = ["corpus", "reader", *(label for label, _, _ in COLUMNS)]
        self.stdout.write("| " + " | ".join(header) + " |")
        self.stdout.write("|" + " --- |" * len(header))
        for corpus, folder in corpora.items():
            for reader, function in READERS.items():
                pages = scores(scorer, folder, function, jobs=jobs)
                cells = [_cell(pages, field, kind) for _, field, kind in COLUMNS]
                self.stdout.write(f"| {corpus} | {reader} | " + " | ".join(cells) + " |")


def scores(scorer: Path, folder: Path, function: str, *, jobs: int = 2) -> list[dict]:
    """Each page's scores from corpus-real's scorer for reader `function` on `folder`."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "scores.json"
        command = [
            sys.executable, str(scorer),
            "--python-callable", f"bench.compare_readers:{function}",
            "--pythonpath", str(ROOT), "--django-settings", "newsroom.settings",
            "--jobs", str(jobs), "--json-out", str(out),
        ]  # fmt: skip
        if folder != scorer.parent:
            command += ["--corpus", str(folder)]
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        return json.loads(out.read_text(encoding="utf-8"))


def figure(pages: list[dict], field: str) -> tuple[float, int] | None:
    """(mean over the pages the truth covers, their number), or None when it covers none."""
    values = [page["scores"][field] for page in pages if page["scores"].get(field) is not None]
    return (sum(values) / len(values), len(values)) if values else None


def _cell(pages: list[dict], field: str, kind: str) -> str:
    found = figure(pages, field)
    if found is None:
        return "–"
    value, count = found
    if kind == "mean":
        return f"{value:.3f}"
    return f"{100 * value:.1f}% ({round(value * count)}/{count})"
