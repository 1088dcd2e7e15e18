"""What reader pages tell browsers and caches, read from the archive's version.

Every change to a row a reader page shows moves `ArchiveVersion` on, in the writer's
transaction (database triggers, migration 0008). A page's validators come from that
number, so they change exactly when the archive does, whichever process changed it:

- the ETag is the version, the publication time of the newest visible article (a
  scheduled article coming due changes pages without a write, and becomes the newest),
  and the interface language;
- Last-Modified is when the version moved on, or when that newest article came due;
- a request whose `If-None-Match` (or `If-Modified-Since`) still matches answers 304
  before the view runs.

One query a request: one row, and the first entry of the listing index before now.
`Cache-Control` says how long a browser or a proxy may keep a page without asking again:
short for lists, longer for articles past their first week. Only 200 and 304 answers are
cacheable; anything else (400, a redirect) says `no-cache`.
"""

import datetime as dt
from dataclasses import dataclass
from functools import wraps

from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import http_date
from django.utils.translation import get_language

from articles.models import ArchiveVersion

LIST_SECONDS = 60  # the home page, lists, archives, search, sources and tags
FEED_SECONDS = 300  # feeds and sitemaps: read by machines on a schedule
NEW_ARTICLE_SECONDS = 300  # an article in its first week: corrections come early
OLD_ARTICLE_SECONDS = 3600
NEW_FOR = dt.timedelta(days=7)


@dataclass(frozen=True)
class Version:
    number: int
    changed_at: dt.datetime
    newest: dt.datetime | None  # the newest visible article's publication time

    @property
    def last_modified(self) -> dt.datetime:
        return max(self.changed_at, self.newest or self.changed_at)

    @property
    def etag(self) -> str:
        newest = int(self.newest.timestamp() * 1_000_000) if self.newest else 0
        return f'W/"{self.number}.{newest}.{get_language()}"'


def current() -> Version:
    """The archive's version now."""
    return Version(*ArchiveVersion.read(timezone.now()))


def reader_page(max_age=None):
    """Validators, 304s and `Cache-Control: public` for a reader view.

    `max_age(kwargs)` gives the seconds for one page (default `LIST_SECONDS`).
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            version = current()
            modified = version.last_modified.timestamp()
            response = get_conditional_response(
                request, etag=version.etag, last_modified=int(modified)
            )
            if response is None:
                response = view(request, *args, **kwargs)
            if response.status_code in (200, 304):
                response["ETag"] = version.etag
                response["Last-Modified"] = http_date(modified)
                seconds = max_age(kwargs) if max_age else LIST_SECONDS
                patch_cache_control(response, public=True, max_age=seconds, s_maxage=seconds)
            else:
                add_never_cache_headers(response)
            return response

        return wrapped

    return decorator


def article_seconds(kwargs) -> int:
    """An article page's lifetime, from the publication day in its address."""
    try:
        day = dt.date(kwargs["year"], kwargs["month"], kwargs["day"])
    except ValueError:  # no such day: a 304 answered before the view could say 404
        return NEW_ARTICLE_SECONDS
    return NEW_ARTICLE_SECONDS if timezone.localdate() - day < NEW_FOR else OLD_ARTICLE_SECONDS


def feed_seconds(kwargs) -> int:
    return FEED_SECONDS
