"""Write the small extraction corpus: tests/data/corpus/{dev,heldout}/*.html + *.expected.json.

Every story is invented. Each site template imitates the markup habits of one kind of
real news site (WordPress, Kompas, detik, CNN Indonesia, Tempo, BBC, Guardian, ...);
the held-out templates are used by no development page. Run from the repository root:
    .venv/bin/python bench/corpus/build_corpus.py
The output is committed; re-running rewrites it identically.
"""

# ruff: noqa: E501  (page markup and story prose read better unwrapped)

import html
import json
from pathlib import Path

from corpus_stories import STORIES

# The tests read these two (the quality gate runs on them in CI); blind/ and final/ stay here.
OUT = Path(__file__).resolve().parents[2] / "tests" / "data" / "corpus"
E = html.escape


def p_tags(paragraphs, cls=None):
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{E(p)}</p>" for p in paragraphs)


def nav(items):
    links = "".join(f'<li><a href="/{i.lower()}/">{E(i)}</a></li>' for i in items)
    return f"<nav class='main-nav'><ul>{links}</ul></nav>"


def ld(data):
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


ANALYTICS = (
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
    "gtag('js',new Date());gtag('config','G-XXXX');</script>"
)


def wordpress_id(s):
    body = []
    for i, para in enumerate(s["body"]):
        body.append(f"<p>{E(para)}</p>")
        if i == 1:
            body.append(
                f'<p><strong>Baca Juga :</strong> <a href="/x/">{E(s["related"][0])}</a></p>'
            )
            body.append('<div class="mixadvert"><p>MIXADVERT JASAPRO</p></div>')
        if i == 3 and len(s["related"]) > 1:
            body.append(
                f'<p><strong>Baca Juga :</strong> <a href="/y/">{E(s["related"][1])}</a></p>'
            )
    body.append(f"<p>({s['initials']})</p>")
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "BreadcrumbList", "@id": "#bc", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home"}]},
            {"@type": "WebPage", "@id": s["url"], "name": s["title"] + " - " + s["site"]},
            {"@type": "Article", "headline": s["title"], "datePublished": s["stamp"],
             "author": {"@id": "#person"}, "publisher": {"@id": "#org"},
             "mainEntityOfPage": {"@id": s["url"]}, "inLanguage": "id-ID"},
            {"@type": "Organization", "@id": "#org", "name": s["site"]},
            {"@type": "Person", "@id": "#person", "name": s["author"]},
        ],
    }  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8">
<title>{E(s["title"])} - {E(s["site"])}</title>
<link rel="canonical" href="{s["url"]}">
<meta property="og:title" content="{E(s["title"])} - {E(s["site"])}">
<meta property="og:site_name" content="{E(s["site"])}">
{ld(graph)}{ANALYTICS}
<style>.entry-content p{{margin:0 0 1em}}</style></head>
<body class="post-template-default single single-post has-sidebar">
<div id="page" class="site"><header id="masthead" class="site-header">
<div class="site-branding"><a href="/">{E(s["site"])}</a></div>
{nav(["Home", "Bisnis", "Ekonomi", "Internasional", "Nasional", "Olahraga"])}</header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-9912" class="post-9912 post type-post status-publish tag-{s["tag"]} category-news">
<header class="entry-header"><h1 class="entry-title">{E(s["title"])}</h1>
<div class="entry-meta"><span class="posted-on">{E(s["visible_date"])}</span>
<span class="byline">Oleh <a rel="author" href="/author/x/">{E(s["author"])}</a></span></div>
</header>
<div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><ul><li>Facebook</li>
<li>Twitter</li><li>WhatsApp</li></ul></div>
<div class="entry-content">
{chr(10).join(body)}
<div class="ads-bottom"><ins class="adsbygoogle"></ins><p>ADVERTISEMENT</p></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: {E(s["tag"])}</span></footer>
</article>
<div id="comments" class="comments-area"><h2>2 Komentar</h2><ol class="comment-list">
<li><p>Semoga cepat selesai dan harga kembali normal di daerah kami, sudah lama menunggu.</p></li>
<li><p>Beritanya bagus sekali, terima kasih atas informasinya yang lengkap dan jelas ini.</p></li>
</ol></div></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2>Berita Terbaru</h2><ul><li><a href="/a/">Harga emas naik tipis pada awal pekan ini di pasar</a>
</li><li><a href="/b/">Pemerintah siapkan insentif baru untuk pelaku UMKM di daerah</a></li></ul>
</section></aside></div>
<footer id="colophon" class="site-footer"><p>© 2022 {E(s["site"])}. All rights reserved.</p>
</footer></div></body></html>"""


def kompas_like(s):
    body = []
    for i, para in enumerate(s["body"]):
        text = f"KOMPAS.com - {para}" if i == 0 else para
        body.append(f"<p>{E(text)}</p>")
        if i == 0:
            body.append(
                f'<p><strong>Baca juga: <a href="/r/">{E(s["related"][0])}</a></strong></p>'
            )
        if i == 2:
            body.append('<div class="ads-on-body"><div id="div-gpt-ad-1"></div></div>')
            if len(s["related"]) > 1:
                body.append(
                    f'<p><strong>Baca juga: <a href="/r2/">{E(s["related"][1])}</a></strong></p>'
                )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s["title"],
        "datePublished": s["stamp"],
        "dateModified": s["stamp"],
        "author": [{"@type": "Person", "name": s["author"]}],
        "publisher": {"@type": "Organization", "name": "Kompas.com"},
    }
    return f"""<!doctype html><html lang="id"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(s["title"])} Halaman all - Kompas.com</title>
