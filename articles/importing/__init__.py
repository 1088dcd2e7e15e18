"""Importing: the one write path for articles that arrive as files.

- `files`: the walk over paths (`files_in`), one file in one transaction (`import_file`),
  and both together (`import_paths`);
- `documents`: a saved page or text dump, read by `articles.reading`, stored as an article;
- `exports`: the Newsroom export format, written (`export_lines`, one `article_record` a
  line) and read back;
- `seeds`: the seed loader;
- `outcome`: what importing one item did;
- `duplicates`: the same story republished by another outlet.

Commands and the admin's import page use the names below; nothing else is public.
"""

from articles.importing.exports import article_record, export_lines
from articles.importing.files import FileReport, files_in, import_file, import_paths, read_file
from articles.importing.outcome import OUTCOME_LABELS, OUTCOMES, Outcome, summary
from articles.importing.seeds import load_seed_file, load_seeds
from articles.reading import FORMATS, ParseError

__all__ = [
    "FORMATS",
    "FileReport",
    "OUTCOME_LABELS",
    "OUTCOMES",
    "Outcome",
    "ParseError",
    "article_record",
    "export_lines",
    "files_in",
    "import_file",
    "import_paths",
    "load_seed_file",
    "load_seeds",
    "read_file",
    "summary",
]
