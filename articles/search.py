"""Full-text search: the PostgreSQL-only parts of the archive live here.

`update_search_vectors` rebuilds the stored, weighted search document of the given
articles; every write path (model save, tag changes, imports, bulk actions) calls it.
On other databases it does nothing, and searching falls back to `icontains`.
"""

from django.db import connections

# The text-search configuration for each article language; anything else is `simple`.
CONFIGS = {"id": "indonesian", "en": "english"}

_CONFIG_SQL = (
    "(CASE split_part(a.language, '-', 1) "
    + " ".join(f"WHEN '{code}' THEN '{name}'" for code, name in CONFIGS.items())
    + " ELSE 'simple' END)::regconfig"
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


def is_supported(using="default"):
    return connections[using].vendor == "postgresql"


def update_search_vectors(article_ids=None, *, using="default"):
    """Recompute the search document of `article_ids` (all articles when None)."""
    if not is_supported(using):
        return
    with connections[using].cursor() as cursor:
        if article_ids is None:
            cursor.execute(_UPDATE_SQL)
        else:
            ids = list(article_ids)
            if ids:
                cursor.execute(_UPDATE_SQL + " WHERE a.id = ANY(%s)", [ids])