<meta name="description" content="{E(s["body"][0][:120])}">
<meta property="og:title" content="{E(s["title"])}">
<meta property="og:url" content="{s["url"]}">
<meta name="content_PublishedDate" content="{s["stamp"][:19].replace("T", " ")}">
{ld(data)}{ANALYTICS}</head>
<body><div class="header"><div class="header__wrap">{nav(["News", "Tren", "Money", "Tekno"])}
</div></div>
<div class="breadcrumb"><ul><li>Home</li><li>News</li><li>Nasional</li></ul></div>
<div class="container"><div class="col-bs10-7">
<h1 class="read__title">{E(s["title"])}</h1>
<div class="read__time">Kompas.com - {E(s["visible_date"])}</div>
<div class="photo"><img src="/img.jpg" alt=""><div class="photo__caption">{E(s["caption"])}</div></div>
<div class="read__content"><div class="clearfix">
{chr(10).join(body)}
</div></div>
<div class="read__credit"><div class="read__credit__item">Penulis: {E(s["author"])}</div>
<div class="read__credit__item">Editor: {E(s["editor"])}</div></div>
<div class="kcm-read-paging"><p>Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.</p></div>
<div class="social--inline"><span>Bagikan artikel ini melalui</span></div>
<div class="tag"><h3>Tag</h3><ul class="tag__article__wrap"><li>{E(s["tag"])}</li></ul></div>
<div class="most"><h3>Terpopuler</h3><ul><li><p>Jadwal lengkap pertandingan sepak bola malam ini dan siaran langsungnya</p></li></ul></div>
</div></div><div class="footer"><p>Copyright 2008 - 2022 PT. Kompas Cyber Media. All Rights Reserved.</p></div>
</body></html>"""


def detik_like(s):
    body = []
    for i, para in enumerate(s["body"]):
        body.append(f"<p>{E(para)}</p>")
        if i == 0:
            body.append(
                '<div class="parallaxindetail scrollpage"><p>ADVERTISEMENT</p>'
                '<div id="div-gpt-ad-parallax"></div><p>SCROLL TO CONTINUE WITH CONTENT</p></div>'
            )
        if i == 1:
            body.append(f"<p>Simak juga: {E(s['related'][0])}</p>")
        if i == 2:
            body.append("<p>[Gambas:Video 20detik]</p>")
    body[-1] = body[-1].replace("</p>", f" ({E(s['initials'])})</p>")
    return f"""<!DOCTYPE html><html lang="id"><head>
