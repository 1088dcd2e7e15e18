# ruff: noqa: E501  (page markup reads better unwrapped)
"""Synthetic full-size saved news pages, deterministic by number, for the import benchmark.

`generate_page(n)` writes page n as a saved page of 42-144 KB with what real pages carry
around the story (inline scripts and JSON state, a mega-menu, ads, "Baca juga" boxes,
figures, comments, footers); `story(n)` is what the importer should read back from it.
One story in 20 is republished by another outlet. Writes nothing; safe to call again.
"""

import functools
import json
import random
from dataclasses import dataclass

SOURCES = [
    ("Warta Kota", "wartakota.test"),
    ("Kabar Jateng", "kabarjateng.test"),
    ("Harian Nusantara", "hariannusantara.test"),
    ("Suara Timur", "suaratimur.test"),
    ("Berita Pagi", "beritapagi.test"),
    ("Kompas Desa", "kompasdesa.test"),
    ("Metro Sumatra", "metrosumatra.test"),
    ("Bali Post Online", "balipost.test"),
]
WORDS = (
    "pemerintah kota warga jalan banjir harga beras pasar menteri presiden rapat desa sekolah "
    "rumah sakit pelabuhan kapal hujan polisi petugas kepala dinas sosial bantuan anak guru "
    "murid listrik air bersih kebakaran gempa tanah longsor jembatan proyek anggaran daerah "
    "provinsi kabupaten kecamatan kelurahan posko relawan pengungsi laporan data angka naik "
    "turun pekan bulan tahun pagi malam siang sore mengatakan menyebut menurut menjelaskan "
    "menambahkan meminta berharap segera akan telah sudah belum masih sejak hingga karena "
    "sehingga namun tetapi serta dengan untuk dari pada dalam ke di oleh bagi tentang atas"
).split()
MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
SECTIONS = (
    "Nasional Internasional Ekonomi Bisnis Olahraga Bola Daerah Metro Hiburan Seleb Gaya-Hidup "
    "Kesehatan Otomotif Teknologi Pendidikan Travel Kuliner Properti Opini Foto Video Cek-Fakta"
).split()
ABOUT = (
    "Redaksi, Pedoman Media Siber, Kode Etik, Kontak, Karir, Iklan, Kebijakan Privasi, "
    "Syarat dan Ketentuan, Tentang Kami, Indeks Berita"
).split(", ")
ICON = (  # share bars, menus and footers carry inline SVG icons like this one
    '<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="'
    "M12 2C6.48 2 2 6.48 2 12c0 4.84 3.44 8.87 8 9.8V15H8v-3h2V9.5C10 7.57 11.57 6 13.5 6H16v3"
    'h-2c-.55 0-1 .45-1 1v2h3v3h-3v6.95c5.05-.5 9-4.76 9-9.95 0-5.52-4.48-10-10-10z"/></svg>'
)


@dataclass(frozen=True)
class Story:
    """What a page says, as the importer should read it back."""

    title: str
    author: str
    paragraphs: list[str]
    related: list[str]  # the "Baca juga" headlines inside the story
    day: int
    month: int
    year: int


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(10, 24))
    return " ".join(words).capitalize() + "."


def _paragraph(rng):
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def _headline(rng):
    return " ".join(rng.choices(WORDS, k=rng.randint(5, 9))).capitalize()


def _links(items):
    return "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in items)


def _name(rng):
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(1, 3))) + str(
        rng.randint(0, 99)
    )


def _minified_js(rng, size):
    """Bundler-style inline code; its `<`, quotes and HTML strings are what real pages hold."""
    parts, length = [], 0
    while length < size:
        a, b, c = _name(rng), _name(rng), _name(rng)
        part = rng.choice(
            [
                f"function {a}({b},{c}){{return {b}&&{b}.{c}?{c}({b}.{c}):void 0}}",
                f"var {a}={b}.length<{rng.randint(2, 90)}?'<div class=\"{c}\">'+{b}+'</div>':{c};",
                f"{a}.prototype.{b}=function(e){{for(var t=0;t<e.length;t++)this.{c}(e[t])}};",
                f'window.{a}=window.{a}||{{"{b}":{rng.randint(0, 9999)},"{c}":"{_headline(rng)}"}};',
            ]
        )
        parts.append(part)
        length += len(part)
    return "".join(parts)


