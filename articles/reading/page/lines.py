"""The line rules: which of a story's blocks are furniture, and the author they name.

`clean_blocks` takes the blocks a reader chose (trafilatura's, or the built-in reader's)
and drops, each with its reason, adverts and follow-us promos, related-headline boxes,
the line vocabulary below (credits, copyright, captions, date lines, ...),
pull quotes that repeat the story, author and editor lines, link-only lines, repeated
paragraphs and closing initials; the first author line found becomes the author.
"""

import re

from bs4 import Tag

from articles.reading.vocabulary import ADVERT, INITIALS, RELATED, clean, shorten

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


PROMO = re.compile(
    r"^(?:(?:ikuti|follow|simak|gabung|join|puedes\s+seguir|s[ií]guenos|sigue|suivez|"
    r"folgen\s+sie|volg)\b.{0,160}\b(?:google news|whatsapp|telegram|twitter|instagram|"
    r"facebook|channel|saluran|newsletter)\b.*|dapatkan (?:update|informasi|berita)\b.{0,250}"
    r"|(?:download|unduh) (?:aplikasi|the app)\b.*|\[gambas:[^\]]*\]"
    r"|(?:sign up|subscribe|daftar) (?:to|for|ke|untuk) (?:our|the|newsletter)\b.{0,80}"
    r"|continue reading below|lanjutkan membaca|iklan|anzeige|werbung|publicité|publicite"
    r"|publicidad|pubblicità|advertentie|reclame"
    r"|share this (?:article|story)|bagikan(?: artikel)?|copy link|salin tautan)$",
    re.I,
)
RELATED_BOX = re.compile(
    r"^(?:baca\s+juga|simak\s+juga|lihat\s+juga|read\s+also|also\s+read|read\s+more|"
    r"pilihan\s+editor|berita\s+terkait|artikel\s+terkait|related(?:\s+(?:articles?|stories))?|"
    r"more\s+on\s+this\s+story|lesen\s+sie\s+auch|mehr\s+zum\s+thema|à\s+lire\s+aussi|"
    r"lire\s+aussi|leggi\s+anche|lees\s+ook|le[ae]\s+también|leia\s+também|veja\s+também|"
    r"te\s+puede\s+interesar|baca\s+pula|basahin(?:\s+(?:din|rin))?)\b"
    # Without a colon, a label followed by a sentence is the sentence's opening words:
    # "Related to this, the council said ... ." is story text.
    r"(?:\s*:|(?!\s+.*[.!][\"”’)]?$))\s*(.*)$",
    re.I,
)
_BY = re.compile(r"^(?:by|oleh|von|par)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})$")
_EDITOR_LINE = re.compile(r"^(?:editor|penyunting|redaktur)\s*:", re.I)
_AUTHOR_LINE = re.compile(
    r"^(?:penulis|reporter|pewarta|kontributor|writer|author|autor|auteur)\s*:\s*"
    r"(?P<name>[^|]+?)\s*(?:[|,;]\s*(?:editor|penyunting)\s*:.*)?$",
    re.I,
)


def link_text_share(element: Tag | None, text: str) -> float:
    """The share of `text` that `element` holds inside links."""
    if element is None or not text:
        return 0.0
    links = "".join(a.get_text() for a in element.find_all("a"))
    return len(clean(links)) / len(text)


# Initials on a line of their own need no brackets: "fdi/dpa" (Spiegel) closes a story as
# "(fdi/dpa)" would; a slash is required, as one lower-case word could be the story's.
_LONE_INITIALS = re.compile(r"^(?P<initials>[a-z]{1,6}\d{0,2}(?:/[a-z]{1,6}\d{0,2}){1,3})$")
_QUOTES = {"quote", "blockquote"}  # trafilatura's name for a blockquote, and the HTML one
_QUOTE_MARKS = str.maketrans("", "", "\"“”„‟«»‹›'‘’‚")


def _kind(owner) -> str | None:
    return owner.name if isinstance(owner, Tag) else owner


def _quote_key(text: str) -> str:
    return " ".join(text.translate(_QUOTE_MARKS).lower().split()).strip(" .,;:!?")


def clean_blocks(blocks, removed, related, source_name) -> tuple[list[str], str]:
    """The story's paragraphs, after the seed parser's line rules; plus an author line.

    A block's owner is the BeautifulSoup element it came from (the built-in reader) or the
    kind of trafilatura element ("p", "head", "quote", ...).
    """
    paragraphs: list[str] = []
    author = ""
    quoted = None  # the story's text, to tell a pull quote by
    for text, owner in blocks:
        kind = _kind(owner)
        owner = owner if isinstance(owner, Tag) else None
        if ADVERT.match(text) or PROMO.match(text):
            removed.append((shorten(text), "advert"))
            continue
        if match := RELATED.match(text) or RELATED_BOX.match(text):
            heads = [match[1]] if match[1] else []
            if owner is not None and owner.name != "div":
                links = [clean(a.get_text(" ")) for a in owner.find_all("a")]
                heads = [h for h in links if h] or heads
            related.extend(h for h in heads if h not in related)
            removed.append((shorten(text), "related headline"))
            continue
        if reason := line_reason(text):
            removed.append((shorten(text), reason))
            continue
        if kind in _QUOTES:
            # A pull quote repeats a sentence of the story; a quoted passage does not.
            if quoted is None:
                quoted = " ".join(_quote_key(t) for t, o in blocks if _kind(o) not in _QUOTES)
            if len(text.split()) >= 4 and _quote_key(text) in quoted:
                removed.append((shorten(text), "pull quote"))
                continue
        if match := _AUTHOR_LINE.match(text):
            author = author or match["name"].strip()
            removed.append((text, "author line"))
            continue
        if _EDITOR_LINE.match(text):
            removed.append((text, "editor"))
            continue
        if (match := _BY.match(text)) and not paragraphs:
            author = author or match["name"]
            removed.append((text, "author line"))
            continue
        if (
            len(text) < 150
            and link_text_share(owner, text) > 0.8
            and owner is not None
            and (owner.name in ("p", "li", "a", "span", "strong", "b"))
        ):
            removed.append((shorten(text), "link"))
            continue
        if paragraphs and text == paragraphs[-1]:
            continue
        paragraphs.append(text)
    while paragraphs and (
        match := INITIALS.search(paragraphs[-1]) or _LONE_INITIALS.match(paragraphs[-1])
    ):
        removed.append((match[0].strip(), "author initials"))
        author = author or match["initials"]
        paragraphs[-1] = paragraphs[-1][: match.start()].rstrip()
        if paragraphs[-1]:
            break
        paragraphs.pop()
    return paragraphs, author
