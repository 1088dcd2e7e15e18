"""Site-wide middleware of our own."""

from django.utils.cache import patch_vary_headers


def vary_on_language_cookie(get_response):
    """Say that responses depend on the cookie: a reader's chosen interface language
    lives there (see `articles.views.switch_language`), and LocaleMiddleware only says
    `Vary: Accept-Language`, so a cache could serve one reader's language to another."""

    def middleware(request):
        response = get_response(request)
        patch_vary_headers(response, ("Cookie",))
        return response

    return middleware
