"""Site-wide middleware of our own."""

from django.utils.cache import add_never_cache_headers, patch_vary_headers


def vary_on_language_cookie(get_response):
    """Say that responses depend on the cookie: a reader's chosen interface language
    lives there (see `articles.views.switch_language`), and LocaleMiddleware only says
    `Vary: Accept-Language`, so a cache could serve one reader's language to another."""

    def middleware(request):
        response = get_response(request)
        patch_vary_headers(response, ("Cookie",))
        return response

    return middleware


def never_cache_errors(get_response):
    """Error answers say they must not be kept: a 404 is cacheable by default (RFC 9111
    lets a proxy guess a lifetime for it), and a page that appears a minute later must
    not stay "not found". Reader pages set their own headers (`articles.freshness`)."""

    def middleware(request):
        response = get_response(request)
        if response.status_code >= 400 and not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response

    return middleware
