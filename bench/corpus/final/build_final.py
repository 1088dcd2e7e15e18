# ruff: noqa: E501
"""Build the final held-out extraction corpus in this folder.

Every page imitates, from general knowledge of how such sites are built, the markup habits
of one real news site; all stories, names and numbers are invented. The pages were written
blind (without looking at the extractor or at the other corpora) and are the final held-out
test: never tune the extractor on them. See README.md.

Run from the repository root:

    python bench/corpus/final/build_final.py

The output is deterministic (seeded random numbers only, no clock).
"""

from __future__ import annotations

import html
import json
import random
import re
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

OUT = Path(__file__).resolve().parent
SEED = "newsroom-final-corpus-1"
MIN_BYTES = 40_000
MAX_BYTES = 200_000


def tz(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)))


WIB = tz(7)
WITA = tz(8)


# --------------------------------------------------------------------------- story blocks


@dataclass
class P:
    """A story paragraph: inner HTML as served; lead (dateline) and tail (initials) are not story text."""

    html: str
    lead: str = ""
    tail: str = ""


@dataclass
class H:
    """A subheading inside the story."""

    text: str


@dataclass
class L:
    """A list inside the story; every item is one paragraph of the answer."""

    items: list[str]
    ordered: bool = False


@dataclass
class X:
    """Furniture between story paragraphs (ads, read-also boxes, embeds, figures...)."""

    html: str


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of(fragment: str) -> str:
    """The text a reader sees in an inline HTML fragment (no-break spaces as spaces)."""
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip()


def story_answer(blocks: list) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, P):
            out.append(text_of(block.html))
        elif isinstance(block, H):
            out.append(text_of(block.text))
        elif isinstance(block, L):
            out.extend(text_of(item) for item in block.items)
    return out


def render(
    blocks: list,
    p: str = "<p>{}</p>",
    h: str = "<h2>{}</h2>",
    ul: str = "<ul>{}</ul>",
    ol: str = "<ol>{}</ol>",
    li: str = "<li>{}</li>",
) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, P):
            out.append(p.format(block.lead + block.html + block.tail))
        elif isinstance(block, H):
            out.append(h.format(block.text))
        elif isinstance(block, L):
            items = "".join(li.format(item) for item in block.items)
            out.append((ol if block.ordered else ul).format(items))
        elif isinstance(block, X):
            out.append(block.html)
    return "\n".join(out)


def plain(blocks: list) -> list[str]:
    """Story text as a CMS keeps it in its state JSON (paragraph strings, lead included)."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, P):
            out.append(text_of(block.lead + block.html + block.tail))
        elif isinstance(block, H):
            out.append(text_of(block.text))
        elif isinstance(block, L):
            out.extend(text_of(item) for item in block.items)
    return out


# --------------------------------------------------------------------------- answers


def iso(moment: datetime) -> str:
    moment = moment.replace(microsecond=0)
    if moment.utcoffset() == timedelta(0):
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.isoformat()


def answer(title: str, when: datetime | date, blocks: list, stated: datetime | None = None) -> dict:
    """title as the <h1> shows it; when = local publication moment (or a bare day)."""
    result: dict = {"title": text_of(title)}
    if isinstance(when, datetime):
        result["published_on"] = when.date().isoformat()
        result["published_at"] = iso(stated or when)
    else:
        result["published_on"] = when.isoformat()
    result["body"] = story_answer(blocks)
    return result


# --------------------------------------------------------------------------- small helpers


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def jdump(obj, ascii_only: bool = False, php: bool = False) -> str:
    text = json.dumps(obj, ensure_ascii=ascii_only, separators=(",", ":"))
    if php:
        text = text.replace("/", "\\/")
    return text.replace("</", "<\\/")


def ld(obj, pretty: bool = False, ascii_only: bool = False) -> str:
    if pretty:
        body = json.dumps(obj, ensure_ascii=ascii_only, indent=4).replace("</", "<\\/")
    else:
        body = jdump(obj, ascii_only)
    return f'<script type="application/ld+json">{body}</script>'


def meta(name: str, content: str) -> str:
    return f'<meta name="{name}" content="{attr(content)}">'


def prop(name: str, content: str) -> str:
    return f'<meta property="{name}" content="{attr(content)}">'


def rng_for(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


# --------------------------------------------------------------------------- filler generators

_CSS_PROPS = [
    "margin:0",
    "margin:0 auto",
    "margin-bottom:16px",
    "margin-top:24px",
    "padding:0",
    "padding:8px 12px",
    "padding:16px 0",
    "padding-left:20px",
    "display:block",
    "display:flex",
    "display:none",
    "display:inline-block",
    "display:grid",
    "grid-template-columns:repeat(4,1fr)",
    "gap:16px",
    "align-items:center",
    "justify-content:space-between",
    "flex-wrap:wrap",
    "position:relative",
    "position:absolute",
    "position:sticky",
    "top:0",
    "left:0",
    "right:0",
    "z-index:10",
    "z-index:999",
    "width:100%",
    "max-width:1200px",
    "max-width:728px",
    "height:auto",
    "min-height:250px",
    "font-size:14px",
    "font-size:16px",
    "font-size:1.125rem",
    "font-size:2rem",
    "font-weight:700",
    "font-weight:400",
    "line-height:1.5",
    "line-height:1.25",
    "letter-spacing:.02em",
    "text-transform:uppercase",
    "text-decoration:none",
    "text-align:center",
    "color:#111",
    "color:#333",
    "color:#666",
    "color:#fff",
    "color:#c00",
    "color:#0a5ea8",
    "background:#fff",
    "background:#f4f4f4",
    "background:#111",
    "background-color:#e9eef3",
    "border:0",
    "border-bottom:1px solid #ddd",
    "border-top:3px solid #c00",
    "border-radius:4px",
    "border-radius:50%",
    "box-shadow:0 2px 8px rgba(0,0,0,.12)",
    "overflow:hidden",
    "white-space:nowrap",
    "text-overflow:ellipsis",
    "cursor:pointer",
    "opacity:.8",
    "transition:opacity .2s ease",
    "transform:translateY(-50%)",
    "object-fit:cover",
    "aspect-ratio:16/9",
    "font-family:Georgia,'Times New Roman',serif",
    "font-family:Arial,Helvetica,sans-serif",
    "font-family:'Roboto',system-ui,sans-serif",
]
_CSS_WORDS = [
    "header",
    "nav",
    "menu",
    "item",
    "link",
    "card",
    "teaser",
    "title",
    "media",
    "img",
    "wrap",
    "grid",
    "col",
    "row",
    "footer",
    "share",
    "btn",
    "icon",
    "badge",
    "label",
    "ad",
    "slot",
    "sidebar",
    "widget",
    "list",
    "meta",
    "byline",
    "author",
    "date",
    "tag",
    "box",
    "modal",
    "overlay",
    "consent",
    "banner",
    "sticky",
    "drawer",
    "search",
    "logo",
    "social",
    "video",
    "gallery",
    "caption",
    "related",
    "popular",
    "newsletter",
    "form",
    "input",
    "paywall",
]
_CSS_MODS = [
    "active",
    "open",
    "small",
    "large",
    "dark",
    "light",
    "primary",
    "secondary",
    "hidden",
    "first",
    "last",
]


def css_blob(rng: random.Random, n_rules: int, prefix: str) -> str:
    rules: list[str] = []
    for index in range(n_rules):
        block = rng.choice(_CSS_WORDS)
        sel = f".{prefix}-{block}"
        roll = rng.random()
        if roll < 0.35:
            sel += f"__{rng.choice(_CSS_WORDS)}"
        if roll > 0.7:
            sel += f"--{rng.choice(_CSS_MODS)}"
        if rng.random() < 0.25:
            sel += f" .{prefix}-{rng.choice(_CSS_WORDS)}"
        if rng.random() < 0.1:
            sel += ":hover"
        decls = ";".join(rng.sample(_CSS_PROPS, rng.randint(2, 6)))
        rule = f"{sel}{{{decls}}}"
        if index % 23 == 22:
            rule = f"@media (min-width:{rng.choice([576, 768, 992, 1200])}px){{{rule}}}"
        rules.append(rule)
    return "".join(rules)


_JS_NAMES = [
    "push",
    "cmd",
    "que",
    "adUnits",
    "bidder",
    "params",
    "sizes",
    "slot",
    "targeting",
    "gdprApplies",
    "consentString",
    "setConfig",
    "addAdUnits",
    "requestBids",
    "refresh",
    "display",
    "enableServices",
    "pubads",
    "defineSlot",
    "addService",
    "setTargeting",
    "collapseEmptyDivs",
    "sendBeacon",
    "observe",
    "IntersectionObserver",
    "addEventListener",
    "removeEventListener",
    "querySelector",
    "dataset",
    "classList",
    "contains",
    "toggle",
    "getAttribute",
    "setAttribute",
    "innerHTML",
    "appendChild",
    "createElement",
    "readyState",
    "visibilityState",
    "localStorage",
    "sessionStorage",
    "cookie",
    "userAgent",
    "performance",
    "timing",
    "navigationStart",
    "requestAnimationFrame",
    "postMessage",
    "__tcfapi",
    "__uspapi",
    "__gpp",
    "fbq",
    "_comscore",
    "_sf_async_config",
    "permutive",
    "apstag",
]
_JS_TEMPLATES = [
    "function {a}({b},{c}){{return {b}&&{b}.{s}?{b}[{c}]:void 0}}",
    "var {a}={b}.prototype;{a}.{s}=function(e,t){{this._q.push([e,t,{n}])}};",
    "{a}.exports=function(e){{var t=e.length,n=0;for(;n<t;n++)if(e[n]==={n})return n;return-1}};",
    'Object.defineProperty({a},"__esModule",{{value:!0}});',
    "window.{a}=window.{a}||[];",
    'try{{{a}("{s}",{n})}}catch(e){{console&&console.warn&&console.warn(e)}}',
    '{n}:function(e,t,n){{"use strict";n.d(t,{{a:function(){{return {a}}}}});var r=n({m}),o=n.n(r)}},',
    "var {a}=function(){{function e(e,t){{for(var n=0;n<t.length;n++){{var r=t[n];r.enumerable=r.enumerable||!1}}}}return e}}();",
    'if(typeof {a}==="undefined"){{var {b}=document.{s}("script");{b}.async=!0;{b}.src="https://cdn.example-ads.net/{c}/{n}.js"}}',
    '{a}.{s}({{code:"div-gpt-ad-{n}-{m}",mediaTypes:{{banner:{{sizes:[[300,250],[336,280]]}}}}}});',
    "const {a}=(e,t={{}})=>Object.keys(t).reduce((n,r)=>(n[r]=e[r]??t[r],n),{{}});",
    'let {a}=0;document.{s}("scroll",function(){{{a}++;if({a}>{n}){{{b}.{s}()}}}},{{passive:!0}});',
    '!function(e,t){{"object"==typeof exports?module.exports=t():e.{a}=t()}}(this,function(){{return{{v:"{n}.{m}.0"}}}});',
    "case {n}:return {a}.{s}({b},{c});",
    "{a}.prototype.{s}=function(){{var e=this;return new Promise(function(t){{setTimeout(function(){{t(e.{b})}},{n})}})}};",
]


def _ident(rng: random.Random) -> str:
    first = rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$")
    return first + "".join(
        rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(0, 3))
    )


def js_blob(rng: random.Random, n_bytes: int) -> str:
    out: list[str] = []
    size = 0
    while size < n_bytes:
        piece = rng.choice(_JS_TEMPLATES).format(
            a=_ident(rng),
            b=_ident(rng),
            c=_ident(rng),
            s=rng.choice(_JS_NAMES),
            n=rng.randint(0, 9999),
            m=rng.randint(0, 999),
        )
        out.append(piece)
        size += len(piece)
    return "".join(out)


def svg_sprite(names: list[str]) -> str:
    paths = [
        "M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2zm0 18c-4.4 0-8-3.6-8-8s3.6-8 8-8 8 3.6 8 8-3.6 8-8 8z",
        "M18 16.1c-.8 0-1.4.3-2 .8l-7.1-4.2c.1-.2.1-.5.1-.7s0-.5-.1-.7L16 7.2c.5.5 1.2.8 2 .8 1.7 0 3-1.3 3-3s-1.3-3-3-3-3 1.3-3 3c0 .2 0 .5.1.7L8 9.8C7.5 9.3 6.8 9 6 9c-1.7 0-3 1.3-3 3s1.3 3 3 3c.8 0 1.5-.3 2-.8l7.1 4.2c-.1.2-.1.4-.1.6 0 1.6 1.3 2.9 2.9 2.9s2.9-1.3 2.9-2.9-1.2-2.9-2.8-2.9z",
        "M15.5 14h-.8l-.3-.3c1-1.1 1.6-2.6 1.6-4.2C16 5.9 13.1 3 9.5 3S3 5.9 3 9.5 5.9 16 9.5 16c1.6 0 3.1-.6 4.2-1.6l.3.3v.8l5 5 1.5-1.5-5-5zm-6 0C7 14 5 12 5 9.5S7 5 9.5 5 14 7 14 9.5 12 14 9.5 14z",
        "M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z",
        "M22.46 6c-.77.35-1.6.58-2.46.69.88-.53 1.56-1.37 1.88-2.38-.83.5-1.75.85-2.72 1.05C18.37 4.5 17.26 4 16 4c-2.35 0-4.27 1.92-4.27 4.29 0 .34.04.67.11.98C8.28 9.09 5.11 7.38 3 4.79c-.37.63-.58 1.37-.58 2.15 0 1.49.75 2.81 1.91 3.56-.71 0-1.37-.2-1.95-.5v.03c0 2.08 1.48 3.82 3.44 4.21a4.22 4.22 0 0 1-1.93.07 4.28 4.28 0 0 0 4 2.98 8.521 8.521 0 0 1-5.33 1.84c-.34 0-.68-.02-1.02-.06C3.44 20.29 5.7 21 8.12 21 16 21 20.33 14.46 20.33 8.79c0-.19 0-.37-.01-.56.84-.6 1.56-1.36 2.14-2.23z",
    ]
    symbols = "".join(
        f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path d="{paths[i % len(paths)]}"/></symbol>'
        for i, name in enumerate(names)
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">{symbols}</svg>'


def gtm(container: str) -> str:
    return (
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
        f"j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','{container}');</script>"
    )


def gtm_noscript(container: str) -> str:
    return (
        f'<noscript><iframe src="https://www.googletagmanager.com/ns.html?id={container}" '
        'height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>'
    )


def gpt(rng: random.Random, network: str, site: str, slots: list[str]) -> str:
    lines = [
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
        "<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){",
    ]
    for name in slots:
        sizes = rng.choice(
            [
                "[[728,90],[970,250]]",
                "[[300,250],[300,600]]",
                "[[320,100],[320,50]]",
                "[[336,280],[300,250]]",
                "[1,1]",
            ]
        )
        lines.append(
            f"googletag.defineSlot('/{network}/{site}/{name}',{sizes},'div-gpt-{name}')"
            f".setTargeting('pos','{name}').addService(googletag.pubads());"
        )
    lines.append(
        "googletag.pubads().enableSingleRequest();googletag.pubads().collapseEmptyDivs();"
        "googletag.pubads().setCentering(true);googletag.pubads().enableLazyLoad({fetchMarginPercent:200,renderMarginPercent:100,mobileScaling:2.0});"
        "googletag.enableServices();});</script>"
    )
    return "".join(lines)


def prebid(rng: random.Random, units: int) -> str:
    bidders = [
        "appnexus",
        "rubicon",
        "criteo",
        "ix",
        "pubmatic",
        "openx",
        "teads",
        "smartadserver",
        "triplelift",
        "sovrn",
    ]
    ad_units = []
    for index in range(units):
        ad_units.append(
            {
                "code": f"div-gpt-ad-{index}",
                "mediaTypes": {
                    "banner": {"sizes": [[300, 250], [336, 280], [728, 90]][: rng.randint(1, 3)]}
                },
                "bids": [
                    {
                        "bidder": b,
                        "params": {
                            "placementId": rng.randint(10_000_000, 99_999_999),
                            "siteId": str(rng.randint(100_000, 999_999)),
                        },
                    }
                    for b in rng.sample(bidders, rng.randint(3, 6))
                ],
            }
        )
    config = {
        "priceGranularity": "dense",
        "enableSendAllBids": True,
        "bidderTimeout": 1500,
        "consentManagement": {"gdpr": {"cmpApi": "iab", "timeout": 8000, "defaultGdprScope": True}},
        "userSync": {
            "filterSettings": {"iframe": {"bidders": "*", "filter": "include"}},
            "syncsPerBidder": 5,
        },
    }
    return (
        "<script>var pbjs=pbjs||{};pbjs.que=pbjs.que||[];var adUnits="
        + jdump(ad_units)
        + ";pbjs.que.push(function(){pbjs.setConfig("
        + jdump(config)
        + ");pbjs.addAdUnits(adUnits);pbjs.requestBids({bidsBackHandler:function(){googletag.cmd.push(function(){pbjs.setTargetingForGPTAsync();googletag.pubads().refresh();});}});});</script>"
    )


def mega_menu(base: str, sections: list[tuple[str, list[str]]], cls: str = "nav") -> str:
    out = [f'<ul class="{cls}__list">']
    for label, subs in sections:
        s = slug(label)
        out.append(
            f'<li class="{cls}__item {cls}__item--has-sub"><a class="{cls}__link" href="{base}/{s}">{esc(label)}</a>'
        )
        if subs:
            out.append(f'<div class="{cls}__mega"><ul class="{cls}__sub">')
            out.extend(f'<li><a href="{base}/{s}/{slug(sub)}">{esc(sub)}</a></li>' for sub in subs)
            out.append("</ul></div>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def link_list(base: str, labels: list[str], cls: str = "links", prefix: str = "") -> str:
    items = "".join(
        f'<li><a href="{base}/{prefix}{slug(label)}">{esc(label)}</a></li>' for label in labels
    )
    return f'<ul class="{cls}">{items}</ul>'


# --------------------------------------------------------------------------- language pools

MONTHS = {
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}


def short_date(lang: str, moment: datetime) -> str:
    d, m, y = moment.day, moment.month, moment.year
    hm = moment.strftime("%H:%M")
    if lang == "id":
        return f"{d} {MONTHS['id'][m - 1]} {y}, {hm} WIB"
    if lang == "en":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if lang in ("fi",):
        return f"{d}.{m}.{y} klo {moment.hour}.{moment.minute:02d}"
    if lang == "vi":
        return f"{d}/{m}/{y}"
    if lang in ("es", "pt"):
        return f"{d} de {MONTHS[lang][m - 1]} de {y}"
    return f"{d} {MONTHS[lang][m - 1]} {y}"


HEADLINES = {
    "id": [
        "Pemkot Semarang Tambah 120 Bus Listrik untuk Koridor Baru",
        "Harga Cabai Rawit di Pasar Induk Turun Jadi Rp 38 Ribu per Kilogram",
        "BMKG Prediksi Hujan Lebat Guyur Jawa Barat hingga Akhir Pekan",
        "Timnas U-19 Tundukkan Vietnam 2-1 di Laga Uji Coba",
        "Kemenkes Catat Penurunan Kasus DBD di 14 Provinsi",
        "Tol Trans Sumatra Ruas Baru Siap Dilintasi Pemudik",
        "Polisi Tangkap Komplotan Pencuri Kabel PJU di Bekasi",
        "Ribuan Warga Ikuti Festival Layang-Layang di Pantai Parangtritis",
        "OJK Cabut Izin Usaha Dua BPR di Jawa Tengah",
        "Mahasiswa ITS Rancang Perahu Tenaga Surya untuk Nelayan",
        "Kuota Haji Tambahan, Kemenag Buka Pelunasan Tahap Dua",
        "Gunung Semeru Kembali Luncurkan Awan Panas Guguran",
        "Rupiah Menguat ke Level Rp 15.420 per Dolar AS",
        "Pemprov Bali Batasi Jam Operasional Truk di Jalur Wisata",
        "Lima Tips Memilih Ban Mobil untuk Musim Hujan",
        "Bulog Salurkan 8.000 Ton Beras ke Pasar Tradisional",
        "Persib Rekrut Gelandang Asal Brasil untuk Putaran Kedua",
        "Banjir Rob Rendam Permukiman Warga di Pekalongan",
        "Pemerintah Siapkan Insentif Pajak untuk Mobil Listrik Rakitan Lokal",
        "Dua Pendaki Hilang di Gunung Lawu Ditemukan Selamat",
        "Harga Emas Antam Naik Rp 7.000 Hari Ini",
        "Jadwal KRL Berubah Mulai Senin, Simak Rinciannya",
        "Siswa SD di Kupang Belajar di Tenda Darurat Usai Atap Ambruk",
        "KPK Periksa Tiga Pejabat Dinas PUPR Terkait Proyek Jembatan",
        "Kereta Cepat Catat Rekor 21 Ribu Penumpang dalam Sehari",
        "Warga Keluhkan Air PDAM Keruh Selama Sepekan",
        "Wisatawan Mancanegara ke Labuan Bajo Melonjak 40 Persen",
        "Pemda Sleman Gelar Operasi Pasar Minyak Goreng",
        "Tim SAR Gabungan Evakuasi Korban Longsor di Cianjur",
        "Startup Agritech Lokal Raih Pendanaan Seri A",
    ],
    "en": [
        "Council approves plan for 400 new homes on former rail yard",
        "Heat wave pushes power demand to record high across the region",
        "Central bank holds rates steady, signals cuts later in the year",
        "Teen sailor completes solo voyage around the cape",
        "Hospital waiting lists fall for third month in a row",
        "Ferry operator cancels winter crossings after engine faults",
        "Police appeal for witnesses after warehouse fire",
        "Farmers warn of poor harvest as drought deepens",
        "University scraps fees for students from low-income families",
        "Tech firm to cut 1,200 jobs in restructuring",
        "City unveils bike lane network linking eight suburbs",
        "Museum returns looted bronze statues to temple",
        "Airport security queues ease after new scanners installed",
        "Inflation slows to 3.1% as fuel prices drop",
        "Striking nurses reach pay deal with health board",
        "Wildfire forces evacuation of two mountain towns",
        "Rookie scores twice as United snatch late win",
        "Regulator fines energy supplier over billing errors",
        "New species of frog discovered in cloud forest",
        "Court rules against developer in coastal land dispute",
        "School meal programme expanded to 90,000 more pupils",
        "Rail strike called off after last-minute talks",
        "Opinion: The quiet crisis in rural bus services",
        "How to protect your garden from the first frost",
        "Ten years on, the flood town that rebuilt itself",
        "Housing prices dip for first time since 2019",
        "Minister defends visa changes amid business backlash",
        "Storm leaves 30,000 homes without power",
        "Scientists map coral bleaching from space",
        "Local bakery wins national sourdough prize",
    ],
    "fr": [
        "Grève SNCF : le trafic sera perturbé jeudi sur plusieurs lignes",
        "Le prix du gazole repasse sous les 1,80 euro le litre",
        "À Lyon, la mairie lance un plan pour végétaliser 200 cours d'école",
        "Canicule : dix départements placés en vigilance orange",
        "Ligue 1 : Rennes s'impose à Nantes dans le derby",
        "Le Sénat adopte le projet de loi sur l'énergie solaire",
        "Immobilier : les taux de crédit poursuivent leur hausse",
        "Un incendie ravage 300 hectares dans le Var",
        "Bac : les dates des épreuves de spécialité dévoilées",
        "La justice ordonne la fermeture d'un entrepôt à Roissy",
        "Tour de France : le parcours de la prochaine édition",
        "Santé : les urgences de plusieurs hôpitaux saturées",
        "Tempête : 40.000 foyers privés d'électricité en Bretagne",
        "Le chômage recule au troisième trimestre",
    ],
    "de": [
        "Bahnstreik: Fernverkehr am Donnerstag stark eingeschränkt",
        "Mietpreise in Großstädten steigen weiter",
        "Bundesrat billigt Reform des Wohngelds",
        "Unwetter: Feuerwehr im Dauereinsatz in Franken",
        "Bundesliga: Freiburg gewinnt Spitzenspiel",
        "Inflation sinkt im Oktober leicht",
        "Autobahn A8 nach Unfall stundenlang gesperrt",
        "Ärzte warnen vor Engpässen bei Kinderarzneien",
        "Neue Regeln für Heizungen: Was Eigentümer wissen müssen",
        "Hochschulen melden Rückgang bei Erstsemestern",
        "Landtag debattiert über Lehrermangel",
        "Stadtwerke erhöhen Gaspreise zum Jahreswechsel",
        "Forscher entdecken römisches Lager bei Regensburg",
        "Fluggesellschaft streicht Hunderte Verbindungen",
    ],
    "it": [
        "Sciopero dei trasporti, a Roma metro a rischio venerdì",
        "Caro bollette, il governo prepara un nuovo decreto",
        "Serie A, la Lazio vince il derby",
        "Maltempo, allerta rossa in Liguria",
        "Scuola, ecco il calendario delle vacanze",
        "Incendio in un capannone alla periferia di Milano",
        "Pensioni, cosa cambia dal prossimo anno",
        "Turismo, boom di presenze nelle città d'arte",
        "Sanità, mancano 4mila medici di famiglia",
        "Il Colosseo apre i sotterranei al pubblico",
        "Benzina, il prezzo torna sopra i due euro",
        "Napoli, nuova linea del tram entro il 2024",
    ],
    "es": [
        "El Gobierno aprueba la subida del salario mínimo",
        "LaLiga: el Betis remonta ante el Sevilla",
        "Ola de calor: 40 grados en el valle del Guadalquivir",
        "El precio de la luz baja un 12% este martes",
        "Madrid amplía la red de carriles bici",
        "Huelga de médicos en la atención primaria",
        "El Congreso debate la reforma de la ley de vivienda",
        "Un incendio forestal obliga a desalojar dos pueblos en Ávila",
        "Los alquileres suben un 8% en Barcelona",
        "Renfe recupera los trenes de media distancia",
        "El paro baja en 30.000 personas en mayo",
        "Sanidad autoriza la nueva vacuna de la gripe",
    ],
    "ar": [
        "El dólar blue cerró en alza en la City porteña",
        "Paro de colectivos en el AMBA: qué líneas funcionan",
        "Inflación: los precios subieron 5,1% en marzo",
        "River venció a Boca en el Monumental",
        "Alerta por tormentas en Buenos Aires y el Litoral",
        "El Gobierno anunció un bono para jubilados",
        "Subte: aumenta el boleto desde el lunes",
        "Córdoba: un incendio arrasó 2.000 hectáreas",
        "Vacaciones de invierno: las fechas en cada provincia",
        "Récord de exportaciones de soja en el primer trimestre",
    ],
    "pt": [
        "Greve dos professores encerra escolas em Lisboa",
        "Preço dos combustíveis volta a descer na segunda-feira",
        "Benfica vence no Dragão e isola-se na liderança",
        "Incêndio em Monchique obriga a evacuar aldeias",
        "Governo aprova aumento das pensões",
        "Habitação: rendas sobem 9% no Porto",
        "Urgências com tempos de espera de 12 horas",
        "CP anuncia novos comboios para a linha do Oeste",
        "Seca: barragens do Algarve abaixo dos 20%",
        "Inflação abranda para 7,8% em novembro",
    ],
    "sv": [
        "Polisen utreder skottlossning i Malmö",
        "Elpriset rusar i södra Sverige",
        "Regeringen vill skärpa straffen för bedrägerier",
        "SJ ställer in tåg efter stormen",
        "Allsvenskan: Hammarby vann derbyt",
        "Räntan höjs igen – så påverkas ditt bolån",
        "Skolor i Göteborg saknar behöriga lärare",
        "Snökaos i Norrland – vägar stängda",
        "Allt fler svenskar jobbar hemifrån",
        "Matpriserna fortsätter att stiga",
    ],
    "fi": [
        "Sähkön hinta nousee ennätyslukemiin",
        "Hallitus esittää muutoksia työttömyysturvaan",
        "HJK voitti Veikkausliigan",
        "Myrsky katkaisi sähköt 50 000 kotitaloudelta",
        "Helsinki rakentaa uuden raitiotien",
        "Koulujen kevätlukukausi alkaa etäopetuksella",
        "Poliisi tutkii Tampereen tulipaloa",
        "Asuntojen hinnat laskivat syyskuussa",
        "Lumimyräkkä sotki liikenteen Uudellamaalla",
        "Tutkijat löysivät uuden kuoriaislajin Lapista",
    ],
    "vi": [
        "Giá xăng giảm lần thứ ba liên tiếp",
        "Hà Nội mở thêm tuyến buýt điện",
        "Mưa lớn gây ngập nhiều tuyến phố ở TP HCM",
        "Tuyển Việt Nam thắng Malaysia 2-0",
        "Xuất khẩu gạo tăng mạnh trong quý I",
        "Bộ Giáo dục công bố lịch thi tốt nghiệp",
        "Cháy nhà xưởng ở Bình Dương",
        "Giá vàng miếng lên đỉnh mới",
        "Cao tốc Bắc - Nam đoạn mới thông xe",
        "Đà Nẵng đón 1 triệu lượt khách quốc tế",
    ],
    "tr": [
        "İstanbul'da toplu taşımaya yeni düzenleme",
        "Akaryakıta yeni zam geldi",
        "Galatasaray deplasmanda kazandı",
        "Meteoroloji'den sağanak uyarısı",
        "Asgari ücret için ilk toplantı yapıldı",
        "Ankara'da metro hattı genişliyor",
        "Dolar güne yükselişle başladı",
        "İzmir'de orman yangını kontrol altına alındı",
        "Üniversite sınavı tarihleri açıklandı",
        "Kira artışlarında yeni dönem",
    ],
}

REGIONS = {
    "id": [
        "Aceh",
        "Sumatera Utara",
        "Sumatera Barat",
        "Riau",
        "Kepulauan Riau",
        "Jambi",
        "Bengkulu",
        "Sumatera Selatan",
        "Bangka Belitung",
        "Lampung",
        "Banten",
        "DKI Jakarta",
        "Jawa Barat",
        "Jawa Tengah",
        "DI Yogyakarta",
        "Jawa Timur",
        "Bali",
        "NTB",
        "NTT",
        "Kalimantan Barat",
        "Kalimantan Tengah",
        "Kalimantan Selatan",
        "Kalimantan Timur",
        "Kalimantan Utara",
        "Sulawesi Utara",
        "Gorontalo",
        "Sulawesi Tengah",
        "Sulawesi Barat",
        "Sulawesi Selatan",
        "Sulawesi Tenggara",
        "Maluku",
        "Maluku Utara",
        "Papua",
        "Papua Barat",
        "Papua Selatan",
        "Papua Tengah",
        "Papua Pegunungan",
        "Papua Barat Daya",
    ],
    "us": [
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "West Virginia",
        "Wisconsin",
        "Wyoming",
    ],
    "world": [
        "Africa",
        "Asia",
        "Australia",
        "Europe",
        "Middle East",
        "Latin America",
        "Canada",
        "China",
        "India",
        "Japan",
        "Ukraine",
        "Russia",
        "UK",
        "US",
        "Pacific",
        "Southeast Asia",
        "Korea",
        "Indonesia",
        "Malaysia",
        "Philippines",
        "Thailand",
        "Vietnam",
        "Singapore",
        "New Zealand",
    ],
    "de": [
        "Baden-Württemberg",
        "Bayern",
        "Berlin",
        "Brandenburg",
        "Bremen",
        "Hamburg",
        "Hessen",
        "Mecklenburg-Vorpommern",
        "Niedersachsen",
        "Nordrhein-Westfalen",
        "Rheinland-Pfalz",
        "Saarland",
        "Sachsen",
        "Sachsen-Anhalt",
        "Schleswig-Holstein",
        "Thüringen",
        "München",
        "Frankfurt",
        "Köln",
        "Stuttgart",
        "Leipzig",
        "Dresden",
        "Nürnberg",
        "Augsburg",
        "Regensburg",
    ],
    "fr": [
        "Auvergne-Rhône-Alpes",
        "Bourgogne-Franche-Comté",
        "Bretagne",
        "Centre-Val de Loire",
        "Corse",
        "Grand Est",
        "Hauts-de-France",
        "Île-de-France",
        "Normandie",
        "Nouvelle-Aquitaine",
        "Occitanie",
        "Pays de la Loire",
        "Provence-Alpes-Côte d'Azur",
        "Paris",
        "Lyon",
        "Marseille",
        "Bordeaux",
        "Lille",
        "Toulouse",
        "Nantes",
        "Strasbourg",
        "Montpellier",
        "Nice",
        "Rennes",
    ],
    "it": [
        "Roma",
        "Milano",
        "Napoli",
        "Torino",
        "Bologna",
        "Firenze",
        "Genova",
        "Palermo",
        "Bari",
        "Venezia",
        "Verona",
        "Padova",
        "Trieste",
        "Cagliari",
        "Catania",
        "Parma",
        "Lazio",
        "Lombardia",
        "Campania",
        "Piemonte",
        "Toscana",
        "Sicilia",
        "Puglia",
        "Sardegna",
        "Liguria",
    ],
    "es": [
        "Andalucía",
        "Aragón",
        "Asturias",
        "Baleares",
        "Canarias",
        "Cantabria",
        "Castilla-La Mancha",
        "Castilla y León",
        "Cataluña",
        "Comunidad Valenciana",
        "Extremadura",
        "Galicia",
        "Madrid",
        "Murcia",
        "Navarra",
        "País Vasco",
        "La Rioja",
        "Ceuta",
        "Melilla",
    ],
    "ar": [
        "Buenos Aires",
        "Catamarca",
        "Chaco",
        "Chubut",
        "Córdoba",
        "Corrientes",
        "Entre Ríos",
        "Formosa",
        "Jujuy",
        "La Pampa",
        "La Rioja",
        "Mendoza",
        "Misiones",
        "Neuquén",
        "Río Negro",
        "Salta",
        "San Juan",
        "San Luis",
        "Santa Cruz",
        "Santa Fe",
        "Santiago del Estero",
        "Tierra del Fuego",
        "Tucumán",
        "Rosario",
        "Mar del Plata",
        "La Plata",
        "Bahía Blanca",
    ],
    "pt": [
        "Aveiro",
        "Beja",
        "Braga",
        "Bragança",
        "Castelo Branco",
        "Coimbra",
        "Évora",
        "Faro",
        "Guarda",
        "Leiria",
        "Lisboa",
        "Portalegre",
        "Porto",
        "Santarém",
        "Setúbal",
        "Viana do Castelo",
        "Vila Real",
        "Viseu",
        "Açores",
        "Madeira",
    ],
    "sv": [
        "Stockholm",
        "Göteborg",
        "Malmö",
        "Uppsala",
        "Västerås",
        "Örebro",
        "Linköping",
        "Helsingborg",
        "Jönköping",
        "Norrköping",
        "Lund",
        "Umeå",
        "Gävle",
        "Borås",
        "Södertälje",
        "Eskilstuna",
        "Halmstad",
        "Växjö",
        "Karlstad",
        "Sundsvall",
        "Luleå",
        "Kiruna",
        "Visby",
        "Östersund",
    ],
    "fi": [
        "Uusimaa",
        "Varsinais-Suomi",
        "Satakunta",
        "Kanta-Häme",
        "Pirkanmaa",
        "Päijät-Häme",
        "Kymenlaakso",
        "Etelä-Karjala",
        "Etelä-Savo",
        "Pohjois-Savo",
        "Pohjois-Karjala",
        "Keski-Suomi",
        "Etelä-Pohjanmaa",
        "Pohjanmaa",
        "Keski-Pohjanmaa",
        "Pohjois-Pohjanmaa",
        "Kainuu",
        "Lappi",
        "Ahvenanmaa",
    ],
    "vi": [
        "Hà Nội",
        "TP HCM",
        "Đà Nẵng",
        "Hải Phòng",
        "Cần Thơ",
        "Quảng Ninh",
        "Nghệ An",
        "Thanh Hóa",
        "Huế",
        "Khánh Hòa",
        "Lâm Đồng",
        "Bình Dương",
        "Đồng Nai",
        "Bà Rịa - Vũng Tàu",
        "Kiên Giang",
        "An Giang",
        "Quảng Nam",
        "Bắc Ninh",
        "Lào Cai",
        "Hà Giang",
    ],
    "tr": [
        "İstanbul",
        "Ankara",
        "İzmir",
        "Bursa",
        "Antalya",
        "Adana",
        "Konya",
        "Gaziantep",
        "Şanlıurfa",
        "Kocaeli",
        "Mersin",
        "Diyarbakır",
        "Hatay",
        "Manisa",
        "Kayseri",
        "Samsun",
        "Balıkesir",
        "Trabzon",
        "Eskişehir",
        "Denizli",
        "Muğla",
        "Erzurum",
        "Van",
        "Malatya",
    ],
}


def pick_headlines(rng: random.Random, lang: str, n: int) -> list[str]:
    pool = HEADLINES[lang]
    if n <= len(pool):
        return rng.sample(pool, n)
    return [pool[i % len(pool)] for i in range(n)]


def teasers(
    rng: random.Random,
    lang: str,
    base: str,
    n: int,
    around: datetime,
    cls: str = "teaser",
    with_time: bool = True,
    time_fmt=None,
    img: bool = False,
) -> str:
    out: list[str] = []
    for index, title in enumerate(pick_headlines(rng, lang, n)):
        moment = around - timedelta(minutes=rng.randint(20, 60 * 72))
        url = f"{base}/{moment:%Y/%m/%d}/{slug(title)[:60]}-{rng.randint(100000, 999999)}"
        parts = [f'<li class="{cls}__item">']
        if img:
            parts.append(
                f'<a class="{cls}__media" href="{url}"><img src="https://img.example-cdn.com/{moment:%Y%m}/{rng.randint(10**7, 10**8)}.jpg" '
                f'alt="{attr(title)}" width="120" height="80" loading="lazy"></a>'
            )
        parts.append(
            f'<span class="{cls}__rank">{index + 1}</span>' if cls.endswith("popular") else ""
        )
        parts.append(f'<a class="{cls}__title" href="{url}">{esc(title)}</a>')
        if with_time:
            shown = (time_fmt or (lambda m: short_date(lang, m)))(moment)
            parts.append(f'<time class="{cls}__date" datetime="{iso(moment)}">{esc(shown)}</time>')
        parts.append("</li>")
        out.append("".join(parts))
    return "".join(out)


@dataclass
class Page:
    name: str
    html: str
    answer: dict
    encoding: str = "utf-8"
    target_kb: int = 60
    notes: list[str] = field(default_factory=list)


FILL = "<!--FILL-->"


def finish(page: Page) -> bytes:
    rng = rng_for(page.name + ":fill")
    text = page.html
    if FILL in text:
        base = len(text.replace(FILL, "").encode(page.encoding, errors="xmlcharrefreplace"))
        need = page.target_kb * 1024 - base - 40
        blob = f"<script>{js_blob(rng, need)}</script>" if need > 200 else ""
        text = text.replace(FILL, blob)
    data = text.encode(page.encoding, errors="xmlcharrefreplace")
    if not MIN_BYTES <= len(data) <= MAX_BYTES:
        raise SystemExit(f"{page.name}: {len(data)} bytes is outside {MIN_BYTES}..{MAX_BYTES}")
    return data


# =========================================================================== Indonesian sites

ID_SECTIONS = [
    (
        "News",
        [
            "Nasional",
            "Politik",
            "Hukum",
            "Pendidikan",
            "Kesehatan",
            "Internasional",
            "Metro",
            "Daerah",
        ],
    ),
    (
        "Ekonomi",
        ["Makro", "Keuangan", "Energi", "Properti", "Syariah", "UMKM", "Pasar Modal", "Perbankan"],
    ),
    (
        "Olahraga",
        [
            "Sepak Bola",
            "Liga Inggris",
            "Liga Italia",
            "MotoGP",
            "F1",
            "Bulu Tangkis",
            "Basket",
            "E-Sport",
        ],
    ),
    ("Tekno", ["Gadget", "Internet", "Sains", "Startup", "Review", "Tips"]),
    ("Otomotif", ["Mobil", "Motor", "Mobil Listrik", "Modifikasi", "Tips Berkendara"]),
    ("Gaya Hidup", ["Kuliner", "Travel", "Fashion", "Parenting", "Hubungan", "Kecantikan"]),
    ("Hiburan", ["Seleb", "Film", "Musik", "K-Pop", "TV"]),
    ("Khazanah", ["Islam", "Hikmah", "Haji dan Umrah", "Ramadhan"]),
    ("Video", []),
    ("Foto", []),
    ("Infografis", []),
    ("Opini", []),
]
ID_FOOTER = [
    "Tentang Kami",
    "Redaksi",
    "Pedoman Media Siber",
    "Kode Etik",
    "Karier",
    "Kontak",
    "Iklan",
    "Kebijakan Privasi",
    "Syarat dan Ketentuan",
    "Indeks Berita",
    "RSS",
    "Sitemap",
    "Disclaimer",
]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def id_menu(base: str, cls: str) -> str:
    return mega_menu(base, [*ID_SECTIONS, ("Daerah", REGIONS["id"])], cls)


def id_footer(base: str, site: str, year: int, cls: str = "footer") -> str:
    return (
        f'<footer class="{cls}"><div class="{cls}__logo"><a href="{base}/">{esc(site)}</a></div>'
        f'<nav class="{cls}__nav">{link_list(base, ID_FOOTER, cls + "__links")}</nav>'
        f'<div class="{cls}__sections">{link_list(base, [s for s, _ in ID_SECTIONS], cls + "__sections-list")}</div>'
        f'<div class="{cls}__apps"><a href="https://play.google.com/store/apps/details?id=com.example.{slug(site)}">Google Play</a>'
        f'<a href="https://apps.apple.com/id/app/{slug(site)}/id{zlib.crc32(site.encode())}">App Store</a></div>'
        f'<p class="{cls}__copy">Copyright © {year} {esc(site)}. All Rights Reserved.</p></footer>'
    )


def baca_juga(
    rng: random.Random, base: str, n: int, label: str = "Baca Juga", cls: str = "baca-juga"
) -> str:
    items = "".join(
        f'<li><a href="{base}/berita/{rng.randint(100000, 999999)}/{slug(t)}">{esc(t)}</a></li>'
        for t in pick_headlines(rng, "id", n)
    )
    return f'<div class="{cls}"><span class="{cls}__title">{label}</span><ul>{items}</ul></div>'


def inline_baca(rng: random.Random, base: str, label: str = "Baca Juga:") -> str:
    t = pick_headlines(rng, "id", 1)[0]
    return f'<p><strong>{label} <a href="{base}/read/{rng.randint(10**6, 10**7)}/{slug(t)}">{esc(t)}</a></strong></p>'


def ad_slot(name: str, label: str = "ADVERTISEMENT", cls: str = "ads") -> str:
    return f'<div class="{cls}"><span class="{cls}__label">{label}</span><div id="div-gpt-{name}" class="{cls}__slot" style="min-height:250px"></div></div>'


# --------------------------------------------------------------------------- 1 Republika


def republika() -> Page:
    name = "republika-harga-sapi-kurban"
    rng = rng_for(name)
    base = "https://www.republika.co.id"
    when = datetime(2022, 7, 6, 14, 35, tzinfo=WIB)
    title = "Harga Sapi Kurban di Pasar Hewan Ciampea Naik Jelang Idul Adha"
    blocks = [
        P(
            "Harga sapi kurban di Pasar Hewan Ciampea, Kabupaten Bogor, mulai merangkak naik dua pekan menjelang Idul Adha. Pedagang menyebut kenaikan berkisar Rp 1,5 juta hingga Rp 3 juta per ekor dibandingkan bulan lalu.",
            lead="<strong>REPUBLIKA.CO.ID, BOGOR -- </strong>",
        ),
        P(
            "Salah seorang pedagang, Haji Darmaji (54 tahun), mengatakan sapi jenis limosin dengan bobot sekitar 400 kilogram kini dijual Rp 24 juta. Bulan lalu, sapi dengan ukuran yang sama masih bisa didapat pembeli dengan harga Rp 21,5 juta."
        ),
        X(ad_slot("inarticle-1")),
        P(
            '"Pasokan dari Jawa Timur agak tersendat karena pemeriksaan kesehatan hewan diperketat. Jadi stok di sini terbatas, sementara pembeli mulai ramai," kata Darmaji saat ditemui di lapaknya, Rabu (6/7/2022).'
        ),
        P(
            "Menurut dia, sebagian besar pembeli adalah panitia kurban dari masjid dan mushala di wilayah Bogor dan Depok. Mereka biasanya memesan lima hingga sepuluh ekor sekaligus dan meminta sapi dikirim sehari sebelum hari raya."
        ),
        X(baca_juga(rng, base, 3)),
        P(
            "Kepala Bidang Kesehatan Hewan Dinas Peternakan Kabupaten Bogor, Ratna Wulandari, memastikan seluruh sapi yang masuk ke pasar telah diperiksa petugas. Setiap hewan yang lolos pemeriksaan diberi kalung tanda sehat berwarna hijau."
        ),
        P(
            '"Kami menempatkan 40 petugas di 12 titik penjualan. Pembeli kami imbau memeriksa tanda itu sebelum membayar," ujar Ratna.'
        ),
        X(ad_slot("inarticle-2")),
        P(
            "Ia menambahkan, dinas juga membuka layanan pengaduan bagi warga yang menemukan hewan dengan gejala sakit, seperti lesu, keluar air liur berlebihan, atau luka pada kuku. Laporan dapat disampaikan melalui nomor layanan yang tertera di setiap pos pemeriksaan."
        ),
        X(
            '<div class="video-embed"><p class="video-embed__title">Video Pilihan</p>'
            '<iframe width="640" height="360" src="https://www.youtube.com/embed/q8Xw2LmT0aE" title="YouTube video player" frameborder="0" allowfullscreen></iframe></div>'
        ),
        P(
            'Sementara itu, seorang pembeli asal Cibinong, Yusuf Hamdani, mengaku tetap membeli meski harga naik. Ia bersama 14 tetangganya patungan untuk membeli dua ekor sapi. "Naiknya masih wajar. Yang penting sehat dan cukup umur," katanya.'
        ),
        P(
            "Dinas Peternakan mencatat kebutuhan hewan kurban di Kabupaten Bogor tahun ini mencapai sekitar 21 ribu ekor sapi dan 38 ribu ekor kambing serta domba. Jumlah itu naik sekitar delapan persen dibandingkan tahun lalu."
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 420, "rep")
    tags = ["sapi kurban", "idul adha", "harga hewan kurban", "pasar hewan", "kabupaten bogor"]
    popular = teasers(
        rng,
        "id",
        base,
        10,
        when,
        cls="terpopuler",
        time_fmt=lambda m: f"{HARI[m.weekday()]} {m:%d %b %Y %H:%M}",
    )
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {
            "@type": "WebPage",
            "@id": f"{base}/berita/rehx8y423/harga-sapi-kurban-di-pasar-hewan-ciampea-naik-jelang-idul-adha",
        },
        "headline": title,
        "image": {
            "@type": "ImageObject",
            "url": "https://static.republika.co.id/uploads/images/inpicture_slide/pedagang-menata-sapi-kurban_220706143512-123.jpg",
            "width": 1000,
            "height": 563,
        },
        "datePublished": "2022-07-06T14:35:00+07:00",
        "dateModified": "2022-07-06T14:35:00+07:00",
        "author": {"@type": "Person", "name": "Dedy Darmawan"},
        "publisher": {
            "@type": "Organization",
            "name": "Republika Online",
            "logo": {"@type": "ImageObject", "url": f"{base}/files/images/logo.png"},
        },
        "description": "Pedagang menyebut kenaikan berkisar Rp 1,5 juta hingga Rp 3 juta per ekor.",
    }
    html_doc = f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Republika Online</title>
{meta("description", "Pedagang menyebut kenaikan berkisar Rp 1,5 juta hingga Rp 3 juta per ekor dibandingkan bulan lalu.")}
{meta("keywords", ", ".join(tags))}
{meta("robots", "index, follow, max-image-preview:large")}
<link rel="canonical" href="{jsonld["mainEntityOfPage"]["@id"]}">
{prop("og:type", "article")}
{prop("og:title", title)}
{prop("og:url", jsonld["mainEntityOfPage"]["@id"])}
{prop("og:site_name", "Republika Online")}
{prop("og:image", jsonld["image"]["url"])}
{prop("article:published_time", "2022-07-06T14:35:00+07:00")}
{prop("article:section", "Ekonomi")}
{meta("twitter:card", "summary_large_image")}
{meta("twitter:site", "@republikaonline")}
<meta content="2022-07-06 14:35:00" itemprop="datePublished">
{ld(jsonld)}
{ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": base}, {"@type": "ListItem", "position": 2, "name": "Ekonomi", "item": base + "/ekonomi"}, {"@type": "ListItem", "position": 3, "name": "Bisnis", "item": base + "/ekonomi/bisnis"}]})}
<style>{css}</style>
{gtm("GTM-K7PQ2R3")}
{gpt(rng, "21622890900", "id_republika_desktop", ["leaderboard", "showcase-1", "showcase-2", "inarticle-1", "inarticle-2", "sticky-bottom"])}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({jdump({"articleId": "rehx8y423", "section": "ekonomi", "subsection": "bisnis", "author": "Dedy Darmawan", "editor": "Friska Yolandha", "publishDate": "2022-07-06 14:35:00", "tags": tags, "pageType": "article"})});</script>
</head>
<body class="page-detail">
{gtm_noscript("GTM-K7PQ2R3")}
{svg_sprite(["search", "menu", "facebook", "twitter", "whatsapp", "telegram", "line", "copy"])}
<header class="header">
<div class="header__top"><a class="header__logo" href="{base}/"><img src="{base}/files/images/logo.png" alt="Republika Online" width="180" height="40"></a>
<form class="header__search" action="{base}/search"><input type="search" name="q" placeholder="Cari berita..."></form>
<a class="header__login" href="https://akun.republika.co.id/login">Masuk</a></div>
<nav class="main-menu" aria-label="Menu utama">{id_menu(base, "main-menu")}</nav>
</header>
{ad_slot("leaderboard", "ADVERTISEMENT", "ads-top")}
<div class="container">
<ol class="breadcrumb"><li><a href="{base}/">Home</a></li><li><a href="{base}/ekonomi">Ekonomi</a></li><li><a href="{base}/ekonomi/bisnis">Bisnis</a></li></ol>
<main class="main-content">
<div class="detail-left">
<div class="max-card__title"><h1>{esc(title)}</h1></div>
<div class="date-detail">Rabu 06 Jul 2022 14:35 WIB</div>
<div class="detail-author"><span>Rep: Dedy Darmawan/ Red: Friska Yolandha</span></div>
<div class="share-box"><span>Share</span><a class="share--fb" href="https://www.facebook.com/sharer/sharer.php?u={base}">Facebook</a><a class="share--tw" href="https://twitter.com/intent/tweet?url={base}">Twitter</a><a class="share--wa" href="https://api.whatsapp.com/send?text={base}">WhatsApp</a><a class="share--tg" href="https://t.me/share/url?url={base}">Telegram</a></div>
<figure class="detail-image"><img src="{jsonld["image"]["url"]}" alt="Pedagang menata sapi kurban" width="1000" height="563">
<figcaption>Pedagang menata sapi kurban di Pasar Hewan Ciampea, Kabupaten Bogor, Jawa Barat, Rabu (6/7/2022). <span class="caption-credit">Foto: Republika/Putra M. Akbar</span></figcaption></figure>
<div class="article-content">
{body}
</div>
<div class="tag-list"><span>Tags</span>{"".join(f'<a href="{base}/tag/{slug(t)}">{esc(t)}</a>' for t in tags)}</div>
<div class="fb-comments-wrap"><h3>Komentar</h3><div class="fb-comments" data-href="{jsonld["mainEntityOfPage"]["@id"]}" data-numposts="5"></div></div>
<section class="berita-terkait"><h3>Berita Terkait</h3><ul>{teasers(rng, "id", base, 6, when, cls="terkait", img=True)}</ul></section>
<section class="berita-lainnya"><h3>Berita Lainnya</h3><ul>{teasers(rng, "id", base, 12, when, cls="lainnya", img=True)}</ul></section>
</div>
<aside class="detail-right">
<div class="widget widget--popular"><h3>Terpopuler</h3><ol>{popular}</ol></div>
{ad_slot("showcase-1", "ADVERTISEMENT", "ads-side")}
<div class="widget widget--khazanah"><h3>Khazanah</h3><ul>{teasers(rng, "id", base, 5, when, cls="khazanah")}</ul></div>
{ad_slot("showcase-2", "ADVERTISEMENT", "ads-side")}
</aside>
</main>
</div>
{id_footer(base, "Republika Online", 2022)}
<script src="{base}/assets/js/app.min.js?v=2.4.1" defer></script>
{FILL}
<script src="https://connect.facebook.net/id_ID/sdk.js#xfbml=1&version=v14.0" async defer crossorigin="anonymous"></script>
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=96)


# --------------------------------------------------------------------------- 2 Bisnis.com


def bisnis() -> Page:
    name = "bisnis-dividen-emiten-batu-bara"
    rng = rng_for(name)
    base = "https://market.bisnis.com"
    when = datetime(2022, 3, 4, 14, 22, tzinfo=WIB)
    title = "Sentosa Bara (SBMA) Siapkan Dividen Rp1,2 Triliun, Cek Jadwalnya"
    blocks = [
        P(
            "Emiten pertambangan batu bara PT Sentosa Bara Makmur Tbk. (SBMA) berencana membagikan dividen tunai sebesar Rp1,2 triliun dari laba bersih tahun buku 2021. Nilai itu setara dengan 45 persen dari laba bersih perseroan yang mencapai Rp2,67 triliun.",
            lead="<strong>Bisnis.com, JAKARTA</strong> — ",
        ),
        P(
            "Direktur Keuangan Sentosa Bara Makmur Lestiani Harjono mengatakan usulan tersebut akan dibawa ke rapat umum pemegang saham tahunan (RUPST) yang dijadwalkan berlangsung pada 12 April 2022 di Jakarta."
        ),
        X(
            '<div class="baca-juga-box"><h4>Baca Juga :</h4><ul>'
            + "".join(
                f'<li><a href="{base}/read/20220304/7/{rng.randint(1500000, 1599999)}/{slug(t)}">{esc(t)}</a></li>'
                for t in pick_headlines(rng, "id", 3)
            )
            + "</ul></div>"
        ),
        P(
            '"Dengan kondisi kas yang kuat dan harga batu bara yang masih tinggi, kami menilai rasio pembayaran 45 persen masih menyisakan ruang bagi belanja modal tahun ini," ujar Lestiani dalam paparan publik secara virtual, Jumat (4/3/2022).'
        ),
        P(
            "Jika disetujui pemegang saham, setiap saham SBMA akan mendapat dividen sekitar Rp104. Dengan harga penutupan saham pada perdagangan Kamis (3/3/2022) di level Rp1.865, imbal hasil dividen SBMA tercatat sekitar 5,6 persen."
        ),
        X(ad_slot("inarticle-1", "Advertisement", "bisnis-ads")),
        P(
            "Sepanjang 2021, perseroan membukukan pendapatan Rp11,3 triliun atau naik 61 persen secara tahunan. Kenaikan itu terutama ditopang lonjakan harga jual rata-rata batu bara yang mencapai US$96 per ton, dari US$58 per ton pada tahun sebelumnya."
        ),
        P(
            "Volume penjualan juga naik tipis menjadi 14,8 juta ton. Sebanyak 62 persen di antaranya diekspor ke China, India, dan Filipina, sedangkan sisanya diserap pembangkit listrik di dalam negeri."
        ),
        X(
            '<div class="video-pilihan"><p><strong>Simak Video Pilihan di Bawah Ini :</strong></p><div class="jwplayer" id="jw-player-8812"></div></div>'
        ),
        P(
            "Untuk 2022, manajemen menargetkan produksi 16 juta ton dengan alokasi belanja modal sekitar US$180 juta. Sebagian besar dana akan dipakai untuk pembangunan jalan angkut dan pelabuhan muat di konsesi Kalimantan Timur."
        ),
        P(
            "Analis Samudra Sekuritas Indonesia Bayu Kurniadi menilai rencana dividen tersebut sesuai ekspektasi pasar. Ia mempertahankan rekomendasi beli untuk saham SBMA dengan target harga Rp2.250 per saham."
        ),
        P(
            '"Risiko utama ada pada normalisasi harga batu bara di semester kedua. Namun, kontrak jangka panjang perseroan dengan pembeli di India memberi bantalan yang cukup," kata Bayu.'
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 380, "bis")
    jsonld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {
            "@type": "WebPage",
            "@id": f"{base}/read/20220304/192/1506733/sentosa-bara-sbma-siapkan-dividen-rp12-triliun-cek-jadwalnya",
        },
        "headline": title,
        "image": {
            "@type": "ImageObject",
            "url": "https://images.bisnis.com/posts/2022/03/04/1506733/tambang-batu-bara.jpg",
            "height": 800,
            "width": 1200,
        },
        "datePublished": "2022-03-04T14:22:00+07:00",
        "dateModified": "2022-03-04T14:22:00+07:00",
        "author": {"@type": "Person", "name": "Rizqi Rajendra"},
        "publisher": {
            "@type": "Organization",
            "name": "Bisnis.com",
            "logo": {
                "@type": "ImageObject",
                "url": "https://bisnis.com/images/logo.png",
                "width": 600,
                "height": 60,
            },
        },
        "description": "PT Sentosa Bara Makmur Tbk. (SBMA) berencana membagikan dividen tunai sebesar Rp1,2 triliun.",
    }
    html_doc = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - Market Bisnis.com</title>
{meta("description", jsonld["description"])}
{meta("news_keywords", "sbma, dividen, batu bara, saham")}
{prop("og:title", title)}
{prop("og:description", jsonld["description"])}
{prop("og:type", "article")}
{prop("og:site_name", "Bisnis.com")}
{prop("og:image", jsonld["image"]["url"])}
{prop("og:url", jsonld["mainEntityOfPage"]["@id"])}
<meta name="dtk:publishdate" content="2022/03/04 14:22:00">
<link rel="canonical" href="{jsonld["mainEntityOfPage"]["@id"]}">
<link rel="amphtml" href="{jsonld["mainEntityOfPage"]["@id"].replace("market.bisnis.com", "m.bisnis.com/amp")}">
{ld(jsonld, pretty=True)}
<style>{css}</style>
{gtm("GTM-5XWP9LB")}
<script>var _comscore=_comscore||[];_comscore.push({{c1:"2",c2:"9013027"}});(function(){{var s=document.createElement("script"),el=document.getElementsByTagName("script")[0];s.async=true;s.src="https://sb.scorecardresearch.com/cs/9013027/beacon.js";el.parentNode.insertBefore(s,el);}})();</script>
{gpt(rng, "31800665", "bisnis.com/market", ["billboard", "skinad", "mr1", "mr2", "inarticle-1", "parallax"])}
{prebid(rng, 4)}
</head>
<body>
<div id="bisnis-header" class="header-wrap">
<div class="header-top"><a href="https://www.bisnis.com/"><img src="https://bisnis.com/images/logo.png" alt="Bisnis.com" width="200" height="36"></a>
<div class="header-top__right"><a href="https://epaper.bisnis.com">ePaper</a><a href="https://premium.bisnis.com">Bisnis Premium</a><a href="https://account.bisnis.com/login">Login</a></div></div>
<nav class="menu-channel">{id_menu("https://www.bisnis.com", "menu-channel")}</nav>
<div class="ticker"><span>IHSG 6.928,33 <em>+0,42%</em></span><span>LQ45 993,10 <em>+0,31%</em></span><span>USD/IDR 14.352 <em>-0,08%</em></span></div>
</div>
<div class="main-container">
<div class="breadcrumb"><a href="https://www.bisnis.com/">Home</a> <span>/</span> <a href="{base}/">Market</a> <span>/</span> <a href="{base}/bursa-saham">Bursa Saham</a></div>
<div class="col-left">
<div class="detailsTitle"><h1 class="title-only">{esc(title)}</h1>
<div class="detailsSubtitle">Emiten batu bara SBMA mengusulkan pembagian dividen 45 persen dari laba bersih 2021.</div>
<div class="new-description"><div class="author"><a href="https://www.bisnis.com/author/rizqi-rajendra">Rizqi Rajendra</a></div>
<div class="date">Jumat, 4 Maret 2022 | 14:22</div></div></div>
<div class="detailsShare"><a href="#" data-share="facebook">Share</a><a href="#" data-share="twitter">Tweet</a><a href="#" data-share="whatsapp">WA</a><a href="#" data-share="link">Salin Link</a></div>
<div class="detailsCover"><img src="{jsonld["image"]["url"]}" alt="Tambang batu bara" width="1200" height="800"><div class="detailsCoverCaption">Aktivitas bongkar muat batu bara di salah satu pelabuhan di Kalimantan Timur. - Bisnis/Arief Hermawan P</div></div>
<article class="detailsContent force-17 mt40">
{body}
</article>
<div class="editor">Editor : <a href="https://www.bisnis.com/author/hafiyyan">Hafiyyan</a></div>
<div class="tags"><span>Konten Premium</span><a href="https://premium.bisnis.com">Masuk / Daftar</a></div>
<div class="tag-detail"><h4>Tag</h4>{"".join(f'<a href="https://www.bisnis.com/topic/{rng.randint(1000, 99999)}/{slug(t)}">{esc(t)}</a>' for t in ["dividen", "batu bara", "emiten tambang", "RUPST"])}</div>
<div class="rekomendasi"><h3>Rekomendasi untuk Anda</h3><ul>{teasers(rng, "id", base, 8, when, cls="rekom", img=True)}</ul></div>
</div>
<div class="col-right">
<div class="widget terpopuler"><h3>Terpopuler</h3><ul>{teasers(rng, "id", base, 10, when, cls="popular")}</ul></div>
{ad_slot("mr1", "Advertisement", "bisnis-ads")}
<div class="widget premium"><h3>Bisnis Premium</h3><ul>{teasers(rng, "id", base, 5, when, cls="premium")}</ul></div>
{ad_slot("mr2", "Advertisement", "bisnis-ads")}
</div>
</div>
{id_footer("https://www.bisnis.com", "Bisnis Indonesia Group", 2022, "footer-bisnis")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=132)


# --------------------------------------------------------------------------- 3 Kontan


def kontan() -> Page:
    name = "kontan-rekomendasi-saham-pekan-ini"
    rng = rng_for(name)
    base = "https://investasi.kontan.co.id"
    when = datetime(2022, 3, 7, 8, 45, tzinfo=WIB)
    title = "IHSG Diprediksi Menguat, Simak Rekomendasi Saham untuk Senin (7/3)"
    blocks = [
        P(
            "Indeks Harga Saham Gabungan (IHSG) diperkirakan melanjutkan penguatan pada perdagangan awal pekan ini. Pada Jumat (4/3), IHSG ditutup naik 0,42% ke level 6.928,33 di tengah aksi beli investor asing.",
            lead="<b>KONTAN.CO.ID - JAKARTA.</b> ",
        ),
        P(
            "Kepala Riset Cakra Dana Sekuritas Melinda Sutanto menilai sentimen dari kenaikan harga komoditas masih menjadi penopang utama. Ia memperkirakan IHSG bergerak di rentang 6.880 hingga 6.990 pada Senin (7/3)."
        ),
        X(inline_baca(rng, base)),
        P(
            '"Investor asing mencatat beli bersih Rp1,1 triliun di pasar reguler pekan lalu. Selama harga batubara dan minyak sawit mentah bertahan tinggi, saham-saham komoditas masih akan jadi incaran," kata Melinda kepada Kontan.co.id, Minggu (6/3).'
        ),
        P(
            "Meski begitu, ia mengingatkan investor untuk mewaspadai rilis data inflasi Amerika Serikat pada pekan ini. Data yang lebih tinggi dari perkiraan berpotensi memicu aksi ambil untung di pasar saham domestik."
        ),
        P("Berikut rekomendasi saham pilihan Melinda untuk perdagangan hari ini:"),
        L(
            [
                "PT Nusantara Logistik Tbk (NLOG): beli dengan target harga Rp1.340 dan stop loss di Rp1.215.",
                "PT Sawit Lestari Abadi Tbk (SWLA): beli dengan target harga Rp2.080 dan stop loss di Rp1.930.",
                "PT Bank Pesisir Sejahtera Tbk (BPSS): buy on weakness di area Rp865 dengan target Rp920.",
                "PT Semen Timur Raya Tbk (SMTR): trading buy dengan target harga Rp4.450.",
            ],
            ordered=True,
        ),
        X(ad_slot("inarticle-2", "Advertisement", "kontan-ad")),
        P(
            "Sementara itu, analis Mandala Capital Hendra Wiguna menyarankan investor mulai melirik saham perbankan yang sudah terkoreksi dalam dua pekan terakhir. Menurutnya, valuasi sejumlah bank menengah kini berada di bawah rata-rata lima tahun."
        ),
        X(inline_baca(rng, base)),
        P(
            "Hendra memproyeksikan IHSG berpeluang menguji level 7.000 dalam waktu dekat. Namun, penguatan itu perlu dikonfirmasi dengan kenaikan nilai transaksi harian yang pekan lalu rata-rata hanya Rp12,4 triliun."
        ),
    ]
    body = render(blocks, ol='<ol class="list-rekomendasi">{}</ol>')
    css = css_blob(rng, 300, "ktn")
    url = f"{base}/news/ihsg-diprediksi-menguat-simak-rekomendasi-saham-untuk-senin-73"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "IHSG Diprediksi Menguat, Simak Rekomendasi Saham untuk Senin (7/3)",
        "url": url,
        "datePublished": "2022-03-07T08:45:00+07:00",
        "dateModified": "2022-03-07T08:51:13+07:00",
        "author": [{"@type": "Person", "name": "Nur Qolbi"}],
        "publisher": {
            "@type": "Organization",
            "name": "Kontan",
            "logo": {"@type": "ImageObject", "url": "https://www.kontan.co.id/logo.png"},
        },
        "image": ["https://foto.kontan.co.id/Xk2f9_pLq3xw=/smart/2022/03/07/ihsg.jpg"],
    }
    html_doc = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>IHSG Diprediksi Menguat, Simak Rekomendasi Saham untuk Senin (7/3)</title>
{meta("description", "IHSG diperkirakan melanjutkan penguatan pada perdagangan awal pekan ini. Simak rekomendasi saham dari analis.")}
{meta("content_PublishedDate", "2022-03-07 08:45:00")}
{meta("content_category", "investasi")}
{meta("content_author", "Nur Qolbi")}
{prop("og:title", "Rekomendasi Saham Hari Ini, IHSG Diprediksi Menguat")}
{prop("og:site_name", "kontan.co.id")}
{prop("og:url", url)}
{prop("og:image", jsonld["image"][0])}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
{gtm("GTM-TKQ9R2")}
{gpt(rng, "61590521", "kontan", ["top", "mr1", "mr2", "inarticle-2", "bottom"])}
</head>
<body>
<div class="cookie-bar" id="cookie-bar">Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. <a href="https://www.kontan.co.id/privacy">Pelajari lebih lanjut</a> <button type="button">Setuju</button></div>
<header class="kontan-header"><a href="https://www.kontan.co.id"><img src="https://www.kontan.co.id/logo.png" alt="Kontan"></a>
<nav class="kontan-nav">{mega_menu("https://www.kontan.co.id", [("Investasi", ["Saham", "Reksadana", "Obligasi", "Emas", "Kripto", "Valas"]), ("Keuangan", ["Perbankan", "Asuransi", "Fintech", "Pajak"]), ("Industri", ["Energi", "Tambang", "Agribisnis", "Manufaktur", "Telekomunikasi", "Properti"]), ("Nasional", ["Makro", "Kebijakan", "Hukum"]), ("Internasional", []), ("Peluang Usaha", ["Franchise", "Kemitraan", "UKM"]), ("Insight", []), ("Personal Finance", ["Perencanaan", "Pensiun", "Kartu Kredit"]), ("Daerah", REGIONS["id"])], "kontan-nav")}</nav></header>
<div class="wrapper">
<ul class="breadcrumbs"><li><a href="https://www.kontan.co.id">Home</a></li><li><a href="{base}">Investasi</a></li><li>Saham</li></ul>
<div class="detail-desk">
<div class="kanal">Investasi / Saham</div>
<h1 class="detail-desk">{esc(title)}</h1>
<div class="fs14 ff-opensans font-gray">Reporter: <b>Nur Qolbi</b> | Editor: <b>Wahyu T.Rahmawati</b></div>
<div class="fs14 ff-opensans font-gray">Senin, 07 Maret 2022 / 08:45 WIB</div>
<div class="img-detail-desk"><img src="{jsonld["image"][0]}" alt="IHSG" width="700" height="393"><div class="fs12 caption">ILUSTRASI. Karyawan melintas di depan layar pergerakan IHSG di Bursa Efek Indonesia, Jakarta. KONTAN/Carolus Agus Waluyo</div></div>
<div class="share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">LinkedIn</a></div>
<div class="tmpt-desk-kon" itemprop="articleBody">
{body}
<p class="gnews">Cek Berita dan Artikel yang lain di <a href="https://news.google.com/publications/kontan">Google News</a></p>
</div>
<div class="tags-detail"><b>Tag</b> {"".join(f'<a href="https://www.kontan.co.id/tag/{slug(t)}">{esc(t)}</a> ' for t in ["IHSG", "Rekomendasi Saham", "saham komoditas", "analis"])}</div>
<div class="terkait"><h3>Berita Terkait</h3><ul>{teasers(rng, "id", base, 6, when, cls="terkait")}</ul></div>
</div>
<aside class="side"><div class="box-populer"><h3>Terpopuler</h3><ol>{teasers(rng, "id", base, 10, when, cls="populer", with_time=False)}</ol></div>
<div class="box-terbaru"><h3>Terbaru</h3><ul>{teasers(rng, "id", base, 10, when, cls="terbaru", time_fmt=lambda m: f"{m:%H:%M} WIB")}</ul></div></aside>
</div>
{id_footer("https://www.kontan.co.id", "KONTAN", 2022, "kontan-footer")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=74)


# --------------------------------------------------------------------------- 4 Merdeka.com (AMP)


def merdeka_amp() -> Page:
    name = "merdeka-amp-banjir-kemang"
    rng = rng_for(name)
    base = "https://www.merdeka.com"
    when = datetime(2022, 10, 10, 6, 12, tzinfo=WIB)
    title = "Hujan Deras Semalaman, Kawasan Kemang Terendam Banjir 80 Sentimeter"
    blocks = [
        P(
            "Hujan deras yang mengguyur Jakarta sejak Minggu malam membuat kawasan Kemang, Jakarta Selatan, kembali terendam banjir. Hingga Senin pagi, ketinggian air di Jalan Kemang Raya mencapai 80 sentimeter.",
            lead="<strong>Merdeka.com</strong> - ",
        ),
        P(
            "Pantauan di lokasi, sejumlah mobil terjebak di tengah genangan dan terpaksa didorong warga ke tepi jalan. Petugas Dinas Perhubungan mengalihkan kendaraan dari arah Bangka menuju Jalan Ampera."
        ),
        X(
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/2011488/merdeka/amp/inarticle1" data-multi-size-validation="false"><div placeholder>ADVERTISEMENT</div></amp-ad>'
        ),
        P(
            'Kepala Pelaksana BPBD DKI Jakarta, Isnawa Prasetyo, mengatakan banjir dipicu meluapnya Kali Krukut setelah curah hujan di wilayah hulu mencapai 150 milimeter. "Debit air naik cepat sejak pukul 02.00 WIB," ujarnya saat dikonfirmasi, Senin (10/10).'
        ),
        P(
            "Menurut Isnawa, BPBD mencatat 34 RT di tiga kelurahan terdampak, yakni Bangka, Pela Mampang, dan Cipete Utara. Sebanyak 214 warga sempat mengungsi ke masjid dan sekolah terdekat."
        ),
        X(
            '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1579312093418205184">'
            '<blockquote placeholder class="twitter-tweet" data-lang="id"><p lang="in" dir="ltr">Update genangan pukul 05.30 WIB: Jl. Kemang Raya 70-80 cm, Jl. Bangka Raya 40 cm. Kendaraan dialihkan. Hindari lokasi ya, Sobat.</p>'
            '&mdash; Info Lalu Lintas Jaksel (@LantasJaksel_Info) <a href="https://twitter.com/LantasJaksel_Info/status/1579312093418205184">October 9, 2022</a></blockquote></amp-twitter>'
        ),
        P(
            "Petugas gabungan mengerahkan enam pompa mobile untuk mempercepat surutnya air. Sementara itu, perahu karet disiagakan untuk mengevakuasi warga lanjut usia dan anak-anak dari rumah yang terendam."
        ),
        P(
            "Seorang warga Bangka, Siti Maemunah (47), mengaku sudah memindahkan barang-barang berharga ke lantai dua sejak tengah malam. Ia mengatakan banjir kali ini lebih cepat datang dibandingkan kejadian serupa awal tahun lalu."
        ),
        X(
            '<div class="baca-juga"><span>Baca juga:</span><br>'
            + "<br>".join(
                f'<a href="{base}/jakarta/{slug(t)}.html">{esc(t)}</a>'
                for t in pick_headlines(rng, "id", 3)
            )
            + "</div>"
        ),
        P(
            "BMKG sebelumnya telah mengeluarkan peringatan dini cuaca ekstrem untuk wilayah Jabodetabek hingga Rabu (12/10). Warga di bantaran sungai diminta waspada terhadap potensi banjir susulan."
        ),
    ]
    tail = " [ded]"
    blocks[-1].tail = tail
    body = render(blocks)
    css = css_blob(rng, 520, "mdk")
    url = f"{base}/jakarta/hujan-deras-semalaman-kawasan-kemang-terendam-banjir-80-sentimeter.html"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "datePublished": "2022-10-10T06:12:00+07:00",
        "dateModified": "2022-10-10T06:12:00+07:00",
        "image": {
            "@type": "ImageObject",
            "url": "https://cdns.klimg.com/merdeka.com/i/w/news/2022/10/10/1479201/banjir-kemang.jpg",
            "width": 670,
            "height": 447,
        },
        "author": {"@type": "Person", "name": "Dedi Rahmadi"},
        "publisher": {
            "@type": "Organization",
            "name": "merdeka.com",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/images/logo-amp.png",
                "width": 600,
                "height": 60,
            },
        },
    }
    state = {
        "items": [
            {
                "title": t,
                "url": f"{base}/jakarta/{slug(t)}.html",
                "img": f"https://cdns.klimg.com/merdeka.com/i/w/news/2022/10/{rng.randint(1, 9)}/{rng.randint(1400000, 1479999)}/thumb.jpg",
                "date": f"2022-10-0{rng.randint(1, 9)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:00",
            }
            for t in pick_headlines(rng, "id", 30) * 6
        ]
    }
    analytics = {
        "vars": {"account": "UA-13573401-1", "gtag_id": "G-M3RDK4PR1"},
        "triggers": {
            "trackPageview": {"on": "visible", "request": "pageview"},
            "scrollPings": {
                "on": "scroll",
                "scrollSpec": {"verticalBoundaries": [25, 50, 75, 90]},
                "request": "event",
                "vars": {"eventCategory": "scroll", "eventAction": "${verticalScrollBoundary}"},
            },
        },
        "extraUrlParams": {
            "cd1": "jakarta",
            "cd2": "Dedi Rahmadi",
            "cd3": "2022-10-10",
            "cd4": "amp",
        },
    }
    amp_boiler = "body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    html_doc = f"""<!doctype html>
<html ⚡ lang="id">
<head>
<meta charset="utf-8">
<title>{esc(title)} | merdeka.com</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{meta("description", "Hujan deras membuat kawasan Kemang, Jakarta Selatan, kembali terendam banjir.")}
{prop("og:title", title)}
{prop("og:type", "article")}
{prop("og:image", jsonld["image"]["url"])}
{prop("article:published_time", "2022-10-10T06:12:00+07:00")}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-twitter" src="https://cdn.ampproject.org/v0/amp-twitter-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-bind" src="https://cdn.ampproject.org/v0/amp-bind-0.1.js"></script>
{ld(jsonld)}
<style amp-boilerplate>{amp_boiler}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{css}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{jdump(analytics)}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav class="amp-menu">{id_menu(base, "amp-menu")}</nav></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="amp-header__burger">Menu</button><a href="{base}/"><amp-img src="{base}/images/logo-amp.png" width="150" height="30" alt="merdeka.com"></amp-img></a></header>
<amp-ad width="320" height="100" type="doubleclick" data-slot="/2011488/merdeka/amp/top"><div placeholder>ADVERTISEMENT</div></amp-ad>
<main class="amp-article">
<div class="amp-breadcrumb"><a href="{base}/">Home</a> &rsaquo; <a href="{base}/jakarta/">Jakarta</a></div>
<h1 class="amp-article__title">{esc(title)}</h1>
<div class="amp-article__meta"><span class="amp-article__reporter">Reporter : Dedi Rahmadi</span> <span class="amp-article__date">Senin, 10 Oktober 2022 06:12</span></div>
<amp-img src="{jsonld["image"]["url"]}" width="670" height="447" layout="responsive" alt="banjir kemang"></amp-img>
<p class="amp-article__caption">Banjir di Jalan Kemang Raya. ©2022 Merdeka.com/Iqbal S Nugroho</p>
<div class="amp-share"><amp-social-share type="facebook" data-param-app_id="1404285016486034" width="36" height="36"></amp-social-share><amp-social-share type="twitter" width="36" height="36"></amp-social-share><amp-social-share type="whatsapp" width="36" height="36"></amp-social-share></div>
<div class="amp-article__body">
{body}
</div>
<div class="amp-tags"><span>Topik berita Terkait:</span> <a href="{base}/tag/b/banjir-jakarta/">Banjir Jakarta</a> <a href="{base}/tag/b/bpbd-dki/">BPBD DKI</a> <a href="{base}/tag/k/kemang/">Kemang</a></div>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/2011488/merdeka/amp/bottom"><div placeholder>ADVERTISEMENT</div></amp-ad>
<section class="amp-related"><h2>Berita Terkait</h2><ul>{teasers(rng, "id", base, 8, when, cls="amp-rel", time_fmt=lambda m: f"{m.day} {MONTHS['id'][m.month - 1][:3]} {m.year} {m:%H:%M}")}</ul></section>
<amp-state id="rekomendasi"><script type="application/json">{jdump(state)}</script></amp-state>
<section class="amp-popular"><h2>Populer</h2><ol>{teasers(rng, "id", base, 10, when, cls="amp-pop", with_time=False)}</ol></section>
</main>
<footer class="amp-footer">{link_list(base, ID_FOOTER, "amp-footer__links")}<p>Copyright © 2022 merdeka.com KLY KapanLagi Youniverse All Rights Reserved</p></footer>
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks))


# --------------------------------------------------------------------------- 5 IDN Times (Next.js, numbered subheadings)


def idntimes() -> Page:
    name = "idntimes-tips-lari-pagi-pemula"
    rng = rng_for(name)
    base = "https://www.idntimes.com"
    when = datetime(2023, 2, 16, 6, 30, tzinfo=WIB)
    title = "5 Tips Lari Pagi bagi Pemula agar Tidak Cepat Lelah"

    def figure(alt: str, credit: str) -> X:
        return X(
            f'<figure class="content-image"><img src="https://cdn.idntimes.com/content-images/community/2023/02/{slug(alt)}.jpg" alt="{attr(alt)}" loading="lazy" width="1200" height="800">'
            f'<figcaption><span class="caption">{esc(alt)}</span> <span class="source">({esc(credit)})</span></figcaption></figure>'
        )

    blocks = [
        P(
            "Lari pagi makin digemari sebagai cara murah untuk menjaga kebugaran. Cukup bermodal sepatu yang nyaman, kamu bisa mulai berlari di sekitar rumah atau taman kota tanpa perlu membayar biaya keanggotaan.",
            lead="<strong>Jakarta, IDN Times</strong> - ",
        ),
        P(
            "Sayangnya, banyak pemula yang menyerah setelah beberapa hari karena napas cepat habis dan kaki terasa pegal. Padahal, rasa lelah itu bisa dikurangi dengan persiapan yang tepat. Berikut beberapa tips yang bisa kamu coba."
        ),
        H("1. Mulai dengan jalan cepat dan lari bergantian"),
        figure("ilustrasi lari pagi di taman", "unsplash.com/Jenny Hill"),
        P(
            "Jangan langsung memaksakan diri berlari 30 menit tanpa henti. Kombinasikan satu menit lari pelan dengan dua menit jalan cepat, lalu ulangi sebanyak delapan hingga sepuluh kali. Seiring waktu, perpanjang durasi lari dan kurangi durasi jalan."
        ),
        H("2. Lakukan pemanasan dinamis"),
        P(
            "Pemanasan membantu otot dan sendi bersiap menerima beban. Gerakan seperti mengayun kaki, memutar pinggul, dan jalan sambil mengangkat lutut selama lima menit sudah cukup untuk meningkatkan aliran darah sebelum berlari."
        ),
        X(baca_juga(rng, base, 2, "Baca Juga:", "baca-juga-idn")),
        H("3. Atur napas dengan ritme yang nyaman"),
        P(
            "Cobalah bernapas dengan pola dua langkah tarik napas dan dua langkah buang napas. Kalau kamu masih bisa berbicara dalam kalimat pendek saat berlari, artinya kecepatanmu sudah pas untuk membangun daya tahan."
        ),
        H("4. Pilih sepatu yang sesuai bentuk kaki"),
        figure("ilustrasi sepatu lari", "pexels.com/Mateusz Dach"),
        P(
            "Sepatu yang terlalu sempit atau solnya sudah aus bisa membuat kaki cepat lelah dan memicu cedera. Jika memungkinkan, datangi toko olahraga yang menyediakan pemeriksaan bentuk telapak kaki sebelum membeli."
        ),
        H("5. Jangan lupa sarapan ringan dan cukup minum"),
        P(
            "Berlari dengan perut benar-benar kosong bisa membuat tubuh lemas. Konsumsi camilan ringan seperti pisang atau roti gandum sekitar 30 menit sebelum berlari, dan minum segelas air putih agar tubuh tetap terhidrasi."
        ),
        P(
            "Itulah beberapa tips lari pagi bagi pemula. Yang terpenting, lakukan secara rutin tiga kali seminggu dan dengarkan sinyal tubuhmu. Selamat mencoba!"
        ),
    ]
    body = render(blocks, h='<h2 class="sub-title">{}</h2>')
    css = css_blob(rng, 260, "idn")
    url = f"{base}/health/fitness/rani-puspita/tips-lari-pagi-bagi-pemula-c1c2"
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": 1047731,
                    "title": title,
                    "slug": "tips-lari-pagi-bagi-pemula-c1c2",
                    "category": {
                        "name": "Health",
                        "slug": "health",
                        "sub": {"name": "Fitness", "slug": "fitness"},
                    },
                    "published_at": "2023-02-16T06:30:00+07:00",
                    "updated_at": "2023-02-16T06:30:00+07:00",
                    "author": {"name": "Rani Puspita", "username": "rani-puspita"},
                    "editor": {"name": "Nurulia Juwita"},
                    "content": body,
                    "tags": ["lari pagi", "tips olahraga", "olahraga pemula", "kebugaran"],
                },
                "related": [{"title": t, "slug": slug(t)} for t in pick_headlines(rng, "id", 12)],
            },
            "__N_SSP": True,
        },
        "page": "/[category]/[subcategory]/[username]/[slug]",
        "query": {
            "category": "health",
            "subcategory": "fitness",
            "username": "rani-puspita",
            "slug": "tips-lari-pagi-bagi-pemula-c1c2",
        },
        "buildId": "xK2vD9qLm1sTb7",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "5 Tips Lari Pagi bagi Pemula agar Tidak Cepat Lelah",
        "datePublished": "2023-02-16T06:30:00+07:00",
        "dateModified": "2023-02-16T06:30:00+07:00",
        "author": {"@type": "Person", "name": "Rani Puspita", "url": f"{base}/author/rani-puspita"},
        "publisher": {
            "@type": "Organization",
            "name": "IDN Times",
            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"},
        },
        "image": "https://cdn.idntimes.com/content-images/post/20230216/lari-pagi.jpg",
        "mainEntityOfPage": url,
    }
    html_doc = f"""<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>5 Tips Lari Pagi bagi Pemula agar Tidak Cepat Lelah | IDN Times</title>
{meta("description", "Lari pagi makin digemari sebagai cara murah menjaga kebugaran. Ini tips bagi pemula agar tidak cepat lelah.")}
{prop("og:title", "5 Tips Lari Pagi bagi Pemula agar Tidak Cepat Lelah")}
{prop("og:site_name", "IDN Times")}
{prop("og:url", url)}
{prop("og:image", jsonld["image"])}
{prop("article:published_time", "2023-02-16T06:30:00+07:00")}
{meta("twitter:card", "summary_large_image")}
<link rel="canonical" href="{url}"/>
<link rel="preload" href="/_next/static/css/5f1c2a9d3e.css" as="style"/>
{ld(jsonld)}
<style data-emotion="css">{css}</style>
{gtm("GTM-N3WQ8ZD")}
</head><body><div id="__next">
<header class="css-hdr"><a href="{base}/"><img src="{base}/logo.png" alt="IDN Times" width="120" height="32"/></a>
<nav class="css-nav">{mega_menu(base, [("News", ["Indonesia", "World", "Business", "Sport", "Tech"]), ("Hype", ["Entertainment", "K-Pop", "Movies", "Music"]), ("Life", ["Health", "Fitness", "Food", "Travel", "Men", "Women", "Family"]), ("Science", []), ("Opinion", []), ("Regional", ["Jabar", "Jateng", "Jatim", "Bali", "Sumut", "Sulsel", "Kaltim", "Lampung", "Banten", "Jogja", "NTB", "Sumsel"]), ("Topik", REGIONS["id"])], "css-nav")}</nav></header>
<main class="css-main">
<nav aria-label="breadcrumb" class="css-bc"><a href="{base}/">Home</a><a href="{base}/health">Health</a><a href="{base}/health/fitness">Fitness</a></nav>
<article class="css-article">
<h1 class="css-title">{esc(title)}</h1>
<div class="css-author"><a href="{base}/author/rani-puspita">Rani Puspita</a><span class="css-date">Kamis, 16 Feb 2023 06:30 WIB</span></div>
<p class="css-summary">Jangan langsung memaksakan diri, ya!</p>
<div class="css-share"><button aria-label="Share Facebook">f</button><button aria-label="Share Twitter">t</button><button aria-label="Share WhatsApp">w</button><button aria-label="Copy link">Salin</button></div>
<figure class="css-cover"><img src="{jsonld["image"]}" alt="ilustrasi lari pagi" width="1200" height="675"/><figcaption>ilustrasi lari pagi (pexels.com/Ketut Subiyanto)</figcaption></figure>
<div class="css-content" id="article-content">
{body}
</div>
<div class="css-editor">Editorial Team</div><ul class="css-team"><li>Rani Puspita</li><li>EditorNurulia Juwita</li></ul>
<div class="css-tags">{"".join(f'<a href="{base}/tag/{slug(t)}">#{esc(t)}</a>' for t in next_data["props"]["pageProps"]["article"]["tags"])}</div>
<section class="css-related"><h3>Artikel Terkait</h3><ul>{teasers(rng, "id", base, 8, when, cls="rel", img=True)}</ul></section>
</article>
<aside class="css-aside"><h3>Trending</h3><ol>{teasers(rng, "id", base, 10, when, cls="trending", with_time=False)}</ol><h3>Latest in Health</h3><ul>{teasers(rng, "id", base, 8, when, cls="latest")}</ul></aside>
</main>
{id_footer(base, "IDN Times", 2023, "css-footer")}
</div>
<script id="__NEXT_DATA__" type="application/json">{jdump(next_data)}</script>
{FILL}
</body></html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=58)


# --------------------------------------------------------------------------- 6 Viva (story in two containers, JSON-LD offset wrong)


def viva() -> Page:
    name = "viva-harga-tiket-pesawat-nataru"
    rng = rng_for(name)
    base = "https://www.viva.co.id"
    when = datetime(2022, 12, 14, 10, 20, tzinfo=WIB)
    title = "Jelang Libur Nataru, Harga Tiket Pesawat Rute Favorit Melonjak hingga 60 Persen"
    part1 = [
        P(
            "Harga tiket pesawat untuk sejumlah rute favorit melonjak menjelang libur Natal 2022 dan Tahun Baru 2023. Berdasarkan pantauan di beberapa agen perjalanan daring, kenaikan harga mencapai 60 persen dibandingkan hari biasa.",
            lead="<strong>VIVA Bisnis</strong> – ",
        ),
        P(
            "Untuk penerbangan Jakarta–Denpasar pada 23 Desember 2022, misalnya, harga tiket kelas ekonomi termurah tercatat Rp1,9 juta. Padahal, pada awal Desember, tiket untuk rute yang sama masih bisa diperoleh dengan harga sekitar Rp1,2 juta."
        ),
        P(
            "Kenaikan serupa juga terlihat pada rute Jakarta–Yogyakarta, Jakarta–Medan, dan Surabaya–Makassar. Sejumlah maskapai bahkan sudah menutup penjualan kelas ekonomi untuk penerbangan pagi pada tanggal-tanggal puncak."
        ),
    ]
    part2 = [
        P(
            'Ketua Asosiasi Agen Perjalanan Nusantara, Rudi Hartawan, mengatakan lonjakan harga merupakan hal yang lazim pada musim liburan. "Permintaan naik tajam, sementara jumlah pesawat yang beroperasi belum pulih sepenuhnya seperti sebelum pandemi," kata Rudi di Jakarta, Rabu, 14 Desember 2022.'
        ),
        P(
            "Ia menyarankan masyarakat yang belum memesan tiket untuk mempertimbangkan penerbangan pada hari kerja atau jadwal malam hari. Menurut dia, selisih harga antara penerbangan pagi dan malam bisa mencapai Rp400 ribu."
        ),
        P(
            "Sementara itu, Kementerian Perhubungan memastikan seluruh maskapai tetap wajib mematuhi batas atas tarif yang berlaku. Kementerian juga membuka posko pengaduan di 18 bandara selama periode angkutan Natal dan Tahun Baru."
        ),
        P(
            "Kemenhub memperkirakan jumlah penumpang angkutan udara selama periode libur akhir tahun mencapai 3,7 juta orang. Angka itu naik sekitar 19 persen dibandingkan periode yang sama tahun lalu."
        ),
    ]
    blocks = part1 + part2
    css = css_blob(rng, 340, "viva")
    url = f"{base}/bisnis/1557301-jelang-libur-nataru-harga-tiket-pesawat-rute-favorit-melonjak"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": "Jelang Libur Nataru, Harga Tiket Pesawat Rute Favorit Melonjak hingga 60 Persen",
        "image": {
            "@type": "ImageObject",
            "url": "https://thumb.viva.co.id/media/frontend/thumbs3/2022/12/14/6399a1b2c3d4e-pesawat_1265_711.jpg",
            "width": 1265,
            "height": 711,
        },
        "datePublished": "2022-12-14T10:20:00+00:00",
        "dateModified": "2022-12-14T10:20:00+00:00",
        "author": {"@type": "Person", "name": "Anisa Aulia"},
        "publisher": {
            "@type": "Organization",
            "name": "VIVA.co.id",
            "logo": {"@type": "ImageObject", "url": f"{base}/appasset/img/logo.png"},
        },
    }
    read_also = X(
        '<div class="read-also"><span class="read-also__label">Baca Juga</span><ul>'
        + "".join(
            f'<li><a href="{base}/berita/{rng.randint(1500000, 1559999)}-{slug(t)}">{esc(t)}</a></li>'
            for t in pick_headlines(rng, "id", 3)
        )
        + "</ul></div>"
    )
    html_doc = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Jelang Libur Nataru, Harga Tiket Pesawat Rute Favorit Melonjak hingga 60 Persen</title>
{meta("description", "Harga tiket pesawat untuk sejumlah rute favorit melonjak menjelang libur Natal 2022 dan Tahun Baru 2023.")}
{meta("publishdate", "2022-12-14 10:20:00")}
{meta("author", "Anisa Aulia")}
{prop("og:title", "Harga Tiket Pesawat Rute Favorit Melonjak hingga 60 Persen Jelang Nataru")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "VIVA")}
{prop("og:image", jsonld["image"]["url"])}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
{gtm("GTM-WPN6X7")}
{gpt(rng, "153288829", "viva/bisnis", ["billboard", "mr-1", "mr-2", "inread", "sticky"])}
<script>window.vvConfig={jdump({"channel": "bisnis", "subchannel": "ekonomi", "articleId": 1557301, "author": "Anisa Aulia", "pubdate": "2022-12-14 10:20:00", "keywords": ["tiket pesawat", "nataru", "libur akhir tahun"], "ads": {"inread": True, "sticky": True}})};</script>
</head>
<body class="detail">
<header class="header-main"><div class="header-logo"><a href="{base}/"><img src="{base}/appasset/img/logo.png" alt="VIVA.co.id"></a></div>
<nav class="header-nav">{id_menu(base, "header-nav")}</nav></header>
<div class="ads-billboard"><div id="div-gpt-billboard"></div></div>
<div class="container">
<div class="column-big">
<div class="breadcrumb"><a href="{base}/">Home</a> / <a href="{base}/bisnis">Bisnis</a> / <a href="{base}/bisnis/ekonomi">Ekonomi</a></div>
<div class="main-content-top">
<h1 class="main-content-title">{esc(title)}</h1>
<div class="main-content-date">Rabu, 14 Desember 2022 - 10:20 WIB</div>
<div class="main-content-author"><span class="main-content-author-name">Oleh : <a href="{base}/author/anisa-aulia">Anisa Aulia</a></span></div>
</div>
<div class="main-content-image"><img src="{jsonld["image"]["url"]}" alt="Ilustrasi pesawat" width="1265" height="711"><div class="main-content-image-caption"><p>Ilustrasi pesawat di Bandara Soekarno-Hatta.</p><span>Photo : <span>VIVA/M Ali Wafa</span></span></div></div>
<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Telegram</a><a href="#">Copy</a></div>
<div class="main-content-detail content-1" id="article-detail-content">
{render(part1)}
</div>
{read_also.html}
<div class="ads-inread"><span class="ads-inread__label">ADVERTISEMENT</span><div id="div-gpt-inread"></div></div>
<div class="main-content-detail content-2">
{render(part2)}
</div>
<div class="main-content-tag"><span>#</span>{"".join(f'<a href="{base}/tag/{slug(t)}">{esc(t)}</a>' for t in ["Tiket Pesawat", "Nataru", "Libur Akhir Tahun", "Kemenhub"])}</div>
<div class="related-list"><h3>Berita Terkait</h3><ul>{teasers(rng, "id", base, 8, when, cls="related", img=True, time_fmt=lambda m: f"{HARI[m.weekday()]}, {m.day} {MONTHS['id'][m.month - 1]} {m.year} - {m:%H:%M}")}</ul></div>
<div class="comment-box"><h3>Komentar</h3><p>Silakan login untuk berkomentar.</p></div>
</div>
<aside class="column-small">
<div class="terpopuler"><h3>Terpopuler</h3><ol>{teasers(rng, "id", base, 10, when, cls="popular", with_time=False)}</ol></div>
<div id="div-gpt-mr-1" class="ads-mr"></div>
<div class="pilihan-redaksi"><h3>Pilihan Redaksi</h3><ul>{teasers(rng, "id", base, 6, when, cls="pilihan", img=True)}</ul></div>
</aside>
</div>
{id_footer(base, "VIVA.co.id", 2022, "footer-viva")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=88)


# --------------------------------------------------------------------------- 7 Sindonews (<br><br> body)


def sindonews() -> Page:
    name = "sindonews-kereta-bandara-tambah-perjalanan"
    rng = rng_for(name)
    base = "https://metro.sindonews.com"
    when = datetime(2022, 1, 24, 7, 30, tzinfo=WIB)
    title = "Mulai Februari, KA Bandara Soekarno-Hatta Tambah 12 Perjalanan per Hari"
    blocks = [
        P(
            "Operator kereta api bandara akan menambah 12 perjalanan per hari untuk rute Stasiun Manggarai–Bandara Soekarno-Hatta mulai 1 Februari 2022. Penambahan itu dilakukan seiring meningkatnya jumlah penumpang pesawat dalam dua bulan terakhir.",
            lead="<strong>JAKARTA</strong> - ",
        ),
        P(
            "Direktur Operasi PT Railink Nusantara Jaya, Benny Kusnadi, mengatakan jumlah perjalanan akan bertambah dari 52 menjadi 64 perjalanan per hari. Jadwal keberangkatan pertama dari Manggarai juga dimajukan menjadi pukul 04.10 WIB."
        ),
        P(
            '"Banyak penumpang penerbangan pertama yang meminta jadwal lebih pagi. Dengan perubahan ini, mereka bisa tiba di bandara sebelum pukul 05.00 WIB," kata Benny di Jakarta, Minggu (23/1/2022).'
        ),
        X(
            '<div class="baca-juga-inline"><strong>Baca juga: <a href="https://metro.sindonews.com/read/670112/170/jadwal-krl-berubah">Jadwal KRL Berubah Mulai Senin, Simak Rinciannya</a></strong></div>'
        ),
        P(
            "Menurut Benny, rata-rata okupansi kereta bandara pada Januari ini mencapai 71 persen, naik dari 48 persen pada Oktober tahun lalu. Pada akhir pekan, okupansi pada jam-jam sibuk bahkan bisa menembus 90 persen."
        ),
        P(
            "Selain menambah perjalanan, perusahaan juga menyiapkan dua rangkaian kereta cadangan untuk mengantisipasi lonjakan penumpang pada libur panjang. Setiap rangkaian terdiri atas enam kereta dengan kapasitas 272 tempat duduk."
        ),
        X(
            '<div class="ads300 inarticle"><span>Advertisement</span><div id="div-gpt-ad-inarticle"></div></div>'
        ),
        P(
            "Tarif kereta bandara tidak mengalami perubahan, yakni Rp70.000 untuk perjalanan dari Manggarai dan BNI City ke Bandara Soekarno-Hatta. Penumpang dapat membeli tiket melalui aplikasi, situs resmi, maupun mesin tiket di stasiun."
        ),
        P(
            "Benny mengimbau penumpang tetap mematuhi protokol kesehatan selama perjalanan, termasuk menggunakan masker dan menunjukkan bukti vaksinasi melalui aplikasi PeduliLindungi sebelum masuk stasiun."
        ),
    ]
    blocks[-1].tail = " (abd)"
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, P):
            parts.append(block.lead + block.html + block.tail + "<br><br>")
        else:
            parts.append(block.html + "<br>")
    body = "\n".join(parts)
    css = css_blob(rng, 300, "sn")
    url = f"{base}/read/670235/171/mulai-februari-ka-bandara-soekarno-hatta-tambah-12-perjalanan-per-hari-1642984200"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "image": ["https://img.okezone.com/content/2022/01/24/kereta-bandara.jpg"],
        "datePublished": "2022-01-24T07:30:00+07:00",
        "dateModified": "2022-01-24T07:30:00+07:00",
        "author": {"@type": "Person", "name": "Yohannes Tobing"},
        "publisher": {
            "@type": "Organization",
            "name": "SINDOnews.com",
            "logo": {"@type": "ImageObject", "url": "https://sindonews.com/logo.png"},
        },
        "description": "Operator kereta api bandara akan menambah 12 perjalanan per hari mulai 1 Februari 2022.",
    }
    html_doc = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Mulai Februari, KA Bandara Soekarno-Hatta Tambah 12 Perjalanan per Hari</title>
{meta("description", jsonld["description"])}
{meta("keywords", "kereta bandara, soekarno-hatta, railink, manggarai")}
{prop("og:title", title)}
{prop("og:url", url)}
{prop("og:image", jsonld["image"][0])}
{prop("og:site_name", "SINDOnews.com")}
{meta("twitter:title", title)}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style type="text/css">{css}</style>
{gtm("GTM-M6HQ4T")}
{gpt(rng, "21622890900", "sindonews_metro", ["top", "inarticle", "mr", "bottom"])}
</head>
<body>
<div class="header"><div class="logo"><a href="https://www.sindonews.com"><img src="https://sindonews.com/logo.png" alt="SINDOnews"></a></div>
<div class="menu">{mega_menu("https://www.sindonews.com", [("Nasional", []), ("Metro", ["Jakarta", "Bogor", "Depok", "Tangerang", "Bekasi"]), ("Ekbis", ["Makro", "Finance", "Sektor Riil", "Property"]), ("International", []), ("Daerah", REGIONS["id"]), ("Sports", ["Soccer", "Moto GP", "F1"]), ("Otomotif", []), ("Tekno", []), ("Sains", []), ("Edukasi", []), ("Lifestyle", []), ("Kalam", [])], "menu")}</div></div>
<div class="container">
<div class="breadcrumb"><ul><li><a href="https://www.sindonews.com">Home</a></li><li><a href="{base}">Metro</a></li><li><a href="{base}/jakarta">Jakarta</a></li></ul></div>
<div class="article">
<h1>{esc(title)}</h1>
<div class="detail-date-artikel">Senin, 24 Januari 2022 - 07:30 WIB</div>
<div class="detail-nama-redaksi">Yohannes Tobing</div>
<div class="detail-img"><img src="{jsonld["image"][0]}" alt="kereta bandara"><div class="caption">Kereta bandara melintas di Stasiun BNI City. Foto: SINDOnews/Isra Triansyah</div></div>
<div class="share-detail"><a href="#">fb</a><a href="#">tw</a><a href="#">wa</a></div>
<div class="detail-desc" id="detail-desc">
{body}
</div>
<div class="tag-detail"><span>tags :</span>{"".join(f' <a href="https://www.sindonews.com/tag/{slug(t)}">{esc(t)}</a>' for t in ["kereta bandara", "bandara soekarno-hatta", "railink"])}</div>
<div class="baca-berita"><div class="title">Baca Berita Terkait Lainnya</div><ul>{teasers(rng, "id", base, 6, when, cls="terkait")}</ul></div>
<div class="berita-lainnya"><div class="title">Berita Lainnya</div><ul>{teasers(rng, "id", base, 14, when, cls="lainnya", img=True)}</ul></div>
</div>
<div class="sidebar"><div class="terpopuler"><div class="title">Terpopuler</div><ul>{teasers(rng, "id", base, 10, when, cls="pop")}</ul></div>
<div class="terkini"><div class="title">Terkini</div><ul>{teasers(rng, "id", base, 10, when, cls="terkini")}</ul></div></div>
</div>
{id_footer("https://www.sindonews.com", "SINDOnews.com", 2022)}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=66)


# --------------------------------------------------------------------------- 8 Jawa Pos (WordPress, Yoast @graph, UTC times)


def jawapos() -> Page:
    name = "jawapos-batik-surabaya-ekspor"
    rng = rng_for(name)
    base = "https://www.jawapos.com"
    when = datetime(2022, 9, 20, 11, 45, 12, tzinfo=WIB)
    title = "Perajin Batik Surabaya Tembus Pasar Jepang, Pesanan Naik Tiga Kali Lipat"
    blocks = [
        P(
            "Sejumlah perajin batik di Kampung Batik Kenjeran, Surabaya, kini mulai menembus pasar Jepang. Setelah mengikuti pameran dagang di Osaka pada Juli lalu, pesanan yang mereka terima naik hingga tiga kali lipat.",
            lead="<strong>JawaPos.com</strong> – ",
        ),
        P(
            "Ketua Paguyuban Batik Kenjeran, Sulastri, mengatakan pembeli asal Jepang paling tertarik pada motif ikan dan perahu nelayan yang menjadi ciri khas batik pesisir Surabaya. Kain batik tulis dengan pewarna alam juga banyak dipesan."
        ),
        X(
            f'<p><strong>Baca Juga:</strong> <a href="{base}/ekonomi/20/09/2022/{slug(pick_headlines(rng, "id", 1)[0])}/">{esc(pick_headlines(rng, "id", 1)[0])}</a></p>'
        ),
        P(
            '"Awalnya hanya satu pembeli yang memesan 50 lembar. Sekarang sudah ada empat pembeli tetap dengan total pesanan sekitar 600 lembar per bulan," ujar Sulastri saat ditemui di galerinya, Selasa (20/9).'
        ),
        P(
            "Untuk memenuhi pesanan tersebut, paguyuban kini melibatkan 38 perajin dari sebelumnya 15 orang. Sebagian besar adalah ibu rumah tangga yang tinggal di sekitar kawasan pesisir Kenjeran."
        ),
        X(
            '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/CiZk2xLv8Qe/" data-instgrm-version="14">'
            '<div><a href="https://www.instagram.com/p/CiZk2xLv8Qe/" target="_blank">Lihat postingan ini di Instagram</a></div>'
            "<p>Motif ikan dan perahu, khas pesisir Kenjeran. Dikerjakan dengan tangan, diwarnai dengan daun mangga dan kulit kayu. #batiksurabaya</p>"
            "<p>Sebuah kiriman dibagikan oleh Batik Kenjeran (@batikkenjeran.sby)</p></blockquote>"
        ),
        P(
            "Dinas Koperasi dan Usaha Mikro Kota Surabaya turut membantu proses kurasi produk dan pengurusan dokumen ekspor. Kepala dinas, Hendro Prasetyo, menyebut pendampingan itu diberikan agar perajin tidak bergantung pada perantara."
        ),
        X(
            f'<p><strong>Baca Juga:</strong> <a href="{base}/surabaya/20/09/2022/{slug(pick_headlines(rng, "id", 1)[0])}/">{esc(pick_headlines(rng, "id", 1)[0])}</a></p>'
        ),
        P(
            "Menurut Hendro, nilai ekspor batik dari kelompok perajin binaan pemkot sepanjang Januari hingga Agustus 2022 mencapai Rp1,8 miliar. Pemkot menargetkan nilai itu bisa menembus Rp3 miliar hingga akhir tahun."
        ),
        P(
            "Meski begitu, perajin masih menghadapi kendala ketersediaan bahan baku kain mori berkualitas. Harga kain mori primisima naik sekitar 20 persen sejak awal tahun sehingga perajin harus menaikkan harga jual."
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 450, "jp")
    url = f"{base}/ekonomi/20/09/2022/perajin-batik-surabaya-tembus-pasar-jepang-pesanan-naik-tiga-kali-lipat/"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "JawaPos.com",
                "url": f"{base}/",
                "sameAs": ["https://www.facebook.com/jawapos", "https://twitter.com/jawapos"],
                "logo": {
                    "@type": "ImageObject",
                    "@id": f"{base}/#logo",
                    "url": f"{base}/wp-content/uploads/2020/01/logo-jawapos.png",
                    "width": 512,
                    "height": 512,
                    "caption": "JawaPos.com",
                },
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": "JawaPos.com",
                "publisher": {"@id": f"{base}/#organization"},
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": f"{base}/?s={{search_term_string}}",
                    "query-input": "required name=search_term_string",
                },
            },
            {
                "@type": "ImageObject",
                "@id": f"{url}#primaryimage",
                "url": f"{base}/wp-content/uploads/2022/09/batik-kenjeran.jpg",
                "width": 780,
                "height": 390,
            },
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": f"{title} - JawaPos.com",
                "isPartOf": {"@id": f"{base}/#website"},
                "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
                "datePublished": "2022-09-20T04:45:12+00:00",
                "dateModified": "2022-09-20T04:52:40+00:00",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Ekonomi",
                        "item": f"{base}/ekonomi/",
                    },
                    {"@type": "ListItem", "position": 3, "name": title},
                ],
            },
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": f"{url}#webpage"},
                "author": {"@id": f"{base}/#/schema/person/8f2a"},
                "headline": title,
                "datePublished": "2022-09-20T04:45:12+00:00",
                "dateModified": "2022-09-20T04:52:40+00:00",
                "mainEntityOfPage": {"@id": f"{url}#webpage"},
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "keywords": "batik,umkm,surabaya,ekspor",
                "articleSection": "Ekonomi",
                "inLanguage": "id-ID",
            },
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/8f2a",
                "name": "Galih Wicaksono",
                "url": f"{base}/author/galih-wicaksono/",
            },
        ],
    }
    html_doc = f"""<!DOCTYPE html>
<html lang="id-ID" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This site is optimized with the Yoast SEO Premium plugin v19.6 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)} - JawaPos.com</title>
{meta("description", "Perajin batik di Kampung Batik Kenjeran, Surabaya, kini mulai menembus pasar Jepang.")}
<link rel="canonical" href="{url}">
{prop("og:locale", "id_ID")}
{prop("og:type", "article")}
{prop("og:title", f"{title} - JawaPos.com")}
{prop("og:url", url)}
{prop("og:site_name", "JawaPos.com")}
{prop("article:publisher", "https://www.facebook.com/jawapos")}
{prop("article:published_time", "2022-09-20T04:45:12+00:00")}
{prop("article:modified_time", "2022-09-20T04:52:40+00:00")}
{prop("og:image", f"{base}/wp-content/uploads/2022/09/batik-kenjeran.jpg")}
{meta("author", "Galih Wicaksono")}
{meta("twitter:label1", "Ditulis oleh")}
{meta("twitter:data1", "Galih Wicaksono")}
<script type="application/ld+json" class="yoast-schema-graph">{jdump(graph)}</script>
<!-- / Yoast SEO Premium plugin. -->
<link rel="stylesheet" id="wp-block-library-css" href="{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.0.2" media="all">
<style id="jawapos-inline-css">{css}</style>
<script id="jquery-core-js" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.6.0"></script>
{gtm("GTM-P8Z3QJ")}
{gpt(rng, "22766497127", "jawapos/ekonomi", ["leaderboard", "mr1", "mr2", "inarticle", "outstream"])}
</head>
<body class="post-template-default single single-post postid-1182233 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><a href="{base}/" rel="home"><img src="{base}/wp-content/uploads/2020/01/logo-jawapos.png" alt="JawaPos.com"></a></div>
<nav id="site-navigation" class="main-navigation">{id_menu(base, "menu")}</nav></header>
<div id="content" class="site-content">
<div class="breadcrumbs"><span><a href="{base}/">Home</a> » <a href="{base}/ekonomi/">Ekonomi</a> » <span class="breadcrumb_last">{esc(title)}</span></span></div>
<main id="main" class="site-main">
<article id="post-1182233" class="post-1182233 post type-post status-publish format-standard has-post-thumbnail category-ekonomi">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on">Selasa, 20 September 2022 | 11:45 WIB</span></div></header>
<div class="post-thumbnail"><img src="{base}/wp-content/uploads/2022/09/batik-kenjeran.jpg" class="attachment-post-thumbnail wp-post-image" alt="" width="780" height="390"><div class="caption">Perajin menyelesaikan batik tulis motif ikan di Kampung Batik Kenjeran. (Galih Wicaksono/JawaPos.com)</div></div>
<div class="share-buttons"><a class="share-fb" href="#">Facebook</a><a class="share-tw" href="#">Twitter</a><a class="share-wa" href="#">WhatsApp</a></div>
<div class="entry-content">
{body}
<div class="content-editor"><p>Editor : Dinarsa Kurniawan</p><p>Reporter : Galih Wicaksono</p></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: {"".join(f'<a href="{base}/tag/{slug(t)}/" rel="tag">{esc(t)}</a> ' for t in ["batik", "umkm", "surabaya", "ekspor"])}</span></footer>
</article>
<section class="related-posts"><h2>Artikel Terkait</h2><ul>{teasers(rng, "id", base, 8, when, cls="related", img=True)}</ul></section>
<section class="latest"><h2>Terkini</h2><ul>{teasers(rng, "id", base, 14, when, cls="latest", img=True)}</ul></section>
</main>
<aside id="secondary" class="widget-area"><section class="widget popular-posts"><h2 class="widget-title">Terpopuler</h2><ol>{teasers(rng, "id", base, 10, when, cls="popular")}</ol></section></aside>
</div>
{id_footer(base, "JawaPos.com", 2022, "site-footer")}
</div>
<script id="jawapos-main-js-extra">var jpvars={jdump({"ajaxurl": f"{base}/wp-admin/admin-ajax.php", "post_id": 1182233, "nonce": "4f1a2b3c9d"})};</script>
{FILL}
</body>
</html>
"""
    return Page(
        name,
        html_doc,
        answer(title, when, blocks, stated=datetime(2022, 9, 20, 4, 45, 12, tzinfo=UTC)),
        target_kb=112,
    )


# --------------------------------------------------------------------------- 9 Katadata (subheadings, naive pubdate, JSON-LD without dates)


def katadata() -> Page:
    name = "katadata-pensiun-dini-pltu"
    rng = rng_for(name)
    base = "https://katadata.co.id"
    when = datetime(2022, 11, 3, 9, 15, tzinfo=WIB)
    title = "PLN Siapkan Peta Jalan Pensiun Dini 15 PLTU hingga 2035"
    blocks = [
        P(
            "PT PLN (Persero) tengah menyusun peta jalan pensiun dini 15 pembangkit listrik tenaga uap (PLTU) batu bara dengan total kapasitas 6,7 gigawatt (GW) hingga 2035. Rencana itu menjadi bagian dari upaya perusahaan mencapai target emisi nol bersih pada 2060."
        ),
        P(
            "Direktur Perencanaan Korporat PLN, Arief Nugraha, mengatakan pemilihan pembangkit didasarkan pada usia, efisiensi, dan tingkat emisi. Sebagian besar PLTU yang masuk daftar telah beroperasi lebih dari 25 tahun."
        ),
        H("Butuh Pendanaan Rp 180 Triliun"),
        P(
            "Menurut Arief, kebutuhan dana untuk menghentikan operasi pembangkit lebih awal sekaligus membangun pembangkit energi baru terbarukan sebagai penggantinya diperkirakan mencapai Rp 180 triliun. PLN berharap sebagian dana berasal dari skema pembiayaan transisi energi internasional."
        ),
        X(
            '<div class="databoks-embed"><iframe src="https://databoks.katadata.co.id/datapublishembed/148223/kapasitas-pltu-batu-bara-yang-akan-dipensiunkan" width="100%" height="480" frameborder="0" loading="lazy"></iframe>'
            '<p class="databoks-embed__source">Sumber: Databoks</p></div>'
        ),
        P(
            '"Tanpa dukungan pembiayaan murah, pensiun dini akan membebani keuangan perusahaan dan pada akhirnya tarif listrik. Karena itu skemanya harus dirancang hati-hati," kata Arief dalam diskusi daring, Kamis (3/11).'
        ),
        P(
            "Ia menambahkan, PLN juga tengah mengkaji opsi konversi sebagian PLTU menjadi pembangkit berbahan bakar biomassa. Uji coba pencampuran biomassa sebesar 5 persen telah dilakukan di 33 lokasi sepanjang tahun ini."
        ),
        X(baca_juga(rng, base + "/berita", 3, "Baca Juga", "read-also")),
        H("Pekerja dan Daerah Terdampak"),
        P(
            "Peneliti Institut Energi Bersih Nusantara, Dwi Lestari, mengingatkan pemerintah agar tidak mengabaikan dampak sosial dari penutupan PLTU. Di sejumlah daerah, pembangkit menjadi sumber utama lapangan kerja dan pendapatan asli daerah."
        ),
        P(
            "Ia mencontohkan, satu PLTU berkapasitas 600 megawatt bisa menyerap hingga 1.200 pekerja langsung dan tidak langsung. Karena itu, program pelatihan ulang pekerja perlu disiapkan setidaknya tiga tahun sebelum pembangkit berhenti beroperasi."
        ),
        P(
            "Kementerian Energi dan Sumber Daya Mineral menargetkan peta jalan tersebut rampung pada kuartal pertama 2023. Dokumen itu akan menjadi acuan bagi revisi Rencana Usaha Penyediaan Tenaga Listrik (RUPTL) berikutnya."
        ),
    ]
    body = render(blocks, h="<h2>{}</h2>")
    css = css_blob(rng, 360, "kd")
    url = f"{base}/happyfajrian/berita/63631f2a1b5c8/pln-siapkan-peta-jalan-pensiun-dini-15-pltu-hingga-2035"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": "PLN Siapkan Peta Jalan Pensiun Dini 15 PLTU hingga 2035",
        "image": [
            "https://cdn1.katadata.co.id/media/images/thumb/2022/11/03/pltu-2022_11_03-09_10_11_8f2e.jpg"
        ],
        "author": {"@type": "Person", "name": "Happy Fajrian"},
        "publisher": {
            "@type": "Organization",
            "name": "Katadata",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo.png"},
        },
    }
    html_doc = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PLN Siapkan Peta Jalan Pensiun Dini PLTU - Energi Katadata.co.id</title>
{meta("description", "PLN tengah menyusun peta jalan pensiun dini 15 PLTU batu bara dengan total kapasitas 6,7 GW hingga 2035.")}
{meta("pubdate", "2022-11-03 09:15:00")}
{meta("author", "Happy Fajrian")}
{prop("og:title", "PLN Siapkan Peta Jalan Pensiun Dini PLTU")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:image", jsonld["image"][0])}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
{gtm("GTM-KDT4X9")}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({jdump({"event": "article_view", "channel": "energi", "author": "Happy Fajrian", "editor": "Sorta Tobing", "article_id": "63631f2a1b5c8", "publish_date": "2022-11-03 09:15:00", "word_count": 412})});</script>
{gpt(rng, "22581342", "katadata", ["top", "middle", "sidebar", "bottom"])}
</head>
<body>
<header class="site-header"><a href="{base}/" class="logo">Katadata</a>
<nav class="nav-main">{mega_menu(base, [("Berita", ["Ekonomi Makro", "Finansial", "Energi", "Industri", "Politik", "Internasional", "Lingkungan"]), ("Analisis Data", []), ("Databoks", ["Ekonomi", "Demografi", "Sosial", "Energi", "Teknologi"]), ("Katadata Insight Center", []), ("Opini", []), ("Infografik", []), ("Video", []), ("ESG", ["Environment", "Social", "Governance"]), ("Provinsi", REGIONS["id"])], "nav-main")}</nav></header>
<div class="container">
<div class="breadcrumb"><a href="{base}/">Home</a> / <a href="{base}/energi">Energi</a></div>
<div class="detail-main">
<div class="detail-kanal"><a href="{base}/energi">Energi</a></div>
<h1 class="detail-title">{esc(title)}</h1>
<div class="detail-author">Oleh <a href="{base}/author/happyfajrian">Happy Fajrian</a></div>
<div class="detail-date">03/11/2022, 09.15 WIB</div>
<div class="detail-image"><img src="{jsonld["image"][0]}" alt="PLTU" width="880" height="495"><div class="detail-caption">Ilustrasi PLTU batu bara. Foto: Katadata/Muhammad Zaenuddin</div></div>
<div class="detail-share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">LinkedIn</a><a href="#">WhatsApp</a></div>
<article class="detail-body textArticle">
{body}
</article>
<div class="detail-footer"><p>Editor: Sorta Tobing</p></div>
<div class="detail-tags">Tags: {"".join(f'<a href="{base}/tags/{slug(t)}">{esc(t)}</a> ' for t in ["PLTU", "Transisi Energi", "PLN", "Net Zero Emission"])}</div>
<div class="newsletter"><h4>Dapatkan informasi terkini dan terpercaya seputar ekonomi, bisnis, data, politik, dan lain-lain, langsung lewat email Anda.</h4><form><input type="email" placeholder="Email Anda"><button>Daftar</button></form><small>Dengan mendaftar, Anda menyetujui Syarat dan Ketentuan Katadata.</small></div>
<div class="related"><h3>Berita Terkait</h3><ul>{teasers(rng, "id", base, 8, when, cls="related", img=True, time_fmt=lambda m: f"{m:%d/%m/%Y}, {m:%H.%M} WIB")}</ul></div>
</div>
<aside class="detail-side"><div class="popular"><h3>Terpopuler</h3><ol>{teasers(rng, "id", base, 10, when, cls="popular", time_fmt=lambda m: f"{m:%d/%m/%Y}, {m:%H.%M} WIB")}</ol></div></aside>
</div>
{id_footer(base, "Katadata", 2022, "site-footer")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=80)


# --------------------------------------------------------------------------- 10 Tirto (Nuxt state, pull quote, closing credits)


def tirto() -> Page:
    name = "tirto-het-gula-pasir"
    rng = rng_for(name)
    base = "https://tirto.id"
    when = datetime(2022, 3, 9, 16, 40, tzinfo=WIB)
    title = "Pemerintah Tetapkan HET Gula Pasir Rp13.500 per Kilogram"
    blocks = [
        P(
            "Pemerintah resmi menetapkan harga eceran tertinggi (HET) gula pasir di tingkat konsumen sebesar Rp13.500 per kilogram. Aturan baru itu mulai berlaku pada 15 Maret 2022 dan menggantikan HET sebelumnya sebesar Rp12.500 per kilogram.",
            lead="<strong>tirto.id - </strong>",
        ),
        P(
            "Direktur Jenderal Perdagangan Dalam Negeri, Wahyu Santoso, mengatakan kenaikan HET diperlukan karena biaya produksi gula di tingkat petani dan pabrik terus meningkat. Harga pupuk dan ongkos tebang angkut tebu naik signifikan sejak tahun lalu."
        ),
        X(
            '<p><strong>Baca juga:</strong> <a href="https://tirto.id/harga-cabai-rawit-turun-gqLk">Harga Cabai Rawit di Pasar Induk Turun Jadi Rp 38 Ribu per Kilogram</a></p>'
        ),
        P(
            '"Kami ingin memastikan petani tebu tetap bergairah menanam, tapi harga di konsumen juga tetap terjangkau. Angka Rp13.500 adalah titik tengahnya," kata Wahyu dalam konferensi pers di Jakarta, Rabu (9/3/2022).'
        ),
        X(
            '<blockquote class="pull-quote"><p>"Angka Rp13.500 adalah titik tengahnya."</p><cite>Wahyu Santoso</cite></blockquote>'
        ),
        P(
            "Selain HET di tingkat konsumen, pemerintah juga menaikkan harga acuan pembelian gula di tingkat petani dari Rp10.500 menjadi Rp11.500 per kilogram. Pabrik gula diwajibkan membeli gula petani minimal sesuai harga acuan tersebut."
        ),
        P(
            "Wahyu menyebut stok gula konsumsi nasional saat ini mencapai 1,1 juta ton atau cukup untuk kebutuhan sekitar empat bulan. Stok itu diperkirakan bertambah saat musim giling tebu dimulai pada Mei mendatang."
        ),
        X(
            '<p><strong>Baca juga:</strong> <a href="https://tirto.id/bulog-salurkan-beras-gqMa">Bulog Salurkan 8.000 Ton Beras ke Pasar Tradisional</a></p>'
        ),
        P(
            "Ketua Asosiasi Petani Tebu Rakyat Nusantara, Sugeng Rahardjo, menyambut baik kebijakan tersebut meski menilai kenaikan harga acuan masih di bawah usulan petani sebesar Rp12.000 per kilogram. Menurut dia, biaya pokok produksi tebu tahun ini sudah mendekati Rp11.000 per kilogram."
        ),
        P(
            "Di sisi lain, Lembaga Konsumen Mandiri meminta pemerintah memperketat pengawasan di pasar tradisional. Berdasarkan pantauan lembaga tersebut, harga gula di sejumlah pasar di luar Jawa sudah menyentuh Rp15.000 per kilogram sejak awal bulan."
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 250, "tt")
    url = f"{base}/pemerintah-tetapkan-het-gula-pasir-rp13500-per-kilogram-gqPz"
    nuxt_content = [
        {"type": "paragraph", "html": b.lead + b.html}
        if isinstance(b, P)
        else {"type": "embed", "html": b.html}
        for b in blocks
    ]
    nuxt = {
        "layout": "default",
        "data": [
            {
                "article": {
                    "id": 221873,
                    "judul": title,
                    "slug": "pemerintah-tetapkan-het-gula-pasir-rp13500-per-kilogram-gqPz",
                    "tanggal": "2022-03-09 16:40:00",
                    "kategori": "Ekonomi",
                    "penulis": "Andi Saputra",
                    "editor": "Maya Saputri",
                    "isi": nuxt_content,
                    "tags": ["harga gula", "het gula", "kemendag"],
                }
            }
        ],
        "fetch": {},
        "error": None,
        "state": {
            "menu": [s for s, _ in ID_SECTIONS],
            "trending": pick_headlines(rng, "id", 20),
            "ads": {"enabled": True, "unit": "/21812778/tirto"},
        },
        "serverRendered": True,
        "routePath": "/pemerintah-tetapkan-het-gula-pasir-rp13500-per-kilogram-gqPz",
        "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}},
    }
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2022-03-09T16:40:00+07:00",
        "dateModified": "2022-03-09T17:02:00+07:00",
        "author": {"@type": "Person", "name": "Andi Saputra"},
        "publisher": {
            "@type": "Organization",
            "name": "Tirto.id",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/logo.png"},
        },
        "image": "https://mmc.tirto.id/image/otf/1024x535/2022/03/09/gula-pasir.jpg",
        "mainEntityOfPage": url,
    }
    html_doc = f"""<!doctype html>
<html data-n-head-ssr lang="id" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22id%22%7D%7D">
<head>
<title>Pemerintah Tetapkan HET Gula Pasir Rp13.500 per Kilogram - Tirto.ID</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="Pemerintah resmi menetapkan harga eceran tertinggi gula pasir sebesar Rp13.500 per kilogram.">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Pemerintah Tetapkan HET Gula Pasir Rp13.500 per Kilogram">
<meta data-n-head="ssr" data-hid="og:image" property="og:image" content="{jsonld["image"]}">
<meta data-n-head="ssr" data-hid="article:published_time" property="article:published_time" content="2022-03-09T16:40:00+07:00">
<link data-n-head="ssr" rel="canonical" href="{url}">
<script data-n-head="ssr" type="application/ld+json">{jdump(jsonld)}</script>
<style data-vue-ssr-id="7ba5bd90:0 2f8a1c3e:0">{css}</style>
{gtm("GTM-TRT8Q2L")}
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="tirto-app">
<header class="navbar-tirto"><a href="{base}/" class="navbar-brand">tirto.id</a>
<nav class="navbar-menu">{id_menu(base, "navbar-menu")}</nav></header>
<div class="container-fluid">
<div class="row"><div class="col-md-8 content-detail">
<div class="kategori-detail"><a href="{base}/q/ekonomi-hD">Ekonomi</a></div>
<h1 class="news-detail-title">{esc(title)}</h1>
<div class="reporter-grid"><span class="detail-date">Rabu, 9 Maret 2022 16:40 WIB</span></div>
<div class="news-detail-img"><img src="{jsonld["image"]}" alt="Gula pasir" width="1024" height="535"><p class="caption-img">Ilustrasi gula pasir. FOTO/iStockphoto</p></div>
<div class="share-sosmed"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Line</a></div>
<div class="content-text-editor">
{body}
</div>
<div class="content-text-editor"><p><strong>Baca juga artikel terkait <a href="{base}/q/harga-gula-gqP">HARGA GULA</a> atau tulisan lainnya dari <a href="{base}/penulis/andi-saputra">Andi Saputra</a></strong></p>
<p>(tirto.id - Ekonomi)</p>
<p>Reporter: Andi Saputra<br>Penulis: Andi Saputra<br>Editor: Maya Saputri</p></div>
<div class="tags-list">{"".join(f'<a href="{base}/q/{slug(t)}">{esc(t)}</a>' for t in ["Harga Gula", "HET Gula", "Kemendag", "Petani Tebu"])}</div>
<div class="mb-4 terkait"><h4>Artikel Terkait</h4><ul>{teasers(rng, "id", base, 8, when, cls="terkait", img=True)}</ul></div>
</div>
<div class="col-md-4 sidebar"><div class="populer"><h4>Populer</h4><ol>{teasers(rng, "id", base, 10, when, cls="populer", with_time=False)}</ol></div>
<div class="mild-report"><h4>Mild Report</h4><ul>{teasers(rng, "id", base, 6, when, cls="mild", img=True)}</ul></div></div></div>
</div>
{id_footer(base, "Tirto.id", 2022, "footer-tirto")}
</div></div></div>
<script>window.__NUXT__={jdump(nuxt)};</script>
<script src="/_nuxt/9a2b4c1.js" defer></script><script src="/_nuxt/f31d0aa.js" defer></script>
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=70)


# --------------------------------------------------------------------------- 11 Beritasatu (UTC metadata on the previous day, list)


def beritasatu() -> Page:
    name = "beritasatu-gempa-sukabumi-subuh"
    rng = rng_for(name)
    base = "https://www.beritasatu.com"
    when = datetime(2022, 6, 9, 5, 40, tzinfo=WIB)
    title = "Gempa Magnitudo 5,2 Guncang Sukabumi Saat Subuh, Warga Berhamburan Keluar Rumah"
    blocks = [
        P(
            "Gempa bumi tektonik mengguncang wilayah selatan Kabupaten Sukabumi, Jawa Barat, pada Kamis (9/6/2022) pukul 05.31 WIB. Guncangan yang terasa cukup kuat membuat warga yang tengah bersiap menunaikan salat Subuh berhamburan keluar rumah.",
            lead="<strong>Sukabumi, Beritasatu.com</strong> - ",
        ),
        P(
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa tersebut memiliki magnitudo 5,2 yang kemudian dimutakhirkan menjadi 5,0. Berikut parameter gempa yang dirilis BMKG:"
        ),
        L(
            [
                "Waktu: Kamis, 9 Juni 2022, pukul 05.31.22 WIB",
                "Magnitudo: 5,0 (dimutakhirkan dari 5,2)",
                "Lokasi: 7,41 LS dan 106,52 BT, sekitar 62 km barat daya Kabupaten Sukabumi",
                "Kedalaman: 28 km",
                "Potensi tsunami: tidak ada",
            ]
        ),
        P(
            'Kepala Pusat Gempa Bumi dan Tsunami BMKG, Rahmat Hidayat, menjelaskan gempa dipicu aktivitas deformasi batuan di dalam lempeng Indo-Australia. "Gempa ini merupakan jenis gempa menengah akibat aktivitas intraslab," kata Rahmat dalam keterangan tertulis.'
        ),
        X(
            '<blockquote class="twitter-tweet"><p lang="in" dir="ltr">#Gempa Mag:5.2, 09-Jun-22 05:31:22 WIB, Lok:7.41LS, 106.52BT (62 km BaratDaya KAB-SUKABUMI-JABAR), Kedlmn:28 Km ::BMKG</p>'
            '&mdash; Info Gempa Nusantara (@InfoGempaNusa) <a href="https://twitter.com/InfoGempaNusa/status/1534712345678901248">June 8, 2022</a></blockquote>'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
        ),
        P(
            "Guncangan gempa dirasakan dengan skala intensitas IV MMI di Kecamatan Ciemas dan Simpenan, serta III MMI di Pelabuhan Ratu. Getaran juga dirasakan lemah oleh warga di Cianjur dan Lebak, Banten."
        ),
        P(
            "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukabumi melaporkan sedikitnya 17 rumah mengalami kerusakan ringan, terutama retak pada dinding dan genteng yang berjatuhan. Hingga pukul 09.00 WIB, tidak ada laporan korban jiwa."
        ),
        X(
            f'<div class="read-also"><strong>Baca Juga:</strong> <a href="{base}/nasional/954321/{slug(pick_headlines(rng, "id", 1)[0])}">{esc(pick_headlines(rng, "id", 1)[0])}</a></div>'
        ),
        P(
            "Hingga pukul 08.00 WIB, BMKG mencatat tiga kali gempa susulan dengan magnitudo terbesar 3,1. Warga diimbau tetap tenang dan tidak terpengaruh isu yang tidak dapat dipertanggungjawabkan."
        ),
    ]
    body = render(blocks, ul='<ul class="list-parameter">{}</ul>')
    css = css_blob(rng, 330, "b1")
    url = f"{base}/nasional/954388/gempa-magnitudo-52-guncang-sukabumi-saat-subuh-warga-berhamburan-keluar-rumah"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "datePublished": "2022-06-08T22:40:00Z",
        "dateModified": "2022-06-08T22:55:00Z",
        "image": ["https://img.beritasatu.com/cache/beritasatu/910x580-2/1654731600.jpg"],
        "author": [{"@type": "Person", "name": "Firman Hidayat"}],
        "publisher": {
            "@type": "Organization",
            "name": "Beritasatu.com",
            "logo": {"@type": "ImageObject", "url": f"{base}/assets/img/logo.png"},
        },
    }
    html_doc = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Gempa Magnitudo 5,2 Guncang Sukabumi Saat Subuh, Warga Berhamburan Keluar Rumah</title>
{meta("description", "Gempa bumi tektonik mengguncang wilayah selatan Kabupaten Sukabumi, Jawa Barat.")}
{prop("og:title", "Gempa Magnitudo 5,2 Guncang Sukabumi Saat Subuh")}
{prop("og:url", url)}
{prop("og:image", jsonld["image"][0])}
{prop("article:published_time", "2022-06-08T22:40:00Z")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
{gtm("GTM-B1S4TU")}
{gpt(rng, "21659883", "beritasatu/nasional", ["leaderboard", "mr1", "inarticle", "mr2"])}
</head>
<body>
<nav class="navbar b1-navbar"><a class="navbar-brand" href="{base}/"><img src="{base}/assets/img/logo.png" alt="Beritasatu"></a>
<div class="b1-menu">{id_menu(base, "b1-menu")}</div></nav>
<div class="container b1-container">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}/">Home</a></li><li class="breadcrumb-item"><a href="{base}/nasional">Nasional</a></li></ol></nav>
<div class="row"><div class="col-lg-8">
<h1 class="fw-bold">{esc(title)}</h1>
<div class="my-3 b1-author"><a href="{base}/author/firman-hidayat">Firman Hidayat</a> / <span class="b1-editor">FER</span></div>
<div class="b1-date"><small class="text-muted">Kamis, 9 Juni 2022 | 05:40 WIB</small></div>
<figure class="figure"><img src="{jsonld["image"][0]}" alt="ilustrasi gempa" class="figure-img img-fluid"><figcaption class="figure-caption">Ilustrasi gempa. (Beritasatu Photo/Istimewa)</figcaption></figure>
<div class="b1-share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a></div>
<div class="b1-article body-content">
{body}
<p class="gnews"><em>Simak berita dan artikel lainnya di <a href="https://news.google.com/publications/beritasatu">Google News</a></em></p>
</div>
<div class="b1-source">Sumber: BeritaSatu.com</div>
<div class="b1-tags">{"".join(f'<a class="badge" href="{base}/tag/{slug(t)}">{esc(t)}</a>' for t in ["gempa", "sukabumi", "BMKG", "gempa hari ini"])}</div>
<div class="b1-related"><h5>Berita Terkait</h5><ul>{teasers(rng, "id", base, 8, when, cls="related", img=True)}</ul></div>
</div>
<div class="col-lg-4"><div class="b1-popular"><h5>Terpopuler</h5><ol>{teasers(rng, "id", base, 10, when, cls="popular")}</ol></div>
<div id="div-gpt-mr1"></div><div class="b1-latest"><h5>Terkini</h5><ul>{teasers(rng, "id", base, 10, when, cls="latest")}</ul></div></div></div>
</div>
{id_footer(base, "Beritasatu.com", 2022)}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=62)


# --------------------------------------------------------------------------- 12 Radar Jogja (wrong charset, date only in the byline)


def radar() -> Page:
    name = "radarjogja-sampah-menumpuk-depo"
    rng = rng_for(name)
    base = "https://radarjogja.jawapos.com"
    when = datetime(2023, 7, 25, 16, 5, tzinfo=WIB)
    title = "TPA Piyungan Ditutup Sementara, Sampah Menumpuk di Depo Kota Jogja"
    blocks = [
        P(
            "Penutupan sementara Tempat Pembuangan Akhir (TPA) Piyungan mulai berdampak di Kota Jogja. Sejak Minggu (23/7), tumpukan sampah terlihat menggunung di sejumlah depo, termasuk di Depo Mandala Krida dan Depo Pengok.",
            lead="<strong>RADAR JOGJA</strong> – ",
        ),
        P(
            "Pantauan Radar Jogja pada Selasa (25/7) siang, sampah di Depo Mandala Krida meluber hingga ke bahu jalan. Bau menyengat tercium hingga radius sekitar 100 meter. Sejumlah pengendara terpaksa melambat karena sebagian badan jalan tertutup kantong plastik."
        ),
        P(
            "Kepala Dinas Lingkungan Hidup (DLH) Kota Jogja Sugeng Wiyono mengakui kondisi tersebut. Menurutnya, sejak TPA Piyungan ditutup pada 21 Juli lalu, armada pengangkut sampah tidak bisa lagi membuang muatan ke tempat pembuangan akhir."
        ),
        X(
            f'<div class="baca-juga"><span>Baca Juga:</span> <a href="{base}/jogja/75/2023/07/24/{slug(pick_headlines(rng, "id", 1)[0])}/">{esc(pick_headlines(rng, "id", 1)[0])}</a></div>'
        ),
        P(
            "“Setiap hari produksi sampah Kota Jogja sekitar 260 ton. Kalau tidak terangkut dua atau tiga hari, ya, seperti ini kondisinya,” ujar Sugeng saat ditemui di Balai Kota Jogja."
        ),
        P(
            "Untuk mengurangi beban depo, DLH meminta warga memilah sampah organik dan anorganik dari rumah. Sampah organik diharapkan bisa diolah menjadi kompos di tingkat rumah tangga maupun kampung, sedangkan sampah anorganik disetorkan ke bank sampah."
        ),
        X(
            '<div class="ads-inarticle"><small>ADVERTISEMENT</small><div id="div-gpt-ad-1690275911-0"></div></div>'
        ),
        P(
            "Pemkot juga menyiapkan lahan sementara seluas 1.500 meter persegi di kawasan Nitikan untuk menampung sampah yang belum bisa dibuang. Namun, lahan tersebut hanya mampu menampung sampah selama sekitar sepekan."
        ),
        P(
            "Sementara itu, sejumlah warga mengeluhkan minimnya sosialisasi penutupan TPA. Ratna Sari, warga Umbulharjo, mengaku baru tahu TPA ditutup setelah petugas tidak mengambil sampah di kampungnya selama tiga hari."
        ),
        P(
            "“Kami sebenarnya mau memilah, tapi perlu diajari dan disediakan tempatnya. Jangan tiba-tiba saja,” katanya."
        ),
    ]
    blocks[-1].tail = " (eno/laz)"
    body = render(blocks)
    css = css_blob(rng, 300, "rj")
    html_doc = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TPA Piyungan Ditutup Sementara, Sampah Menumpuk di Depo Kota Jogja &#8211; Radar Jogja</title>
{meta("description", "Penutupan sementara TPA Piyungan mulai berdampak di Kota Jogja.")}
{prop("og:title", "TPA Piyungan Ditutup Sementara, Sampah Menumpuk di Depo Kota Jogja")}
{prop("og:site_name", "Radar Jogja")}
{prop("og:type", "article")}
{prop("og:image", f"{base}/wp-content/uploads/2023/07/sampah-depo.jpg")}
<link rel="canonical" href="{base}/jogja/75/2023/07/25/tpa-piyungan-ditutup-sementara-sampah-menumpuk-di-depo-kota-jogja/">
<style>{css}</style>
{gtm("GTM-RJ2Q7XK")}
{gpt(rng, "22766497127", "radarjogja", ["top", "inarticle", "side", "bottom"])}
</head>
<body>
<div class="topbar">Jawa Pos Group · Radar Jogja · Radar Solo · Radar Semarang · Radar Kudus · Radar Kediri · Radar Malang</div>
<header class="rj-header"><a class="rj-logo" href="{base}/"><img src="{base}/logo.png" alt="Radar Jogja"></a>
<nav class="rj-nav">{mega_menu(base, [("Jogja", ["Kota Jogja", "Sleman", "Bantul", "Kulonprogo", "Gunungkidul"]), ("Jateng", ["Magelang", "Purworejo", "Klaten", "Wonosobo", "Temanggung"]), ("Pendidikan", []), ("Ekonomi", []), ("Kriminal", []), ("Olahraga", ["PSIM", "PSS Sleman", "Persiba"]), ("Wisata", []), ("Kuliner", []), ("Opini", []), ("Berita Daerah", REGIONS["id"])], "rj-nav")}</nav></header>
<main class="rj-main">
<div class="rj-breadcrumb"><a href="{base}/">Home</a> › <a href="{base}/jogja/">Jogja</a></div>
<article class="rj-article">
<h1 class="rj-title">{esc(title)}</h1>
<div class="rj-meta"><span class="rj-author">Reporter: Eno Haryono</span> <span class="rj-date">Selasa, 25 Juli 2023 | 16:05 WIB</span></div>
<figure class="rj-figure"><img src="{base}/wp-content/uploads/2023/07/sampah-depo.jpg" alt="Sampah menumpuk"><figcaption>MENGGUNUNG: Tumpukan sampah di Depo Mandala Krida, Selasa (25/7). (ENO HARYONO/RADAR JOGJA)</figcaption></figure>
<div class="rj-content">
{body}
<p class="rj-note"><em>Artikel ini telah tayang di JawaPos.com dengan judul “Sampah Menumpuk di Depo Kota Jogja Usai TPA Piyungan Ditutup”.</em></p>
<p class="rj-editor">Editor: Amin Surachmad</p>
</div>
<div class="rj-share">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<div class="rj-tags">Tags: {"".join(f'<a href="{base}/tag/{slug(t)}/">{esc(t)}</a> ' for t in ["TPA Piyungan", "sampah jogja", "DLH Kota Jogja"])}</div>
</article>
<section class="rj-related"><h3>Berita Terkait</h3><ul>{teasers(rng, "id", base, 8, when, cls="rj-rel", img=True)}</ul></section>
<aside class="rj-side"><h3>Terpopuler</h3><ol>{teasers(rng, "id", base, 10, when, cls="rj-pop")}</ol><h3>Terbaru</h3><ul>{teasers(rng, "id", base, 12, when, cls="rj-new")}</ul></aside>
</main>
{id_footer(base, "Radar Jogja", 2023, "rj-footer")}
{FILL}
</body>
</html>
"""
    # the page declares ISO-8859-1 but is served as UTF-8 bytes (as the site's server does)
    return Page(name, html_doc, answer(title, when, blocks), encoding="utf-8", target_kb=54)


# --------------------------------------------------------------------------- 13 Kompas TV


def kompastv() -> Page:
    name = "kompastv-contraflow-arus-balik"
    rng = rng_for(name)
    base = "https://www.kompas.tv"
    when = datetime(2022, 5, 7, 21, 30, tzinfo=WIB)
    title = "Arus Balik Meningkat, Contraflow Tol Jakarta-Cikampek Diperpanjang hingga KM 47"
    blocks = [
        P(
            "Korlantas Polri memperpanjang rekayasa lalu lintas contraflow di Tol Jakarta-Cikampek hingga Kilometer 47 pada Sabtu (7/5/2022) malam. Langkah itu diambil setelah volume kendaraan yang menuju Jakarta terus meningkat sejak sore.",
            lead="JAKARTA, KOMPAS.TV - ",
        ),
        P(
            "Kepala Bagian Operasi Korlantas Polri, Kombes Dodi Firmansyah, mengatakan contraflow sebelumnya hanya diberlakukan dari KM 70 hingga KM 65. Namun, antrean kendaraan sempat mengular hingga lebih dari 10 kilometer menjelang Gerbang Tol Cikampek Utama."
        ),
        X(
            f'<p><strong>Baca Juga: <a href="{base}/nasional/291530/{slug(pick_headlines(rng, "id", 1)[0])}">{esc(pick_headlines(rng, "id", 1)[0])}</a></strong></p>'
        ),
        P(
            '"Kami perpanjang contraflow sampai KM 47 agar kepadatan bisa terurai lebih cepat. Petugas kami siagakan di setiap titik bukaan," kata Dodi kepada wartawan di Gerbang Tol Cikampek Utama.'
        ),
        P(
            "Berdasarkan data PT Jasa Marga, sebanyak 142.300 kendaraan melintas ke arah Jakarta melalui gerbang tol tersebut sepanjang Sabtu hingga pukul 20.00 WIB. Angka itu naik 38 persen dibandingkan lalu lintas normal."
        ),
        X(
            f'<p><strong>Baca Juga: <a href="{base}/nasional/291488/{slug(pick_headlines(rng, "id", 1)[0])}">{esc(pick_headlines(rng, "id", 1)[0])}</a></strong></p>'
        ),
        P(
            "Selain contraflow, polisi juga menyiapkan skema one way secara situasional dari KM 188 Tol Palimanan hingga KM 70 apabila volume kendaraan terus bertambah. Keputusan penerapan one way akan diambil berdasarkan pemantauan kamera di sejumlah titik."
        ),
        P(
            "Jasa Marga mengimbau pemudik untuk memanfaatkan rest area secara bergantian dan tidak berhenti di bahu jalan. Pengendara juga diminta memastikan saldo uang elektronik mencukupi sebelum memasuki jalan tol."
        ),
        P(
            "Puncak arus balik Lebaran 2022 diperkirakan terjadi pada Minggu (8/5/2022). Pemerintah sebelumnya mengimbau masyarakat yang masih memiliki waktu libur untuk menunda perjalanan kembali ke Jakarta agar tidak terjebak kepadatan."
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 420, "ktv")
    url = f"{base}/nasional/291566/arus-balik-meningkat-contraflow-tol-jakarta-cikampek-diperpanjang-hingga-km-47"
    jsonld = [
        {
            "@context": "https://schema.org",
            "@type": "VideoObject",
            "name": "Contraflow Tol Jakarta-Cikampek Diperpanjang",
            "description": "Korlantas Polri memperpanjang contraflow hingga KM 47.",
            "thumbnailUrl": "https://img.kompas.tv/thumb/2022/05/07/contraflow.jpg",
            "uploadDate": "2022-05-07T21:10:00+07:00",
            "duration": "PT2M41S",
            "embedUrl": f"{base}/embed/291566",
        },
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2022-05-07T21:30:00+07:00",
            "dateModified": "2022-05-07T21:42:00+07:00",
            "author": {"@type": "Person", "name": "Nadia Intan Fajarlie"},
            "publisher": {
                "@type": "Organization",
                "name": "KompasTV",
                "logo": {"@type": "ImageObject", "url": f"{base}/assets/logo.png"},
            },
            "image": "https://img.kompas.tv/thumb/2022/05/07/contraflow.jpg",
            "mainEntityOfPage": url,
            "articleBody": " ".join(plain(blocks)),
        },
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Arus Balik Meningkat, Contraflow Tol Jakarta-Cikampek Diperpanjang hingga KM 47</title>
{meta("description", "Korlantas Polri memperpanjang rekayasa lalu lintas contraflow di Tol Jakarta-Cikampek hingga KM 47.")}
{meta("content_PublishedDate", "2022-05-07 21:30:00")}
{meta("content_category", "nasional")}
{prop("og:title", "Contraflow Tol Jakarta-Cikampek Diperpanjang hingga KM 47")}
{prop("og:type", "video.other")}
{prop("og:url", url)}
{prop("og:image", "https://img.kompas.tv/thumb/2022/05/07/contraflow.jpg")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
{gtm("GTM-KTV7P2Q")}
{gpt(rng, "31800665", "kompastv/nasional", ["top", "mr", "inarticle", "sticky"])}
</head>
<body>
<header class="ktv-header"><a href="{base}/" class="ktv-logo">KompasTV</a><nav class="ktv-nav">{mega_menu(base, [("Live TV", []), ("Nasional", ["Politik", "Hukum", "Peristiwa", "Kesehatan"]), ("Regional", REGIONS["id"]), ("Ekonomi", ["Energi", "Keuangan", "Bisnis"]), ("Internasional", []), ("Olahraga", ["Sepak Bola", "MotoGP", "Bulu Tangkis"]), ("Lifestyle", []), ("Entertainment", []), ("Program", ["Sapa Indonesia Pagi", "Kompas Petang", "Sapa Indonesia Malam", "Rosi", "Satu Meja"])], "ktv-nav")}</nav></header>
<main class="ktv-main">
<div class="ktv-breadcrumb"><a href="{base}/">Home</a> / <a href="{base}/nasional">Nasional</a></div>
<div class="ktv-video"><iframe src="{base}/embed/291566?autoplay=0" width="100%" height="420" allowfullscreen title="video"></iframe></div>
<h1 class="ktv-title">{esc(title)}</h1>
<div class="ktv-info"><span class="ktv-date">7 Mei 2022, 21:30 WIB</span></div>
<div class="ktv-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Salin Tautan</a></div>
<div class="ktv-content">
{body}
</div>
<div class="ktv-credit"><p>Penulis : Nadia Intan Fajarlie | Editor : Gading Persada</p><p>Sumber : Kompas TV</p></div>
<div class="ktv-tags">{"".join(f'<a href="{base}/tag/{slug(t)}">{esc(t)}</a>' for t in ["arus balik", "contraflow", "tol jakarta-cikampek", "mudik lebaran 2022"])}</div>
<section class="ktv-related"><h3>Berita Terkait</h3><ul>{teasers(rng, "id", base, 8, when, cls="ktv-rel", img=True, time_fmt=lambda m: f"{m.day} {MONTHS['id'][m.month - 1]} {m.year}, {m:%H:%M} WIB")}</ul></section>
<section class="ktv-popular"><h3>Terpopuler</h3><ol>{teasers(rng, "id", base, 10, when, cls="ktv-pop", with_time=False)}</ol></section>
</main>
{id_footer(base, "KompasTV", 2022, "ktv-footer")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=104)


# =========================================================================== English sites

EN_FOOTER = [
    "About Us",
    "Contact",
    "Careers",
    "Advertise",
    "Terms of Use",
    "Privacy Policy",
    "Cookie Settings",
    "Accessibility",
    "Help",
    "Newsletters",
    "Podcasts",
    "Archive",
    "Corrections",
    "RSS",
    "Sitemap",
]


def en_footer(
    base: str, site: str, year: int, extra: list[str] | None = None, cls: str = "site-footer"
) -> str:
    cols = link_list(base, EN_FOOTER, cls + "__links")
    more = link_list(base, extra or REGIONS["world"], cls + "__more")
    return f'<footer class="{cls}"><div class="{cls}__brand">{esc(site)}</div>{cols}{more}<p class="{cls}__copy">© {year} {esc(site)}. All rights reserved.</p></footer>'


def onetrust(lang_text: str, accept: str, reject: str, settings: str) -> str:
    return (
        '<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>'
        '<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row">'
        f'<div id="onetrust-policy"><p id="onetrust-policy-text">{lang_text}</p></div>'
        f'<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">{settings}</button><button id="onetrust-reject-all-handler">{reject}</button><button id="onetrust-accept-btn-handler">{accept}</button></div>'
        "</div></div></div></div>"
    )


# --------------------------------------------------------------------------- 14 Washington Post (Arc Fusion state, local day before the UTC day)


def washingtonpost() -> Page:
    name = "washingtonpost-bus-network-redesign"
    rng = rng_for(name)
    base = "https://www.washingtonpost.com"
    when = datetime(2022, 3, 3, 21, 15, 4, tzinfo=tz(-5))
    title = "A bus network redrawn from scratch: What changes for riders in Prince George’s"
    ad = X(
        '<div class="teaser-ad"><span class="ad-label">Story continues below advertisement</span><div class="ad-slot" data-slot="inline"></div></div>'
    )
    blocks = [
        P(
            "For 27 years, the Route 18 bus has wound its way from Suitland to the Addison Road Metro station, looping through cul-de-sacs and office parks that emptied out long ago. By the end of the summer, it will no longer exist."
        ),
        P(
            "The route is one of 19 that Prince George’s County plans to eliminate or merge under a sweeping redesign of its bus network unveiled Thursday, the first overhaul of the system since it was created. In their place, the county says, riders will get fewer but more frequent lines, most of them running every 15 minutes for much of the day."
        ),
        ad,
        P(
            "“We had a map that made sense in 1995,” said Denise Okafor, the county’s transit administrator, in an interview. “People’s jobs moved, the hospitals moved, the housing moved. The buses didn’t.”"
        ),
        P(
            "The plan, which county officials have worked on for nearly two years with an outside consultant, would cost about $11 million a year more to operate than the current system. Okafor said the county intends to cover most of that with a mix of state grants and money from the federal infrastructure law."
        ),
        H("What changes for riders"),
        P(
            "Under the proposal, the number of residents living within a 10-minute walk of a bus that comes at least every 15 minutes would rise from about 96,000 to more than 310,000, according to the county’s analysis. Weekend service, now limited on many routes, would run on the same schedule as weekdays on eight core lines."
        ),
        ad,
        P(
            "But some riders would have to walk farther to reach a stop, particularly in neighborhoods where routes are being straightened to save time. The county estimates about 4,800 current riders would see their walk grow by more than a quarter-mile."
        ),
        P(
            "That worries Harold Mims, 71, who takes the Route 18 twice a week to a dialysis clinic in Capitol Heights. “I understand wanting the bus to go faster,” he said. “But faster doesn’t help me if I can’t get to it.”"
        ),
        P(
            "Okafor said the county would expand its on-demand van service to cover areas that lose fixed routes, and that residents with disabilities would remain eligible for door-to-door paratransit rides."
        ),
        ad,
        P(
            "Transit advocates largely praised the plan. Marcus Bell, who leads a regional riders’ group, said frequent service is the single biggest factor in whether people choose the bus. “Nobody plans their life around a bus that comes once an hour,” he said."
        ),
        P(
            "The county will hold six public hearings in March and April before the County Council votes on the plan. If approved, the new network would launch in phases starting in late August."
        ),
    ]
    body = render(
        blocks,
        p='<p class="font-copy" data-el="text">{}</p>',
        h='<h3 class="font-bold" data-el="subhead">{}</h3>',
    )
    css = css_blob(rng, 700, "wpds")
    url = f"{base}/transportation/2022/03/03/prince-georges-bus-network-redesign/"
    content_elements = []
    for b in blocks:
        if isinstance(b, P):
            content_elements.append(
                {
                    "_id": "".join(
                        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(26)
                    ),
                    "type": "text",
                    "content": b.html,
                    "additional_properties": {"_id": rng.randint(10**12, 10**13)},
                }
            )
        elif isinstance(b, H):
            content_elements.append({"type": "header", "level": 3, "content": b.text})
        else:
            content_elements.append(
                {"type": "custom_embed", "subtype": "ad", "embed": {"config": {"slot": "inline"}}}
            )
    fusion = {
        "_id": "Q7KZ3VXN2RB6HGT5YJ4WDEMA3I",
        "type": "story",
        "version": "0.10.7",
        "headlines": {"basic": title},
        "subheadlines": {
            "basic": "The county would cut or merge 19 routes in exchange for buses every 15 minutes on core lines"
        },
        "first_publish_date": "2022-03-04T02:15:04.512Z",
        "display_date": "2022-03-04T02:15:04.512Z",
        "last_updated_date": "2022-03-04T14:02:51.118Z",
        "credits": {
            "by": [
                {
                    "name": "Jane Porter",
                    "type": "author",
                    "additional_properties": {
                        "original": {
                            "bio": "Jane Porter covers transportation and development in Prince George’s County."
                        }
                    },
                }
            ]
        },
        "taxonomy": {
            "sections": [{"_id": "/transportation", "name": "Transportation"}],
            "tags": [{"text": "buses"}, {"text": "prince george's county"}],
        },
        "content_elements": content_elements,
    }
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": "The county would cut or merge 19 routes in exchange for buses every 15 minutes on core lines.",
        "datePublished": "2022-03-04T02:15:04.512Z",
        "dateModified": "2022-03-04T14:02:51.118Z",
        "author": [
            {"@type": "Person", "name": "Jane Porter", "url": f"{base}/people/jane-porter/"}
        ],
        "publisher": {
            "@type": "Organization",
            "name": "The Washington Post",
            "logo": {"@type": "ImageObject", "url": f"{base}/wp-stat/img/wplogo.png"},
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".meteredContent",
        },
        "mainEntityOfPage": url,
        "image": [
            {
                "@type": "ImageObject",
                "url": "https://www.washingtonpost.com/wp-apps/imrs.php?src=https://arc-anglerfish-washpost-prod-washpost.s3.amazonaws.com/public/BUSNET.jpg&w=1440",
            }
        ],
    }
    sections = [
        ("Politics", ["Elections", "Congress", "White House", "Courts and Law", "Polling"]),
        ("Opinions", ["Editorials", "Columnists", "Letters", "Cartoons"]),
        ("Style", ["Arts", "Books", "Movies", "Television", "Theater"]),
        ("Investigations", []),
        ("Climate", ["Climate Solutions", "Weather", "Environment"]),
        ("Well+Being", ["Fitness", "Food", "Mind", "Life"]),
        ("Business", ["Technology", "Economy", "Personal Finance", "Real Estate"]),
        (
            "Local",
            [
                "D.C.",
                "Maryland",
                "Virginia",
                "Education",
                "Transportation",
                "Obituaries",
                "Public Safety",
            ],
        ),
        (
            "Sports",
            [
                "NFL",
                "NBA",
                "MLB",
                "NHL",
                "Soccer",
                "College Sports",
                "Commanders",
                "Capitals",
                "Wizards",
                "Nationals",
            ],
        ),
        ("World", REGIONS["world"]),
        ("National", REGIONS["us"]),
    ]
    html_doc = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="UTF-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>Prince George’s bus network redesign: What changes for riders - The Washington Post</title>
{meta("description", jsonld["description"])}
{prop("og:title", "Prince George’s plans to redraw its bus network from scratch")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "Washington Post")}
{prop("article:published_time", "2022-03-04T02:15:04.512Z")}
{prop("article:modified_time", "2022-03-04T14:02:51.118Z")}
{prop("article:section", "Transportation")}
{meta("author", "Jane Porter")}
{meta("twitter:site", "@washingtonpost")}
<link rel="canonical" href="{url}"/>
{ld(jsonld)}
<style>{css}</style>
<script>window.wpAnalytics={jdump({"page_type": "article", "section": "local/transportation", "content_id": fusion["_id"], "byline": "Jane Porter", "pub_date": "20220304", "word_count": 610, "access": "metered"})};</script>
{gpt(rng, "701", "wpni.local/transportation", ["leaderboard_1", "inline_1", "inline_2", "inline_3", "right_rail_1"])}
</head><body><div id="__next">
{onetrust("We and our partners use cookies and similar technologies to personalize content and ads, and to analyze our traffic.", "I accept", "Reject all", "Manage preferences")}
<header class="wpds-header"><a href="{base}/" aria-label="The Washington Post homepage" class="wpds-logo">The Washington Post</a><div class="wpds-tagline">Democracy Dies in Darkness</div>
<nav class="wpds-sections">{mega_menu(base, sections, "wpds-nav")}</nav>
<div class="wpds-actions"><a href="{base}/subscribe/">Subscribe</a><a href="{base}/account/">Sign in</a></div></header>
<main id="main-content" class="grid-layout">
<div class="kicker"><a href="{base}/transportation/">Transportation</a></div>
<h1 data-qa="headline" class="headline">{esc(title)}</h1>
<h2 data-qa="subheadline" class="subheadline">The county would cut or merge 19 routes in exchange for buses every 15 minutes on core lines</h2>
<div class="byline" data-qa="author-byline">By <a href="{base}/people/jane-porter/" rel="author">Jane Porter</a></div>
<div class="display-date" data-qa="display-date">March 3, 2022 at 9:15 p.m. EST</div>
<div class="share-bar"><button>Gift Article</button><button>Share</button><button>Comment <span>214</span></button><button>Save</button></div>
<figure class="lead-art"><img src="{jsonld["image"][0]["url"]}" alt="A county bus at a stop in Suitland" width="1440" height="960"/><figcaption>A county bus picks up passengers in Suitland, Md., on Tuesday. Route 18 would be eliminated under the plan. <span class="credit">(Evan Marsh for The Washington Post)</span></figcaption></figure>
<div class="article-body meteredContent" data-qa="article-body">
{body}
</div>
<div class="author-bio"><a href="{base}/people/jane-porter/">Jane Porter</a><p>Jane Porter covers transportation and development in Prince George’s County for The Washington Post. She previously reported for the Baltimore Sun.</p><a href="https://twitter.com/janeporter_wp">Twitter</a></div>
<div class="newsletter-signup"><h4>Post Local</h4><p>Sign up for the Post Local newsletter: Top local headlines, every weekday morning.</p><button>Sign up</button></div>
<section class="comments-cta"><h3>Comments</h3><p>214 comments. Sign in to join the conversation.</p></section>
<section class="most-read"><h3>Most Read Local</h3><ol>{teasers(rng, "en", base, 5, when, cls="most-read", with_time=False)}</ol></section>
<section class="more-news"><h3>More from Local</h3><ul>{teasers(rng, "en", base, 10, when, cls="more", img=True)}</ul></section>
</main>
{en_footer(base, "The Washington Post", 1996 + 26, [s for s, _ in sections])}
</div>
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.arcSite="washpost";Fusion.contextPath="/pb";Fusion.deployment="3197";Fusion.globalContent={jdump(fusion)};Fusion.globalContentConfig={{"source":"content-api","query":{{"website_url":"/transportation/2022/03/03/prince-georges-bus-network-redesign/"}}}};</script>
{FILL}
</body></html>
"""
    return Page(
        name,
        html_doc,
        answer(title, when, blocks, stated=datetime(2022, 3, 4, 2, 15, 4, tzinfo=UTC)),
        target_kb=188,
    )


# --------------------------------------------------------------------------- 15 Bloomberg (__NEXT_DATA__, summary bullets, local day before UTC day)


def bloomberg() -> Page:
    name = "bloomberg-nickel-smelters-power-grid"
    rng = rng_for(name)
    base = "https://www.bloomberg.com"
    when = datetime(2023, 6, 20, 23, 45, 21, tzinfo=tz(-4))
    title = "Nickel Smelter Boom Strains Power Grid on Indonesian Island"
    bullets = [
        "Captive coal plants supply most of the island’s new industrial load",
        "Residents report daily outages as demand outpaces capacity",
    ]
    blocks = [
        P(
            "A rush of new nickel smelters on Indonesia’s Halmahera island is pushing the local power grid to its limits, with residents in coastal towns reporting rolling blackouts of up to six hours a day."
        ),
        P(
            "At least nine processing lines have started operating on the island since early 2022, most of them fed by coal-fired plants built by the smelter operators themselves. But towns outside the industrial parks still rely on the state utility’s smaller diesel and coal units, which have struggled to keep up as workers and suppliers pour in."
        ),
        X(
            f'<p class="read-more"><strong>Read more:</strong> <a href="{base}/news/articles/2023-06-12/indonesia-nickel-exports">Indonesia Weighs Tax on Nickel Pig Iron Exports to Fund Grid</a></p>'
        ),
        P(
            "Electricity demand in the regency around the main industrial zone has roughly tripled in 18 months, according to a presentation by the provincial energy office seen by Bloomberg News. Peak load reached 212 megawatts in May, against available capacity of about 180 megawatts."
        ),
        X(
            '<figure class="chart"><div class="chart__image"><img src="https://assets.bwbx.io/images/users/iqjWHBFdfxIU/chart-halmahera.png" alt="chart"></div>'
            '<figcaption><span>Power Hungry</span><span>Peak electricity load on Halmahera has tripled since 2021</span><span class="source">Source: North Maluku energy office</span></figcaption></figure>'
        ),
        P(
            "“We have customers waiting for connections that we simply cannot serve yet,” said Yohanes Taliak, a regional manager at the state utility, in an interview. He said two new 50-megawatt units are due to come online next year, but that demand is likely to keep rising as more smelters start up."
        ),
        P(
            "Pacific Nickel Resources, which operates four of the lines, said in a statement that its captive plants do not draw power from the public grid and that it has offered to sell surplus electricity to the utility during maintenance periods. The company didn’t respond to questions about how much it could supply."
        ),
        P(
            "Indonesia, the world’s largest nickel producer, has banned exports of unprocessed ore since 2020 to encourage domestic refining for the stainless steel and electric-vehicle battery industries. The policy has drawn billions of dollars of investment, largely from Chinese companies, but has also tied the sector closely to coal."
        ),
        X(
            f'<p class="read-more"><strong>Read more:</strong> <a href="{base}/news/articles/2023-05-30/battery-makers-nickel-supply">Battery Makers Press for Cleaner Nickel Supply From Indonesia</a></p>'
        ),
        P(
            "The government has said new smelters should increasingly use renewable energy, and several operators have announced plans for solar farms. Analysts say those projects are still small compared with the island’s coal capacity, which is expected to exceed 3 gigawatts by 2025."
        ),
        P(
            "For now, shop owners in the nearby town of Weda say they are adapting. “I bought a generator in January,” said Siti Rahmawati, who runs a small grocery. “It costs me more in fuel each month than my rent.”"
        ),
        X('<p class="assistance"><em>— With assistance from Rina Tanjung</em></p>'),
    ]
    body = render(blocks, p='<p class="paragraph">{}</p>')
    css = css_blob(rng, 640, "bb")
    url = f"{base}/news/articles/2023-06-21/nickel-smelter-boom-strains-power-grid-on-indonesian-island"

    def bb_node(b):
        if isinstance(b, P):
            return {"type": "paragraph", "content": [{"type": "text", "value": text_of(b.html)}]}
        return {"type": "ad", "data": {"position": rng.randint(1, 6)}}

    next_data = {
        "props": {
            "pageProps": {
                "story": {
                    "id": "RWQ3KXT0AFB401",
                    "headline": title,
                    "abstract": bullets,
                    "publishedAt": "2023-06-21T03:45:21.034Z",
                    "updatedAt": "2023-06-21T03:45:21.034Z",
                    "byline": "Eko Listiyorini and Grace Sihombing",
                    "brand": "markets",
                    "primaryCategory": "Commodities",
                    "body": {"type": "document", "content": [bb_node(b) for b in blocks]},
                    "topics": ["Nickel", "Indonesia", "Electricity", "Coal"],
                    "wordCount": 540,
                },
                "ads": {
                    "enabled": True,
                    "sizes": [[300, 250], [728, 90]],
                    "targeting": {"page": "article", "brand": "markets"},
                },
                "navigation": {
                    "items": [
                        {"label": t, "url": f"{base}/{slug(t)}"}
                        for t in [
                            "Markets",
                            "Economics",
                            "Industries",
                            "Technology",
                            "Politics",
                            "Wealth",
                            "Pursuits",
                            "Opinion",
                            "Businessweek",
                            "Equality",
                            "Green",
                            "CityLab",
                            "Crypto",
                            "AI",
                        ]
                    ]
                },
            },
            "__N_SSP": True,
        },
        "page": "/news/articles/[...slug]",
        "query": {
            "slug": ["2023-06-21", "nickel-smelter-boom-strains-power-grid-on-indonesian-island"]
        },
        "buildId": "bP9cTz3QmRk2v1",
        "isFallback": False,
        "gssp": True,
    }
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Nickel Smelter Boom Strains Power Grid on Indonesian Island",
        "datePublished": "2023-06-21T03:45:21.034Z",
        "dateModified": "2023-06-21T03:45:21.034Z",
        "author": [
            {"@type": "Person", "name": "Eko Listiyorini"},
            {"@type": "Person", "name": "Grace Sihombing"},
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Bloomberg",
            "logo": {
                "@type": "ImageObject",
                "url": "https://assets.bwbx.io/s3/javelin/public/hub/images/BB-Logo-2line.svg",
            },
        },
        "isAccessibleForFree": False,
        "mainEntityOfPage": url,
        "image": "https://assets.bwbx.io/images/users/iqjWHBFdfxIU/halmahera-smelter/v0/1200x800.jpg",
    }
    menu = [
        (
            "Markets",
            [
                "Deals",
                "Crypto",
                "ETFs",
                "FX",
                "Rates",
                "Commodities",
                "Stocks",
                "Fixed Income",
                "Economics",
            ],
        ),
        ("Economics", ["Central Banks", "Inflation", "Trade", "Jobs"]),
        (
            "Industries",
            ["Energy", "Finance", "Health", "Industrials", "Retail", "Telecom", "Transportation"],
        ),
        ("Technology", ["AI", "Cybersecurity", "Startups", "Semiconductors"]),
        ("Politics", ["US", "Asia", "Europe", "Middle East"]),
        ("Green", ["Climate Adaptation", "Energy Transition", "Carbon Markets", "ESG"]),
        ("Regions", REGIONS["world"]),
    ]
    html_doc = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Nickel Smelter Boom Strains Power Grid on Indonesian Island - Bloomberg</title>
{meta("description", "A rush of new nickel smelters on Indonesia’s Halmahera island is pushing the local power grid to its limits.")}
{prop("og:title", "Nickel Smelters Strain an Island’s Power Grid")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:image", jsonld["image"])}
{meta("parsely-pub-date", "2023-06-21T03:45:21.034Z")}
{meta("parsely-title", "Nickel Smelter Boom Strains Power Grid on Indonesian Island")}
{meta("parsely-section", "markets")}
<link rel="canonical" href="{url}"/>
{ld(jsonld)}
<style data-styled="true">{css}</style>
{gtm("GTM-NBB8QR")}
<script>window.__bbgAds={jdump({"unit": "/5262/markets/commodities", "lazy": True, "slots": ["top", "box1", "box2", "box3", "bottom"]})};</script>
</head><body><div id="__next">
{onetrust("We use cookies and similar technologies to give you a better experience, improve performance, analyze traffic and personalize content.", "Accept all", "Reject all", "Manage cookies")}
<header class="navi"><a href="{base}/" class="navi__logo">Bloomberg</a><nav class="navi__menu">{mega_menu(base, menu, "navi-menu")}</nav><a class="navi__subscribe" href="{base}/subscriptions">Subscribe</a></header>
<main class="story">
<div class="story__eyebrow"><a href="{base}/markets">Markets</a></div>
<h1 class="story__headline">{esc(title)}</h1>
<ul class="story__abstract">{"".join(f"<li>{esc(b)}</li>" for b in bullets)}</ul>
<div class="story__byline">By <a href="{base}/authors/AQ1x/eko-listiyorini">Eko Listiyorini</a> and <a href="{base}/authors/AZ9k/grace-sihombing">Grace Sihombing</a></div>
<div class="story__timestamp"><time datetime="2023-06-21T03:45:21.034Z">June 20, 2023 at 11:45 PM EDT</time></div>
<div class="story__share"><button>Gift this article</button><button>Share</button><button>Save</button></div>
<figure class="story__lede"><img src="{jsonld["image"]}" alt="A nickel smelter in Halmahera" width="1200" height="800"/><figcaption>A nickel processing plant on Halmahera island. <span class="credit">Photographer: Dimas Ardian/Bloomberg</span></figcaption></figure>
<div class="body-content">
{body}
</div>
<div class="story__ad" data-ad-slot="box3"><span>Advertisement</span></div>
<section class="story__more"><h3>More From Bloomberg</h3><ul>{teasers(rng, "en", base, 8, when, cls="more", img=True)}</ul></section>
<section class="story__popular"><h3>Most Read</h3><ol>{teasers(rng, "en", base, 5, when, cls="most-popular", with_time=False)}</ol></section>
</main>
{en_footer(base, "Bloomberg L.P.", 2023, [s for s, _ in menu])}
</div>
<script id="__NEXT_DATA__" type="application/json">{jdump(next_data)}</script>
{FILL}
</body></html>
"""
    return Page(
        name,
        html_doc,
        answer(title, when, blocks, stated=datetime(2023, 6, 21, 3, 45, 21, tzinfo=UTC)),
        target_kb=142,
    )


# --------------------------------------------------------------------------- 16 The Independent


def independent() -> Page:
    name = "independent-ferry-crews-strike"
    rng = rng_for(name)
    base = "https://www.independent.co.uk"
    when = datetime(2022, 3, 14, 10, 2, 31, tzinfo=UTC)
    title = "Ferry crews to strike for five days over plans to replace staff with agency workers"
    read_more = X(
        '<div class="inline-readmore"><p class="inline-readmore__title">Read More</p><ul>'
        + "".join(
            f'<li><a href="{base}/news/uk/home-news/{slug(t)}-b20{rng.randint(10000, 99999)}.html">{esc(t)}</a></li>'
            for t in pick_headlines(rng, "en", 3)
        )
        + "</ul></div>"
    )
    blocks = [
        P(
            "Ferry crews on routes between the south coast and the Isle of Wight will walk out for five days later this month in a row over plans to replace permanent staff with workers supplied by an agency, their union has said."
        ),
        P(
            "Around 340 deckhands, catering staff and engineers employed by Solent Link Ferries voted by 91 per cent in favour of industrial action on a turnout of 78 per cent, the Maritime and Transport Workers’ Union (MTWU) said on Monday."
        ),
        read_more,
        P(
            "The strike is due to begin on 25 March and would halt most crossings from Portsmouth and Southampton during the start of the school Easter holidays, when the operator typically carries tens of thousands of passengers a day."
        ),
        P(
            "The union said the company had told staff last month that it intended to bring in agency crews on three of its five vessels from the summer, on pay rates it claimed were up to 30 per cent lower than those of current employees."
        ),
        X(
            '<div class="newsletter-inline"><p class="newsletter-inline__title">Sign up for our free Breaking News email for all the latest stories</p><form><input type="email" placeholder="Enter your email address"><button>Sign up</button></form><p class="newsletter-inline__small">I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice</p></div>'
        ),
        P(
            "“Our members have kept these islands connected through storms, lockdowns and staff shortages,” said Karen Doyle, the MTWU’s regional organiser. “They are not going to stand by while their jobs are handed to agencies on worse terms.”"
        ),
        X(
            '<blockquote class="pull-quote"><p>They are not going to stand by while their jobs are handed to agencies on worse terms</p><footer>Karen Doyle, MTWU</footer></blockquote>'
        ),
        P(
            "Solent Link Ferries said it was “disappointed” by the ballot result and urged the union to return to talks. A spokesperson said the company faced rising fuel costs and had to “find a sustainable model” to protect services in the long term."
        ),
        P(
            "The spokesperson added that no permanent employee would be made compulsorily redundant and that the operator would publish a revised timetable if the strike went ahead."
        ),
        P(
            "Isle of Wight council leaders have called on both sides to reach an agreement, warning that a week without ferries would hit hospital appointments, deliveries and the island’s tourism businesses during one of their busiest weeks of the year."
        ),
        X('<p class="credit"><em>Additional reporting by PA</em></p>'),
    ]
    body = render(blocks)
    css = css_blob(rng, 560, "ind")
    url = f"{base}/news/uk/home-news/ferry-strike-isle-of-wight-solent-link-b2034871.html"
    state = {
        "article": {
            "id": "b2034871",
            "headline": title,
            "standfirst": "Union says more than 300 workers will walk out at the start of Easter holidays",
            "datePublished": "2022-03-14T10:02:31.000Z",
            "author": [{"name": "Harriet Lane", "slug": "harriet-lane"}],
            "section": "UK / Home News",
            "body": plain([b for b in blocks if isinstance(b, P)]),
            "premium": False,
        },
        "trending": pick_headlines(rng, "en", 20),
        "ads": {
            "targeting": {
                "section": "uk",
                "articleid": "b2034871",
                "keywords": ["ferry", "strike", "isle of wight"],
            }
        },
    }
    jsonld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry crews to strike for five days over plans to replace staff with agency workers",
        "description": state["article"]["standfirst"],
        "datePublished": "2022-03-14T10:02:31.000Z",
        "dateModified": "2022-03-14T10:02:31.000Z",
        "author": [
            {"@type": "Person", "name": "Harriet Lane", "url": f"{base}/author/harriet-lane"}
        ],
        "publisher": {
            "@type": "Organization",
            "name": "The Independent",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/logo.png"},
        },
        "mainEntityOfPage": url,
        "isAccessibleForFree": True,
    }
    comments = "".join(
        f'<li class="comment"><span class="comment__user">{u}</span><time datetime="2022-03-14T{h:02d}:{m:02d}:00Z">{h:02d}:{m:02d}</time><p>{c}</p></li>'
        for u, h, m, c in [
            (
                "islander_42",
                11,
                4,
                "Fair play to the crews. The service is already poor enough without cutting corners on staff.",
            ),
            (
                "Pompey Mike",
                11,
                27,
                "Another strike, another week of misery for people who need to get to hospital on the mainland.",
            ),
            (
                "SarahK",
                12,
                3,
                "The company made record profits two years ago. Funny how sustainability only matters when it comes to wages.",
            ),
        ]
    )
    sections = [
        (
            "News",
            [
                "UK",
                "World",
                "US",
                "Politics",
                "Science",
                "Health",
                "Crime",
                "Education",
                "Environment",
            ],
        ),
        ("Sport", ["Football", "Formula 1", "Rugby Union", "Cricket", "Tennis", "Boxing", "Golf"]),
        ("Voices", ["Editorials", "Letters", "Columnists"]),
        ("Culture", ["Film", "TV", "Music", "Books", "Art", "Games"]),
        (
            "Lifestyle",
            ["Food and Drink", "Fashion", "Love and Sex", "Health and Families", "Royal Family"],
        ),
        ("Travel", ["News and Advice", "Europe", "UK", "Asia", "Americas", "Africa"]),
        ("Money", ["Property", "Pensions", "Savings", "Insurance"]),
        ("Tech", []),
        ("Regions", REGIONS["world"]),
    ]
    html_doc = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Ferry crews to strike for five days over agency worker plans | The Independent</title>
{meta("description", state["article"]["standfirst"])}
{prop("og:title", "Ferry crews to strike for five days over plans to replace staff with agency workers")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "The Independent")}
{prop("article:published_time", "2022-03-14T10:02:31.000Z")}
{prop("article:modified_time", "2022-03-14T10:02:31.000Z")}
{meta("article:author_name", "Harriet Lane")}
{meta("date", "2022-03-14")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
{gtm("GTM-IND9X2")}
{gpt(rng, "71347885", "independent/news/uk", ["top-banner", "mpu-1", "mpu-2", "inarticle", "sticky-footer"])}
{prebid(rng, 5)}
</head><body>
<div id="sp_message_container_558230" class="sp-consent">We value your privacy. We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content, ad and content measurement, audience insights and product development. <button>AGREE</button> <button>MORE OPTIONS</button></div>
<header class="masthead"><a href="{base}/" class="masthead__logo">The Independent</a><nav class="masthead__nav">{mega_menu(base, sections, "mnav")}</nav><a class="masthead__cta" href="{base}/subscribe">Subscribe</a><a href="{base}/login">Log in</a></header>
<main id="main">
<nav class="breadcrumbs"><a href="{base}/news">News</a> <a href="{base}/news/uk">UK</a> <a href="{base}/news/uk/home-news">Home News</a></nav>
<article class="article">
<header class="article__header">
<h1 class="article__headline">{esc(title)}</h1>
<h2 class="article__standfirst">{esc(state["article"]["standfirst"])}</h2>
<div class="article__byline"><a href="{base}/author/harriet-lane">Harriet Lane</a></div>
<div class="article__date"><time datetime="2022-03-14T10:02:31.000Z">Monday 14 March 2022 10:02 GMT</time></div>
<div class="article__tools"><button>Bookmark</button><span class="comment-count">27 comments</span><a href="#">Share</a></div>
</header>
<figure class="article__lead"><img src="{base}/img/ferry-portsmouth.jpg" alt="A ferry leaves Portsmouth harbour" width="1200" height="800"><figcaption>A ferry leaves Portsmouth harbour bound for the Isle of Wight <span class="credit">(PA Wire)</span></figcaption></figure>
<div id="main" class="article__body main-body">
{body}
</div>
<div class="support-cta"><h3>Thank you for reading</h3><p>Support independent journalism. Our mission is to deliver unbiased, fact-based reporting that holds power to account.</p><a href="{base}/donate">Support us</a></div>
<ul class="article__topics">{"".join(f'<li><a href="{base}/topic/{slug(t)}">{esc(t)}</a></li>' for t in ["Isle of Wight", "Strikes", "Ferries", "Trade unions"])}</ul>
<section class="comments"><h3>Join our commenting forum</h3><p>Join thought-provoking conversations, follow other Independent readers and see their replies</p><ol>{comments}</ol></section>
</article>
<aside class="sidebar"><h3>Trending</h3><ol>{teasers(rng, "en", base, 8, when, cls="trending", with_time=False)}</ol><h3>Most popular</h3><ol>{teasers(rng, "en", base, 10, when, cls="popular")}</ol></aside>
</main>
{en_footer(base, "The Independent", 2022, [s for s, _ in sections])}
<script>window.__PRELOADED_STATE__={jdump(state)};</script>
{FILL}
</body></html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=120)


# --------------------------------------------------------------------------- 17 Sky News (subheadings, read-more list, video line, tweet)


def skynews() -> Page:
    name = "skynews-hosepipe-ban-reservoirs"
    rng = rng_for(name)
    base = "https://news.sky.com"
    when = datetime(2022, 8, 8, 14, 27, tzinfo=tz(1))
    title = "Hosepipe ban announced for 1.2 million customers as reservoir levels fall to 42%"
    blocks = [
        P(
            "A hosepipe ban will come into force for 1.2 million households across parts of Wiltshire, Dorset and Hampshire from next week after reservoir levels fell to their lowest point in almost 30 years."
        ),
        P(
            "Wessex Vale Water said the temporary use ban would start at 00:01 on Friday 19 August and remain in place “until our reservoirs and rivers have recovered”, which it warned could take until the end of the year."
        ),
        X(
            '<div class="sdc-article-video"><div class="sdc-article-video__media" data-component-name="ui-video"></div><p class="sdc-article-video__caption">Please use Chrome browser for a more accessible video player</p><p class="sdc-article-video__headline">What does a hosepipe ban mean for you?</p></div>'
        ),
        P(
            "The company’s reservoirs are currently 42% full, compared with 71% at the same point last year. July was the driest in the region since records began in 1836, with just 4mm of rain recorded at its main monitoring station."
        ),
        P(
            "Customers who break the ban could be fined up to £1,000, although the company said it expected to rely on “people doing the right thing” rather than prosecutions."
        ),
        H("What is a hosepipe ban?"),
        P(
            "Under a temporary use ban, households are not allowed to use a hosepipe to water gardens, clean cars, fill paddling pools or wash patios. Watering cans and buckets can still be used, and there are exemptions for blue badge holders and some businesses."
        ),
        X(
            '<blockquote class="twitter-tweet" data-conversation="none"><p lang="en" dir="ltr">We know this isn’t news anyone wants to hear. Our reservoirs are at 42% and we need to protect supplies for essential use. Full details of the temporary use ban here 👇</p>'
            '&mdash; Wessex Vale Water (@WessexValeWater) <a href="https://twitter.com/WessexValeWater/status/1556600012345678901">August 8, 2022</a></blockquote>'
        ),
        P(
            "Dr Helen Marsh, a hydrologist at the University of Southampton, said the region would need well above average rainfall through the autumn to refill reservoirs and recharge the chalk aquifers that feed its rivers."
        ),
        P(
            "“A few thunderstorms will not fix this,” she said. “Hard, dry ground means a lot of intense summer rain simply runs off. What we need is a long, steady, wet autumn.”"
        ),
        X(
            '<div class="sdc-article-related-stories"><h3 class="sdc-article-related-stories__title">Read more:</h3><ul>'
            + "".join(
                f'<li><a href="{base}/story/{slug(t)}-{rng.randint(12600000, 12699999)}">{esc(t)}</a></li>'
                for t in [
                    "Heatwave: Amber warning issued for four days of extreme heat",
                    "Which areas have hosepipe bans and when do they start?",
                    "River Thames source dries up further downstream than ever before",
                ]
            )
            + "</ul></div>"
        ),
        H("Will other areas follow?"),
        P(
            "Two other water companies in southern England have already announced bans, and the Environment Agency said on Monday it was meeting water firms, farmers and conservation groups to discuss whether drought status should be declared for more areas."
        ),
        P(
            "The government said it was “ready to take further action” if needed, and urged people across the country to use water wisely."
        ),
    ]
    body = render(blocks, p="<p>{}</p>", h="<h3>{}</h3>")
    css = css_blob(rng, 600, "sdc")
    url = f"{base}/story/hosepipe-ban-announced-for-1-2-million-customers-as-reservoir-levels-fall-12668842"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "headline": "Hosepipe ban announced for 1.2 million customers as reservoir levels fall",
        "datePublished": "2022-08-08T13:27:00Z",
        "dateModified": "2022-08-08T16:10:00Z",
        "author": {"@type": "Person", "name": "Tom Ashworth", "jobTitle": "News reporter"},
        "publisher": {
            "@type": "Organization",
            "name": "Sky News",
            "logo": {"@type": "ImageObject", "url": f"{base}/resources/sky-news-logo.png"},
        },
        "image": {
            "@type": "ImageObject",
            "url": "https://e3.365dm.com/22/08/1600x900/skynews-reservoir-drought_5858123.jpg",
        },
    }
    sections = [
        ("Home", []),
        ("UK", ["England", "Scotland", "Wales", "Northern Ireland"]),
        ("Politics", []),
        ("World", REGIONS["world"]),
        ("US", []),
        ("Climate", []),
        ("Science & Tech", []),
        ("Business", []),
        ("Ents & Arts", []),
        ("Travel", []),
        ("Offbeat", []),
        ("Analysis", []),
        ("Data & Forensics", []),
        ("Videos", []),
        ("Weather", ["UK Weather", "World Weather"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Hosepipe ban announced for 1.2 million customers as reservoir levels fall to 42% | UK News | Sky News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta("description", "Customers who break the ban could be fined up to £1,000, although the company said it expected to rely on people doing the right thing.")}
{prop("og:title", "Hosepipe ban announced for 1.2 million customers as reservoir levels fall to 42%")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:image", jsonld["image"]["url"])}
{prop("og:site_name", "Sky News")}
{meta("twitter:site", "@SkyNews")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
<script>window.sdc={jdump({"page": {"type": "story", "id": 12668842, "section": "uk", "tags": ["drought", "weather", "water"], "adConfig": {"unit": "/7047/skynews/uk", "prebid": True}}})};</script>
{gpt(rng, "7047", "skynews/uk", ["banner", "mpu1", "mpu2", "inarticle"])}
</head>
<body class="sdc-site">
<div class="sp_veil"></div><div class="message-container"><p>Sky News and our partners use cookies and similar technologies to store and access personal data on your device.</p><button>Accept all</button><button>Options</button></div>
<header class="sdc-site-header"><a class="sdc-site-header__logo" href="{base}/">Sky News</a>
<nav class="sdc-site-header__menu">{mega_menu(base, sections, "sdc-site-header__menu")}</nav>
<a class="sdc-site-header__watch" href="{base}/watch-live">Watch Live</a></header>
<main class="sdc-site-layout">
<div class="sdc-article-header"><div class="sdc-article-header__context">UK</div>
<h1 class="sdc-article-header__long-title">{esc(title)}</h1>
<p class="sdc-article-header__sub-title">The ban will start on 19 August and customers who break it could be fined up to £1,000.</p>
<div class="sdc-article-author"><p class="sdc-article-author__byline">Tom Ashworth</p><p class="sdc-article-author__role">News reporter <a href="https://twitter.com/TomAshworthSky">@TomAshworthSky</a></p></div>
<p class="sdc-article-date__date-time">Monday 8 August 2022 14:27, UK</p></div>
<figure class="sdc-article-image"><img src="{jsonld["image"]["url"]}" alt="Reservoir" width="1600" height="900"><figcaption class="sdc-article-image__caption"><span class="sdc-article-image__caption-text">Water levels at a reservoir in Dorset. Pic: PA</span></figcaption></figure>
<div class="sdc-article-body sdc-article-body--story sdc-article-body--lead">
{body}
</div>
<div class="sdc-article-tags"><h4>Related Topics:</h4><ul>{"".join(f'<li><a href="{base}/topic/{slug(t)}">{esc(t)}</a></li>' for t in ["Drought", "Heatwave", "Weather"])}</ul></div>
<div class="sdc-article-strapline"><p>Sky News <a href="{base}/weather">Weather</a> — get the latest forecast</p></div>
<section class="sdc-site-tiles"><h2>Top stories</h2><ul>{teasers(rng, "en", base, 8, when, cls="sdc-site-tile", img=True)}</ul></section>
<section class="sdc-most-read"><h2>Most read</h2><ol>{teasers(rng, "en", base, 10, when, cls="most-read", with_time=False)}</ol></section>
</main>
{en_footer(base, "Sky UK", 2022, [s for s, _ in sections])}
{FILL}
</body>
</html>
"""
    return Page(
        name,
        html_doc,
        answer(title, when, blocks, stated=datetime(2022, 8, 8, 13, 27, tzinfo=UTC)),
        target_kb=84,
    )


# --------------------------------------------------------------------------- 18 ABC News Australia (key points list, ReportageNewsArticle, UTC previous day)


def abc_au() -> Page:
    name = "abc-au-flood-buyback-northern-rivers"
    rng = rng_for(name)
    base = "https://www.abc.net.au"
    when = datetime(2022, 5, 17, 6, 5, tzinfo=tz(10))
    title = "Hundreds of flood-hit homeowners offered buybacks as Northern Rivers plan takes shape"
    key_points = [
        "About 450 homes in the worst-hit areas will be eligible for voluntary buybacks",
        "Others will be offered grants to raise or retrofit their houses",
        "Residents say they need certainty before winter",
    ]
    blocks = [
        P(
            "Hundreds of homeowners in the flood-ravaged Northern Rivers region of New South Wales will be offered the chance to sell their properties to the government under a $310 million resilience package."
        ),
        P(
            "The state and federal governments say about 450 homes in the areas most exposed to future floods, including parts of Lismore, Coraki and Woodburn, will be eligible for voluntary buybacks at pre-flood market values."
        ),
        X(
            '<div class="related-card"><span class="related-card__label">Related Story</span><a href="https://www.abc.net.au/news/2022-05-10/lismore-flood-recovery-two-months-on/101055210">Two months on, Lismore residents are still living in tents</a></div>'
        ),
        P(
            "A further 1,200 households will be able to apply for grants of up to $100,000 to raise their homes or rebuild them with flood-resistant materials."
        ),
        H("‘We just need to know’"),
        P(
            "Lismore resident Kerry Albright, whose home in North Lismore was inundated to the ceiling in February, said the announcement was a relief after months of waiting."
        ),
        P(
            "“We’ve been paying a mortgage on a house we can’t live in,” she said. “Whatever the offer is, we just need to know, so we can make a decision before winter.”"
        ),
        X('<div class="embed-placeholder" data-component="Loading"><span>Loading...</span></div>'),
        P(
            "The NSW Reconstruction Authority will begin contacting eligible owners from next month, starting with those whose homes were declared uninhabitable."
        ),
        H("Questions about who misses out"),
        P(
            "Community groups welcomed the package but warned that renters and owners just outside the buyback zones could be left behind."
        ),
        P(
            "Northern Rivers Community Legal Centre solicitor Amir Hassan said the boundaries had been drawn using flood modelling that had not yet been released to the public."
        ),
        P(
            "“People deserve to see the maps and understand why their neighbour qualifies and they don’t,” he said."
        ),
        P(
            "The Reconstruction Authority said the modelling would be published before applications opened and that there would be a review process for owners who believed they had been wrongly excluded."
        ),
    ]
    body = render(blocks, p='<p class="_1SzQc">{}</p>', h='<h2 class="_3SqN5">{}</h2>')
    css = css_blob(rng, 520, "abc")
    url = f"{base}/news/2022-05-17/northern-rivers-flood-buyback-scheme-announced/101069342"
    jsonld = {
        "@context": "http://schema.org",
        "@type": "ReportageNewsArticle",
        "headline": "Hundreds of flood-hit homeowners offered buybacks as Northern Rivers plan takes shape",
        "datePublished": "2022-05-16T20:05:00.000Z",
        "dateModified": "2022-05-16T23:41:00.000Z",
        "author": [
            {"@type": "Person", "name": "Bronwyn Tait"},
            {"@type": "Person", "name": "Josh Kennard"},
        ],
        "publisher": {
            "@type": "Organization",
            "name": "ABC News",
            "logo": {"@type": "ImageObject", "url": f"{base}/news/assets/abc-news-logo.png"},
        },
        "mainEntityOfPage": url,
        "image": ["https://live-production.wcms.abc-cdn.net.au/flood-lismore-house.jpg"],
    }
    state = {
        "page": {
            "documentId": "101069342",
            "contentType": "Article",
            "title": title,
            "firstPublished": "2022-05-16T20:05:00+00:00",
            "lastUpdated": "2022-05-16T23:41:00+00:00",
            "keyPoints": key_points,
            "location": ["Lismore", "Coraki", "Woodburn"],
            "topics": ["Floods", "State and Territory Government", "Housing"],
        },
        "nav": [
            {"title": s, "url": f"{base}/news/{slug(s)}"}
            for s in [
                "Just In",
                "Politics",
                "World",
                "Business",
                "Analysis",
                "Sport",
                "Science",
                "Health",
                "Arts",
                "Fact Check",
                "Other",
            ]
        ],
        "localNav": [
            "Sydney",
            "Melbourne",
            "Brisbane",
            "Perth",
            "Adelaide",
            "Hobart",
            "Darwin",
            "Canberra",
            "Ballarat",
            "Coffs Harbour",
            "Lismore",
            "Newcastle",
            "Toowoomba",
            "Townsville",
            "Wagga Wagga",
        ],
    }
    html_doc = f"""<!DOCTYPE html>
<html lang="en-AU"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Hundreds of flood-hit homeowners offered buybacks as Northern Rivers plan takes shape - ABC News</title>
{meta("description", "About 450 homes in the worst-hit areas of the Northern Rivers will be eligible for voluntary buybacks.")}
{prop("og:title", "Northern Rivers flood buyback scheme announced")}
{prop("og:url", url)}
{prop("og:type", "article")}
{prop("og:site_name", "ABC News")}
{prop("article:published_time", "2022-05-16T20:05:00+00:00")}
{prop("article:modified_time", "2022-05-16T23:41:00+00:00")}
{meta("ContentType", "Article")}
{meta("DC.date", "2022-05-16T20:05:00+00:00")}
<link rel="canonical" href="{url}"/>
{ld(jsonld)}
<style>{css}</style>
{gtm("GTM-ABC7AU")}
</head><body><div id="app">
<header class="_2Hz8l"><a href="{base}/news" class="_logo">ABC News</a>
<nav class="_nav">{mega_menu(base + "/news", [("Just In", []), ("Politics", []), ("World", REGIONS["world"]), ("Business", []), ("Analysis", []), ("Sport", ["AFL", "NRL", "Cricket", "Football", "Tennis", "Netball"]), ("Science", []), ("Health", []), ("Arts", []), ("Fact Check", []), ("Local", state["localNav"])], "_nav")}</nav></header>
<main id="content"><article>
<div class="_breadcrumb"><a href="{base}/news">ABC News</a> <a href="{base}/news/lismore">Lismore</a></div>
<h1 class="_3Rmt4">{esc(title)}</h1>
<div class="_byline">ABC North Coast / By <a href="{base}/news/bronwyn-tait/1234">Bronwyn Tait</a> and <a href="{base}/news/josh-kennard/5678">Josh Kennard</a></div>
<div class="_timestamp">Posted <time datetime="2022-05-16T20:05:00.000Z">Tue 17 May 2022 at 6:05am</time>, updated <time datetime="2022-05-16T23:41:00.000Z">Tue 17 May 2022 at 9:41am</time></div>
<div class="_share"><button>Share</button><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
<figure class="_hero"><img src="{jsonld["image"][0]}" alt="A flood-damaged house" width="1200" height="800"/><figcaption>Many homes in North Lismore are still uninhabitable after the February floods.<span class="_credit">(ABC North Coast: Bronwyn Tait)</span></figcaption></figure>
<aside class="_keypoints"><h2>Key points:</h2><ul>{"".join(f"<li>{esc(k)}</li>" for k in key_points)}</ul></aside>
<div id="body" class="_3b5YL">
{body}
</div>
<div class="_topics"><h3>Topics</h3><ul>{"".join(f'<li><a href="{base}/news/topic/{slug(t)}">{esc(t)}</a></li>' for t in ["Floods", "Housing", "State and Territory Government", "Lismore", "Coraki"])}</ul></div>
<section class="_toplist"><h3>Top Stories</h3><ul>{teasers(rng, "en", base + "/news", 8, when, cls="top", img=True)}</ul></section>
<section class="_popular"><h3>Popular now</h3><ol>{teasers(rng, "en", base + "/news", 10, when, cls="popular", with_time=False)}</ol></section>
</article></main>
{en_footer(base, "ABC", 2022, state["localNav"])}
</div>
<script>window.__INITIAL_STATE__={jdump(state)};window.__API__={jdump({"host": "https://api.abc.net.au", "env": "production"})};</script>
{FILL}
</body></html>
"""
    return Page(
        name,
        html_doc,
        answer(title, when, blocks, stated=datetime(2022, 5, 16, 20, 5, tzinfo=UTC)),
        target_kb=96,
    )


# --------------------------------------------------------------------------- 19 The Straits Times (UTC previous day, dateline)


def straitstimes() -> Page:
    name = "straitstimes-hawker-centre-tengah"
    rng = rng_for(name)
    base = "https://www.straitstimes.com"
    when = datetime(2022, 5, 17, 0, 30, tzinfo=tz(8))
    title = "New hawker centre in Tengah to open in 2024 with 40 stalls and robot cleaners"
    blocks = [
        P(
            "A new hawker centre with 40 cooked food stalls will open in Tengah in the second half of 2024, the first in Singapore to be designed with automated tray-return and table-cleaning robots from the start.",
            lead="SINGAPORE – ",
        ),
        P(
            "The two-storey centre, next to the upcoming Tengah Park MRT station, will also have 12 market stalls and a rooftop community garden, the National Environment Agency (NEA) said on Monday."
        ),
        X(
            f'<div class="related-story"><span>READ MORE HERE</span><ul>{"".join(f"<li><a href={chr(34)}{base}/singapore/{slug(t)}{chr(34)}>{esc(t)}</a></li>" for t in ["Hawker centres to get more cashless payment options", "Tender for stalls at new hawker centres opens"])}</ul></div>'
        ),
        P(
            "It is among 13 new hawker centres being built under a government plan announced in 2011 to improve access to affordable food in new housing estates."
        ),
        P(
            "NEA said stallholders would be selected through a tender exercise to be launched in early 2024, with priority given to applicants offering at least one budget meal option priced at $3.50 or less."
        ),
        P(
            "Ms Lim Wei Ling, 34, who moved into a Build-To-Order flat in Tengah last year, said residents currently have to take a bus to Bukit Batok or Jurong East for hawker food. “A lot of us have been asking for this since we collected our keys,” she said."
        ),
        X(
            '<div class="ads-inline"><span class="ad-label">Advertisement</span><div id="dfp-ad-imu1"></div></div>'
        ),
        P(
            "The centre will be managed by a social enterprise operator, which will set rental and service charges. NEA said cleaning robots would reduce the manpower needed for table-clearing, an area that operators have struggled to staff."
        ),
        P(
            "Mr Tan Boon Huat, chairman of a hawkers’ association, said the automation was welcome but that rents must remain affordable. “Robots can clear tables, but they cannot keep the prices low,” he said."
        ),
        X(
            '<p class="telegram-cta"><em>Join <a href="https://t.me/straitstimes">ST’s Telegram channel</a> and get the latest breaking news delivered to you.</em></p>'
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 420, "st")
    url = f"{base}/singapore/housing/new-hawker-centre-in-tengah-to-open-in-2024-with-40-stalls-and-robot-cleaners"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2022-05-16T16:30:00+00:00",
        "dateModified": "2022-05-16T16:45:00+00:00",
        "author": {"@type": "Person", "name": "Chua Mei Xuan"},
        "publisher": {
            "@type": "Organization",
            "name": "The Straits Times",
            "logo": {"@type": "ImageObject", "url": f"{base}/themes/custom/straitstimes/logo.png"},
        },
        "mainEntityOfPage": url,
        "image": "https://static1.straitstimes.com.sg/s3fs-public/articles/2022/05/16/tengah-hawker.jpg",
    }
    drupal = {
        "path": {"baseUrl": "/", "currentPath": "node/2712345", "currentLanguage": "en"},
        "ajaxPageState": {
            "theme": "straitstimes",
            "libraries": "st/global,st/article,ads/dfp,analytics/gtm",
        },
        "dfp": {
            "unit": "/5908/st/web/singapore/housing",
            "targeting": {"articleid": "2712345", "keywords": ["hawker centres", "tengah", "nea"]},
        },
        "st_article": {
            "pubdate": "2022-05-17 00:30:00",
            "author": "Chua Mei Xuan",
            "wordcount": 402,
        },
    }
    sections = [
        (
            "Singapore",
            [
                "Jobs",
                "Housing",
                "Parenting & Education",
                "Politics",
                "Health",
                "Transport",
                "Courts & Crime",
                "Consumer",
                "Environment",
                "Community",
            ],
        ),
        ("Asia", ["SE Asia", "East Asia", "South Asia", "Australia/NZ"]),
        ("World", REGIONS["world"]),
        ("Opinion", ["ST Editorial", "Cartoons", "Forum"]),
        ("Life", ["Entertainment", "Food", "Travel", "Arts", "Style"]),
        ("Business", ["Economy", "Invest", "Banking", "Companies & Markets", "Property"]),
        ("Tech", []),
        ("Sport", ["Football", "Schools", "Formula One", "Golf", "Tennis"]),
        ("Videos", []),
        ("Podcasts", []),
        ("Multimedia", []),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>New hawker centre in Tengah to open in 2024 with 40 stalls and robot cleaners | The Straits Times</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{meta("description", "It will be the first in Singapore to be designed with automated tray-return and table-cleaning robots from the start.")}
{prop("og:title", "New hawker centre in Tengah to open in 2024 with 40 stalls and robot cleaners")}
{prop("og:url", url)}
{prop("og:image", jsonld["image"])}
{prop("article:published_time", "2022-05-16T16:30:00+00:00")}
{prop("article:modified_time", "2022-05-16T16:45:00+00:00")}
{meta("article:section", "Singapore")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{jdump(drupal)}</script>
{gtm("GTM-STW5N3")}
{gpt(rng, "5908", "st/web/singapore/housing", ["lb1", "imu1", "imu2", "prestitial", "catfish"])}
</head>
<body class="path-node page-node-type-article">
<div class="consent-banner">We use cookies to improve your experience on our site. By continuing, you agree to our <a href="https://www.sph.com.sg/legal/cookie-policy/">Cookie Policy</a>. <button>OK</button></div>
<header class="header"><a href="{base}/" class="logo">The Straits Times</a><nav class="main-nav">{mega_menu(base, sections, "main-nav")}</nav><a href="https://subscribe.sph.com.sg/">Subscribe</a></header>
<main role="main" class="layout-main">
<div class="group-header"><div class="breadcrumb"><a href="{base}/singapore">Singapore</a> <a href="{base}/singapore/housing">Housing</a></div>
<h1 class="headline node-title">{esc(title)}</h1>
<div class="group-info"><div class="author-field"><a href="{base}/authors/chua-mei-xuan">Chua Mei Xuan</a></div>
<div class="story-postdate">Published May 17, 2022, 12:30 AM SGT</div><div class="story-changeddate">Updated May 17, 2022, 12:45 AM SGT</div></div>
<div class="social-share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Telegram</a><button>Gift this article</button></div></div>
<figure class="image"><img src="{jsonld["image"]}" alt="Tengah hawker centre" width="1024" height="683"><figcaption class="caption-text">An artist’s impression of the Tengah hawker centre. <span class="credit">PHOTO: NATIONAL ENVIRONMENT AGENCY</span></figcaption></figure>
<div class="ds-field-items"><div class="clearfix text-formatted field field--name-field-paragraph-text">
{body}
</div></div>
<div class="field--name-field-tags"><h3>Topics:</h3><ul>{"".join(f'<li><a href="{base}/tags/{slug(t)}">{esc(t)}</a></li>' for t in ["Hawker centres", "NEA", "Tengah"])}</ul></div>
<div class="newsletter-box"><h3>Get ST’s newsletters delivered to your inbox</h3><a href="{base}/newsletter-signup">Sign up</a></div>
<section class="related-stories"><h3>More on this Topic</h3><ul>{teasers(rng, "en", base, 4, when, cls="related", with_time=False)}</ul></section>
<section class="latest"><h3>Latest Headlines</h3><ul>{teasers(rng, "en", base, 10, when, cls="latest", time_fmt=lambda m: f"{m:%b %d, %Y}")}</ul></section>
</main>
{en_footer(base, "SPH Media Limited", 2022, [s for s, _ in sections])}
{FILL}
</body>
</html>
"""
    return Page(
        name,
        html_doc,
        answer(title, when, blocks, stated=datetime(2022, 5, 16, 16, 30, tzinfo=UTC)),
        target_kb=76,
    )


# --------------------------------------------------------------------------- 20 The Jakarta Post (story split across containers)


def jakartapost() -> Page:
    name = "jakartapost-batur-trail-visitor-cap"
    rng = rng_for(name)
    base = "https://www.thejakartapost.com"
    when = datetime(2023, 1, 19, 9, 15, 27, tzinfo=WIB)
    title = "Bali to cap daily climbers on Mount Batur sunrise trail"
    groups = [
        [
            P(
                "The Bali administration plans to limit the number of people allowed on Mount Batur’s popular sunrise trek to 1,200 a day starting in April, citing erosion, waste and crowding at the summit."
            ),
            P(
                "The cap, which would apply to both foreign and domestic visitors, follows a survey by the provincial environment agency that found trail widths had doubled in places since 2019 as climbers spread out to overtake slower groups in the dark."
            ),
        ],
        [
            P(
                "“On some mornings in the high season we counted more than 2,500 people at the top. The mountain cannot take that,” said Made Suarjana, the head of the Bangli regency tourism office, on Wednesday."
            ),
            P(
                "Under the plan, all climbers will have to book a time slot through an online system and be accompanied by a licensed guide from the local association, which already organizes most of the treks."
            ),
            P(
                "Guides and local officials have broadly backed the plan, although some tour operators in Ubud and Kuta, which sell packages including hotel pickups, worry it could hurt bookings during the peak months of July and August."
            ),
        ],
        [
            P(
                "Ketut Widana, who has guided climbers on Batur for 16 years, said the change was overdue. “When it is too crowded, people get angry and nobody enjoys the sunrise. Fewer people means a better experience and a cleaner mountain,” he said."
            ),
            P(
                "The provincial government said it would review the quota after six months and might adjust it depending on the season and the condition of the trail."
            ),
        ],
    ]
    blocks = [b for g in groups for b in g]
    css = css_blob(rng, 460, "tjp")
    url = (
        f"{base}/indonesia/2023/01/19/bali-to-cap-daily-climbers-on-mount-batur-sunrise-trail.html"
    )

    def read_also() -> X:
        headline = pick_headlines(rng, "en", 1)[0]
        return X(
            '<div class="tjp-read-also"><span class="tjp-read-also__label">Read also:</span> '
            f'<a href="{base}/indonesia/2023/01/1{rng.randint(0, 8)}/{slug(headline)}.html">{esc(headline)}</a></div>'
        )

    containers = []
    for index, group in enumerate(groups):
        containers.append(
            f'<div class="col-md-10 col-xs-12 detailNews tjp-single__content tjp-single__content--{index + 1}">{render(group)}</div>'
        )
        if index < len(groups) - 1:
            containers.append(read_also().html)
            containers.append(
                f'<div class="tjp-ads tjp-ads--inarticle"><span>Advertisement</span><div id="div-gpt-ad-inarticle-{index + 1}"></div></div>'
            )
    jsonld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": "Bali to cap daily climbers on Mount Batur sunrise trail",
        "datePublished": "2023-01-19T09:15:27+07:00",
        "dateModified": "2023-01-19T09:15:27+07:00",
        "author": {"@type": "Person", "name": "Ni Komang Erviani"},
        "publisher": {
            "@type": "Organization",
            "name": "The Jakarta Post",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo.png"},
        },
        "mainEntityOfPage": url,
        "image": "https://img.jakpost.net/c/2023/01/19/2023_01_19_131544_1674094527._large.jpg",
        "articleSection": "Indonesia",
    }
    sections = [
        ("Indonesia", ["Politics", "Society", "Jakarta", "Archipelago", "Environment", "Health"]),
        ("Business", ["Economy", "Companies", "Markets", "Tech"]),
        ("Opinion", ["Editorial", "Commentary", "Academia", "Analysis"]),
        ("Asia & Pacific", REGIONS["world"]),
        ("Culture", ["Entertainment", "Books", "Arts & Culture", "Food"]),
        ("Travel", ["Destinations", "News", "Features"]),
        ("Provinces", REGIONS["id"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bali to cap daily climbers on Mount Batur sunrise trail - Society - The Jakarta Post</title>
{meta("description", "The Bali administration plans to limit the number of people allowed on Mount Batur’s sunrise trek to 1,200 a day.")}
{prop("og:title", "Bali to cap daily climbers on Mount Batur sunrise trail")}
{prop("og:url", url)}
{prop("og:image", jsonld["image"])}
{prop("og:site_name", "The Jakarta Post")}
{meta("pubdate", "2023-01-19 09:15:27")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
{gtm("GTM-TJP3K9")}
{gpt(rng, "8425432", "jakartapost/indonesia", ["leaderboard", "inarticle-1", "inarticle-2", "halfpage", "sticky"])}
</head>
<body>
<header class="tjp-header"><a href="{base}/" class="tjp-logo">The Jakarta Post</a><nav class="tjp-nav">{mega_menu(base, sections, "tjp-nav")}</nav><a class="tjp-subscribe" href="{base}/subscribe">Subscribe</a></header>
<main class="tjp-main">
<div class="tjp-breadcrumb"><a href="{base}/indonesia">Indonesia</a> <a href="{base}/indonesia/society">Society</a></div>
<h1 class="tjp-title tjp-title--single">{esc(title)}</h1>
<div class="tjp-meta"><span class="tjp-meta__label">Ni Komang Erviani (The Jakarta Post)</span><span class="tjp-dateline">Denpasar, Bali ● Thu, January 19, 2023</span></div>
<div class="tjp-share"><a href="#">Share</a><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">LinkedIn</a></div>
<figure class="tjp-figure"><img src="{jsonld["image"]}" alt="Mount Batur" width="900" height="600"><figcaption>Climbers wait for sunrise at the summit of Mount Batur in Bangli regency, Bali. (JP/Ni Komang Erviani)</figcaption></figure>
<div class="tjp-single__content-wrap">
{"".join(containers)}
</div>
<div class="tjp-tags"><h4>Topics :</h4>{"".join(f'<a href="{base}/tag/{slug(t)}">{esc(t)}</a> ' for t in ["Bali", "tourism", "Mount Batur", "environment"])}</div>
<div class="tjp-newsletter"><p>Your premium period will expire in 0 day(s)</p><a href="{base}/subscribe">Renew now</a></div>
<section class="tjp-related"><h3>Related Articles</h3><ul>{teasers(rng, "en", base, 6, when, cls="related", img=True)}</ul></section>
<aside class="tjp-popular"><h3>Most Viewed</h3><ol>{teasers(rng, "en", base, 10, when, cls="popular")}</ol></aside>
<section class="tjp-comments"><h3>Comments</h3><p>Please login to comment</p></section>
</main>
{en_footer(base, "The Jakarta Post", 2023, [s for s, _ in sections])}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=72)


# --------------------------------------------------------------------------- 21 The Hindu (IST, also-read lines)


def thehindu() -> Page:
    name = "thehindu-chennai-metro-tunnel-boring"
    rng = rng_for(name)
    base = "https://www.thehindu.com"
    when = datetime(2022, 11, 24, 20, 30, tzinfo=tz(5.5))
    title = "Chennai Metro Rail phase II: tunnel boring machine breaks through at Kodambakkam"
    blocks = [
        P(
            "A tunnel boring machine working on the second phase of the Chennai Metro Rail project broke through at the Kodambakkam station site on Thursday, completing the first 1.4-km stretch of the underground corridor between Power House and Kodambakkam."
        ),
        P(
            "Officials of Chennai Metro Rail Limited (CMRL) said the machine, named Kaveri, had taken nearly eight months to bore through the stretch, which passes beneath densely built residential streets and a railway line."
        ),
        X(
            f'<p class="also-read"><strong>Also Read</strong> | <a href="{base}/news/cities/chennai/metro-phase-ii-works-to-speed-up/article66123456.ece">Metro phase II works to speed up after monsoon</a></p>'
        ),
        P(
            "“The ground conditions here were a mix of weathered rock and clay, and we had to move slowly near the older buildings. We monitored more than 300 structures along the alignment and there was no damage,” a senior CMRL official said."
        ),
        P(
            "A second machine working on the parallel tunnel is expected to reach Kodambakkam by January. Once both tunnels are complete, the machines will be dismantled and relaunched towards Kodambakkam Flyover, the next station on the corridor."
        ),
        P(
            "The 26.1-km corridor from Poonamallee to Light House is one of three lines being built under phase II, which will add 118.9 km to the network. CMRL aims to open the elevated section between Poonamallee and Porur by 2025 and the underground stretches by 2027."
        ),
        X(
            f'<p class="also-read"><strong>Also Read</strong> | <a href="{base}/news/cities/chennai/cmrl-feeder-services/article66098765.ece">CMRL to add more feeder services at stations</a></p>'
        ),
        P(
            "Residents of Kodambakkam, who have lived with barricades and diversions for over a year, said they hoped road restoration would begin soon. The official said the roads would be relaid in phases once work on the station box was complete."
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 500, "th")
    url = f"{base}/news/cities/chennai/chennai-metro-phase-ii-tunnel-boring-machine-breaks-through-at-kodambakkam/article66177812.ece"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Chennai Metro Rail phase II: tunnel boring machine breaks through at Kodambakkam",
        "datePublished": "2022-11-24T20:30:00+05:30",
        "dateModified": "2022-11-25T09:10:00+05:30",
        "dateline": "CHENNAI",
        "author": {"@type": "Person", "name": "K. Lakshmi"},
        "publisher": {
            "@type": "Organization",
            "name": "The Hindu",
            "logo": {"@type": "ImageObject", "url": f"{base}/theme/images/th-online/logo.png"},
        },
        "mainEntityOfPage": url,
        "image": "https://th-i.thgim.com/public/news/cities/chennai/tbm-kodambakkam.jpg",
        "isAccessibleForFree": True,
    }
    sections = [
        ("News", ["India", "World", "States", "Cities", "Elections"]),
        (
            "Cities",
            [
                "Chennai",
                "Delhi",
                "Bengaluru",
                "Hyderabad",
                "Kolkata",
                "Mumbai",
                "Kochi",
                "Thiruvananthapuram",
                "Coimbatore",
                "Madurai",
                "Tiruchirapalli",
                "Visakhapatnam",
                "Puducherry",
                "Mangaluru",
                "Vijayawada",
            ],
        ),
        (
            "States",
            ["Andhra Pradesh", "Karnataka", "Kerala", "Tamil Nadu", "Telangana", "Other States"],
        ),
        ("Opinion", ["Editorial", "Columns", "Comment", "Cartoon", "Letters"]),
        ("Business", ["Agri-Business", "Economy", "Industry", "Markets", "Budget"]),
        ("Sport", ["Cricket", "Football", "Hockey", "Tennis", "Athletics", "Motorsport"]),
        ("Entertainment", ["Movies", "Music", "Art", "Dance", "Theatre"]),
        ("Sci-Tech", ["Science", "Technology", "Health", "Agriculture", "Environment"]),
        ("Life & Style", ["Fashion", "Food", "Travel", "Homes and gardens", "Motoring"]),
        ("e-Paper", []),
        ("Crossword", []),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Chennai Metro Rail phase II: tunnel boring machine breaks through at Kodambakkam - The Hindu</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta("description", "The machine completed the first 1.4-km stretch of the underground corridor between Power House and Kodambakkam.")}
{prop("og:title", "Chennai Metro Rail phase II: TBM breaks through at Kodambakkam")}
{prop("og:url", url)}
{prop("og:image", jsonld["image"])}
{prop("article:published_time", "2022-11-24T20:30:00+05:30")}
{prop("article:modified_time", "2022-11-25T09:10:00+05:30")}
{meta("publish-date", "2022-11-24T20:30:00+05:30")}
{meta("section", "Chennai")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
{gtm("GTM-THN8P2")}
{gpt(rng, "3755662", "TH_Desktop_Web/TH_Cities/TH_Chennai", ["Leaderboard", "MPU_1", "MPU_2", "Inline", "Sticky"])}
<script>var thAnalytics={jdump({"articleId": "66177812", "section": "Chennai", "premium": False, "author": "K. Lakshmi", "publishDate": "2022-11-24T20:30:00+05:30"})};</script>
</head>
<body>
<div class="cookie-consent">We use cookies to enhance your experience. By continuing to visit this site you agree to our use of cookies. <a href="{base}/privacy-policy/">Learn more</a> <button>Accept</button></div>
<header class="header"><a class="logo" href="{base}/">The Hindu</a><nav class="menu">{mega_menu(base, sections, "menu")}</nav><a class="subscribe" href="https://subscription.thehindu.com">Subscribe</a></header>
<main class="container article-section">
<div class="breadcrumb"><a href="{base}/news/">News</a> / <a href="{base}/news/cities/">Cities</a> / <a href="{base}/news/cities/chennai/">Chennai</a></div>
<h1 class="title">{esc(title)}</h1>
<h2 class="sub-title">The 1.4-km stretch between Power House and Kodambakkam took nearly eight months to complete</h2>
<div class="author-info"><span class="author-name"><a href="{base}/profile/author/K-Lakshmi-1234/">K. Lakshmi</a></span><span class="dateline">CHENNAI</span></div>
<div class="update-publish-time"><p class="publish-time">Published - November 24, 2022 08:30 pm IST</p><p class="update-time">Updated - November 25, 2022 09:10 am IST</p></div>
<div class="share-page"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Copy link</a><a href="#">Email</a></div>
<figure class="picture"><img src="{jsonld["image"]}" alt="TBM breakthrough" width="1200" height="675"><figcaption class="caption"><p>The tunnel boring machine Kaveri at the Kodambakkam station site on Thursday. <span class="credits">| Photo Credit: B. Jothi Ramalingam</span></p></figcaption></figure>
<div class="articlebodycontent col-xl-9 col-lg-12" id="content-body-66177812">
{body}
</div>
<div class="comments-shares"><span>COMMENTS</span><span>SHARE</span></div>
<div class="tags"><span>Related Topics</span>{"".join(f'<a href="{base}/topic/{slug(t)}/">{esc(t)}</a>' for t in ["Chennai", "metro rail", "public transport"])}</div>
<div class="newsletter"><p>Get the latest news delivered to your inbox. Sign up for The Hindu’s Today’s Paper newsletter.</p></div>
<section class="related"><h3>Related Stories</h3><ul>{teasers(rng, "en", base, 6, when, cls="related", img=True)}</ul></section>
<section class="trending"><h3>Trending</h3><ol>{teasers(rng, "en", base, 10, when, cls="trending")}</ol></section>
</main>
{en_footer(base, "THG PUBLISHING PVT LTD.", 2022, [s for s, _ in sections] + ["Tamil Nadu", "Kerala", "Karnataka"])}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=90)


# --------------------------------------------------------------------------- 22 NPR (only an "updated" time)


def npr() -> Page:
    name = "npr-libraries-end-late-fines"
    rng = rng_for(name)
    base = "https://www.npr.org"
    when = datetime(2022, 3, 14, 10, 2, tzinfo=tz(-4))
    title = "Libraries that dropped late fines saw more books come back, a new survey finds"
    blocks = [
        P(
            "When the public library in Greenfield, Ohio, stopped charging late fines three years ago, its director braced for shelves to empty out. Instead, the opposite happened."
        ),
        P(
            "“We got back more books, not fewer,” said Laura Kessler, who has run the library since 2015. “People who had been staying away because they owed four or five dollars came back, and a lot of them brought their overdue books with them.”"
        ),
        X(
            '<div class="bucketwrap image"><img src="https://media.npr.org/assets/img/2022/03/13/library-returns.jpg" alt="A library return bin"><div class="credit-caption"><p>A return bin outside a branch library. Libraries that dropped fines say circulation rose.</p><span class="credit">Maya Ortiz/NPR</span></div></div>'
        ),
        P(
            "A new survey of 412 public library systems by a national association of librarians suggests Greenfield’s experience is common. Among systems that had eliminated fines, 68% said the share of materials returned on time had stayed the same or improved, and 81% reported an increase in new or returning cardholders."
        ),
        P(
            "The survey also found that fines had been bringing in relatively little money. For most systems, fine revenue made up less than 1% of their annual budgets, while collecting it required staff time at the desk and, in some cases, referrals to collection agencies."
        ),
        P(
            "Not every library has been persuaded. Some directors told surveyors that fines still served as a useful reminder, particularly for popular new releases with long waiting lists. A handful of systems that dropped fines have since reintroduced them for DVDs and hotspots."
        ),
        P(
            "Kessler said her library still charges patrons for items that are lost or never returned. But she said the end of daily fines changed the tone at the front desk."
        ),
        P(
            "“We used to start conversations by telling people what they owed us,” she said. “Now we start by asking what they want to read.”"
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 380, "npr")
    url = f"{base}/2022/03/14/1086342019/libraries-late-fines-survey"
    jsonld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": "Libraries that dropped late fines saw more books come back, a new survey finds",
        "dateModified": "2022-03-14T10:02:00-04:00",
        "author": {"@type": "Person", "name": ["Daniel Ruiz"]},
        "publisher": {
            "@type": "Organization",
            "name": "NPR",
            "logo": {"@type": "ImageObject", "url": "https://media.npr.org/chrome/npr-logo.jpg"},
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": {
            "@type": "ImageObject",
            "url": "https://media.npr.org/assets/img/2022/03/13/library-returns-wide.jpg",
        },
    }
    html_doc = f"""<!doctype html><html class="no-js" lang="en">
<head>
<meta charset="utf-8">
<title>Libraries that dropped late fines saw more books come back : NPR</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta("description", "A survey of 412 public library systems found most that eliminated fines saw on-time returns hold steady or improve.")}
{prop("og:title", "Libraries that dropped late fines saw more books come back, a new survey finds")}
{prop("og:url", url)}
{prop("og:site_name", "NPR")}
{prop("og:image", jsonld["image"]["url"])}
{meta("date", "2022-03-14")}
{meta("npr-pjax", "true")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
<script>var NPR=NPR||{{}};NPR.serverVars={jdump({"storyId": "1086342019", "topics": ["1032", "1013"], "program": "morning-edition", "byline": "Daniel Ruiz", "theme": "1032", "storyDate": "2022-03-14", "pageType": "story"})};</script>
{gtm("GTM-NPR4T9")}
</head>
<body class="story tmplNewsStory">
<div id="global-stations-bar">Your local station: <a href="{base}/stations">Choose a station</a> · <a href="{base}/donations/support">Donate</a></div>
<header id="globalheader"><a href="{base}/" class="npr-logo">NPR</a>
<nav class="global-navigation">{mega_menu(base, [("News", ["National", "World", "Politics", "Business", "Health", "Science", "Climate", "Race"]), ("Culture", ["Books", "Movies", "Television", "Pop Culture", "Food", "Art & Design", "Performing Arts", "Gaming"]), ("Music", ["Tiny Desk", "New Music Friday", "All Songs Considered", "Music Features", "Live Sessions"]), ("Podcasts & Shows", ["Morning Edition", "Weekend Edition Saturday", "Weekend Edition Sunday", "All Things Considered", "Fresh Air", "Up First", "Planet Money", "Code Switch", "Throughline", "Life Kit"]), ("States", REGIONS["us"])], "global-navigation")}</nav></header>
<main id="main-section">
<article class="story">
<div class="slug-wrap"><h3 class="slug"><a href="{base}/sections/books/">Books</a></h3></div>
<div class="storytitle"><h1>{esc(title)}</h1></div>
<div id="storybyline" class="storylocation linkLocation"><div class="byline-container"><p class="byline__name byline__name--block"><a href="{base}/people/10123456/daniel-ruiz">Daniel Ruiz</a></p></div></div>
<div class="dateblock"><span class="date">Updated March 14, 2022 · 10:02 AM ET</span></div>
<div class="audio-module"><div class="audio-module-controls"><button class="audio-module-listen"><b class="audio-module-listen-inner">Listen</b> <b class="audio-module-listen-duration">· 3:52</b></button></div><p class="audio-module-title">3-Minute Listen</p><a class="audio-module-more" href="#">Playlist</a><a class="transcript" href="{base}/transcripts/1086342019">Transcript</a></div>
<div class="heard-on"><p>Heard on <a href="{base}/programs/morning-edition/">Morning Edition</a></p></div>
<div id="storytext" class="storytext storylocation linkLocation">
{body}
</div>
<div class="newsletter-acquisition-callout"><h4>Sign up for the Up First newsletter</h4><p>Get the news you need to start your day. Sign up to receive our newsletter.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form><p class="disclaimer">See more subscription options. By subscribing, you acknowledge and agree to NPR’s Terms of Use and Privacy Policy.</p></div>
<aside class="tags"><h3>More Stories From NPR</h3><ul>{teasers(rng, "en", base, 6, when, cls="more", img=True)}</ul></aside>
<section class="popular"><h3>Popular on NPR.org</h3><ol>{teasers(rng, "en", base, 6, when, cls="popular", with_time=False)}</ol></section>
<section class="editors-picks"><h3>NPR Editors' Picks</h3><ul>{teasers(rng, "en", base, 6, when, cls="picks", with_time=False, img=True)}</ul></section>
</article>
</main>
{en_footer(base, "npr", 2022, ["Sponsor Message", "Become an NPR sponsor", "Connect", "Newsletters", "Facebook", "Instagram", "Press", "Public Editor", "Corrections", "Contact & Help", "Overview", "Diversity", "NPR Network", "Accessibility", "Ethics", "Finances", "Get Involved", "Support Public Radio", "Sponsor NPR", "NPR Careers", "NPR Shop", "NPR Events", "NPR Extra"])}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=64)


# --------------------------------------------------------------------------- 23 WordPress local news site


def wordpress_local() -> Page:
    name = "wordpress-millbrook-ledger-water-main"
    rng = rng_for(name)
    base = "https://millbrookledger.com"
    when = datetime(2023, 9, 12, 18, 40, 11, tzinfo=tz(-4))
    title = "Water main break closes three downtown streets; boil advisory issued for east side"
    blocks = [
        P(
            "A 12-inch water main burst beneath Front Street early Tuesday, flooding several basements, closing three downtown streets and leaving about 900 homes on the city’s east side under a boil advisory.",
            lead="MILLBROOK — ",
        ),
        P(
            "City utilities director Ron Haskins said crews were called to the intersection of Front and Mill streets shortly after 4:30 a.m., when a passing police officer reported water bubbling up through the pavement."
        ),
        P(
            "“It’s a cast-iron line that went in around 1948,” Haskins said. “It was on our replacement list. It just didn’t wait for us.”"
        ),
        P(
            "The following streets will remain closed to through traffic until at least Thursday evening:"
        ),
        L(
            [
                "Front Street between Mill Street and Harbor Avenue",
                "Mill Street between Front Street and Second Street",
                "Canal Street from Front Street to the municipal parking lot",
            ]
        ),
        P(
            "Businesses on the affected blocks remain open, and the municipal lot on Canal Street is accessible from Second Street, according to the city."
        ),
        P(
            "The boil advisory covers homes and businesses east of Harbor Avenue and north of Route 9. Residents there should bring tap water to a rolling boil for at least one minute before drinking it, making ice or brushing teeth, the county health department said. The advisory will stay in place until two rounds of testing come back clean, likely Friday."
        ),
        P(
            "Bottled water is available at the Eastside Community Center, 210 Lakeview Drive, from 8 a.m. to 7 p.m. through Friday."
        ),
        P(
            "Council member Angela Petrakis, whose ward includes the downtown area, said the break showed the need to speed up the city’s pipe replacement program, which has been budgeted at about two miles a year. “At this pace, we’re looking at 40 years to get through the old iron,” she said."
        ),
        P(
            "The council is scheduled to discuss the utility’s capital plan at its Sept. 25 meeting."
        ),
    ]
    body = render(blocks, p="<p>{}</p>", ul='<ul class="wp-block-list">{}</ul>')
    css = css_blob(rng, 280, "wp")
    url = f"{base}/2023/09/12/water-main-break-closes-three-downtown-streets-boil-advisory-issued/"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": "Water main break closes three downtown streets; boil advisory issued for east side",
        "datePublished": "2023-09-12T18:40:11-04:00",
        "dateModified": "2023-09-13T08:02:45-04:00",
        "author": {"@type": "Person", "name": "Dana Whitfield"},
        "publisher": {"@type": "Organization", "name": "The Millbrook Ledger"},
        "mainEntityOfPage": url,
    }
    related = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{base}/2023/0{rng.randint(6, 9)}/{rng.randint(10, 28)}/{slug(t)}/">{esc(t)}</a></h4><p class="jp-relatedposts-post-date">{MONTHS["en"][rng.randint(5, 8)]} {rng.randint(1, 28)}, 2023</p><p class="jp-relatedposts-post-context">In "Local News"</p></div>'
        for t in pick_headlines(rng, "en", 3)
    )
    comments = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{a}</b> <a href="#comment-{i}"><time datetime="2023-09-1{d}T{h}:00-04:00">September 1{d}, 2023 at {h12}</time></a></footer><div class="comment-content"><p>{c}</p></div></article></li>'
        for i, (a, d, h, h12, c) in enumerate(
            [
                (
                    "Gary P.",
                    2,
                    "19:55",
                    "7:55 pm",
                    "Third break on Front Street in five years. Maybe it’s time to stop patching and replace the whole run.",
                ),
                (
                    "Linda Moreau",
                    2,
                    "21:10",
                    "9:10 pm",
                    "Thank you to the crews who were out there since 4 in the morning. Does anyone know if the advisory includes Orchard Lane?",
                ),
                (
                    "Millbrook Ledger",
                    3,
                    "07:30",
                    "7:30 am",
                    "Linda, Orchard Lane is inside the advisory area according to the map the city released this morning.",
                ),
            ]
        )
    )
    html_doc = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Water main break closes three downtown streets; boil advisory issued for east side &#8211; The Millbrook Ledger</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="The Millbrook Ledger &raquo; Feed" href="{base}/feed/" />
<script>window._wpemojiSettings={jdump({"baseUrl": "https://s.w.org/images/core/emoji/14.0.0/72x72/", "ext": ".png", "svgUrl": "https://s.w.org/images/core/emoji/14.0.0/svg/", "svgExt": ".svg", "source": {"concatemoji": f"{base}/wp-includes/js/wp-emoji-release.min.js?ver=6.3.1"}})};</script>
<style id='wp-block-library-inline-css'>{css}</style>
<link rel='stylesheet' id='newspack-style-css' href='{base}/wp-content/themes/newspack-theme/style.css?ver=2.0.4' media='all' />
{prop("og:type", "article")}
{prop("og:title", "Water main break closes three downtown streets; boil advisory issued for east side")}
{prop("og:url", url)}
{prop("og:site_name", "The Millbrook Ledger")}
{prop("article:published_time", "2023-09-12T22:40:11+00:00")}
{prop("article:modified_time", "2023-09-13T12:02:45+00:00")}
<link rel="canonical" href="{url}" />
{ld(jsonld)}
<script async src="https://www.googletagmanager.com/gtag/js?id=G-MLBK2023"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-MLBK2023');</script>
</head>
<body class="post-template-default single single-post postid-4821 single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{base}/" rel="home">The Millbrook Ledger</a></p><p class="site-description">Independent news for Millbrook and the Harbor Valley</p></div>
<nav id="site-navigation" class="main-navigation">{mega_menu(base, [("Local News", ["City Hall", "Schools", "Public Safety", "Development", "Environment"]), ("Business", []), ("Sports", ["High School", "Youth Sports", "Outdoors"]), ("Opinion", ["Letters", "Columns"]), ("Obituaries", []), ("Events", []), ("Towns", ["Millbrook", "East Harbor", "Fenwick", "Oak Ridge", "Pine Hollow", "Canal Falls", "Westvale", "Brighton Corners"]), ("About", ["Our Team", "Ethics Policy", "Corrections", "Contact"]), ("Donate", [])], "menu")}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4821" class="post-4821 post type-post status-publish format-standard category-local-news">
<header class="entry-header"><span class="cat-links"><a href="{base}/category/local-news/" rel="category tag">Local News</a></span>
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author vcard">By <a class="url fn n" href="{base}/author/dwhitfield/">Dana Whitfield</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2023-09-12T18:40:11-04:00">September 12, 2023</time><time class="updated" datetime="2023-09-13T08:02:45-04:00">September 13, 2023</time></span></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="{base}/wp-content/uploads/2023/09/front-street-break.jpg" class="attachment-newspack-featured-image wp-post-image" alt="" /><figcaption><span class="image-caption">Crews work to repair a broken water main on Front Street on Tuesday.</span> <span class="image-credit">Photo by Dana Whitfield | The Millbrook Ledger</span></figcaption></figure>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a href="#">Facebook</a></li><li class="share-twitter"><a href="#">Twitter</a></li><li class="share-email"><a href="#">Email</a></li><li class="share-print"><a href="#">Print</a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{related}</div>
</div>
<div class="author-bio"><h2 class="accent-header">Dana Whitfield</h2><p>Dana Whitfield covers city government and utilities for The Millbrook Ledger. Reach her at dana@millbrookledger.com.</p><a class="author-link" href="{base}/author/dwhitfield/">More by Dana Whitfield</a></div>
<div class="donate-cta"><p>The Millbrook Ledger is a nonprofit newsroom. Your donation keeps local news free for everyone.</p><a href="{base}/donate/">Donate today</a></div>
<footer class="entry-footer"><span class="tags-links">Tagged: <a href="{base}/tag/water/">water</a>, <a href="{base}/tag/infrastructure/">infrastructure</a>, <a href="{base}/tag/downtown/">downtown</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 replies on “Water main break closes three downtown streets; boil advisory issued for east side”</h2><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3><form action="{base}/wp-comments-post.php" method="post"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea><input name="submit" type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{teasers(rng, "en", base, 8, when, cls="recent")}</ul></section>
<section class="widget newsletter"><h2 class="widget-title">Get the Ledger in your inbox</h2><form><input type="email" placeholder="Email"><button>Subscribe</button></form></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2023 The Millbrook Ledger · <a href="{base}/privacy-policy/">Privacy Policy</a> · Proudly powered by <a href="https://wordpress.org/">WordPress</a></div></footer>
<script src="{base}/wp-includes/js/dist/vendor/wp-polyfill-inert.min.js?ver=3.1.2" id="wp-polyfill-inert-js"></script>
<script id="jetpack-stats-js-before">_stq=window._stq||[];_stq.push(["view",JSON.parse("{{\\"v\\":\\"ext\\",\\"blog\\":\\"201234567\\",\\"post\\":\\"4821\\",\\"tz\\":\\"-4\\",\\"srv\\":\\"millbrookledger.com\\",\\"j\\":\\"1:12.5\\"}}")]);</script>
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=46)


# =========================================================================== other languages

NB = "\u00a0"


def simple_footer(base: str, labels: list[str], copy: str, cls: str = "footer") -> str:
    return f'<footer class="{cls}">{link_list(base, labels, cls + "__links")}<p class="{cls}__copy">{esc(copy)}</p></footer>'


# --------------------------------------------------------------------------- 24 Le Figaro (paywall, no-break spaces)


def lefigaro() -> Page:
    name = "lefigaro-sncf-prix-tgv-plafonnes"
    rng = rng_for(name)
    base = "https://www.lefigaro.fr"
    when = datetime(2022, 1, 13, 9, 15, tzinfo=tz(1))
    title = f"SNCF{NB}: le prix des billets de TGV va être plafonné sur une quarantaine de lignes"
    blocks = [
        P(
            f"La SNCF va plafonner le prix de ses billets de TGV sur une quarantaine de liaisons à partir du 1er avril, a annoncé jeudi la compagnie. Sur les trajets de moins de trois heures, un aller simple en seconde classe ne pourra pas dépasser 89{NB}euros, même la veille du départ."
        ),
        P(
            f"Cette mesure vise à répondre aux critiques récurrentes sur l’envolée des prix en période de forte affluence, notamment lors des vacances scolaires et des week-ends prolongés. «{NB}Nous voulons que le train reste une évidence, y compris quand on réserve tard{NB}», a expliqué Hélène Marchal, directrice commerciale de SNCF Voyageurs."
        ),
        X(
            f'<p class="fig-body-link"><a class="fig-body-link__link" href="{base}/conso/greve-sncf-le-trafic-perturbe-jeudi-20220110"><span class="fig-body-link__prefix">À lire aussi</span>Grève SNCF{NB}: le trafic sera perturbé jeudi sur plusieurs lignes</a></p>'
        ),
        P(
            f"Selon la compagnie, environ 15{NB}% des billets vendus l’an dernier sur ces liaisons l’ont été à un prix supérieur au futur plafond. Les lignes concernées incluent notamment Paris-Lyon, Paris-Nantes, Paris-Bordeaux ou encore Lyon-Marseille."
        ),
        P(
            "Les associations d’usagers saluent une avancée mais restent prudentes. La Fédération nationale des usagers des transports redoute que la SNCF compense ce manque à gagner en réduisant le nombre de billets proposés aux tarifs les plus bas."
        ),
    ]
    body = render(blocks, p='<p class="fig-paragraph">{}</p>')
    css = css_blob(rng, 520, "fig")
    url = f"{base}/conso/sncf-le-prix-des-billets-de-tgv-va-etre-plafonne-sur-une-quarantaine-de-lignes-20220113"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": f"SNCF{NB}: le prix des billets de TGV va être plafonné sur une quarantaine de lignes",
        "datePublished": "2022-01-13T09:15:00+01:00",
        "dateModified": "2022-01-13T11:40:00+01:00",
        "author": [
            {"@type": "Person", "name": "Claire Dufresne", "url": f"{base}/auteur/claire-dufresne"}
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Figaro",
            "logo": {"@type": "ImageObject", "url": f"{base}/icons/logo.png"},
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".fig-premium-paywall",
        },
        "mainEntityOfPage": url,
        "articleSection": "Conso",
        "description": "La compagnie annonce un tarif maximum pour les trajets de moins de trois heures à partir du printemps.",
    }
    sections = [
        (
            "Actualité",
            [
                "Politique",
                "International",
                "Société",
                "Sciences",
                "Santé",
                "Faits divers",
                "Éducation",
                "Météo",
            ],
        ),
        (
            "Économie",
            ["Conso", "Immobilier", "Placement", "Impôts", "Retraite", "Entreprises", "Bourse"],
        ),
        ("Sport", ["Football", "Rugby", "Tennis", "Cyclisme", "Formule 1", "Golf"]),
        ("Culture", ["Cinéma", "Livres", "Musique", "Théâtre", "Expositions"]),
        ("Lifestyle", ["Madame", "Gastronomie", "Voyages", "Automobile", "Santé"]),
        ("Régions", REGIONS["fr"]),
        ("Vox", ["Politique", "Société", "Économie"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SNCF{NB}: le prix des billets de TGV va être plafonné sur une quarantaine de lignes</title>
{meta("description", jsonld["description"])}
{prop("og:title", f"SNCF{NB}: les prix des TGV plafonnés sur une quarantaine de lignes")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "Le Figaro")}
{prop("article:published_time", "2022-01-13T09:15:00+01:00")}
{prop("article:modified_time", "2022-01-13T11:40:00+01:00")}
{prop("article:section", "Conso")}
{meta("ad:premium", "true")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
<script>window.didomiConfig={jdump({"app": {"apiKey": "0a1b2c3d-1234-5678-9abc-def012345678", "vendors": {"iab": {"all": True}}}, "languages": {"enabled": ["fr"], "default": "fr"}})};</script>
{gtm("GTM-FIG2M7")}
{gpt(rng, "4682", "lefigaro/conso", ["banniere-haute", "pave-haut", "pave-milieu", "inread"])}
</head>
<body class="fig-article">
<div id="didomi-host"><div class="didomi-popup-notice"><p class="didomi-notice-text">Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Continuer sans accepter</button><button>Paramétrer</button></div></div>
<header class="fig-header"><a href="{base}/" class="fig-logo">Le Figaro</a><nav class="fig-nav">{mega_menu(base, sections, "fig-nav")}</nav><a class="fig-header__subscribe" href="https://abonnement.lefigaro.fr">S’abonner</a><a href="https://connect.lefigaro.fr">Se connecter</a></header>
<main class="fig-main">
<nav class="fig-breadcrumb"><a href="{base}/economie">Économie</a> <a href="{base}/conso">Conso</a></nav>
<article class="fig-main-col">
<span class="fig-premium-mark">Abonnés</span>
<h1 class="fig-headline">{esc(title)}</h1>
<p class="fig-standfirst">{esc(jsonld["description"])}</p>
<div class="fig-content-metas"><span class="fig-content-metas__author">Par <a href="{base}/auteur/claire-dufresne">Claire Dufresne</a></span>
<span class="fig-content-metas__pub">Publié le 13 janvier 2022 à 09h15, mis à jour le 13 janvier 2022 à 11h40</span></div>
<div class="fig-share"><button>Partager</button><button>Écouter cet article</button><button>Commenter</button></div>
<figure class="fig-media"><img src="https://i.f1g.fr/media/cms/1200x630/2022/01/13/tgv.jpg" alt="Un TGV en gare" width="1200" height="630"><figcaption class="fig-media__legend">Un TGV en gare de Lyon Part-Dieu. <span class="fig-media__credit">Jeff Pachoud / AFP</span></figcaption></figure>
<div class="fig-body">
{body}
</div>
<div class="fig-premium-paywall" id="fig-premium-paywall"><p class="fig-premium-paywall__title">Cet article est réservé aux abonnés. Il vous reste 72% à découvrir.</p><p class="fig-premium-paywall__offer">Vente Flash{NB}: -50% sur l’abonnement numérique. Sans engagement.</p><a class="fig-premium-paywall__btn" href="https://abonnement.lefigaro.fr">Je m’abonne</a><p>Déjà abonné{NB}? <a href="https://connect.lefigaro.fr">Connectez-vous</a></p></div>
<div class="fig-tags"><span>Sujets</span>{"".join(f'<a href="{base}/sujet/{slug(t)}">{esc(t)}</a>' for t in ["SNCF", "TGV", "Transports", "Prix"])}</div>
<section class="fig-comments"><h2>Commentaires (184)</h2><p>Cet article est réservé aux abonnés.</p></section>
</article>
<aside class="fig-aside"><h2>Les plus lus</h2><ol>{teasers(rng, "fr", base, 8, when, cls="fig-ranking", with_time=False)}</ol><h2>À la une</h2><ul>{teasers(rng, "fr", base, 10, when, cls="fig-une", time_fmt=lambda m: f"Publié le {m.day} {MONTHS['fr'][m.month - 1]} {m.year}")}</ul></aside>
</main>
{simple_footer(base, ["Mentions légales", "CGU", "Politique de confidentialité", "Gestion des cookies", "Contact", "Publicité", "Le Figaro Store", "Abonnements", "Plan du site", "Newsletters", "Archives"] + REGIONS["fr"], "© Le Figaro 2022", "fig-footer")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=110)


# --------------------------------------------------------------------------- 25 FAZ (kicker inside <h1>, subheadings)


def faz() -> Page:
    name = "faz-frankfurt-baugenehmigungen"
    rng = rng_for(name)
    base = "https://www.faz.net"
    when = datetime(2023, 3, 22, 9, 15, 42, tzinfo=tz(1))
    kicker = "Wohnungsbau"
    title = "Frankfurt genehmigt so wenige Wohnungen wie seit Jahren nicht"
    blocks = [
        P(
            "In Frankfurt sind im vergangenen Jahr so wenige neue Wohnungen genehmigt worden wie seit mehr als zehn Jahren nicht. Nach Angaben des Bürgeramts für Statistik und Wahlen erteilte die Bauaufsicht 2022 Genehmigungen für 3140 Wohnungen, knapp 31 Prozent weniger als im Jahr zuvor."
        ),
        P(
            "Besonders stark fiel der Rückgang bei Mehrfamilienhäusern aus. Hier sank die Zahl der genehmigten Wohnungen von rund 4100 auf 2650. Bei Ein- und Zweifamilienhäusern blieb die Zahl dagegen nahezu stabil."
        ),
        X(
            '<div class="iqadtile_wrapper"><span class="iqadtile_label">Anzeige</span><div id="iqadtile4"></div></div>'
        ),
        H("Zinsen und Baukosten als Bremse"),
        P(
            "Planungsdezernent Markus Vogler (Grüne) führt die Entwicklung vor allem auf die gestiegenen Bauzinsen und Materialpreise zurück. „Viele Projektentwickler haben fertig geplante Vorhaben auf Eis gelegt, weil sie sich unter den aktuellen Bedingungen nicht mehr rechnen“, sagte Vogler am Dienstag."
        ),
        P(
            "Nach Einschätzung des Dezernats dürfte sich die Lage auch in diesem Jahr kaum verbessern. Für die ersten beiden Monate 2023 lägen die Anträge nochmals deutlich unter dem Vorjahresniveau."
        ),
        X(
            '<aside class="atc-ContainerMore"><h4 class="atc-ContainerMore_Title">Mehr zum Thema</h4><ul>'
            + "".join(
                f'<li><a href="{base}/aktuell/rhein-main/frankfurt/{slug(t)}-{rng.randint(18000000, 18999999)}.html">{esc(t)}</a></li>'
                for t in [
                    "Mietpreise in Großstädten steigen weiter",
                    "Neue Regeln für Heizungen: Was Eigentümer wissen müssen",
                ]
            )
            + "</ul></aside>"
        ),
        H("Kritik an langen Verfahren"),
        P(
            "Die Opposition im Römer sieht die Verantwortung dagegen auch bei der Stadt selbst. Die Verfahren in der Bauaufsicht dauerten zu lange, zudem würden zu wenige neue Baugebiete ausgewiesen, kritisierte die planungspolitische Sprecherin der CDU-Fraktion, Sabine Kroll."
        ),
        P(
            "Der Mieterbund warnte vor den Folgen für den ohnehin angespannten Wohnungsmarkt. Schon jetzt fehlten in Frankfurt nach seinen Berechnungen rund 30.000 bezahlbare Wohnungen."
        ),
        P(
            "Die Stadt will nun mit einem Förderprogramm gegensteuern. Bauherren, die mindestens 40 Prozent geförderte Wohnungen errichten, sollen zinsverbilligte Darlehen erhalten. Das Stadtparlament soll im Mai darüber entscheiden."
        ),
    ]
    body = render(
        blocks, p='<p class="atc-TextParagraph">{}</p>', h='<h3 class="atc-SubHeadline">{}</h3>'
    )
    css = css_blob(rng, 650, "atc")
    url = f"{base}/aktuell/rhein-main/frankfurt/frankfurt-so-wenige-baugenehmigungen-wie-seit-jahren-nicht-18765432.html"
    jsonld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": "Wohnungsbau: Frankfurt genehmigt so wenige Wohnungen wie seit Jahren nicht",
        "datePublished": "2023-03-22T09:15:42+01:00",
        "dateModified": "2023-03-22T09:15:42+01:00",
        "author": [{"@type": "Person", "name": "Tobias Hartmann"}],
        "publisher": {
            "@type": "Organization",
            "name": "Frankfurter Allgemeine Zeitung",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/faz-logo.png"},
        },
        "mainEntityOfPage": url,
        "isAccessibleForFree": True,
        "description": "Die Zahl der Baugenehmigungen ist 2022 um fast ein Drittel gesunken.",
    }
    sections = [
        ("Politik", ["Inland", "Ausland", "Europäische Union", "Ukraine", "Nahost"]),
        ("Wirtschaft", ["Konjunktur", "Unternehmen", "Digitec", "Auto", "Immobilien", "Wohnen"]),
        ("Finanzen", ["Börse", "Meine Finanzen", "Steuern", "Geldanlage"]),
        ("Feuilleton", ["Bücher", "Kino", "Medien", "Bühne und Konzert", "Debatten"]),
        ("Sport", ["Fußball", "Bundesliga", "Formel 1", "Tennis", "Wintersport"]),
        (
            "Rhein-Main",
            [
                "Frankfurt",
                "Wiesbaden",
                "Darmstadt",
                "Offenbach",
                "Main-Taunus",
                "Hochtaunus",
                "Wetterau",
                "Region und Hessen",
            ],
        ),
        ("Gesellschaft", ["Gesundheit", "Menschen", "Kriminalität"]),
        ("Bundesländer", REGIONS["de"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wohnungsbau in Frankfurt: Baugenehmigungen auf dem Tiefstand | FAZ</title>
{meta("description", jsonld["description"])}
{prop("og:title", "Frankfurt: Baugenehmigungen auf dem Tiefstand")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "FAZ.NET")}
{meta("date", "2023-03-22T09:15:42+01:00")}
{meta("last-modified", "2023-03-22T09:15:42+01:00")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
<script>window._sp_queue=[];window._sp_={{config:{{accountId:1234,baseEndpoint:"https://cdn.privacy-mgmt.com",gdpr:{{}}}}}};</script>
<script>var IQD_varPack={jdump({"iqd_mode": "article", "iqd_ressort": "rhein-main", "iqd_subressort": "frankfurt", "iqd_keywords": ["wohnungsbau", "frankfurt", "baugenehmigungen"], "iqd_articleid": "18765432"})};</script>
{gtm("GTM-FAZ8N2Q")}
</head>
<body>
<div id="sp_message_container_771234" class="sp-consent"><p>Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu ermöglichen. Mit „Zustimmen“ erklären Sie sich damit einverstanden.</p><button>Zustimmen</button><button>Einstellungen oder ablehnen</button></div>
<header class="hdr"><a href="{base}/" class="hdr-logo">Frankfurter Allgemeine</a><nav class="hdr-nav">{mega_menu(base, sections, "nvg")}</nav><a class="hdr-abo" href="https://abo.faz.net">F+ testen</a></header>
<main class="o-Grid">
<nav class="bcr"><a href="{base}/aktuell/">Aktuell</a> <a href="{base}/aktuell/rhein-main/">Rhein-Main</a> <a href="{base}/aktuell/rhein-main/frankfurt/">Frankfurt</a></nav>
<article class="atc">
<header class="atc-Header">
<h1 class="atc-Headline"><span class="atc-HeadlineEmphasis">{kicker}</span><span class="atc-HeadlineEmphasisText">:</span> <span class="atc-HeadlineText">{esc(title)}</span></h1>
<p class="atc-IntroText">{esc(jsonld["description"])} Die Stadt macht Zinsen und Baukosten verantwortlich – die Opposition die eigene Planung.</p>
<div class="atc-Meta"><span class="atc-MetaAuthor">Von <a href="{base}/redaktion/tobias-hartmann-123.html">Tobias Hartmann</a>, Frankfurt</span> <time class="atc-MetaTime" datetime="2023-03-22T08:15:42Z">22.03.2023, 09:15 Uhr</time> <span class="atc-ReadTime">Lesezeit: 2 Min.</span></div>
</header>
<div class="atc-Share"><button>Merken</button><button>Teilen</button><button>Drucken</button><button>Zur App</button></div>
<figure class="atc-Image"><img src="https://media1.faz.net/ppmedia/aktuell/rhein-main/frankfurt/2323456789/1.8765432/article_multimedia_overview/baustelle.jpg" alt="Baustelle in Frankfurt" width="1200" height="800"><figcaption class="atc-ImageDescription">Seltener Anblick: Baukran über einem Wohnprojekt im Frankfurter Osten <span class="atc-ImageCredit">Bild: Frank Röth</span></figcaption></figure>
<div class="atc-Text">
{body}
</div>
<div class="atc-Footer"><p class="atc-Source">Quelle: F.A.Z.</p><ul class="atc-Tags">{"".join(f'<li><a href="{base}/themen/{slug(t)}/">{esc(t)}</a></li>' for t in ["Frankfurt", "Wohnungsbau", "Mieterbund", "CDU"])}</ul></div>
<section class="atc-Comments"><h3>Lesermeinungen</h3><p>Diskutieren Sie mit – 38 Lesermeinungen</p></section>
</article>
<aside class="sidebar"><h3>Meistgelesen</h3><ol>{teasers(rng, "de", base, 8, when, cls="lst-popular", with_time=False)}</ol><h3>Neueste Artikel Rhein-Main</h3><ul>{teasers(rng, "de", base, 10, when, cls="lst-new")}</ul></aside>
</main>
{simple_footer(base, ["Impressum", "Datenschutz", "Nutzungsbasierte Online-Werbung", "Cookie-Einstellungen", "Kontakt", "Mediadaten", "Verlagsinformationen", "Hilfe", "Abo", "E-Paper", "Newsletter", "Archiv"] + REGIONS["de"], "© Frankfurter Allgemeine Zeitung GmbH 2023 Alle Rechte vorbehalten.", "ftr")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=124)


# --------------------------------------------------------------------------- 26 Süddeutsche Zeitung (dpa feed, naive <time>, kicker)


def sueddeutsche() -> Page:
    name = "sueddeutsche-dpa-zugspitze-rekord"
    rng = rng_for(name)
    base = "https://www.sueddeutsche.de"
    when = datetime(2022, 8, 2, 9, 15, tzinfo=tz(2))
    title = "Zugspitzbahn meldet Besucherrekord im Juli"
    blocks = [
        P(
            "Die Bayerische Zugspitzbahn hat im Juli so viele Fahrgäste wie noch nie in einem Sommermonat befördert. Rund 112.000 Menschen fuhren mit der Seilbahn oder der Zahnradbahn auf Deutschlands höchsten Berg, wie das Unternehmen am Dienstag mitteilte.",
            lead="Garmisch-Partenkirchen (dpa/lby) - ",
        ),
        P(
            "Das seien etwa 14 Prozent mehr als im bisherigen Rekordmonat August 2019. Grund sei vor allem das stabile Sommerwetter, sagte eine Sprecherin. An mehreren Tagen hätten Besucher an der Talstation mehr als eine Stunde warten müssen."
        ),
        P(
            "Um die Wartezeiten zu verkürzen, bietet die Zugspitzbahn seit Juni feste Zeitfenster für die Bergfahrt an, die online gebucht werden können. Nach Angaben des Unternehmens nutzte bereits rund ein Drittel der Gäste das Angebot."
        ),
        P(
            "Naturschützer sehen den Andrang kritisch. Der Bund Naturschutz forderte erneut eine Obergrenze für Besucher auf dem Gipfel, um die empfindliche Hochgebirgslandschaft zu schützen."
        ),
        X('<p class="css-1jz0j0g">© dpa-infocom, dpa:220802-99-234871/3</p>'),
    ]
    body = render(blocks, p='<p class="css-13wylk3">{}</p>')
    css = css_blob(rng, 480, "css")
    url = f"{base}/bayern/tourismus-garmisch-partenkirchen-zugspitzbahn-meldet-besucherrekord-im-juli-dpa.urn-newsml-dpa-com-20090101-220802-99-234871"
    jsonld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": "Zugspitzbahn meldet Besucherrekord im Juli",
        "datePublished": "2022-08-02T07:15:00.000Z",
        "dateModified": "2022-08-02T07:15:00.000Z",
        "author": [{"@type": "Organization", "name": "dpa"}],
        "publisher": {
            "@type": "Organization",
            "name": "Süddeutsche Zeitung",
            "logo": {"@type": "ImageObject", "url": f"{base}/szde-assets/img/sz-logo.png"},
        },
        "mainEntityOfPage": url,
        "isAccessibleForFree": True,
    }
    sections = [
        ("Politik", ["Deutschland", "Europa", "Welt", "Ukraine"]),
        ("Wirtschaft", ["Finanzen", "Verbraucher", "Immobilien"]),
        ("Meinung", []),
        ("Panorama", []),
        ("Sport", ["Fußball", "FC Bayern", "TSV 1860", "Wintersport"]),
        (
            "München",
            [
                "Stadtviertel",
                "Dachau",
                "Ebersberg",
                "Erding",
                "Freising",
                "Fürstenfeldbruck",
                "Starnberg",
                "Wolfratshausen",
            ],
        ),
        (
            "Bayern",
            [
                "Oberbayern",
                "Niederbayern",
                "Oberpfalz",
                "Franken",
                "Schwaben",
                "Nürnberg",
                "Augsburg",
                "Regensburg",
            ],
        ),
        ("Kultur", []),
        ("Gesellschaft", []),
        ("Wissen", []),
        ("Gesundheit", []),
        ("Reise", []),
        ("Auto", []),
        ("Digital", []),
        ("Bundesländer", REGIONS["de"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tourismus - Garmisch-Partenkirchen - Zugspitzbahn meldet Besucherrekord im Juli - Bayern - SZ.de</title>
{meta("description", "Garmisch-Partenkirchen (dpa/lby) - Die Bayerische Zugspitzbahn hat im Juli so viele Fahrgäste wie noch nie in einem Sommermonat befördert.")}
{prop("og:title", "Zugspitzbahn meldet Besucherrekord im Juli")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "Süddeutsche.de")}
{meta("date", "2022-08-02T09:15:00+02:00")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
<script>window.__SZ_ENV__={jdump({"page": {"type": "article", "contentType": "dpa", "ressort": "bayern", "id": "dpa.urn-newsml-dpa-com-20090101-220802-99-234871", "paywall": False}, "tracking": {"cp": "bayern/dpa", "wordcount": 140}})};</script>
{gtm("GTM-SZDE3Q")}
</head>
<body>
<div class="sp-consent" id="sp_message_container_654321">Wir und unsere Partner verwenden Cookies und ähnliche Technologien. <button>Akzeptieren</button> <button>Einstellungen</button></div>
<header class="css-header"><a href="{base}/" class="css-logo">Süddeutsche Zeitung</a><nav class="css-nav">{mega_menu(base, sections, "css-nav")}</nav><a class="css-abo" href="https://abo.sueddeutsche.de">SZ Plus</a></header>
<main class="css-main">
<nav class="css-breadcrumb"><a href="{base}/bayern">Bayern</a></nav>
<article class="css-article" id="article-app-container">
<header class="css-header-article">
<h2 class="css-1bhnxuf"><span class="css-1tm5due">Garmisch-Partenkirchen</span><span class="css-1r5gb7q">{esc(title)}</span></h2>
<div class="css-labels"><span class="css-dpa">Direkt aus dem dpa-Newskanal</span></div>
<time class="css-1ry9rgi" datetime="2022-08-02 09:15:00">2. August 2022, 9:15 Uhr</time>
</header>
<div class="css-share"><button>Teilen</button><button>Feedback</button><button>Merken</button></div>
<div itemprop="articleBody" class="css-isuemq">
{body}
</div>
<aside class="css-dpa-note"><p>Direkt aus dem dpa-Newskanal: Dieser Text wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen und von der SZ-Redaktion nicht bearbeitet.</p></aside>
</article>
<aside class="css-aside"><h3>Bayern – Meistgelesen</h3><ol>{teasers(rng, "de", base, 8, when, cls="css-top", with_time=False)}</ol><h3>Aktuelles aus Bayern</h3><ul>{teasers(rng, "de", base, 12, when, cls="css-news", time_fmt=lambda m: f"{m.day}. {MONTHS['de'][m.month - 1]} {m.year}, {m.hour}:{m.minute:02d} Uhr")}</ul></aside>
</main>
{simple_footer(base, ["Abo", "Newsletter", "Impressum", "Datenschutz", "Cookie-Einstellungen", "Kontakt und Hilfe", "AGB", "Mediadaten", "Stellenmarkt", "Immobilienmarkt", "Traueranzeigen"] + REGIONS["de"], "Copyright © Süddeutsche Zeitung Digitale Medien GmbH / Süddeutsche Zeitung GmbH", "css-footer")}
{FILL}
</body>
</html>
"""
    return Page(
        name,
        html_doc,
        answer(title, when, blocks, stated=datetime(2022, 8, 2, 7, 15, tzinfo=UTC)),
        target_kb=78,
    )


# --------------------------------------------------------------------------- 27 La Repubblica (windows-1252, day only)


def repubblica() -> Page:
    name = "repubblica-tramvia-firenze-cantieri"
    rng = rng_for(name)
    base = "https://firenze.repubblica.it"
    day = date(2021, 11, 18)
    title = "Tramvia, i cantieri della linea per Bagno a Ripoli partono a gennaio"
    blocks = [
        P(
            "Partiranno a gennaio i primi cantieri della nuova linea della tramvia che collegherà il centro di Firenze a Bagno a Ripoli. L’annuncio è arrivato ieri pomeriggio da Palazzo Vecchio, al termine di un incontro con la ditta che si è aggiudicata l’appalto.",
            lead="<strong>FIRENZE</strong> – ",
        ),
        P(
            "I lavori saranno divisi in cinque lotti per ridurre al minimo i disagi alla circolazione. Si comincerà da piazza Gavinana, dove sarà realizzata la prima delle 14 fermate previste lungo i 7,3 chilometri del tracciato."
        ),
        P(
            "«Sappiamo che i cantieri pesano sulla vita di chi abita e lavora in queste strade», ha detto l’assessora alla mobilità Chiara Fantoni. «Per questo abbiamo chiesto tempi certi e un coordinamento costante con i residenti»."
        ),
        X(
            f'<div class="inline-article"><span class="inline-article__label">Leggi anche</span><a href="{base}/cronaca/2021/11/15/news/tramvia_linea_3_{rng.randint(300000000, 330000000)}/">Tramvia, la linea 3 supera i 15 milioni di passeggeri</a></div>'
        ),
        P(
            "Il costo complessivo dell’opera è stimato in 245 milioni di euro, finanziati in larga parte con fondi statali ed europei. La fine dei lavori è prevista per la primavera del 2026."
        ),
        P(
            "Preoccupati i commercianti di viale Giannotti, che temono un calo degli incassi durante i mesi di cantiere. L’associazione di via chiede al Comune indennizzi e una riduzione della tassa sui rifiuti per le attività coinvolte."
        ),
        X('<div class="adv-box"><span>Pubblicità</span><div id="adv-Middle1"></div></div>'),
        P(
            "Palazzo Vecchio ha annunciato che sarà aperto un punto informativo in piazza Gavinana, attivo dal lunedì al sabato, per rispondere alle domande dei cittadini sui lavori e sulle modifiche alla viabilità."
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 420, "rep")
    sections = [
        ("Cronaca", []),
        ("Politica", []),
        ("Economia", []),
        ("Sport", ["Fiorentina", "Calcio", "Basket", "Altri sport"]),
        ("Spettacoli", []),
        ("Cultura", []),
        ("Foto", []),
        ("Video", []),
        ("Annunci", []),
        ("Le città", REGIONS["it"]),
        (
            "Toscana",
            [
                "Arezzo",
                "Empoli",
                "Grosseto",
                "Livorno",
                "Lucca",
                "Massa",
                "Pisa",
                "Pistoia",
                "Prato",
                "Siena",
            ],
        ),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Tramvia, i cantieri della linea per Bagno a Ripoli partono a gennaio - la Repubblica</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{meta("description", "Il Comune: lavori in cinque lotti, fine prevista nel 2026. I commercianti di viale Giannotti chiedono indennizzi")}
{prop("og:title", "Tramvia, cantieri per Bagno a Ripoli da gennaio")}
{prop("og:type", "article")}
{prop("og:site_name", "la Repubblica")}
{prop("article:published_time", "2021-11-18")}
{meta("DC.date.issued", "2021-11-18")}
<link rel="canonical" href="{base}/cronaca/2021/11/18/news/tramvia_bagno_a_ripoli_cantieri-326543210/">
<style type="text/css">{css}</style>
<script type="text/javascript">var kw_section="firenze/cronaca";var kw_tipo="articolo";var kw_data="20211118";var adv_kw={jdump({"sez": "firenze", "sub": "cronaca", "tag": ["tramvia", "bagno a ripoli", "cantieri"]}, ascii_only=True)};</script>
{gtm("GTM-REPFI1")}
{gpt(rng, "56383467", "repubblica/firenze/cronaca", ["Top", "Middle1", "Right1", "Bottom"])}
</head>
<body class="detail">
<div class="cmp-banner">Questo sito utilizza cookie propri e di terze parti per fini statistici e pubblicitari. Chiudendo questo banner acconsenti all’uso dei cookie. <a href="https://www.repubblica.it/privacy">Informativa</a> <button>Accetta</button></div>
<div id="header"><div class="logo"><a href="{base}/">la Repubblica Firenze</a></div><div class="menu">{mega_menu(base, sections, "menu")}</div></div>
<div id="container">
<div class="breadcrumb"><a href="{base}/">Firenze</a> &gt; <a href="{base}/cronaca/">Cronaca</a></div>
<div id="article-content" class="article">
<div class="story__header"><h1 class="story__title">{esc(title)}</h1>
<p class="story__summary">Il Comune: lavori in cinque lotti, fine prevista nel 2026. I commercianti di viale Giannotti chiedono indennizzi</p>
<div class="story__byline"><em class="story__author">di Lorenzo Bassi</em> <time class="story__date" datetime="2021-11-18">18 novembre 2021</time></div></div>
<div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<figure class="story__media"><img src="https://www.repstatic.it/content/localirep/img/rep-firenze/2021/11/18/tramvia.jpg" alt="tramvia"><figcaption>Un convoglio della tramvia in piazza dell’Unità (foto Gennaro)</figcaption></figure>
<div class="story__text">
{body}
</div>
<div class="story__tags">Argomenti: {"".join(f'<a href="https://www.repubblica.it/argomenti/{slug(t)}">{esc(t)}</a> ' for t in ["tramvia", "Bagno a Ripoli", "mobilità"])}</div>
<div class="story__copyright">© Riproduzione riservata</div>
</div>
<div id="sidebar"><div class="box-piu-letti"><h3>I più letti</h3><ol>{teasers(rng, "it", base, 8, datetime(2021, 11, 18, 12, 0, tzinfo=tz(1)), cls="piu-letti", with_time=False)}</ol></div>
<div class="box-ultime"><h3>Ultime notizie</h3><ul>{teasers(rng, "it", base, 10, datetime(2021, 11, 18, 12, 0, tzinfo=tz(1)), cls="ultime")}</ul></div></div>
</div>
{simple_footer(base, ["Chi siamo", "Redazione", "Pubblicità", "Privacy", "Cookie policy", "Abbonamenti", "Necrologie", "Annunci", "Mappa del sito"] + REGIONS["it"], "© GEDI Periodici e Servizi S.p.A. - P.Iva 00906801006", "footer")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, day, blocks), encoding="cp1252", target_kb=68)


# --------------------------------------------------------------------------- 28 El Mundo (windows-1252, "Actualizado" byline, subheading)


def elmundo() -> Page:
    name = "elmundo-alquiler-madrid-record"
    rng = rng_for(name)
    base = "https://www.elmundo.es"
    when = datetime(2022, 2, 10, 9, 15, tzinfo=tz(1))
    title = "El alquiler en Madrid sube un 9% en un año y marca un nuevo récord"
    blocks = [
        P(
            "El precio del alquiler en la ciudad de Madrid se ha encarecido un 9,1% en el último año hasta situarse en una media de 16,2 euros por metro cuadrado al mes, la cifra más alta desde que existen registros, según un informe publicado este jueves por el portal inmobiliario Habitaclick."
        ),
        P(
            "Con estos datos, alquilar un piso de 80 metros cuadrados cuesta de media casi 1.300 euros mensuales en la capital, unos 110 euros más que hace doce meses."
        ),
        X(
            '<div class="ue-c-article__ad"><span class="ue-c-ad__label">Publicidad</span><div id="div-gpt-ad-mpu1"></div></div>'
        ),
        H("Los distritos más caros"),
        P(
            "Salamanca sigue siendo el distrito más caro, con 21,4 euros por metro cuadrado, seguido de Chamberí (20,1 euros) y Centro (19,8 euros). En el extremo opuesto se encuentran Villaverde y Usera, donde el precio medio se sitúa por debajo de los 12 euros."
        ),
        X(
            f'<aside class="ue-c-article__related"><p class="ue-c-article__related-title">Más información</p><ul><li><a href="{base}/economia/vivienda/2022/01/27/alquileres-barcelona.html">Los alquileres suben un 8% en Barcelona</a></li><li><a href="{base}/madrid/2022/02/02/vivienda-joven.html">Madrid amplía las ayudas al alquiler joven</a></li></ul></aside>'
        ),
        P(
            "«La oferta de vivienda en alquiler no deja de caer mientras la demanda se mantiene muy fuerte, sobre todo entre los jóvenes que no pueden acceder a una hipoteca», explica Marta Lozano, directora de estudios del portal."
        ),
        P(
            "Las asociaciones de inquilinos reclaman medidas urgentes para contener los precios. El Sindicato de Inquilinas de Madrid ha convocado una manifestación para el próximo 26 de febrero."
        ),
    ]
    body = render(blocks, p="<p>{}</p>", h='<h2 class="ue-c-article__subheadline">{}</h2>')
    css = css_blob(rng, 600, "ue")
    url = f"{base}/economia/vivienda/2022/02/10/6204c1a2fdddff8b2a8b45f1.html"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "El alquiler en Madrid sube un 9% en un año y marca un nuevo récord",
        "datePublished": "2022-02-10T09:15:00+01:00",
        "dateModified": "2022-02-10T09:15:00+01:00",
        "author": {"@type": "Person", "name": "Javier Ortega"},
        "publisher": {
            "@type": "Organization",
            "name": "El Mundo",
            "logo": {"@type": "ImageObject", "url": f"{base}/assets/logo.png"},
        },
        "mainEntityOfPage": url,
        "articleSection": "Vivienda",
    }
    sections = [
        (
            "España",
            [
                "Madrid",
                "Cataluña",
                "Andalucía",
                "Comunidad Valenciana",
                "Baleares",
                "Castilla y León",
                "País Vasco",
                "Galicia",
            ],
        ),
        ("Internacional", []),
        ("Opinión", ["Editoriales", "Columnistas", "Tribunas"]),
        ("Economía", ["Empresas", "Vivienda", "Mercados", "Mi Bolsillo", "Fiscalidad"]),
        ("Deportes", ["Fútbol", "Baloncesto", "Tenis", "Motor", "Ciclismo"]),
        ("Cultura", ["Cine", "Música", "Libros", "Arte", "Toros"]),
        ("Ciencia y Salud", []),
        ("Tecnología", []),
        ("Televisión", []),
        ("Comunidades", REGIONS["es"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vivienda: El alquiler en Madrid sube un 9% en un año y marca un nuevo récord | Economía</title>
{meta("description", "El precio medio alcanza los 16,2 euros por metro cuadrado, según un informe de un portal inmobiliario")}
{prop("og:title", "El alquiler en Madrid sube un 9% en un año y marca un nuevo récord")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "ELMUNDO")}
{meta("date", "2022-02-10T09:15:00+01:00")}
<link rel="canonical" href="{url}">
{ld(jsonld, ascii_only=True)}
<style>{css}</style>
<script>var ueDataLayer={jdump({"be_page_article_title": title, "be_page_section": "economia", "be_page_subsection": "vivienda", "be_page_publication_date": "10/02/2022", "be_content_premium": "0"}, ascii_only=True)};</script>
{gtm("GTM-UE2022")}
{gpt(rng, "4375", "elmundo/economia/vivienda", ["ban1", "mpu1", "mpu2", "skin"])}
</head>
<body class="ue-l-article">
<div class="didomi-popup"><p>Nosotros y nuestros socios usamos cookies y otras tecnologías para almacenar y acceder a información en su dispositivo.</p><button>Aceptar y cerrar</button><button>Más opciones</button></div>
<header class="ue-c-main-header"><a href="{base}/" class="ue-c-main-header__logo">EL MUNDO</a><nav class="ue-c-main-navigation">{mega_menu(base, sections, "ue-c-main-navigation")}</nav><a class="ue-c-main-header__premium" href="https://www.elmundo.es/suscripciones.html">Suscríbete</a></header>
<main class="ue-l-article__container">
<article class="ue-c-article">
<div class="ue-c-article__kicker-container"><span class="ue-c-article__kicker">Vivienda</span></div>
<h1 class="ue-c-article__headline">{esc(title)}</h1>
<p class="ue-c-article__standfirst">El precio medio alcanza los 16,2 euros por metro cuadrado, según un informe de un portal inmobiliario</p>
<div class="ue-c-article__byline"><div class="ue-c-article__byline-name">Javier Ortega</div><div class="ue-c-article__byline-location">Madrid</div>
<div class="ue-c-article__publishdate"><span>Actualizado</span> <time datetime="2022-02-10T08:15:00Z">Jueves, 10 febrero 2022 - 09:15</time></div></div>
<div class="ue-c-article__share"><a href="#">Compartir en Facebook</a><a href="#">Compartir en Twitter</a><a href="#">Enviar por email</a><a href="#">Ver comentarios</a></div>
<figure class="ue-c-article__media"><img src="https://phantom-elmundo.unidadeditorial.es/alquiler-madrid.jpg" alt="Carteles de alquiler" width="1200" height="800"><figcaption class="ue-c-article__media-description">Carteles de 'Se alquila' en un edificio del centro de Madrid. <span class="ue-c-article__media-source">JAVIER BARBANCHO</span></figcaption></figure>
<div class="ue-l-article__body ue-c-article__body">
{body}
</div>
<div class="ue-c-article__tags"><ul>{"".join(f'<li><a href="{base}/e/{slug(t)}.html">{esc(t)}</a></li>' for t in ["Vivienda", "Alquiler", "Madrid"])}</ul></div>
<section class="ue-c-comments"><h3>Comentarios</h3><p>Para comentar debes estar registrado.</p></section>
</article>
<aside class="ue-l-sidebar"><h3>Lo más leído</h3><ol>{teasers(rng, "es", base, 10, when, cls="ue-c-ranking", with_time=False)}</ol></aside>
</main>
{simple_footer(base, ["Aviso legal", "Política de privacidad", "Política de cookies", "Configuración de privacidad", "Publicidad", "Cómo contactar", "Mapa web", "Hemeroteca", "Kiosko", "Suscripciones"] + REGIONS["es"], "© 2022 Unidad Editorial Información General S.L.U.", "ue-c-footer")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), encoding="cp1252", target_kb=98)


# --------------------------------------------------------------------------- 29 Clarín (date only in the byline, "Mirá también")


def clarin() -> Page:
    name = "clarin-boleto-colectivos-amba"
    rng = rng_for(name)
    base = "https://www.clarin.com"
    when = datetime(2022, 1, 13, 9, 15, tzinfo=tz(-3))
    title = "Colectivos: el boleto aumentará 40% en el AMBA a partir de febrero"

    def mira(path: str, text: str) -> X:
        return X(
            f'<div class="mira-tambien"><span class="mira-tambien__label">Mirá también</span><a href="{base}/{path}">{esc(text)}</a></div>'
        )

    blocks = [
        P(
            "El boleto de colectivo en el Área Metropolitana de Buenos Aires (AMBA) aumentará un 40% a partir de febrero, según confirmaron este jueves fuentes del Ministerio de Transporte. La suba se aplicará en dos tramos y alcanzará a las líneas nacionales, provinciales y municipales."
        ),
        P(
            "Con el primer tramo, que regirá desde el 1° de febrero, el boleto mínimo pasará de $18 a $21,60. El segundo tramo, previsto para el 1° de marzo, llevará la tarifa mínima a $25,20."
        ),
        mira(
            "ciudades/subte-aumenta-boleto-lunes_0_xK2jLm9QpR.html",
            "Subte: aumenta el boleto desde el lunes",
        ),
        P(
            "Desde la cartera que conduce el ministro explicaron que la actualización busca reducir la brecha entre los costos del sistema y lo que pagan los usuarios, que hoy cubren menos del 15% del costo total del servicio."
        ),
        P(
            "Los pasajeros que tengan la tarjeta SUBE registrada a su nombre y accedan a la tarifa social seguirán pagando un 55% menos que el valor general."
        ),
        X(
            '<div class="ad-slot ad-slot--inread"><span class="ad-slot__label">Publicidad</span><div id="div-gpt-ad-inread"></div></div>'
        ),
        P(
            "«Es una suba que nos pega fuerte. Tomo dos colectivos para ir a trabajar y ya no me alcanza», dijo a Clarín Mariela, una empleada doméstica que viaja todos los días desde Merlo hasta Palermo."
        ),
        mira(
            "economia/inflacion-precios-marzo_0_pQ3rT7vLmN.html",
            "Inflación: los precios subieron 5,1% en marzo",
        ),
        P(
            "Las empresas de transporte, por su parte, consideran que el aumento es insuficiente y advierten que sin una actualización de los subsidios podrían reducir frecuencias en los próximos meses."
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 560, "clr")
    url = f"{base}/ciudades/colectivos-boleto-aumentara-40-amba-partir-febrero_0_Hk3LmQ2xPz.html"
    jsonld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": "Colectivos: el boleto aumentará 40% en el AMBA a partir de febrero",
        "author": {"@type": "Person", "name": "Ramiro Giménez"},
        "publisher": {
            "@type": "Organization",
            "name": "Clarín",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-clarin.png"},
        },
        "mainEntityOfPage": url,
        "image": "https://www.clarin.com/img/2022/01/13/colectivos-amba.jpg",
    }
    state = {
        "article": {
            "id": "Hk3LmQ2xPz",
            "section": "ciudades",
            "title": title,
            "volanta": "Transporte",
            "bajada": "La suba se aplicará en dos tramos. El mínimo pasará de $18 a $25,20.",
            "paywall": {"type": "metered", "limit": 10},
            "tags": ["colectivos", "AMBA", "boleto"],
        },
        "lomas": pick_headlines(rng, "ar", 10),
    }
    sections = [
        ("Política", []),
        ("Economía", ["Dólar", "Inflación", "Campo", "Impuestos"]),
        ("Sociedad", []),
        ("Ciudades", ["AMBA", "Conurbano", "CABA", "La Plata"]),
        ("Mundo", []),
        ("Deportes", ["Fútbol", "River", "Boca", "Selección", "Tenis", "Rugby"]),
        ("Espectáculos", []),
        ("Policiales", []),
        ("Opinión", []),
        ("Tecnología", []),
        ("Provincias", REGIONS["ar"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="es-AR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Colectivos: el boleto aumentará 40% en el AMBA a partir de febrero - Clarín</title>
{meta("description", state["article"]["bajada"])}
{prop("og:title", "Colectivos: el boleto aumentará 40% en el AMBA")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "Clarín")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
<script>window.__PRELOADED_STATE__={jdump(state)};</script>
{gtm("GTM-CLR2K9")}
{gpt(rng, "6199", "clarin/ciudades", ["top", "middle", "inread", "bottom", "zocalo"])}
</head>
<body class="nota">
<header class="header-clarin"><a href="{base}/" class="logo">Clarín</a><nav class="menu">{mega_menu(base, sections, "menu")}</nav><a class="suscribite" href="{base}/suscripciones">Suscribite</a><a href="{base}/login">Ingresar</a></header>
<main class="container-nota">
<div class="breadcrumb"><a href="{base}/ciudades">Ciudades</a></div>
<article class="entry">
<p class="volanta">Transporte</p>
<h1 id="title">{esc(title)}</h1>
<h2 class="bajada">{esc(state["article"]["bajada"])}</h2>
<div class="entry-head-info"><div class="author">Ramiro Giménez</div><div class="breadcrumb-date"><span class="publishedDate">13 de enero de 2022 - 09:15</span></div></div>
<div class="share-nota"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Copiar link</a></div>
<figure class="main-image"><img src="{jsonld["image"]}" alt="Colectivos" width="1200" height="675"><figcaption>Pasajeros en una parada de colectivos en Constitución. Foto: Luciano Thieberger</figcaption></figure>
<div class="body-nota">
{body}
</div>
<div class="tags-nota"><span>Sobre la firma</span><p class="author-box">Ramiro Giménez es periodista de la sección Ciudades. Cubre transporte y servicios públicos.</p></div>
<div class="tags">{"".join(f'<a href="{base}/tema/{slug(t)}.html">{esc(t)}</a>' for t in state["article"]["tags"])}</div>
<section class="comentarios"><h3>Comentarios</h3><p>Comentá las notas y participá de la conversación.</p></section>
</article>
<aside class="sidebar"><h3>Lo más leído</h3><ol>{teasers(rng, "ar", base, 10, when, cls="lomas", with_time=False)}</ol></aside>
</main>
{simple_footer(base, ["Términos y condiciones", "Política de privacidad", "Contacto", "Clasificados", "Suscripciones", "Club Clarín", "Edición impresa", "Newsletters"] + REGIONS["ar"], "Copyright 1996-2022 Clarín.com - All rights reserved", "footer-clarin")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=82)


# --------------------------------------------------------------------------- 30 Público (ISO-8859-1, JSON escaped like PHP)


def publico() -> Page:
    name = "publico-electrificacao-linha-do-oeste"
    rng = rng_for(name)
    base = "https://www.publico.pt"
    when = datetime(2022, 4, 5, 9, 15, tzinfo=tz(1))
    title = "Electrificação da Linha do Oeste só estará concluída em 2024"
    blocks = [
        P(
            "A electrificação da Linha do Oeste entre Meleças e Caldas da Rainha só deverá estar concluída no final de 2024, mais de dois anos depois do prazo inicialmente previsto, admitiu esta terça-feira a Infra-estruturas de Portugal (IP)."
        ),
        P(
            "Em resposta ao PÚBLICO, a empresa pública explica que o atraso se deve sobretudo a dificuldades na empreitada do troço entre Meleças e Torres Vedras, onde foi necessário rever o projecto de estabilização de taludes e de substituição de várias passagens hidráulicas."
        ),
        X(
            f'<aside class="story__related"><h4>Leia também</h4><ul><li><a href="{base}/2022/03/28/local/noticia/cp-novos-comboios-oeste-1999999">CP anuncia novos comboios para a linha do Oeste</a></li></ul></aside>'
        ),
        P(
            "“A obra decorre num canal ferroviário em exploração, o que obriga a trabalhar sobretudo de noite e em períodos curtos”, refere a IP, que garante que os comboios continuarão a circular durante os trabalhos."
        ),
        P(
            "Os autarcas da região mostram-se desagradados. O presidente da Câmara de Torres Vedras, Luís Marques, diz que a população “já perdeu a conta às datas anunciadas” e exige um calendário vinculativo."
        ),
        X(
            '<div class="ad ad--inarticle"><span class="ad__label">Publicidade</span><div id="div-gpt-ad-inarticle"></div></div>'
        ),
        P(
            "Quando a obra estiver concluída, a CP prevê reduzir em cerca de 20 minutos o tempo de viagem entre Lisboa e Caldas da Rainha, com comboios eléctricos e ligações directas à estação do Rossio."
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 380, "pub")
    url = f"{base}/2022/04/05/local/noticia/electrificacao-linha-oeste-so-estara-concluida-2024-2001234"
    jsonld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2022-04-05T08:15:00Z",
        "dateModified": "2022-04-05T08:15:00Z",
        "author": [{"@type": "Person", "name": "Carlos Cipriano"}],
        "publisher": {
            "@type": "Organization",
            "name": "PÚBLICO",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/logo.png"},
        },
        "mainEntityOfPage": url,
        "image": f"{base}/imagens/linha-oeste.jpg",
    }
    sections = [
        ("Política", []),
        ("Sociedade", ["Educação", "Saúde", "Justiça", "Ciência"]),
        ("Local", ["Lisboa", "Porto", "Centro", "Norte", "Sul"]),
        ("Economia", ["Empresas", "Finanças", "Emprego"]),
        ("Mundo", []),
        ("Cultura", ["Ípsilon", "Cinema", "Música", "Livros"]),
        ("Desporto", ["Futebol", "Modalidades"]),
        ("Opinião", []),
        ("Distritos", REGIONS["pt"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="pt-PT">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Electrificação da Linha do Oeste só estará concluída em 2024 | Ferrovia | PÚBLICO</title>
{meta("description", "Infra-estruturas de Portugal justifica atraso com problemas na empreitada do troço entre Meleças e Torres Vedras.")}
{prop("og:title", title)}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "PÚBLICO")}
{prop("article:published_time", "2022-04-05T09:15:00+01:00")}
<link rel="canonical" href="{url}">
<script type="application/ld+json">{jdump(jsonld, ascii_only=True, php=True)}</script>
<style>{css}</style>
<script>var PUBLICO={jdump({"article": {"id": 2001234, "section": "local", "tags": ["ferrovia", "linha do oeste", "IP"], "date": "2022-04-05 09:15"}, "ads": {"unit": "/1234/publico/local"}}, ascii_only=True, php=True)};</script>
{gtm("GTM-PUB7Q1")}
{gpt(rng, "1234", "publico/local", ["topo", "inarticle", "lateral", "rodape"])}
</head>
<body class="article">
<div class="cookies-bar">Utilizamos cookies para melhorar a sua experiência de navegação. <a href="{base}/privacidade">Saiba mais</a> <button>Aceitar</button></div>
<header class="site-header"><a href="{base}/" class="site-logo">PÚBLICO</a><nav class="site-nav">{mega_menu(base, sections, "site-nav")}</nav><a class="site-header__subscribe" href="{base}/assinaturas">Assinar</a></header>
<main class="site-main">
<div class="story__kicker"><a href="{base}/ferrovia">Ferrovia</a></div>
<article class="story">
<h1 class="story__headline">{esc(title)}</h1>
<div class="story__blurb lead"><p>Infra-estruturas de Portugal justifica atraso com problemas na empreitada do troço entre Meleças e Torres Vedras.</p></div>
<div class="story__byline"><span class="byline__name"><a href="{base}/autor/carlos-cipriano">Carlos Cipriano</a></span> <time class="dateline" datetime="2022-04-05T09:15:00+01:00">5 de Abril de 2022, 9:15</time></div>
<div class="story__share"><a href="#">Partilhar no Facebook</a><a href="#">Partilhar no Twitter</a><a href="#">Enviar por email</a></div>
<figure class="story__media"><img src="{jsonld["image"]}" alt="Linha do Oeste" width="1200" height="675"><figcaption>Obras na estação de Torres Vedras <span class="credit">Nuno Ferreira Santos</span></figcaption></figure>
<div class="story__body" id="story-body">
{body}
</div>
<div class="story__tags">Tópicos: {"".join(f'<a href="{base}/{slug(t)}">{esc(t)}</a> ' for t in ["Ferrovia", "Infra-estruturas de Portugal", "Torres Vedras", "CP"])}</div>
<section class="comments"><h3>Comentários</h3><p>Os comentários a este artigo estão fechados. Saiba porquê.</p></section>
</article>
<aside class="sidebar"><h3>Mais lidas</h3><ol>{teasers(rng, "pt", base, 8, when, cls="mais-lidas", with_time=False)}</ol><h3>Últimas</h3><ul>{teasers(rng, "pt", base, 10, when, cls="ultimas")}</ul></aside>
</main>
{simple_footer(base, ["Ficha técnica", "Estatuto editorial", "Livro de estilo", "Provedor do leitor", "Contactos", "Publicidade", "Termos de uso", "Privacidade", "Assinaturas"] + REGIONS["pt"], "© 2022 PÚBLICO Comunicação Social SA", "site-footer")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), encoding="iso-8859-1", target_kb=52)


# --------------------------------------------------------------------------- 31 Aftonbladet (Plus paywall teaser)


def aftonbladet() -> Page:
    name = "aftonbladet-elpris-helgen-plus"
    rng = rng_for(name)
    base = "https://www.aftonbladet.se"
    when = datetime(2022, 12, 1, 9, 15, tzinfo=tz(1))
    title = "Elpriset kan rusa i helgen – så mycket kan det kosta"
    blocks = [
        P(
            "Kall luft från norr och svag vind väntas pressa upp elpriset i södra Sverige under helgen. Enligt analysföretaget Nordisk Kraftdata kan priset i elområde 4 nå över 5 kronor per kilowattimme under lördagens topptimmar."
        ),
        P(
            "– Det är en kombination av hög förbrukning och att vindkraften nästan står still. Samtidigt är flera kärnkraftsreaktorer ur drift för underhåll, säger analytikern Johan Lindqvist."
        ),
        X(
            f'<div class="hyperion-css-read-also"><span>Läs också</span><a href="{base}/nyheter/a/Xk9pQ2/elpriset-rusar-i-sodra-sverige">Elpriset rusar i södra Sverige</a></div>'
        ),
        P(
            "För en villaägare med elvärme och timpris kan en kall helg innebära en kostnad på flera hundra kronor extra jämfört med en normal vinterhelg."
        ),
    ]
    body = render(blocks, p='<p class="hyperion-css-1l9ad0b">{}</p>')
    css = css_blob(rng, 500, "hyperion-css")
    url = f"{base}/nyheter/a/Lm3Qr8/elpriset-kan-rusa-i-helgen-sa-mycket-kan-det-kosta"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Elpriset kan rusa i helgen – så mycket kan det kosta",
        "datePublished": "2022-12-01T08:15:00Z",
        "dateModified": "2022-12-01T08:15:00Z",
        "author": [{"@type": "Person", "name": "Emma Sjöberg"}],
        "publisher": {
            "@type": "Organization",
            "name": "Aftonbladet",
            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"},
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywalled-content",
        },
        "mainEntityOfPage": url,
    }
    state = {
        "article": {
            "id": "Lm3Qr8",
            "title": title,
            "published": "2022-12-01T08:15:00Z",
            "access": "plus",
            "section": "nyheter",
            "tags": ["elpriset", "energi", "vinter"],
        },
        "frontTeasers": pick_headlines(rng, "sv", 10),
    }
    sections = [
        ("Nyheter", ["Inrikes", "Utrikes", "Krim", "Politik", "Samhälle"]),
        ("Sportbladet", ["Fotboll", "Hockey", "Trav", "Motor", "Vintersport"]),
        ("Nöjesbladet", ["Kändis", "TV", "Musik", "Film"]),
        ("Plus", []),
        ("Livsstil", ["Hälsa", "Mat", "Resa", "Bostad"]),
        ("Debatt", []),
        ("Ledare", []),
        ("Kultur", []),
        ("Städer", REGIONS["sv"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Elpriset kan rusa i helgen – så mycket kan det kosta | Aftonbladet</title>
{meta("description", "Kylan gör att elpriset i södra Sverige kan stiga till nya rekordnivåer.")}
{prop("og:title", "Elpriset kan rusa i helgen")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "Aftonbladet")}
{prop("article:published_time", "2022-12-01T08:15:00Z")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
{gtm("GTM-AB9S2E")}
{gpt(rng, "8578", "aftonbladet/nyheter", ["panorama", "board1", "netboard", "mobil"])}
</head>
<body>
<div id="sp_message_container_887766" class="sp-consent"><p>Vi och våra partner använder cookies och liknande tekniker för att lagra och få åtkomst till personuppgifter på din enhet.</p><button>Godkänn alla</button><button>Inställningar</button></div>
<header class="hyperion-header"><a href="{base}/" class="hyperion-logo">Aftonbladet</a><nav class="hyperion-nav">{mega_menu(base, sections, "hyperion-nav")}</nav><a class="hyperion-plus" href="{base}/plus">Bli Plus-medlem</a></header>
<main class="hyperion-main">
<article class="hyperion-article">
<div class="hyperion-plus-badge">Plus</div>
<h1 class="hyperion-css-headline">{esc(title)}</h1>
<p class="hyperion-css-lead">Kylan gör att elpriset i södra Sverige kan stiga till nya rekordnivåer.</p>
<div class="hyperion-byline"><span class="hyperion-author">Emma Sjöberg</span><span class="hyperion-role">Reporter</span></div>
<div class="hyperion-dates"><span>Publicerad <time datetime="2022-12-01T08:15:00.000Z">1 december 2022 kl. 09.15</time></span></div>
<figure class="hyperion-figure"><img src="https://images.aftonbladet-cdn.se/v2/images/elmast.jpg" alt="Elledningar" width="1200" height="800"><figcaption>Elpriset väntas stiga kraftigt under helgen. <span class="hyperion-credit">Foto: Jonas Ekströmer/TT</span></figcaption></figure>
<div class="hyperion-body paywalled-content">
{body}
</div>
<div class="hyperion-paywall"><h3>Det här är en Plus-artikel</h3><p>Bli Plus-medlem för att läsa vidare. Första månaden för 1 kr, sedan 99 kr/mån. Avsluta när du vill.</p><a href="{base}/plus/kop">Köp Plus</a><p>Redan Plus-medlem? <a href="https://login.schibsted.com">Logga in</a></p></div>
<div class="hyperion-tags">{"".join(f'<a href="{base}/tagg/{slug(t)}">{esc(t)}</a>' for t in state["article"]["tags"])}</div>
</article>
<aside class="hyperion-aside"><h3>Mest läst</h3><ol>{teasers(rng, "sv", base, 8, when, cls="mostread", with_time=False)}</ol><h3>Senaste nytt</h3><ul>{teasers(rng, "sv", base, 10, when, cls="latest", time_fmt=lambda m: f"{m:%H.%M}")}</ul></aside>
</main>
{simple_footer(base, ["Om Aftonbladet", "Kontakta oss", "Tipsa oss", "Annonsera", "Personuppgiftspolicy", "Cookiepolicy", "Kundservice", "Jobb"] + REGIONS["sv"], "Aftonbladet Hierta AB. Ansvarig utgivare: Lotta Folcker", "hyperion-footer")}
<script>window.__HYPERION_STATE__={jdump(state)};</script>
{FILL}
</body>
</html>
"""
    return Page(
        name,
        html_doc,
        answer(title, when, blocks, stated=datetime(2022, 12, 1, 8, 15, tzinfo=UTC)),
        target_kb=60,
    )


# --------------------------------------------------------------------------- 32 Yle (Next.js, no JSON-LD)


def yle() -> Page:
    name = "yle-latauspisteet-maaseutu"
    rng = rng_for(name)
    base = "https://yle.fi"
    when = datetime(2022, 1, 13, 9, 15, 24, tzinfo=tz(2))
    title = "Sähköautojen latauspisteet keskittyvät kasvukeskuksiin – maaseudulla välimatkat ovat pitkiä"
    blocks = [
        P(
            "Sähköautojen julkisten latauspisteiden määrä on kasvanut Suomessa nopeasti, mutta kasvu painottuu voimakkaasti suuriin kaupunkeihin. Liikenne- ja viestintäviraston tilastojen mukaan lähes 60 prosenttia pikalatauspisteistä sijaitsee Uudellamaalla, Pirkanmaalla ja Varsinais-Suomessa."
        ),
        P(
            "Esimerkiksi Kainuussa ja Lapin itäosissa matka lähimmälle pikalaturille voi olla yli sata kilometriä."
        ),
        X(
            f'<aside class="yle__article__relatedlink"><span>Lue myös:</span> <a href="{base}/a/74-20012345">Sähkön hinta nousee ennätyslukemiin</a></aside>'
        ),
        P(
            "– Kesällä se ei ole ongelma, mutta pakkasella akun kantama lyhenee selvästi. Silloin joutuu suunnittelemaan jokaisen matkan tarkasti, kertoo kuhmolainen sähköautoilija Pirjo Kemppainen."
        ),
        H("Latausyhtiöt odottavat kysyntää"),
        P(
            "Latausverkkoja rakentavat yhtiöt perustelevat painotusta kysynnällä. Pikalaturin rakentaminen maksaa kymmeniä tuhansia euroja, eikä harvaan asutulla alueella käyttöä ole vielä riittävästi."
        ),
        P(
            "Hallitus on luvannut tukea latausinfran rakentamista myös maaseudulle. Tänä vuonna tukea on tarjolla yhteensä 10 miljoonaa euroa, ja hakuaika alkaa helmikuussa."
        ),
    ]
    body = render(
        blocks,
        p='<p class="yle__article__paragraph">{}</p>',
        h='<h2 class="yle__article__heading yle__article__heading--h2">{}</h2>',
    )
    css = css_blob(rng, 420, "yle")
    url = f"{base}/a/3-12269873"

    def node(b):
        if isinstance(b, P):
            return {"type": "text", "text": text_of(b.html)}
        if isinstance(b, H):
            return {"type": "heading", "level": 2, "text": b.text}
        return {"type": "relatedLink", "html": b.html}

    next_data = {
        "props": {
            "pageProps": {
                "meta": {
                    "title": title,
                    "id": "3-12269873",
                    "language": "fi",
                    "datePublished": "2022-01-13T09:15:24+02:00",
                    "dateContentModified": "2022-01-13T11:02:10+02:00",
                },
                "article": {
                    "headline": {"full": title},
                    "lead": "Pikalatauspisteiden määrä on kaksinkertaistunut vuodessa, mutta valtaosa niistä sijaitsee suurimmissa kaupungeissa.",
                    "content": [node(b) for b in blocks],
                    "authors": [{"name": "Mikko Heikkinen", "organization": "Yle"}],
                    "subjects": ["sähköautot", "latausasemat", "Kainuu", "liikenne"],
                },
                "regions": REGIONS["fi"],
            },
        },
        "page": "/a/[id]",
        "query": {"id": "3-12269873"},
        "buildId": "yle-web-2022.01.12-1",
        "isFallback": False,
        "gsp": True,
    }
    sections = [
        (
            "Uutiset",
            [
                "Kotimaa",
                "Ulkomaat",
                "Talous",
                "Politiikka",
                "Kulttuuri",
                "Viihde",
                "Tiede",
                "Luonto",
                "Terveys",
                "Media",
                "Liikenne",
            ],
        ),
        ("Urheilu", ["Jalkapallo", "Jääkiekko", "Formula 1", "Yleisurheilu", "Hiihto"]),
        ("Alueet", REGIONS["fi"]),
        ("Areena", []),
        ("Selkouutiset", []),
        ("News in English", []),
        ("Svenska Yle", []),
        ("Sää", []),
    ]
    html_doc = f"""<!DOCTYPE html><html lang="fi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Sähköautojen latauspisteet keskittyvät kasvukeskuksiin – maaseudulla välimatkat ovat pitkiä | Yle</title>
{meta("description", next_data["props"]["pageProps"]["article"]["lead"])}
{prop("og:title", "Sähköautojen latauspisteet keskittyvät kasvukeskuksiin")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "Yle Uutiset")}
<link rel="canonical" href="{url}"/>
<style data-emotion="yle">{css}</style>
<script>window.yleAnalytics={jdump({"site": "yle-uutiset", "contentId": "3-12269873", "contentType": "article", "keywords": next_data["props"]["pageProps"]["article"]["subjects"]})};</script>
</head><body><div id="__next">
<div class="yle-consent" role="dialog"><p>Yle käyttää evästeitä palveluiden kehittämiseen ja sisältöjen suositteluun. Voit hyväksyä kaikki evästeet tai valita itse.</p><button>Hyväksy kaikki</button><button>Vain välttämättömät</button><button>Evästeasetukset</button></div>
<header class="yle-header"><a href="{base}/uutiset" class="yle-header__logo">Yle Uutiset</a><nav class="yle-header__nav">{mega_menu(base, sections, "yle-nav")}</nav><a href="https://tunnus.yle.fi">Kirjaudu</a></header>
<main id="main-content" class="yle__article">
<div class="yle__article__header"><span class="yle__subject"><a href="{base}/t/18-147263">Sähköautot</a></span>
<h1 class="yle__article__heading yle__article__heading--h1">{esc(title)}</h1>
<p class="yle__article__lead">{esc(next_data["props"]["pageProps"]["article"]["lead"])}</p>
<div class="yle__article__author"><span>Mikko Heikkinen</span></div>
<div class="yle__article__date"><time datetime="2022-01-13T09:15:24+02:00">13.1.2022 klo 9.15</time> • Päivitetty <time datetime="2022-01-13T11:02:10+02:00">13.1.2022 klo 11.02</time></div></div>
<figure class="yle__article__figure"><img src="https://images.cdn.yle.fi/image/upload/latauspiste.jpg" alt="Latausasema" width="1200" height="675"/><figcaption class="yle__article__figcaption">Pikalatausasema Kajaanin keskustassa. <span class="yle__article__figure__credits">Kuva: Timo Sihvonen / Yle</span></figcaption></figure>
<section class="yle__article__content">
{body}
</section>
<div class="yle__share"><button>Jaa</button><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a></div>
<div class="yle__article__tags">{"".join(f'<a href="{base}/t/{slug(t)}">{esc(t)}</a>' for t in next_data["props"]["pageProps"]["article"]["subjects"])}</div>
<section class="yle__comments"><p>Voit keskustella aiheesta 14.1. klo 23:00 saakka.</p></section>
</main>
<aside class="yle__most-read"><h2>Luetuimmat</h2><ol>{teasers(rng, "fi", base, 10, when, cls="most-read", with_time=False)}</ol><h2>Tuoreimmat</h2><ul>{teasers(rng, "fi", base, 10, when, cls="latest", time_fmt=lambda m: f"{m.hour}.{m.minute:02d}")}</ul></aside>
{simple_footer(base, ["Tietoa Ylestä", "Asiakaspalvelu", "Yle-tunnus", "Tietosuoja", "Evästeasetukset", "Saavutettavuus", "Uutisvinkit", "Ohjelmaopas"] + REGIONS["fi"], "Copyright © Yle 2022", "yle-footer")}
</div>
<script id="__NEXT_DATA__" type="application/json">{jdump(next_data)}</script>
{FILL}
</body></html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=58)


# --------------------------------------------------------------------------- 33 VnExpress (sapo lead, author line at the end)


def vnexpress() -> Page:
    name = "vnexpress-metro-cat-linh-ha-dong"
    rng = rng_for(name)
    base = "https://vnexpress.net"
    when = datetime(2022, 11, 8, 9, 15, tzinfo=tz(7))
    title = "Metro Cát Linh - Hà Đông đón 10 triệu lượt khách"
    blocks = [
        P(
            "Ngày 8/11, Công ty TNHH MTV Đường sắt Hà Nội cho biết tuyến metro đạt mốc 10 triệu lượt khách vào cuối tuần trước. Lượng khách tăng mạnh vào các ngày cuối tuần và dịp lễ, có thời điểm vượt 50.000 lượt mỗi ngày."
        ),
        X(
            '<figure class="tplCaption"><div class="fig-picture"><img src="https://i1-vnexpress.vnecdn.net/2022/11/08/metro-cat-linh.jpg" alt="Hành khách lên tàu metro"></div><figcaption><p class="Image">Hành khách lên tàu tại ga Cát Linh sáng 8/11. Ảnh: <em>Giang Huy</em></p></figcaption></figure>'
        ),
        P(
            "Theo ông Nguyễn Văn Thành, Phó tổng giám đốc công ty, khoảng 60% hành khách là học sinh, sinh viên và người đi làm sử dụng vé tháng. Giá vé tháng hiện là 200.000 đồng, vé ưu tiên cho học sinh, sinh viên là 100.000 đồng."
        ),
        P(
            '"Chúng tôi đang nghiên cứu tăng tần suất chạy tàu vào giờ cao điểm từ 10 phút xuống 6 phút một chuyến để giảm tình trạng đông khách", ông Thành nói.'
        ),
        X(
            f'<div class="box-tinlienquanv2"><span class="title">Xem thêm</span><ul><li><a href="{base}/ha-noi-mo-them-tuyen-buyt-dien-4534567.html">Hà Nội mở thêm tuyến buýt điện</a></li></ul></div>'
        ),
        P(
            "Tuyến Cát Linh - Hà Đông dài hơn 13 km với 12 nhà ga trên cao, là tuyến đường sắt đô thị đầu tiên của Hà Nội đi vào hoạt động. Thành phố đang đẩy nhanh tiến độ tuyến Nhổn - ga Hà Nội, dự kiến vận hành đoạn trên cao trong năm tới."
        ),
    ]
    body = render(blocks, p='<p class="Normal">{}</p>')
    css = css_blob(rng, 380, "vne")
    url = f"{base}/metro-cat-linh-ha-dong-don-10-trieu-luot-khach-4535678.html"
    jsonld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": "Sau gần một năm vận hành thương mại, tuyến metro Cát Linh - Hà Đông đã phục vụ hơn 10 triệu lượt hành khách.",
        "datePublished": "2022-11-08T09:15:00+07:00",
        "dateModified": "2022-11-08T09:15:00+07:00",
        "author": {"@type": "Person", "name": "Võ Hải"},
        "publisher": {
            "@type": "Organization",
            "name": "VnExpress",
            "logo": {
                "@type": "ImageObject",
                "url": "https://s1.vnecdn.net/vnexpress/restruct/i/v1/graphics/img_logo_vne_web.gif",
            },
        },
    }
    sections = [
        ("Thời sự", ["Chính trị", "Dân sinh", "Lao động - Việc làm", "Giao thông", "Mekong"]),
        ("Góc nhìn", []),
        ("Thế giới", []),
        ("Kinh doanh", ["Quốc tế", "Doanh nghiệp", "Chứng khoán", "Bất động sản", "Ebank"]),
        ("Khoa học", []),
        ("Giải trí", []),
        ("Thể thao", ["Bóng đá", "Tennis", "Các môn khác"]),
        ("Pháp luật", []),
        ("Giáo dục", []),
        ("Sức khỏe", []),
        ("Đời sống", []),
        ("Du lịch", []),
        ("Số hóa", []),
        ("Xe", []),
        ("Tỉnh thành", REGIONS["vi"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Metro Cát Linh - Hà Đông đón 10 triệu lượt khách - VnExpress</title>
{meta("description", jsonld["description"])}
{meta("pubdate", "2022-11-08T09:15:00+07:00")}
{meta("its_publication", "1667873700")}
<meta itemprop="datePublished" content="2022-11-08T09:15:00+07:00">
{prop("og:title", title)}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "VnExpress")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
<script>var PageInfo={jdump({"article_id": 4535678, "category_id": 1001002, "site_id": 1000000, "article_type": 1, "publish_time": 1667873700})};</script>
{gtm("GTM-VNE2N9")}
</head>
<body>
<header class="header"><a href="{base}/" class="logo">VnExpress</a><nav class="main-nav">{mega_menu(base, sections, "main-nav")}</nav></header>
<section class="section page-detail top-detail">
<div class="container">
<div class="sidebar-1">
<div class="header-content"><ul class="breadcrumb"><li><a href="{base}/thoi-su">Thời sự</a></li><li><a href="{base}/thoi-su/giao-thong">Giao thông</a></li></ul>
<span class="date">Thứ ba, 8/11/2022, 09:15 (GMT+7)</span></div>
<h1 class="title-detail">{esc(title)}</h1>
<p class="description">{esc(jsonld["description"])} Trung bình khoảng 28.000 lượt mỗi ngày.</p>
<article class="fck_detail">
{body}
<p class="Normal" style="text-align:right;"><strong>Võ Hải</strong></p>
</article>
<div class="footer-content"><div class="box-tag"><h4>Tags</h4>{"".join(f'<a href="{base}/chu-de/{slug(t)}">{esc(t)}</a>' for t in ["metro", "Cát Linh - Hà Đông", "đường sắt đô thị", "Hà Nội"])}</div>
<div class="social_pin"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Sao chép link</a></div></div>
<div class="box_comment_vne"><h3>Ý kiến (46)</h3><div class="comment_item"><p class="full_content"><span class="txt-name">Minh Tuấn</span> Tàu sạch, đúng giờ, nhưng giờ cao điểm quá đông.</p></div><div class="comment_item"><p class="full_content"><span class="txt-name">Hoa Nguyễn</span> Mong tuyến Nhổn sớm chạy để đi làm tiện hơn.</p></div></div>
</div>
<div class="sidebar-2"><div class="box-category"><h3>Xem nhiều</h3><ol>{teasers(rng, "vi", base, 10, when, cls="xem-nhieu", with_time=False)}</ol></div>
<div class="box-category"><h3>Tin mới</h3><ul>{teasers(rng, "vi", base, 10, when, cls="tin-moi")}</ul></div></div>
</div>
</section>
{simple_footer(base, ["Điều khoản sử dụng", "Chính sách bảo mật", "Cookies", "RSS", "Theo dõi VnExpress trên", "Liên hệ tòa soạn", "Thông tin tòa soạn", "Quảng cáo"] + REGIONS["vi"], "© Copyright 1997 VnExpress.net, All rights reserved", "footer")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=50)


# --------------------------------------------------------------------------- 34 Hürriyet ("Haberin Devamı", agency dateline, tweet)


def hurriyet() -> Page:
    name = "hurriyet-izmir-buca-metro-test"
    rng = rng_for(name)
    base = "https://www.hurriyet.com.tr"
    when = datetime(2023, 10, 5, 9, 15, tzinfo=tz(3))
    title = "İzmir'de yeni metro hattında test sürüşleri başladı"
    devam = X(
        '<div class="haberin-devami"><a href="#" class="read-more-button">Haberin Devamı</a></div>'
    )
    blocks = [
        P(
            "İzmir'de yapımı süren Buca metro hattında ilk test sürüşleri başladı. Gece saatlerinde gerçekleştirilen ilk sürüşte, tren Üçyol ile Çamlıkule istasyonları arasındaki 4,2 kilometrelik bölümde düşük hızla ilerledi.",
            lead="<strong>İZMİR (DHA)</strong> - ",
        ),
        P(
            'İzmir Büyükşehir Belediyesi Raylı Sistemler Dairesi Başkanı Murat Demirtaş, testlerin üç ay boyunca süreceğini söyledi. Demirtaş, "Sinyalizasyon ve enerji sistemleri tek tek kontrol edilecek. Her şey yolunda giderse hattın ilk etabını gelecek yıl yolcuya açmayı hedefliyoruz" dedi.'
        ),
        devam,
        P(
            "Toplam 13,5 kilometre uzunluğundaki hatta 11 istasyon bulunuyor. Hat tamamlandığında Buca ile Üçyol arasındaki yolculuk süresinin 45 dakikadan 15 dakikaya inmesi bekleniyor."
        ),
        X(
            f'<div class="related-news-box"><span class="related-news-box__title">İlgili Haberler</span><ul><li><a href="{base}/yerel-haberler/izmir/ankarada-metro-hatti-genisliyor-42312345">Ankara\'da metro hattı genişliyor</a></li></ul></div>'
        ),
        P(
            'Buca\'da yaşayan öğretmen Ayşe Kaya, metro hattını yıllardır beklediklerini belirterek, "Her sabah trafikte bir saat kaybediyoruz. Metro açıldığında hayatımız değişecek" diye konuştu.'
        ),
        X(
            '<blockquote class="twitter-tweet"><p lang="tr" dir="ltr">Buca Metrosu’nda ilk test sürüşünü gerçekleştirdik. Emeği geçen tüm çalışma arkadaşlarıma teşekkür ederim. 🚇</p>'
            '&mdash; İzmir Raylı Sistemler (@IzmirRayli) <a href="https://twitter.com/IzmirRayli/status/1709812345678901234">October 5, 2023</a></blockquote>'
        ),
        devam,
        P(
            "Projenin toplam maliyetinin yaklaşık 490 milyon euro olduğu açıklandı. Hattın finansmanının bir bölümü uluslararası kredi kuruluşlarından sağlandı."
        ),
    ]
    body = render(blocks)
    css = css_blob(rng, 560, "hur")
    url = f"{base}/yerel-haberler/izmir/izmirde-yeni-metro-hattinda-test-surusleri-basladi-42345678"
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "İzmir'de yeni metro hattında test sürüşleri başladı",
        "alternativeHeadline": "Buca metrosunda ilk test sürüşü",
        "datePublished": "2023-10-05T09:15:00+03:00",
        "dateModified": "2023-10-05T09:40:00+03:00",
        "author": {"@type": "Person", "name": "DHA"},
        "publisher": {
            "@type": "Organization",
            "name": "Hürriyet",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/images/hurriyet-logo.png"},
        },
        "mainEntityOfPage": url,
        "image": "https://i.hurimg.com/i/hurriyet/75/1200x675/buca-metro.jpg",
    }
    sections = [
        ("Gündem", []),
        ("Ekonomi", ["Para", "Emlak", "Otomobil"]),
        ("Dünya", []),
        (
            "Spor",
            [
                "Futbol",
                "Basketbol",
                "Voleybol",
                "Galatasaray",
                "Fenerbahçe",
                "Beşiktaş",
                "Trabzonspor",
            ],
        ),
        ("Magazin", []),
        ("Yazarlar", []),
        ("Kelebek", []),
        ("Seyahat", []),
        ("Teknoloji", []),
        ("Sağlık", []),
        ("Yerel Haberler", REGIONS["tr"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>İzmir'de yeni metro hattında test sürüşleri başladı - Son Dakika Haberleri</title>
{meta("description", "Buca hattında ilk test sürüşü gece saatlerinde gerçekleştirildi.")}
{prop("og:title", "Buca metrosunda ilk test sürüşü yapıldı")}
{prop("og:type", "article")}
{prop("og:url", url)}
{prop("og:site_name", "Hürriyet")}
{prop("article:published_time", "2023-10-05T09:15:00+03:00")}
<link rel="canonical" href="{url}">
{ld(jsonld)}
<style>{css}</style>
<script>var dataLayer=dataLayer||[];dataLayer.push({jdump({"pageType": "newsDetail", "category": "yerel-haberler/izmir", "newsId": 42345678, "source": "DHA", "publishDate": "05.10.2023 09:15"})});</script>
{gtm("GTM-HUR5T8")}
{gpt(rng, "9927946", "hurriyet/yerel-haberler/izmir", ["masthead", "sag-300x250", "inarticle-1", "inarticle-2", "footer"])}
</head>
<body>
<div class="kvkk-banner">Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için <a href="{base}/cerez-politikasi">Çerez Politikası</a>'nı inceleyebilirsiniz. <button>Kabul Et</button></div>
<header class="header"><a href="{base}/" class="logo">Hürriyet</a><nav class="nav">{mega_menu(base, sections, "nav")}</nav></header>
<main class="news-detail">
<div class="breadcrumb"><a href="{base}/">Anasayfa</a> &gt; <a href="{base}/yerel-haberler/">Yerel Haberler</a> &gt; <a href="{base}/yerel-haberler/izmir/">İzmir</a></div>
<article class="news-detail-content">
<h1 class="news-detail-title">{esc(title)}</h1>
<h2 class="news-detail-spot">Buca hattında ilk test sürüşü gece saatlerinde gerçekleştirildi. Hattın 2025'te hizmete girmesi planlanıyor.</h2>
<div class="news-date"><span>Giriş: <time datetime="2023-10-05T09:15:00+03:00">05.10.2023 - 09:15</time></span> | <span>Son Güncelleme: <time datetime="2023-10-05T09:40:00+03:00">05.10.2023 - 09:40</time></span></div>
<div class="share-area"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Yorum Yap</a></div>
<figure class="news-media"><img src="{jsonld["image"]}" alt="Buca metrosu" width="1200" height="675"><figcaption>Buca metrosunda ilk test sürüşü</figcaption></figure>
<div class="news-content readingTime">
{body}
</div>
<div class="news-tags">{"".join(f'<a href="{base}/haberleri/{slug(t)}">{esc(t)}</a>' for t in ["Buca Metrosu", "İzmir", "Metro"])}</div>
<section class="comments"><h3>Yorumlar</h3><div class="comment"><span class="comment-user">ahmet_35</span> <time datetime="2023-10-05T10:02:00+03:00">05.10.2023 10:02</time><p>Nihayet! Yıllardır bekliyoruz.</p></div></section>
</article>
<aside class="sidebar"><h3>Çok Okunanlar</h3><ol>{teasers(rng, "tr", base, 10, when, cls="most-read", with_time=False)}</ol><h3>Son Dakika</h3><ul>{teasers(rng, "tr", base, 10, when, cls="son-dakika", time_fmt=lambda m: f"{m:%d.%m.%Y - %H:%M}")}</ul></aside>
</main>
{simple_footer(base, ["Künye", "İletişim", "Reklam", "Gizlilik", "Çerez Politikası", "KVKK", "Kullanım Koşulları", "Site Haritası", "RSS"] + REGIONS["tr"], "© Copyright 2023 Hürriyet", "footer")}
{FILL}
</body>
</html>
"""
    return Page(name, html_doc, answer(title, when, blocks), target_kb=92)


# =========================================================================== main

PAGES = [
    republika,
    bisnis,
    kontan,
    merdeka_amp,
    idntimes,
    viva,
    sindonews,
    jawapos,
    katadata,
    tirto,
    beritasatu,
    radar,
    kompastv,
    washingtonpost,
    bloomberg,
    independent,
    skynews,
    abc_au,
    straitstimes,
    jakartapost,
    thehindu,
    npr,
    wordpress_local,
    lefigaro,
    faz,
    sueddeutsche,
    repubblica,
    elmundo,
    clarin,
    publico,
    aftonbladet,
    yle,
    vnexpress,
    hurriyet,
]


def main() -> None:
    sizes = []
    names = set()
    for build in PAGES:
        page = build()
        if page.name in names:
            raise SystemExit(f"duplicate page name {page.name}")
        names.add(page.name)
        data = finish(page)
        (OUT / f"{page.name}.html").write_bytes(data)
        (OUT / f"{page.name}.expected.json").write_text(
            json.dumps(page.answer, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        sizes.append(len(data))
    sizes.sort()
    sys.stdout.write(
        f"{len(sizes)} pages, {sizes[0] / 1024:.0f}-{sizes[-1] / 1024:.0f} KB "
        f"(median {sizes[len(sizes) // 2] / 1024:.0f} KB)\n"
    )


if __name__ == "__main__":
    main()