def _json_script(data) -> str:
    # As Next.js does: no "</" inside, so the JSON cannot close its <script>.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


@functools.cache
def _site_parts(site: str, host: str) -> tuple[str, str, str, tuple]:
    """What every page of one site shares: its stylesheet, mega-menu and footer."""
    rng = random.Random(site)
    menu = tuple(
        (
            section.replace("-", " "),
            f"/{section.lower()}",
            tuple(
                (" ".join(rng.choices(WORDS, k=2)).title(), f"/{section.lower()}/{i}")
                for i in range(rng.randint(5, 18))
            ),
        )
        for section in SECTIONS
    )
    columns = "".join(
        f'<li class="mega-menu__col"><a class="mega-menu__head" href="{href}">{name}</a>'
        f"<ul>{_links(links)}</ul></li>"
        for name, href, links in menu
    )
    header = (
        f'<header class="site-header"><div class="topbar"><a href="/" class="logo">{site}</a>'
        f'<button class="menu-toggle" aria-label="Menu">{ICON}</button>'
        '<form class="search" action="/cari"><input name="q" placeholder="Cari berita">'
        f"<button>{ICON}</button></form></div>"
        f'<nav class="mega-menu" aria-label="Kanal"><ul>{columns}</ul></nav></header>'
    )
    css = "".join(
        f".{_name(rng)}-{_name(rng)}{{display:flex;margin:{rng.randint(0, 24)}px auto;"
        f"color:#{rng.randrange(0x1000000):06x};font:{rng.randint(12, 20)}px/1.5 sans-serif}}"
        for _ in range(rng.randint(40, 140))
    )
    sections = [(s.replace("-", " "), f"/{s.lower()}") for s in SECTIONS]
    network = [(name, f"https://{other}/") for name, other in SOURCES if other != host]
    about = [(a, f"/{a.lower().replace(' ', '-')}") for a in ABOUT]
    social = "".join(f'<a href="#s{n}">{ICON}</a>' for n in range(6))
    footer = (
        '<footer class="site-footer"><div class="footer-columns">'
        f"<div><h4>Kanal</h4><ul>{_links(sections)}</ul></div>"
        f"<div><h4>Jaringan</h4><ul>{_links(network)}</ul></div>"
        f"<div><h4>Tentang</h4><ul>{_links(about)}</ul></div>"
        f'<div class="footer-social">{social}'
        f"</div></div><address>Gedung {site}, Jl. {_headline(rng)} No. {rng.randint(1, 200)}. "
        f"Telepon (021) {rng.randint(1000000, 9999999)}.</address>"
        f"<p>&copy; {site}. Hak cipta dilindungi undang-undang.</p></footer>"
    )
    return header, css, footer, menu


def story(number: int) -> Story:
    """Page `number`'s story. Every 20th page republishes the one before at another outlet."""
    original = number - 1 if number % 20 == 19 else number
    rng = random.Random(original)
    title = " ".join(rng.choices(WORDS, k=rng.randint(5, 10))).capitalize()
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(3, 20))]
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), 2020 + rng.randint(0, 3)
    if original != number:  # other words here and there, a new headline
        edit = random.Random(number)
        title = f"{title} (versi {SOURCES[number % len(SOURCES)][0]})"
        paragraphs = [
            " ".join(edit.choice(WORDS) if edit.random() < 0.03 else w for w in p.split())
            for p in paragraphs
        ]
    related = [
        _headline(random.Random(f"{number}-{i}")) for i in range(2 if len(paragraphs) > 5 else 1)
    ]
    return Story(title, f"Reporter {original % 37}", paragraphs, related, day, month, year)


def _ad_slot(name: str) -> str:
    return (
        f'<div class="ad-slot ads" id="div-gpt-ad-{name}"><p>ADVERTISEMENT</p>'
        f"<script>googletag.cmd.push(function(){{googletag.display('div-gpt-ad-{name}')}})"
        "</script></div><!-- /ad slot -->"
    )


