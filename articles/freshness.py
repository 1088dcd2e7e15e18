"""What reader pages tell browsers and caches, read from the archive's version.

Every change to a row a reader page shows moves `ArchiveVersion` on, in the writer's
transaction (database triggers, migration 0008). A page's validators come from that
number, so they change exactly when the archive does, whichever process changed it:

- the ETag is the version, the publication time of the newest visible article (a
  scheduled article coming due changes pages without a write, and becomes the newest),
  and the interface language;
- Last-Modified is when the version moved on, or when that newest article came due;
- a request whose `If-None-Match` (or `If-Modified-Since`) still matches answers 304
  before the view runs;
- a page already rendered at this version, in this language, is served from the cache
  (`NEWSROOM_PAGE_CACHE_SECONDS`; local memory, or Redis shared by every process when
  `NEWSROOM_CACHE_URL` is set), so it is never stale: a change makes new keys.

One query a request: one row, and the first entry of the listing index before now.
`Cache-Control` says how long a browser or a proxy may keep a page without asking again:
short for lists, longer for articles past their first week. Only 200 and 304 answers are
cacheable; anything else (400, a redirect) says `no-cache`.
"""

import datetime as dt
import hashlib
from contextvars import ContextVar
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import http_date
from django.utils.text import compress_string
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
    def key(self) -> str:
        """Names what every reader page shows now; part of each cache key built on it."""
        newest = int(self.newest.timestamp() * 1_000_000) if self.newest else 0
        return f"{self.number}.{newest}"

    @property
    def etag(self) -> str:
        return f'W/"{self.key}.{get_language()}"'


# The version a reader request started from: read once, and used for the page's
# validators, its page-cache key and the cached figures it shows (`articles.aggregates`).
_started_from: ContextVar[Version | None] = ContextVar("archive_version", default=None)


def current() -> Version:
    """The archive's version: the one this reader request started from, else read now."""
    return _started_from.get() or Version(*ArchiveVersion.read(timezone.now()))


def reader_page(max_age=None):
    """Validators, 304s, the page cache and `Cache-Control: public` for a reader view.

    `max_age(kwargs)` gives the seconds for one page (default `LIST_SECONDS`).
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if settings.DEBUG:  # `make run`: a template just edited must show at once
                response = view(request, *args, **kwargs)
                add_never_cache_headers(response)
                return response
            version = current()
            started = _started_from.set(version)
            try:
                response = _answer(request, version, view, args, kwargs)
            finally:
                _started_from.reset(started)
            if response.status_code in (200, 304):
                response["ETag"] = version.etag
                response["Last-Modified"] = http_date(version.last_modified.timestamp())
                seconds = max_age(kwargs) if max_age else LIST_SECONDS
                patch_cache_control(response, public=True, max_age=seconds, s_maxage=seconds)
            else:
                add_never_cache_headers(response)
            return response

        return wrapped

    return decorator


def _answer(request, version, view, args, kwargs):
    """304 when the client's copy is current; else the page, from the cache if kept.

    A page is kept under the version read before its rows were: a page rendered while a
    change commits is kept under the old version, which no later request asks for.
    """
    modified = int(version.last_modified.timestamp())
    response = get_conditional_response(request, etag=version.etag, last_modified=modified)
    if response is not None:
        return response
    seconds = settings.NEWSROOM_PAGE_CACHE_SECONDS
    if not seconds or request.method not in ("GET", "HEAD"):
        return view(request, *args, **kwargs)
    path = hashlib.blake2b(request.get_full_path().encode(), digest_size=16).hexdigest()
    key = f"newsroom:page:{version.key}:{get_language()}:{path}"
    kept = cache.get(key)
    if kept is not None:
        return _from_kept(request, *kept)
    response = view(request, *args, **kwargs)
    if response.status_code == 200 and not response.streaming and not response.cookies:
        if hasattr(response, "render"):  # a TemplateResponse (the date archives)
            response.render()
        packed = compress_string(response.content)  # once, not on every hit
        if len(packed) >= len(response.content):
            packed = None
        cache.set(key, (dict(response.items()), response.content, packed), seconds)
    return response


def _from_kept(request, headers, content, packed):
    """A kept page, gzipped already for a client that accepts it (`GZipMiddleware` then
    leaves it as it is; a reader page holds no secret for BREACH to find)."""
    if packed is None or not re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")):
        response = HttpResponse(content, headers=headers)
    else:
        response = HttpResponse(packed, headers=headers | {"Content-Encoding": "gzip"})
    patch_vary_headers(response, ("Accept-Encoding",))
    return response


def article_seconds(kwargs) -> int:
    """An article page's lifetime, from the publication day in its address."""
    try:
        day = dt.date(kwargs["year"], kwargs["month"], kwargs["day"])
    except ValueError:  # no such day: a 304 answered before the view could say 404
        return NEW_ARTICLE_SECONDS
    return NEW_ARTICLE_SECONDS if timezone.localdate() - day < NEW_FOR else OLD_ARTICLE_SECONDS


def feed_seconds(kwargs) -> int:
    return FEED_SECONDS