<meta charset="utf-8"><title>{E(s["title"])}</title>
<meta name="publishdate" content="{s["stamp"][:10].replace("-", "/")} {s["stamp"][11:19]}">
<meta name="author" content="{E(s["author"])}">
<meta property="og:site_name" content="detiknews">
<meta property="og:title" content="{E(s["title"])}">
<link rel="canonical" href="{s["url"]}">
<meta name="dtk:keywords" content="{E(s["tag"])}">{ANALYTICS}</head>
<body><header class="header">{nav(["detikNews", "detikFinance", "detikSport", "detikHot"])}
</header><div class="container"><article class="detail">
<div class="detail__header"><h1 class="detail__title">{E(s["title"])}</h1>
<div class="detail__author">{E(s["author"])} - detikNews</div>
<div class="detail__date">{E(s["visible_date"])}</div></div>
<div class="detail__share"><a>Bagikan</a><a>Tweet</a><a>Salin tautan</a></div>
<figure class="detail__media-image"><img src="/x.jpg"><figcaption class="detail__media-caption">{E(s["caption"])}</figcaption></figure>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
{chr(10).join(body)}
</div>
<div class="detail__body-tag"><div class="nav">{E(s["tag"])}</div></div></div>
</article><div class="list-content"><h2>Berita Terkait</h2>
<article class="list-content__item"><h3><a>{E(s["related"][-1])}</a></h3></article></div>
<div class="komentar"><p>Belum ada komentar. Jadilah yang pertama berkomentar di sini.</p></div>
</div><footer><p>detikNetwork · Redaksi · Pedoman Media Siber · Karir · Kotak Pos</p></footer>
</body></html>"""


def cnn_id_like(s):
    chunks = []
    for i, para in enumerate(s["body"]):
        text = f"Jakarta, CNN Indonesia -- {para}" if i == 0 else para
        chunks.append(E(text))
        if i == 1:
            chunks.append(
                f'<table class="linksisip"><tr><td><div class="baca-juga__list">'
                f"<strong>Baca juga:</strong><a href='/z/'>{E(s['related'][0])}</a></div>"
                "</td></tr></table>"
            )
    text = "<br><br>\n".join(chunks)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{E(s["title"])}</title>
<meta name="publishdate" content="{s["stamp"][:10].replace("-", "/")} {s["stamp"][11:19]}">
<meta name="content-language" content="id">
<meta property="og:title" content="{E(s["title"])}">
<meta property="og:site_name" content="CNN Indonesia">
<meta property="og:url" content="{s["url"]}">{ANALYTICS}</head>
<body><div class="nav_wrap">{nav(["Nasional", "Internasional", "Ekonomi", "Olahraga"])}</div>
<div class="content_detail"><h1 class="title">{E(s["title"])}</h1>
<div class="date">CNN Indonesia | {E(s["visible_date"])}</div>
<div class="share_box"><span>Bagikan :</span></div>
<div class="media_artikel"><img src="/p.jpg"><span class="caption">{E(s["caption"])}</span></div>
<div class="detail_wrap"><div class="detail_text" id="detikdetailtext">
{text}
<br><br><strong>({E(s["initials"])})</strong><br><br>
<div class="ads_native"><p>ADVERTISEMENT</p></div>
</div></div>
<div class="tags-list"><a>{E(s["tag"])}</a></div>
<div class="box_rekomendasi"><h3>Rekomendasi</h3><ul><li><a>{E(s["related"][-1])}</a></li></ul></div>
</div><div class="footer">Hak Cipta © 2022 CNN Indonesia. All rights reserved.</div></body></html>"""