def _share_bar(url: str) -> str:
    links = "".join(
        f'<a href="https://{network}/share?u={url}" rel="noopener">{ICON}<span>{label}</span></a>'
        for network, label in [
            ("facebook.test", "Facebook"),
            ("x.test", "X"),
            ("wa.test", "WhatsApp"),
            ("t.test", "Telegram"),
            ("linkedin.test", "LinkedIn"),
        ]
    )
    return f'<div class="share-bar"><span>Bagikan:</span>{links}<button>Salin tautan</button></div>'


def generate_page(number: int) -> bytes:
    """One full-size saved page (40 to 160 KB) around `story(number)`.

    It carries what saved pages carry: analytics, ad-tag and bundled inline scripts, a
    `__NEXT_DATA__` JSON state, styles, a cookie banner, a mega-menu of a few hundred
    links, breadcrumbs, share bars, adverts and "Baca juga" boxes between paragraphs,
    figures with captions, a related list, comments, a "most read" sidebar and a long
    footer.
    """
    told = story(number)
    site, host = SOURCES[number % len(SOURCES)]
    header, css, footer, menu = _site_parts(site, host)
    extra = random.Random(number)
    section_name, section_href, _ = menu[number % len(menu)]
    slug = "-".join(told.title.lower().split()[:8])
    url = f"https://{host}/{told.year}/{told.month:02d}/{told.day:02d}/{number}-{slug}"
    hour, minute = extra.randint(5, 22), extra.randint(0, 59)
    day_text = f"{told.day} {MONTHS.split()[told.month - 1]} {told.year}"
    stamp = f"{told.year}-{told.month:02d}-{told.day:02d}T{hour:02d}:{minute:02d}:00+07:00"
    author = told.author
    keywords = extra.sample(WORDS, 4)
    body = []
    for index, paragraph in enumerate(told.paragraphs):
        body.append(f"<p>{paragraph}</p>")
        if index == 1 or (index > 3 and index % 4 == 0):
            body.append(_ad_slot(f"inarticle-{index}"))
        if index == 2:
            body.append(
                f'<p><strong>Baca juga:</strong> <a href="/r/{number}-1">{told.related[0]}</a></p>'
            )
        if index == 4 and len(told.related) > 1:
            body.append(
                f'<div class="baca-juga"><span>Baca juga</span><a href="/r/{number}-2">'
                f"{told.related[1]}</a></div>"
            )
        if index == 5:
            body.append(
                f'<figure class="image"><img src="https://img.{host}/{number}/2.jpg" '
                f'alt="{_headline(extra)}" width="720" height="405" loading="lazy">'
                f"<figcaption>{_sentence(extra)} (Foto: {site}/Dok)</figcaption></figure>"
            )
    related = [(_headline(extra), f"{section_href}/{number}-{i}") for i in range(6)]
    most_read = [(_headline(extra), f"/populer/{extra.randrange(10**6)}") for _ in range(10)]
    latest = [(_headline(extra), f"/terkini/{extra.randrange(10**6)}") for _ in range(10)]
    comments = [
        (
            f"Pembaca {extra.randrange(10**4)}",
            " ".join(_sentence(extra) for _ in range(extra.randint(1, 3))),
        )
        for _ in range(extra.choice([0, 0, 3, 8, 15, 30]))
    ]
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "id": number,
                    "title": told.title,
                    "url": url,
                    "publishedAt": stamp,
                    "author": {"name": author, "slug": author.lower().replace(" ", "-")},
                    "section": section_name,
                    "tags": keywords,
                    "content": [
                        {"type": "paragraph", "html": f"<p>{p}</p>"} for p in told.paragraphs
                    ],
                    "related": [{"title": t, "url": u} for t, u in related],
                },
                "menu": [{"name": name, "url": href} for name, href, _ in menu],
                "mostRead": [
                    {"title": t, "url": u, "views": extra.randrange(10**5)} for t, u in most_read
                ],
                "latest": [{"title": t, "url": u} for t, u in latest],
                "comments": [{"name": n, "text": t} for n, t in comments],
            }
        },
        "page": "/[section]/[slug]",
        "query": {"section": section_href.strip("/"), "slug": slug},
        "buildId": f"build-{number % 7}",
        "isFallback": False,
    }
    article_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": told.title,
        "datePublished": stamp,
        "inLanguage": "id",
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": site},
        "keywords": keywords,
    }
    if number % 2:  # many sites repeat the whole story in their JSON-LD
        article_ld["articleBody"] = " ".join(told.paragraphs)
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Beranda", "item": f"https://{host}/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": section_name,
                "item": f"https://{host}{section_href}",
            },
        ],
    }
    slots = "".join(
        f"googletag.defineSlot('/1234/{host}/{section_href.strip('/')}',[[728,90],[300,250]],"
        f"'div-gpt-ad-{name}').addService(googletag.pubads());"
        for name in ["top", "sidebar", *(f"inarticle-{i}" for i in range(len(told.paragraphs)))]
    )
    comment_items = "".join(
        f'<li class="comment"><div class="comment-meta"><b>{name}</b> '
        f"<span>{extra.randint(1, 59)} menit lalu</span></div><p>{text}</p>"
        f'<div class="comment-actions"><button>Balas</button><button>Suka '
        f"{extra.randint(0, 99)}</button></div></li>"
        for name, text in comments
    )
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{told.title} - {site}</title>
<link rel="canonical" href="{url}">
<link rel="preconnect" href="https://img.{host}"><link rel="amphtml" href="{url}?amp=1">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{told.title}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://img.{host}/{number}/1.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="keywords" content="{", ".join(keywords)}">
<script type="application/ld+json">{_json_script(article_ld)}</script>
<script type="application/ld+json">{_json_script(breadcrumbs)}</script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-{number % 97:04d}');</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('js',new Date());gtag('config','G-{host.upper()}',{{"author":"{author}","section":"{section_name}","published":"{stamp}","tags":"{",".join(keywords)}"}});</script>
<script async src="https://securepubads.test/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function(){{{slots}googletag.pubads().enableSingleRequest();googletag.enableServices()}});</script>
<style>{css}</style>
</head><body class="article-page">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-{number % 97:04d}" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div class="cookie-consent" role="dialog" aria-label="Persetujuan cookie"><p>Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui penggunaan cookie.</p><a href="/kebijakan-privasi">Kebijakan privasi</a><button>Setuju</button></div>
{header}
<div class="ads leaderboard" id="div-gpt-ad-top"><ins class="adsbygoogle"></ins></div>
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/">Beranda</a></li><li><a href="{section_href}">{section_name}</a></li><li>{told.title}</li></ol></nav>
<main><article class="post">
<h1 class="post-title">{told.title}</h1>
<div class="byline">Penulis: {author} | {day_text}</div>
{_share_bar(url)}
<figure class="lead-image"><img src="https://img.{host}/{number}/1.jpg" alt="{told.title}" width="1200" height="675"><figcaption>{_sentence(extra)} (Foto: {site}/{author})</figcaption></figure>
<div class="post-body">{"".join(body)}</div>
<div class="tags"><span>Tag:</span>{"".join(f'<a href="/tag/{k}">{k}</a>' for k in keywords)}</div>
{_share_bar(url)}
<section class="related"><h3>Berita Terkait</h3><ul>{_links(related)}</ul></section>
<div class="newsletter"><h4>Dapatkan berita pilihan setiap pagi</h4><form action="/langganan"><input type="email" name="email" placeholder="Alamat email"><button>Langganan</button></form></div>
</article>
<section id="comments"><h3>Komentar ({len(comments)})</h3><ul>{comment_items}</ul></section>
</main>
<aside class="sidebar"><section class="most-read"><h3>Terpopuler</h3><ol>{_links(most_read)}</ol></section>
<section class="latest"><h3>Berita Terkini</h3><ul>{_links(latest)}</ul></section>
<div class="ads" id="div-gpt-ad-sidebar"><ins class="adsbygoogle"></ins></div></aside>
{footer}
<script id="__NEXT_DATA__" type="application/json">{_json_script(state)}</script>
<script>{_minified_js(extra, int(1_000 + 60_000 * extra.random() ** 2))}</script>
</body></html>
""".encode()
