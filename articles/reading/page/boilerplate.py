"""Which elements are page furniture: the vocabulary of tags, ARIA roles, classes and ids."""

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
    tokens = set()
    for name in names:
        name = name.lower()
        tokens.add(name)
        for part in _BEM_PARTS.split(name):
            part = _MODIFIER.sub("", part)
            tokens.add(part)
            tokens.update(TOKEN_SPLIT.split(part))
    tokens.discard("")
    return frozenset(tokens)


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


# ---------------------------------------------------------------------------- lines
# Lines of the story's text that are furniture by what they say, whatever their markup:
# the sites write them as ordinary paragraphs inside the story.
_LINE_REASONS = [
    (
        "credit line",  # Reuters, DW
        re.compile(
            r"^\(?(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|translated|"
            r"produced|fact-checking)\s+by\b.{0,200}$",
            re.I,
        ),
    ),
    (
        "copyright",  # "COPYRIGHT © ANTARA 2022", "© RIPRODUZIONE RISERVATA"
        re.compile(r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})|hak\s+cipta\b).{0,100}$", re.I),
    ),
    ("separator", re.compile(r"^[\W_]{1,20}$")),  # AP's "___", "* * *"
    (
        "video",  # "Simak Video "...":", "Jangan Lewatkan Video Terbaru:", "Watch: ..."
        re.compile(
            r"^(?:simak|tonton|saksikan|lihat|jangan\s+lewatkan|watch|bekijk)\b.{0,30}\bvideo\b"
            r".{0,150}$|^video\s*:.{0,150}$",
            re.I,
        ),
    ),
    (
        "republication note",
        re.compile(
            r"^(?:artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat|diterbitkan)"
            r"|(?:this|the)\s+(?:article|story)\s+(?:was\s+|has\s+been\s+)?(?:first\s+|"
            r"originally\s+)?(?:published|appeared)|a\s+version\s+of\s+this\s+(?:article|story)"
            r"|dieser\s+(?:artikel|beitrag)\s+erschien|cet\s+article\s+a\s+été)\b.{0,300}$",
            re.I,
        ),
    ),
    (
        "navigation",  # skip links around embeds: "skip past newsletter promotion"
        re.compile(
            r"^(?:skip|end\s+of)\s+(?:past\s+|to\s+)?(?:\w+\s+){0,2}"
            r"(?:post|posts|content|promotion|tweet|video|embed)(?:\s+by\s+[^.!?]{1,60})?$",
            re.I,
        ),
    ),
]
# Read off the end of a short line only, and only when a word they need is there: a
# regular expression searching every paragraph for them cost ~7 µs a line.
_LINE_ENDINGS = [
    (
        "credit line",  # AP's "... writer X in Y contributed to this report.", CNN
        ("contributed",),
        re.compile(r"\bcontributed\s+(?:to\s+this\s+report|reporting)\b.{0,80}$", re.I),
    ),
    (
        "caption",  # "Ilustrasi biji kopi. Foto: Shutterstock", "... (foto Ansa)"
        ("foto", "photo", "bild", "gambar", "image", "credit", "kredit"),
        re.compile(
            r"\b(?:foto|photo|bild|gambar|image|credit|kredit)\s*:\s*[^.!?:]{1,60}$"
            r"|\((?:foto|photo|bild)\b:?\s*[^()]{1,40}\)$",
            re.I,
        ),
    ),
]
_ENDING_SPAN = 120  # characters: the ending patterns above are at most this long
_SHORT_LINE = 300

# A line that is nothing but a date and time: "26 gennaio 2023 (modifica il 27 gennaio
# 2023 | 08:02)", "Stand: 07.09.2023 11:58 Uhr", "Publié le 30/05/23 à 14h05".
_DATE_WORDS = set(
    """
    januari februari pebruari maret april mei juni juli agustus september oktober november
    desember jan feb mar apr may jun jul aug agu agt sep sept oct okt nov nop dec des
    january february march june july august october december januar februar märz mai
    dezember janvier février mars avril juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    janeiro fevereiro março maio junho julho setembro outubro dezembro maart augustus
    senin selasa rabu kamis jumat sabtu minggu monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thurs fri sat sun montag dienstag mittwoch
    donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì
    venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    updated update published posted modified modifica modificato aggiornato pubblicato
    stand aktualisiert veröffentlicht publié mis à jour actualizado publicado atualizado
    diperbarui diperbaharui dipublikasikan terbit pukul jam uhr am pm wib wita wit gmt utc
    cet cest est edt pst pdt bst et h hrs at on le la il de del el um a las às op om
    """.split()
)
_DATE_WORD = re.compile(r"[^\W\d_]+")
_DATE_NUMBER = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.h]\d\d\b")


def line_reason(text: str) -> str | None:
    """Why a line of the story's text is furniture by what it says, or None."""
    for reason, pattern in _LINE_REASONS:
        if pattern.match(text):
            return reason
    if len(text) <= _SHORT_LINE:
        start = max(0, len(text) - _ENDING_SPAN)
        ending = text[start:].lower()
        for reason, needles, pattern in _LINE_ENDINGS:
            if any(n in ending for n in needles) and pattern.search(text, start):
                return reason
    if len(text) <= 100 and _DATE_NUMBER.search(text):
        if all(word in _DATE_WORDS for word in _DATE_WORD.findall(text.lower())):
            return "date line"
    return None