def tempo_like(s):
    body = []
    for i, para in enumerate(s["body"]):
        text = f"TEMPO.CO, Jakarta - {para}" if i == 0 else para
        body.append(f"<p>{E(text)}</p>")
        if i == 1:
            body.append(f'<p>Baca juga: <a href="/u/">{E(s["related"][0])}</a></p>')
    body.append(f'<p><strong>Pilihan Editor:</strong> <a href="/v/">{E(s["related"][-1])}</a></p>')
    return f"""<!DOCTYPE html><html lang="id"><head>
<meta charset="utf-8"><title>{E(s["title"])} - Nasional Tempo.co</title>
<meta property="og:title" content="{E(s["title"])} - Nasional Tempo.co">
<meta property="og:site_name" content="Tempo.co">
<meta property="article:published_time" content="{s["stamp"]}">
<meta property="article:tag" content="{E(s["tag"])}">
<meta name="author" content="{E(s["author"])}">{ANALYTICS}</head>
<body><div id="header">{nav(["Nasional", "Bisnis", "Metro", "Dunia", "Bola"])}</div>
<div class="wrapper"><article><h1 itemprop="headline">{E(s["title"])}</h1>
<div class="block-avatar"><p class="title bold">Reporter</p><p>{E(s["author"])}</p>
<p class="title bold">Editor</p><p>{E(s["editor"])}</p></div>
<p class="date margin-bottom-sm">{E(s["visible_date"])}</p>
<figure class="foto-detail"><img src="/f.jpg"><figcaption>{E(s["caption"])}</figcaption></figure>
<div class="detail-konten" itemprop="articleBody">
{chr(10).join(body)}
</div></article>
<div class="newsletter-box"><p>Berlangganan newsletter Tempo untuk mendapatkan berita pilihan setiap pagi.</p></div>
<div id="terpopuler"><h3>Terpopuler</h3><p>Polisi tangkap pelaku penipuan daring yang merugikan ratusan korban</p></div>
</div><footer><p>Tempo Media Group, Gedung Tempo, Jakarta Selatan</p></footer></body></html>"""


def bbc_like(s):
    blocks = []
    for i, para in enumerate(s["body"]):
        blocks.append(
            f'<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">{E(para)}</p></div></div>'
        )
        if i == 1:
            blocks.append(
                f'<div data-component="image-block"><figure><img src="/i.jpg"><figcaption><span class="ssrcss-1pvwv4b-VisuallyHidden">Image caption, </span>{E(s["caption"])}</figcaption></figure></div>'
            )
        if i == 3:
            blocks.append(
                f'<div data-component="links-block"><p>Related: <a href="/n/">{E(s["related"][0])}</a></p></div>'
            )
    graph = {
        "@context": "http://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": s["title"] + " - BBC News", "url": s["url"]},
            {"@type": "ReportageNewsArticle", "url": s["url"], "headline": s["title"],
             "datePublished": s["stamp"], "author": {"@type": "NewsMediaOrganization",
             "name": "BBC News"}, "publisher": {"@type": "NewsMediaOrganization",
             "name": "BBC News"}, "inLanguage": "en-GB"},
        ],
    }  # fmt: skip
    return f"""<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charSet="utf-8"/>
<title>{E(s["title"])} - BBC News</title>
<meta property="og:title" content="{E(s["title"])} - BBC News"/>
<meta property="og:site_name" content="BBC News"/>
<link rel="canonical" href="{s["url"]}"/>{ld(graph)}{ANALYTICS}</head>
<body><div id="orb-banner"><a href="#main-content">Skip to content</a></div>
<header role="banner"><nav>{nav(["Home", "News", "Sport", "Weather", "iPlayer", "Sounds"])}</nav></header>
<div id="cookie-banner" class="bbccookies-banner"><p>Let us know you agree to cookies. We use cookies to give you the best online experience.</p><button>Yes, I agree</button></div>
<main id="main-content" role="main"><article>
<header><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">{E(s["title"])}</h1></header>
<div data-component="byline-block"><div class="ssrcss-68pt20-Text"><span>By {E(s["author"])}</span><span>Business reporter, BBC News</span></div></div>
<div data-component="timestamp-block"><time datetime="{s["stamp"]}">{E(s["visible_date"])}</time></div>
<div class="ssrcss-share"><button>Share</button></div>
{chr(10).join(blocks)}
<section data-component="topic-list"><h2>Related Topics</h2><ul><li><a>{E(s["tag"])}</a></li></ul></section>
</article>
<section data-component="related-stories"><h2>More on this story</h2><ul>
<li><a>{E(s["related"][-1])}</a></li></ul></section></main>
<footer role="contentinfo"><p>Copyright 2022 BBC. The BBC is not responsible for the content of external sites.</p></footer>
</body></html>"""


