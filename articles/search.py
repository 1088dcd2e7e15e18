"""Full-text search: every PostgreSQL-only part of the archive lives here.

`update_search_vectors` rebuilds the stored, weighted search document of the given
articles (and adds their words to the table that spelling suggestions draw on); every
write path (model save, tag changes, imports, bulk actions) calls it, and
`rebuild_search_index` redoes it for the whole archive. On other databases both do
nothing and `search` falls back to "every word somewhere in the title or body".

Article text is escaped before highlight marks are added, on both databases.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchQueryField,
    SearchRank,
)
from django.db import connections, transaction
from django.db.models import BooleanField, Case, F, Func, Q, QuerySet, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles import languages

# The text-search configuration for each article language; anything else is `simple`.
CONFIGS = {"id": "indonesian", "en": "english"}
FALLBACK_CONFIG = "simple"

_CONFIG_SQL = (
    "(CASE split_part(a.language, '-', 1) "
    + " ".join(f"WHEN '{code}' THEN '{name}'" for code, name in CONFIGS.items())
    + f" ELSE '{FALLBACK_CONFIG}' END)::regconfig"
)

# Title weighs most (A), then summary, author and tags (B), then the body (C).
_UPDATE_SQL = f"""
UPDATE articles_article AS a SET search_vector =
    setweight(to_tsvector({_CONFIG_SQL}, a.title), 'A')
    || setweight(to_tsvector({_CONFIG_SQL}, concat_ws(' ', a.summary, a.author, (
        SELECT string_agg(t.name, ' ')
        FROM articles_article_tags AS at JOIN articles_tag AS t ON t.id = at.tag_id
        WHERE at.article_id = a.id
    ))), 'B')
    || setweight(to_tsvector({_CONFIG_SQL}, a.body), 'C')
