"""Which elements are page furniture: the vocabulary of tags, ARIA roles, classes and ids.

Lines that are furniture by what they say, whatever their markup, are judged in `lines`.
"""

import functools
import re

from bs4 import Tag

TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
# A layout modifier names what sits *beside* the element: "layout-with-rail__wrapper",
# "article-content-body_with-aside", "page--has-sidebar" hold the story next to a rail, an
# aside, a sidebar. The words after "with"/"has"/"no"/"without" up to the next BEM
# separator ("__", "--", "_") are not the element's own kind, so they are no furniture
# tokens; "page-with-sidebar__sidebar" still ends in the element's own "sidebar".
_BEM_PARTS = re.compile(r"__|--|_")
# WordPress files a post's classes under its taxonomy: "category-news", "tag-video",
# "post-123", "format-video", "status-publish" describe the story, not a box beside it.
_TAXONOMY = re.compile(r"^(?:category|tag|post|postid|format|status|type)-[\w-]+$")
# Words that name furniture only as a whole class name. ("widget" stays a word: the
# sidebars of real pages are "widget-…" boxes, and a site builder's widget holding the
# post is kept by the rule that the story's own chain is never dropped.)
_WHOLE_NAMES_ONLY = {"hidden", "player"}
_MODIFIER = re.compile(r"(?:^|[^a-z0-9])(?:with|has|no|without)(?:[^a-z0-9].*)?$")
CLASS_REASONS = [
    ("cookie notice", {"cookie", "cookies", "consent", "gdpr", "cmp"}),
    (
        "comment",
        {
            "comment",
            "comments",
            "disqus",
            "respond",
            "discussion",
            "komentar",
            "kommentare",
            "commenti",
            "comentarios",
            "commentaires",
            "reacties",
        },
    ),
    (
        "share buttons",
        {
            "share",
            "sharing",
            "social",
            "sosmed",
            "socmed",
            "sharebar",
            "shares",
            "teilen",
            "compartir",
            "partager",
            "condividi",
        },
    ),
    ("newsletter", {"newsletter", "subscribe", "subscription", "signup", "langganan"}),
    ("paywall", {"paywall", "regwall"}),
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
            "anzeige",
            "werbung",
            "publicidad",
            "publicite",
            "pubblicita",
            "advertentie",
        },
    ),
    # Embedded posts and players: their text is the post's or the player's, not the story's.
    (
        "embed",
        {
            "embed",
            "embedded",
            "twitter-tweet",
            "tweet",
            "instagram-media",
            "fb-post",
            "fb-video",
            "xfbml",
            "tiktok-embed",
            "video",
            "audio",
            "player",
            "podcast",
        },
    ),
    # What the headline's standfirst, dek or summary bullets say, the story says again.
    (
        "standfirst",
        {
            "standfirst",
            "dek",
            "summary",
            "subtitle",
            "chapo",
            "chapeau",
            "sapo",
            "essentiel",
            "highlights",
            "keypoints",
            "key-points",
            "takeaways",
        },
    ),
    ("pull quote", {"pullquote", "pull-quote", "pullout"}),
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
            "relacionadas",
            "relacionados",
            "correlati",
            "gerelateerd",
            "meistgelesen",
            "leido",
            "leidos",
            "letti",
            "gelezen",
            "leggi-anche",
            "lees-ook",
            "mehr-zum-thema",
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
    (
        "author line",
        {"byline", "author", "penulis", "reporter", "editor", "writer", "signoff", "sign-off"},
    ),
    # An image's box holds nothing but its caption and credit.
    (
        "caption",
        {
            "caption",
            "wp-caption-text",
            "credit",
            "photo-credit",
            "figcaption",
            "copyright",
            "bildunterschrift",
            "bildtext",
            "didascalia",
            "legende",
            "leyenda",
            "legenda",
            "image",
            "img",
            "photo",
            "foto",
            "bild",
            "absatzbild",
            "picture",
        },
    ),
    (
        "tags",
        {
            "tags",
            "tag-list",
            "taglist",
            "topics",
            "keywords",
            "tagcloud",
            "schlagworte",
            "etiquetas",
        },
    ),
    ("sidebar", {"sidebar", "widget", "rail", "aside"}),
    (
        "date line",
        {"date", "time", "timestamp", "tanggal", "dateline", "published", "meta", "datum", "fecha"},
    ),
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
    # AMP pages write embeds and adverts as their own elements.
    "amp-twitter": "embed",
    "amp-instagram": "embed",
    "amp-facebook": "embed",
    "amp-youtube": "embed",
    "amp-video": "embed",
    "amp-audio": "embed",
    "amp-iframe": "embed",
    "amp-embed": "embed",
    "amp-ad": "advert",
    "amp-sticky-ad": "advert",
    "amp-social-share": "share buttons",
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
SILENT = {"script"}  # counted, not quoted: their text is code
BODY_HINTS = {"content", "article", "body", "entry", "post", "story", "detail", "read", "text"}
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "h1", "h2",
    "h3", "h4", "h5", "h6", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "header",
    "footer", "aside", "figure", "center", "address", "hr", "tbody", "thead",
}  # fmt: skip


def named_values(element: Tag) -> tuple[str, ...]:
    names = [element.get("id") or "", *(element.get("class") or [])]
    names.extend(element.get(a) or "" for a in ("data-component", "data-testid", "data-qa-id"))
    return tuple(names)


def element_tokens(element: Tag) -> frozenset[str]:
    return _tokens_of(named_values(element))


# A page repeats the same few class lists hundreds of times (menu items, list entries).
@functools.lru_cache(maxsize=4096)
def _tokens_of(names: tuple[str, ...]) -> frozenset[str]:
    whole, words = set(), set()
    for name in names:
        name = name.lower()
        if _TAXONOMY.match(name):
            continue  # "category-video", "tag-sidebar": what the post is filed under
        whole.add(name)
        # "article-body--ads" is a variant of the block, not an advert; a name of several
        # "--" ("read-page--video-gallery--item") uses them as separators.
        block = name.split("--", 1)[0] if name.count("--") == 1 else name
        for part in _BEM_PARTS.split(block):
            part = _MODIFIER.sub("", part)
            words.add(part)
            words.update(TOKEN_SPLIT.split(part))
    # A word of a compound name says less than the whole: "overflow-hidden" is a style,
    # "field--label-hidden" hides a label, "player-row" is a table's row.
    return frozenset((whole | (words - _WHOLE_NAMES_ONLY)) - {""})


@functools.lru_cache(maxsize=4096)
def _class_reason(names: tuple[str, ...]) -> str | None:
    tokens = _tokens_of(names)
    for reason, vocabulary in CLASS_REASONS:
        if tokens & vocabulary:
            return reason
    return None


def boilerplate_reason(element: Tag) -> str | None:
    if reason := _TAG_REASONS.get(element.name):
        return reason
    if element.has_attr("hidden") or element.get("aria-hidden") == "true":
        return "hidden"
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return "hidden"
    if reason := _ROLE_REASONS.get((element.get("role") or "").lower()):
        return reason
    # <p class="is-last-update" datetime="...">; a <time> can sit inside a sentence.
    if element.has_attr("datetime") and element.name != "time":
        return "date line"
    return _class_reason(named_values(element))
