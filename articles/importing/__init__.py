"""Importing: the one write path for articles that arrive as files.

- `files`: the walk over paths (`files_in`) and one file in one transaction (`import_file`);
- `documents`: a saved page or text dump, read by `articles.reading`, stored as an article;
- `exports`: the Newsroom export format, written (`article_record`) and read back;
- `seeds`: the seed loader;
- `outcome`: what importing one item did;
- `duplicates`: the same story republished by another outlet.

Commands and the admin's import page use the names below; nothing else is public.
"""

from articles.importing.exports import article_record
from articles.importing.files import files_in, import_file, read_file
from articles.importing.outcome import OUTCOME_LABELS, OUTCOMES, Outcome, summary
from articles.importing.seeds import load_seed_file
from articles.reading import FORMATS, ParseError

__all__ = [
    "FORMATS",
    "OUTCOME_LABELS",
    "OUTCOMES",
    "Outcome",
    "ParseError",
    "article_record",
    "files_in",
    "import_file",
    "load_seed_file",
    "read_file",
    "summary",
]
