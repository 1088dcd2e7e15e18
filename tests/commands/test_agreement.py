"""`parse_article` and `import_articles` read every file in tests/data the same way.

Both go through `articles.reading.parse_document`, so for each file they must agree:
both accept it with the same fields, or both refuse it with the same reason. The
dry run shows acceptance and the reason; a real import (rolled back with the test)
shows the stored fields.
"""

import datetime as dt
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from articles.reading import JSON, ParseError, format_of

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data"


def _reads_as_one_story(path: Path) -> bool:
    """Exports hold stored articles, not a story to read: `parse_article` points them
    to `import_articles`, so they are outside this agreement."""
    try:
        return format_of(path.name) != JSON
    except ParseError:
        return True  # unknown suffixes must be refused alike


FILES = sorted(path for path in DATA.rglob("*") if path.is_file() and _reads_as_one_story(path))


def parse(path):
    out = StringIO()
    try:
        call_command("parse_article", str(path), stdout=out)
    except CommandError as error:
        return None, str(error)
    return json.loads(out.getvalue()), None


def import_(path, *, dry_run):
    out, err = StringIO(), StringIO()
    arguments = ["--dry-run"] if dry_run else []
    try:
        call_command("import_articles", *arguments, "-v", "2", str(path), stdout=out, stderr=err)
    except CommandError:
        pass
    return out.getvalue(), err.getvalue()


def test_the_agreement_covers_accepted_and_refused_files():
    outcomes = [parse(path)[1] is None for path in FILES]
    assert len(FILES) >= 10
    assert any(outcomes) and not all(outcomes)


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(DATA)))
def test_both_commands_accept_or_refuse_alike(path):
    parsed, refusal = parse(path)
    out, err = import_(path, dry_run=True)

    if refusal:
        assert f"failed  {path}" in out
        assert err.strip() == refusal  # "<path>: <reason>", the same words
    else:
        assert f"  created  {path}" in out
        assert err == ""
    assert not Article.objects.exists()  # the dry run wrote nothing


@pytest.mark.parametrize(
    "path", [path for path in FILES if parse(path)[1] is None], ids=lambda path: path.name
)
def test_the_stored_article_has_the_fields_parse_article_shows(path):
    parsed, _ = parse(path)
    import_(path, dry_run=False)

    article = Article.objects.get()
    assert {
        "title": article.title,
        "author": article.author,
        "source": article.source.name,
        "language": article.language,
        "original_url": article.original_url,
        "body": article.body,
        "related_headlines": article.related_headlines,
        "tags": sorted(article.tags.values_list("name", flat=True)),
        "has_time": article.has_time,
    } == {
        "title": parsed["title"],
        "author": parsed["author"],
        "source": parsed["source"],
        "language": parsed["language"],
        "original_url": parsed["original_url"],
        "body": parsed["body"],
        "related_headlines": parsed["related_headlines"],
        "tags": sorted(parsed["tags"]),
        "has_time": parsed["has_time"],
    }
    if parsed["published_at"] is None:
        assert (article.published_at, article.status) == (None, Article.Status.DRAFT)
    elif parsed["has_time"]:
        assert article.published_at == dt.datetime.fromisoformat(parsed["published_at"])
    else:
        assert article.published_on == dt.date.fromisoformat(parsed["published_at"])


def test_legacy_and_bom_dumps_read_as_their_utf8_text():
    utf8, _ = parse(DATA / "reading" / "dump-utf8.txt")
    bom, _ = parse(DATA / "reading" / "dump-bom.txt")
    legacy, _ = parse(DATA / "reading" / "dump-cp1252.txt")

    assert bom == utf8
    assert utf8["body"].startswith("Harga cabai rawit")
    assert legacy["title"] == "Café di Bandung Ramai Pengunjung"
    assert "“Kami kewalahan,” ujar pemilik café itu." in legacy["body"]