def guardian_like(s):
    body = []
    for i, para in enumerate(s["body"]):
        body.append(f'<p class="dcr-s23rjr">{E(para)}</p>')
        if i == 1:
            body.append(
                f'<aside data-spacefinder-role="richLink"><p>Related: <a href="/q/">{E(s["related"][0])}</a></p></aside>'
            )
        if i == 2:
            body.append(
                '<div data-component="newsletter-signup" class="newsletter"><p>Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST</p><p>Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.</p></div>'
            )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{E(s["title"])} | {E(s["section"])} | The Guardian</title>
<meta property="og:title" content="{E(s["title"])}">
<meta property="og:site_name" content="the Guardian">
<meta property="og:url" content="{s["url"]}">
<meta property="article:published_time" content="{s["stamp"]}">
<meta property="article:author" content="https://www.theguardian.com/profile/x">
<meta name="author" content="{E(s["author"])}">
<meta property="article:tag" content="{E(s["tag"])}">
<meta property="article:tag" content="{E(s["section"])}">{ANALYTICS}</head>
<body><div class="cmp-container"><p>It's your choice. We use cookies and similar technologies to personalise content.</p><button>Yes, I'm happy</button></div>
<header>{nav(["News", "Opinion", "Sport", "Culture", "Lifestyle"])}</header>
<main><article><div class="dcr-headline"><h1>{E(s["title"])}</h1></div>
<div class="dcr-standfirst"><p>{E(s["standfirst"])}</p></div>
<address class="dcr-byline">{E(s["author"])}</address>
<div class="dcr-meta"><details><summary>{E(s["visible_date"])}</summary></details></div>
<div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector">
{chr(10).join(body)}
</div></div>
<div class="submeta"><ul><li>{E(s["tag"])}</li></ul></div>
<div class="share-icons"><a>Share on Facebook</a><a>Share on Twitter</a></div></article>
<section id="comments" class="discussion"><h2>Comments (12)</h2><div><p>Remarkable how long this took. Everyone locally has been talking about it for months now.</p></div></section>
<section data-link-name="most-viewed"><h2>Most viewed</h2><ol><li>A completely different story about something else happening today</li></ol></section>
</main><footer><p>© 2022 Guardian News &amp; Media Limited or its affiliated companies.</p></footer></body></html>"""


def og_only(s):
    return f"""<html><head>
<meta property="og:title" content="{E(s["title"])}">
<meta property="og:site_name" content="{E(s["site"])}">
<meta property="article:published_time" content="{s["stamp"]}">
<meta property="og:locale" content="{s["locale"]}">
<title>{E(s["site"])} » {E(s["title"])}</title></head>
<body><div class="top">{nav(["Home", "Local", "Business", "Sport"])}</div>
<div class="main"><h2 class="headline">{E(s["title"])}</h2>
<div class="story">{p_tags(s["body"])}</div>
<div class="sharebar"><a>Email</a> <a>Print</a></div></div>
<div class="bottom-links"><p>Contact us | Advertise | Privacy policy | Terms</p></div></body></html>"""


def time_only(s):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{E(s["title"])} :: {E(s["site"])}</title></head>
<body><header><a href="/">{E(s["site"])}</a>{nav(["Politics", "World", "Science"])}</header>
<main><article><h1>{E(s["title"])}</h1>
<p class="meta">Posted <time datetime="{s["stamp"]}">{E(s["visible_date"])}</time> by {E(s["author"])}</p>
{p_tags(s["body"])}
<div class="social-share"><a>Share on X</a></div>
</article><aside><h3>Popular</h3><ul><li><a>An older story nobody reads anymore but still popular</a></li></ul></aside></main>
<footer>© {E(s["site"])}</footer></body></html>"""