"""

# Spelling suggestions draw on the archive's own words, unstemmed (`simple`), kept in
# `articles_search_word` (created by migration 0004) with a trigram index.
_WORDS_SQL = "to_tsvector('simple', concat_ws(' ', a.title, a.summary, a.author, a.body))"
_WORD_FILTER = "length(word) BETWEEN 3 AND 40 AND word !~ '[0-9_]'"
_ADD_WORDS_SQL = f"""
INSERT INTO articles_search_word (word, ndoc)
SELECT word, 1 FROM (
    SELECT DISTINCT unnest(tsvector_to_array({_WORDS_SQL})) AS word
    FROM articles_article AS a WHERE a.id = ANY(%s)
) AS new WHERE {_WORD_FILTER}
ORDER BY word
ON CONFLICT (word) DO NOTHING
"""
_ALL_WORDS_SQL = f"""
INSERT INTO articles_search_word (word, ndoc)
SELECT word, ndoc FROM ts_stat('SELECT {_WORDS_SQL.replace("'", "''")} FROM articles_article AS a')
WHERE {_WORD_FILTER}
"""
_SUGGEST_SQL = """
SELECT typed.word, (
    SELECT known.word FROM articles_search_word AS known
    WHERE known.word %% typed.word
    ORDER BY known.word <-> typed.word, known.ndoc DESC, known.word
    LIMIT 1
)
FROM unnest(%s::text[]) AS typed(word)
WHERE NOT EXISTS (SELECT 1 FROM articles_search_word AS known WHERE known.word = typed.word)
"""

# Private-use characters mark highlights inside `ts_headline` output; they are removed
# from the article text first, so only our own marks can become <mark>.
_START, _STOP = "\ue000", "\ue001"
SNIPPET_WORDS = 30


def is_supported(using="default"):
    return connections[using].vendor == "postgresql"


def update_search_vectors(article_ids=None, *, id_range=None, using="default") -> None:
    """Recompute the search document of `article_ids` (all articles when None) and add
    their words to the known words; with `id_range` (first, last), the documents of the
    articles with ids in it, leaving the known words to `rebuild_known_words`."""
    if not is_supported(using):
        return
    with connections[using].cursor() as cursor:
        if id_range is not None:
            cursor.execute(_UPDATE_SQL + " WHERE a.id BETWEEN %s AND %s", list(id_range))
        elif article_ids is None:
            cursor.execute(_UPDATE_SQL)
        elif ids := list(article_ids):
            cursor.execute(_UPDATE_SQL + " WHERE a.id = ANY(%s)", [ids])
            cursor.execute(_ADD_WORDS_SQL, [ids])


def rebuild_known_words(*, using="default") -> int:
    """Recount the words of every article for spelling suggestions; their number."""
    if not is_supported(using):
        return 0
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute("TRUNCATE articles_search_word")
        cursor.execute(_ALL_WORDS_SQL)
        cursor.execute("SELECT count(*) FROM articles_search_word")
        return cursor.fetchone()[0]


def rebuild_search_index(*, using="default") -> int:
    """Recompute every article's search document and the list of known words.

    Returns the number of known words; 0 (and no work) on databases other than
    PostgreSQL. Safe to re-run.
    """
    if not is_supported(using):
        return 0
    with transaction.atomic(using=using):
        update_search_vectors(using=using)
        return rebuild_known_words(using=using)


# Reading a reader's query: web-search syntax, the same on every database.


@dataclass(frozen=True)
class Term:
    text: str  # a word or a quoted phrase, lowercased
    excluded: bool = False


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True)
class Query:
    """A reader's query, parsed once: every search, snippet and suggestion reads this."""

    text: str  # as typed, white space folded: what PostgreSQL parses
    clauses: tuple[tuple[Term, ...], ...]  # all must hold; each a choice of alternatives
    words: tuple[str, ...]  # looked for (not excluded), in order, without repeats

    def __bool__(self):
        return bool(self.words)

    @property
    def has_exclusions(self) -> bool:
        return any(term.excluded for clause in self.clauses for term in clause)


def parse(text: str) -> Query:
    """`text` as clauses that must all hold, each a list of alternatives (`OR`).

    Follows `websearch_to_tsquery`: quoted phrases, `OR` between terms, `-` to exclude.
    """
    text = " ".join(text.split())
    clauses, join_next = [], False
    for match in _TOKEN.finditer(text):
        negated, phrase, word = match.groups()
        if word == "OR":
            join_next = bool(clauses)
            continue
        if word is not None:
            negated = word.startswith("-") and len(word) > 1
            phrase = word[1:] if negated else word
        phrase = " ".join(_EDGE_PUNCTUATION.sub("", part) for part in phrase.split())
        phrase = " ".join(phrase.lower().split())
        if not phrase:
            continue
        term = Term(phrase, excluded=bool(negated))
        if join_next and not term.excluded and not any(t.excluded for t in clauses[-1]):
            clauses[-1].append(term)
        else:
            clauses.append([term])
        join_next = False
    words = []
    for clause in clauses:
        for term in clause:
            if not term.excluded:
                words += [w for w in term.text.split() if w not in words]
    return Query(text, tuple(map(tuple, clauses)), tuple(words))


def as_query(query: "Query | str") -> Query:
    return query if isinstance(query, Query) else parse(query)


# Matching and ranking


def _config_for_row():
    whens = [When(languages.matching(code), then=Value(name)) for code, name in CONFIGS.items()]
    return Case(*whens, default=Value(FALLBACK_CONFIG))


def _query_for_row(text):
    """The reader's query parsed with the configuration of each article's own language."""
    whens = [
        When(languages.matching(code), then=SearchQuery(text, config=name, search_type="websearch"))
        for code, name in CONFIGS.items()
    ]
    default = SearchQuery(text, config=FALLBACK_CONFIG, search_type="websearch")
    return Case(*whens, default=default, output_field=SearchQueryField())


def _query_in_any_language(text):
    queries = [
        SearchQuery(text, config=name, search_type="websearch")
        for name in [*CONFIGS.values(), FALLBACK_CONFIG]
    ]
    combined = queries[0]
    for query in queries[1:]:
        combined |= query
    return combined


def _matches(query):
    return Func(
        F("search_vector"),
        query,
        template="%(expressions)s",
        arg_joiner=" @@ ",
        output_field=BooleanField(),
    )


def search(articles: QuerySet, query: Query | str) -> QuerySet:
    """Articles matching `query`; on PostgreSQL annotated with `rank` (higher is better)."""
    query = as_query(query)
    if not is_supported(articles.db):
        return contains_all(articles, query)
    per_row = _query_for_row(query.text)
    # The query parsed in every configuration can use the GIN index. It is a superset:
    # an excluded word must also be checked with each article's own language, or its
    # other stems would let the article through (and that check reads every row).
    articles = articles.filter(_matches(_query_in_any_language(query.text)))
    if query.has_exclusions:
        articles = articles.filter(_matches(per_row))
    return articles.annotate(rank=SearchRank(F("search_vector"), per_row))


def contains_all(articles: QuerySet, query: Query | str) -> QuerySet:
    """Every clause of `query` in the title or the body, case-insensitively (no ranking)."""
    for clause in as_query(query).clauses:
        either = Q()
        for term in clause:
            found = Q(title__icontains=term.text) | Q(body__icontains=term.text)
            either |= ~found if term.excluded else found
        articles = articles.filter(either)
    return articles


# Snippets


def with_snippets(articles: QuerySet, query: Query) -> QuerySet:
    """`articles` fetching what `snippet` needs to show a passage for `query`."""
    if not is_supported(articles.db):
        return articles.defer(None)  # the passage is cut from the body in Python
    body = Func(F("body"), Value(_START + _STOP), Value(""), function="translate")
    for char, entity in [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")]:
        body = Func(body, Value(char), Value(entity), function="replace")
    headline = SearchHeadline(
        body,
        _query_for_row(query.text),
        config=_config_for_row(),
        start_sel=_START,
        stop_sel=_STOP,
        max_words=SNIPPET_WORDS,
        min_words=SNIPPET_WORDS // 2,
        max_fragments=2,
        fragment_delimiter=" … ",
    )
    return articles.annotate(escaped_headline=headline)


def snippet(article, query: Query) -> SafeString:
    """A short passage of the body of `article` (from `with_snippets`), words in <mark>."""
    if hasattr(article, "escaped_headline"):
        return _marked(article.escaped_headline)
    return highlight(article.body, query)


def _marked(escaped: str) -> SafeString:
    """Turn the sentinels of already-escaped `ts_headline` output into <mark> tags."""
    parts = []
    for chunk in escaped.split(_START):
        marked, _, rest = chunk.rpartition(_STOP)
        # Only entities can be here already; this keeps a stray bracket harmless anyway.
        marked, rest = (s.replace("<", "&lt;").replace(">", "&gt;") for s in (marked, rest))
        parts.append(f"<mark>{marked}</mark>{rest}" if marked else rest)
    return mark_safe("".join(parts))  # every part was escaped above


def highlight(body: str, query: Query | str, *, width: int = 240) -> SafeString:
    """A passage of `body` around the first searched word, escaped, words in <mark>."""
    body = " ".join(body.split())
    words = sorted(as_query(query).words, key=len, reverse=True)
    if not words:
        return escape(body[:width])
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    first = pattern.search(body)
    start = max(0, first.start() - width // 3) if first else 0
    if start:
        start = body.find(" ", start) + 1 or start
    passage = body[start : start + width]
    pieces, position = [], 0
    for match in pattern.finditer(passage):
        pieces.append(escape(passage[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(passage[position:]))
    ellipsis_before = "… " if start else ""
    ellipsis_after = " …" if start + width < len(body) else ""
    return mark_safe(ellipsis_before + "".join(pieces) + ellipsis_after)  # pieces escaped


# Suggestions


def suggestion(query: Query, *, using="default") -> str:
    """The query with each word the archive does not know replaced by the nearest one it
    does. Empty when every word is known, nothing close is found, or off PostgreSQL.
    """
    words = [w for w in query.words if re.fullmatch(r"[^\W\d_]{3,40}", w)]
    if not is_supported(using) or not words:
        return ""
    with connections[using].cursor() as cursor:
        cursor.execute(_SUGGEST_SQL, [words])
        replacements = {typed: known for typed, known in cursor.fetchall() if known}
    if not replacements:
        return ""
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(w) for w in replacements) + r")\b", re.IGNORECASE
    )
    return pattern.sub(lambda m: replacements[m.group().lower()], query.text)
