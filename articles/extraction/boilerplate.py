"""Which elements are page furniture: the vocabulary of tags, ARIA roles, classes and ids."""

import re

from bs4 import Tag

_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
# A layout modifier names what sits *beside* the element: "layout-with-rail__wrapper",
# "article-content-body_with-aside", "page--has-sidebar" hold the story next to a rail, an
# aside, a sidebar. The words after "with"/"has"/"no"/"without" up to the next BEM
# separator ("__", "--", "_") are not the element's own kind, so they are no furniture
# tokens; "page-with-sidebar__sidebar" still ends in the element's own "sidebar".
_BEM_PARTS = re.compile(r"__|--|_")
_MODIFIER = re.compile(r"(?:^|[^a-z0-9])(?:with|has|no|without)(?:[^a-z0-9].*)?$")
_CLASS_REASONS = [
    ("cookie notice", {"cookie", "cookies", "consent", "gdpr", "cmp"}),
    ("comment", {"comment", "comments", "disqus", "respond", "discussion", "komentar"}),
    ("share buttons", {"share", "sharing", "social", "sosmed", "socmed", "sharebar", "shares"}),
    ("newsletter", {"newsletter", "subscribe", "subscription", "signup", "langganan"}),
    (
        "advert",
        {
            "ad",
            "ads",
            "advert",
            "adverts",
            "advertisement",
            "iklan",
            "banner",
            "sponsor",
            "sponsored",
            "promo",
            "dfp",
            "gpt",
            "adsbygoogle",
            "adslot",
            "adunit",
            "parallax",
        },
    ),
    (
        "related articles",
        {
            "related",
            "terkait",
            "bacajuga",
            "baca-juga",
            "baca",
            "recommended",
            "recommendation",
            "rekomendasi",
            "populer",
            "terpopuler",
            "most",
            "mostpopular",
            "mostread",
            "popular",
            "trending",
            "outbrain",
            "taboola",
            "readmore",
            "lainnya",
            "more-stories",
            "morestories",
            "pilihan",
            "also",
        },
    ),
    (
        "navigation",
        {
            "nav",
            "navbar",
            "navigation",
            "menu",
            "breadcrumb",
            "breadcrumbs",
            "pagination",
            "pager",
            "skip",
            "topbar",
        },
    ),
    ("author line", {"byline", "author", "penulis", "reporter", "editor", "writer"}),
    ("caption", {"caption", "wp-caption-text", "credit", "photo-credit", "figcaption"}),
    ("tags", {"tags", "tag-list", "taglist", "topics", "keywords", "tagcloud"}),
    ("sidebar", {"sidebar", "widget", "rail", "aside"}),
    ("date line", {"date", "time", "timestamp", "tanggal", "dateline", "published", "meta"}),
    ("hidden", {"hidden", "sr-only", "visually-hidden", "screen-reader-text", "sronly"}),
    ("footer", {"footer", "foot"}),
    ("header", {"masthead", "site-header", "siteheader"}),
]
_TAG_REASONS = {
    "script": "script",
    "style": "script",
    "noscript": "script",
    "template": "script",
    "svg": "script",
    "iframe": "embed",
    "video": "embed",
    "audio": "embed",
    "object": "embed",
    "embed": "embed",
    "canvas": "embed",
    "form": "form",
    "button": "form",
    "select": "form",
    "input": "form",
    "textarea": "form",
    "nav": "navigation",
    "footer": "footer",
    "header": "header",
    "aside": "sidebar",
    "figcaption": "caption",
    "figure": "caption",
    "menu": "navigation",
}
_ROLE_REASONS = {
    "navigation": "navigation",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "search": "form",
    "dialog": "cookie notice",
    "alertdialog": "cookie notice",
}
_SILENT = {"script"}  # counted, not quoted: their text is code
_BODY_HINTS = {"content", "article", "body", "entry", "post", "story", "detail", "read", "text"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "h1", "h2",
    "h3", "h4", "h5", "h6", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "header",
    "footer", "aside", "figure", "center", "address", "hr", "tbody", "thead",
}  # fmt: skip


def _tokens(element: Tag) -> set[str]:
    names = [element.get("id") or "", *(element.get("class") or [])]
    names.extend(element.get(a) or "" for a in ("data-component", "data-testid"))
    tokens = set()
    for name in names:
        name = name.lower()
        tokens.add(name)
        for part in _BEM_PARTS.split(name):
            tokens.update(_TOKEN_SPLIT.split(_MODIFIER.sub("", part)))
    tokens.discard("")
    return tokens


def _boilerplate_reason(element: Tag) -> str | None:
    if reason := _TAG_REASONS.get(element.name):
        return reason
    if element.has_attr("hidden") or element.get("aria-hidden") == "true":
        return "hidden"
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return "hidden"
    if reason := _ROLE_REASONS.get((element.get("role") or "").lower()):
        return reason
    tokens = _tokens(element)
    if not tokens:
        return None
    for reason, names in _CLASS_REASONS:
        if tokens & names:
            return reason
    return None