def no_meta(s):
    return f"""<html><head><title>{E(s["title"])}</title></head>
<body><table width="100%"><tr><td class="logo">{E(s["site"])}</td></tr></table>
<div id="menu"><a href="/">Beranda</a> | <a href="/daerah">Daerah</a> | <a href="/kontak">Kontak</a></div>
<div id="isi"><h1>{E(s["title"])}</h1>
<span class="tanggal">{E(s["visible_date"])}</span>
{p_tags(s["body"])}
</div><div id="bawah">Copyright © 2022 {E(s["site"])}</div></body></html>"""


def legacy(s):
    """A plain regional page; the encoding is applied by `write` (s["encoding"])."""
    return f"""<!DOCTYPE html><html lang="{s["lang"]}"><head>
<meta http-equiv="Content-Type" content="text/html; charset={s["declared"]}">
<title>{E(s["title"])} - {E(s["site"])}</title>
<meta name="date" content="{s["stamp"]}">
<meta name="author" content="{E(s["author"])}"></head>
<body><div id="header"><a href="/">{E(s["site"])}</a></div>
{nav(s["menu"])}
<div id="content" class="article-content"><h1>{E(s["title"])}</h1>
<p class="byline">{E(s["byline"])}</p>
{p_tags(s["body"])}
<div class="share-buttons"><a>Facebook</a><a>E-Mail</a></div>
<div class="related"><h4>{E(s["related_label"])}</h4><ul><li><a>{E(s["related"][0])}</a></li></ul></div>
</div><div id="footer">{E(s["site"])} · Impressum · Datenschutz</div></body></html>"""


def us_local(s):
    body = []
    for i, para in enumerate(s["body"]):
        body.append(f"<p>{E(para)}</p>")
        if i == 1:
            body.append(
                '<div class="ad-container"><span>Advertisement</span><div class="ad-slot"></div></div>'
            )
        if i == 3:
            body.append(
                f'<div class="inline-related"><p>Read more: <a>{E(s["related"][0])}</a></p></div>'
            )
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>{E(s["title"])} | {E(s["site"])}</title>
<meta name="parsely-pub-date" content="{s["stamp"]}">
<meta property="og:site_name" content="{E(s["site"])}">
<meta name="sailthru.author" content="{E(s["author"])}">
<link rel="canonical" href="{s["url"]}"></head>
<body><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p></div></div>
<header class="site-header">{nav(["News", "Sports", "Business", "Obituaries", "eEdition"])}</header>
<div class="article-wrap"><h1 class="article-headline">{E(s["title"])}</h1>
<div class="byline">By {E(s["author"])} | Staff Writer</div>
<div class="social-tools"><a>Facebook</a><a>Twitter</a><a>Email</a></div>
<div class="article-body">{chr(10).join(body)}</div>
<div class="newsletter-signup"><h3>Get the morning headlines</h3><p>Sign up for our free daily newsletter and never miss a local story again.</p></div>
<div id="disqus_thread"><p>Comments are moderated and may take a few minutes to appear on the page.</p></div>
</div><footer class="site-footer"><p>© 2022 {E(s["site"])}, a local media company.</p></footer></body></html>"""


# --------------------------------------------------------------------- held-out templates


def antara_like(s):
    body = [f"<p>{E(s['dateline'])} - {E(s['body'][0])}</p>"]
    for i, para in enumerate(s["body"][1:], 1):
        body.append(f"<p>{E(para)}</p>")
        if i == 1:
            body.append(f"<p>Baca juga: {E(s['related'][0])}</p>")
    body.append(f"<p>Pewarta: {E(s['author'])}<br>Editor: {E(s['editor'])}</p>")
    data = [
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["title"],
         "datePublished": s["stamp"], "author": [{"@type": "Person", "name": s["author"]}],
         "publisher": {"@type": "Organization", "name": "ANTARA News"}},
    ]  # fmt: skip
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{E(s["title"])} - ANTARA News</title>{ld(data)}</head>
<body><div class="navbar">{nav(["Terkini", "Politik", "Hukum", "Ekonomi"])}</div>
<div class="wrap__article-detail"><h1 class="wrap__article-detail-title">{E(s["title"])}</h1>
<div class="wrap__article-detail-info"><span class="text-secondary">{E(s["visible_date"])}</span></div>
<div class="wrap__article-detail-image"><img><p class="wrap__article-detail-image-caption">{E(s["caption"])}</p></div>
<div class="wrap__article-detail-content post-content">
{chr(10).join(body)}
<p class="text-muted mt-2 small">Copyright © ANTARA 2022</p>
</div>
<div class="wrap__article-detail-tags"><a>{E(s["tag"])}</a></div></div>
<div class="footer">Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis.</div></body></html>"""


