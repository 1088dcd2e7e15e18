"""Write parsed articles to the database (parsing itself lives in `articles.parsing`).

`load_seed_file` writes one seed dump: it
get-or-creates the `Source` and creates or updates the one `Article` keyed on
`import_key = "seed:<file name>"`, inside a single transaction. It touches nothing
else (tags, summaries and slugs already set are left alone), and it is safe to re-run:
an article whose stored fields already match the file is not saved again.
"""

import re
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from articles.models import Article, Source
from articles.parsing import ParseError, parse_text_dump


def load_seed_file(path: Path, *, default_language: str = "id") -> str:
    """Create or update the article stored in one seed file.

    Returns "created", "updated" or "unchanged"; raises `ParseError` (and writes
    nothing) when the file cannot become a valid article.
    """
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ParseError(
            f"not UTF-8: byte {error.object[error.start]:#04x} at offset {error.start} "
            "cannot be decoded; save the file as UTF-8"
        ) from error
    except OSError as error:
        raise ParseError(f"cannot read the file: {error.strerror or error}") from error
    parsed = parse_text_dump(text, default_language=default_language)
    if not parsed.source_name:
        raise ParseError(
            "no source: the first paragraph does not open with a dateline such as "
            "'KOMPAS.com - ' or 'Jakarta, CNN Indonesia -- '; add one"
        )

    with transaction.atomic():
        source, _ = Source.objects.get_or_create(
            name=parsed.source_name,
            defaults={"homepage_url": _homepage_for(parsed.source_name)},
        )
        import_key = f"seed:{path.name}"
        article = Article.objects.select_for_update().filter(import_key=import_key).first()
        if article is None:
            article, outcome = Article(import_key=import_key), "created"
        else:
            outcome = "updated"
        before = _stored_fields(article)
        article.title = parsed.title
        article.source = source
        article.author = parsed.author
        article.language = parsed.language
        article.status = Article.Status.PUBLISHED
        article.set_publication_day(parsed.published_on)
        article.body = parsed.body
        article.related_headlines = parsed.related_headlines
        if outcome == "updated" and _stored_fields(article) == before:
            return "unchanged"
        try:
            article.full_clean()
        except ValidationError as error:
            problems = "; ".join(
                f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
            )
            raise ParseError(f"not a valid article: {problems}") from error
        article.save()
    return outcome


def _homepage_for(name: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", name):
        return f"https://{name.lower()}/"
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
    }