def liputan_like(s):
    half = len(s["body"]) // 2
    parts = (s["body"][:half], s["body"][half:])
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1,
             "name": "News", "item": "https://example.id/news"}]},
            {"@type": "NewsArticle", "headline": s["title"], "datePublished": s["stamp"],
             "dateModified": s["modified"], "author": {"@type": "Person", "name": s["author"]},
             "publisher": {"@type": "Organization", "name": s["site"]}},
        ],
    }  # fmt: skip
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{E(s["title"])} - {E(s["site"])}</title>{ld(graph)}
<meta property="og:title" content="{E(s["title"])}"></head>
<body><header class="header-navbar">{nav(["News", "Bisnis", "Bola", "Showbiz", "Tekno"])}</header>
<article class="main"><header class="read-page--header"><h1 class="read-page--header--title">{E(s["title"])}</h1>
<div class="read-page--header--author__wrapper"><a class="read-page--header--author__link">{E(s["author"])}</a>
<time class="read-page--header--author__datetime">{E(s["visible_date"])}</time></div></header>
<div class="article-content-body article-content-body_with-aside">
<div class="article-content-body__item-page" data-page="1"><div class="article-content-body__item-content">{p_tags(parts[0])}</div></div>
<div class="advertisement-placeholder"><div class="advertisement-text">Advertisement</div></div>
<div class="article-content-body__item-page" data-page="2"><div class="article-content-body__item-title"><h2>{E(s["subhead"])}</h2></div>
<div class="article-content-body__item-content">{p_tags(parts[1])}</div></div>
</div><div class="read-page--related-article"><h3>Artikel Selanjutnya</h3><ul><li><a>{E(s["related"][0])}</a></li></ul></div>
</article><footer>Liputan · Tentang Kami · Pedoman Media Siber</footer></body></html>"""


def wire_en(s):
    paras = "\n".join(
        f'<div data-testid="paragraph-{i}" class="text__text article-body__paragraph">{E(p)}</div>'
        for i, p in enumerate(s["body"])
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{E(s["title"])} | {E(s["site"])}</title>
<meta name="article:published_time" content="{s["stamp"]}">
<meta name="og:site_name" content="{E(s["site"])}">
<meta name="author" content="{E(s["author"])}"></head>
<body><header>{nav(["World", "Business", "Markets", "Sustainability", "Legal"])}</header>
<main><article><h1 data-testid="Heading">{E(s["title"])}</h1>
<div class="article-header__byline">By <a rel="author">{E(s["author"])}</a></div>
<div class="article-body__content">{paras}
<p class="sign-off">Reporting by {E(s["author"])}; Editing by {E(s["editor"])}</p>
<div class="trust-badge">Our Standards: The Trust Principles.</div></div>
</article><div class="read-next"><h2>Read Next</h2><ul><li><a>{E(s["related"][0])}</a></li></ul></div></main>
<footer>All quotes delayed a minimum of 15 minutes.</footer></body></html>"""


def euro_paper(s):
    return f"""<!DOCTYPE html><html lang="{s["lang"]}"><head><meta charset="utf-8">
<title>{E(s["title"])} {E(s["sep"])} {E(s["site"])}</title>
<meta property="og:title" content="{E(s["title"])}">
<meta property="og:site_name" content="{E(s["site"])}">
<meta name="DC.date.issued" content="{s["stamp"]}"></head>
<body><div class="gdpr-consent"><p>{E(s["cookie"])}</p></div>
<header class="site-header">{nav(s["menu"])}</header>
<main><section class="article"><h1 class="article__title">{E(s["title"])}</h1>
<p class="article__desc">{E(s["standfirst"])}</p>
<section class="article__content">{p_tags(s["body"], "article__paragraph")}
<p class="article__paragraph"><strong>{E(s["related_label"])}</strong> <a>{E(s["related"][0])}</a></p></section>
<section class="article__reactions"><h3>{E(s["comments_label"])}</h3><p>{E(s["comment"])}</p></section>
</section></main><footer>{E(s["site"])} · Mentions légales</footer></body></html>"""


def blog_main(s):
    sections = "\n".join(f"<section><p>{E(p)}</p></section>" for p in s["body"])
    data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": s["title"],
            "author": s["author"], "datePublished": s["stamp"], "inLanguage": "en"}  # fmt: skip
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{E(s["title"])} — {E(s["site"])}</title>
{ld(data)}</head><body><div class="topbar"><a>Sign in</a><a>Get started</a></div>
<main><h1>{E(s["title"])}</h1><div class="pw-author">{E(s["author"])} · 6 min read</div>
{sections}
<div class="clap-bar"><button>Clap</button><span>128</span></div></main>
<div class="recommended"><h2>Recommended from our readers</h2><p>How I organised a town hall meeting and what it taught me about our neighbourhood</p></div>
</body></html>"""


def tribun_like(s):
    body = []
    for i, para in enumerate(s["body"]):
        text = f"{s['dateline']} - {para}" if i == 0 else para
        body.append(f"<p>{E(text)}</p>")
        if i == 1:
            links = "".join(f"<li><a>{E(h)}</a></li>" for h in s["related"])
            body.append(f'<div class="baca-juga"><h3>Baca Juga</h3><ul>{links}</ul></div>')
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{E(s["title"])} - Tribunnews.com</title>
<meta name="pubdate" content="{s["stamp"]}">
<meta property="og:title" content="{E(s["title"])}">
<meta name="author" content="{E(s["author"])}"></head>
<body><div id="header">{nav(["Home", "Nasional", "Regional", "Internasional", "Seleb"])}</div>
<div id="article"><h1 id="arttitle">{E(s["title"])}</h1>
<div id="penulis">Penulis: <a>{E(s["author"])}</a></div><div id="editor">Editor: {E(s["editor"])}</div>
<time class="grey">{E(s["visible_date"])}</time>
<div class="side-article txt-article multi-fontsize" id="article_con">
{chr(10).join(body)}
<p>Artikel ini telah tayang di Tribunnews.com dengan judul {E(s["title"])}</p>
</div><div class="paging"><a>1</a><a>2</a><a>Selanjutnya</a></div></div>
<div class="populer"><h3>Terpopuler</h3><ul><li><a>Kabar selebritas yang viral minggu ini di media sosial</a></li></ul></div>
</body></html>"""


TEMPLATES = {
    "wordpress_id": wordpress_id,
    "kompas_like": kompas_like,
    "detik_like": detik_like,
    "cnn_id_like": cnn_id_like,
    "tempo_like": tempo_like,
    "bbc_like": bbc_like,
    "guardian_like": guardian_like,
    "og_only": og_only,
    "time_only": time_only,
    "no_meta": no_meta,
    "legacy": legacy,
    "us_local": us_local,
    "antara_like": antara_like,
    "liputan_like": liputan_like,
    "wire_en": wire_en,
    "euro_paper": euro_paper,
    "blog_main": blog_main,
    "tribun_like": tribun_like,
}


def main():
    for story in STORIES:
        folder = OUT / story["split"]
        folder.mkdir(parents=True, exist_ok=True)
        page = TEMPLATES[story["template"]](story).encode(story.get("encoding", "utf-8"))
        (folder / f"{story['name']}.html").write_bytes(page)
        expected = {"title": story["title"], "published_on": story["stamp"][:10]}
        if story.get("has_time", True) and "T" in story["stamp"]:
            expected["published_at"] = story.get("expected_at", story["stamp"])
        expected["body"] = story.get("expected_body", story["body"])
        (folder / f"{story['name']}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
