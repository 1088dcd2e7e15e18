import datetime as dt
import json
import zlib
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles import parsing
from articles.models import Article, Provenance, Source, Tag
from tests.factories import ArticleFactory, SourceFactory, TagFactory

pytestmark = pytest.mark.django_db

needs_html = pytest.mark.skipif(
    not hasattr(parsing, "parse_document"), reason="articles.parsing.parse_document not there yet"
)
IMPORT_URL = reverse("admin:articles_article_import")
SAMPLE_PAGE = Path(__file__).parent / "data" / "import" / "banjir-semarang.html"

FLOOD = [
    "Hujan deras yang mengguyur Kota Semarang sejak Senin malam membuat ratusan rumah di "
    "tiga kecamatan terendam banjir setinggi lutut orang dewasa, menurut warga setempat.",
    "Petugas Badan Penanggulangan Bencana Daerah mengevakuasi warga lanjut usia dan "
    "anak-anak ke posko pengungsian yang didirikan di balai kelurahan sejak dini hari.",
    "Kepala BPBD mengatakan air mulai surut pada Selasa pagi, tetapi warga diminta tetap "
    "waspada karena hujan diperkirakan turun lagi sepanjang pekan ini di wilayah itu.",
    "Dinas Sosial menyalurkan makanan siap saji, selimut dan obat-obatan ke posko, sementara "
    "relawan membersihkan lumpur yang terbawa arus ke jalan-jalan kampung.",
]
HARBOUR = [
    "Pelabuhan Tanjung Emas kembali dibuka untuk kapal penumpang setelah dua hari ditutup "
    "karena gelombang tinggi yang melanda perairan utara Jawa Tengah.",
    "Syahbandar menyebut antrean kapal barang diperkirakan terurai dalam tiga hari, dan "
    "jadwal keberangkatan ke Karimunjawa dipulihkan secara bertahap mulai Rabu.",
]


def page(
    title="Banjir Rendam Ratusan Rumah di Semarang",
    paragraphs=FLOOD,
    *,
    site="Warta Kota",
    url="https://wartakota.test/2024/03/banjir-semarang",
    published="2024-03-05T08:30:00+07:00",
    tags=("Banjir", "Semarang"),
    lang="id",
):
    """A saved news page with the usual furniture: nav, an advert, a related headline."""
    head = [f"<title>{title} - {site}</title>" if site else f"<title>{title}</title>"]
    if url:
        head.append(f'<link rel="canonical" href="{url}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{site}">')
    head.append(f'<meta property="article:published_time" content="{published}">')
    head += [f'<meta property="article:tag" content="{tag}">' for tag in tags]
    body = [f"<p>{text}</p>" for text in paragraphs]
    body.insert(1, '<div class="ads">ADVERTISEMENT</div>')
    body.insert(3, "<p>Baca juga: Harga Beras di Pasar Johar Naik Lagi</p>")
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{"".join(head)}</head>'
        '<body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>'
        f"<article><h1>{title}</h1>{''.join(body)}</article>"
        "<footer>Hak cipta</footer></body></html>"
    ).encode()


def dump(title="Pelabuhan Dibuka Lagi", first="KOMPAS.com - Kamis (13/1/2022) pelabuhan dibuka."):
    return f"{title}\n\n{first}\n\nParagraf kedua.\n\nBaca juga: Judul Lain\n".encode()


def write(folder, name, content):
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def run(*args, verbosity=1):
    stdout, stderr = StringIO(), StringIO()
    call_command(
        "import_articles", *map(str, args), stdout=stdout, stderr=stderr, verbosity=verbosity
    )
    return stdout.getvalue(), stderr.getvalue()


def run_failing(*args):
    stdout, stderr = StringIO(), StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_articles", *map(str, args), stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue(), str(raised.value)


def counts(created=0, updated=0, unchanged=0, duplicate=0, failed=0):
    return (
        f"created {created}, updated {updated}, unchanged {unchanged}, "
        f"duplicate {duplicate}, failed {failed}"
    )


# ------------------------------------------------------------------------- the command


def test_files_folders_and_globs_are_imported(tmp_path):
    write(tmp_path, "a/one.txt", dump("Satu"))
    write(tmp_path, "a/deep/er/two.txt", dump("Dua"))
    write(tmp_path, "a/notes.md", b"ignored inside folders")
    write(tmp_path, "b/three.txt", dump("Tiga"))
    write(tmp_path, "c/four.txt", dump("Empat"))

    stdout, stderr = run(tmp_path / "a", f"{tmp_path}/b/*.txt", tmp_path / "c" / "four.txt")

    assert counts(created=4) in stdout
    assert stderr == ""
    assert sorted(Article.objects.values_list("title", flat=True)) == [
        "Dua",
        "Empat",
        "Satu",
        "Tiga",
    ]


def test_verbose_output_gives_one_line_per_file(tmp_path):
    first = write(tmp_path, "1.txt", dump("Satu"))
    run(first)
    second = write(tmp_path, "2.txt", dump("Dua"))

    stdout, _ = run(tmp_path, verbosity=2)

    lines = stdout.splitlines()
    assert lines[0].split() == ["unchanged", str(first)]
    assert lines[1].split() == ["created", str(second)]
    assert counts(created=1, unchanged=1) in lines[2]


def test_broken_file_is_reported_leaves_nothing_and_the_others_import(tmp_path):
    write(tmp_path, "1-good.txt", dump("Baik"))
    broken = write(tmp_path, "2-broken.txt", dump("J" * 301, "BERITA.com - Kamis (13/1/2022) isi."))
    write(tmp_path, "3-good.txt", dump("Baik juga"))

    stdout, stderr, error = run_failing(tmp_path)

    # The source is new and only the broken file names it: validation came before writing.
    assert f"{broken}: not a valid article: title" in stderr
    assert counts(created=2, failed=1) in stdout
    assert "1 file(s) failed" in error
    assert Article.objects.count() == 2
    assert list(Source.objects.values_list("name", flat=True)) == ["KOMPAS.com"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.md", b"# notes", "unknown file type '.md'"),
        ("nodate.txt", dump(first="KOMPAS.com - tanpa tanggal."), "no date"),
        ("nosource.txt", dump(first="Kamis (13/1/2022) tanpa dateline."), "no source"),
        (
            "latin1.txt",
            "Judul\n\nKOMPAS.com - Kamis (13/1/2022) caf\xe9".encode("latin-1"),
            "not UTF-8: byte 0xe9",
        ),
        ("export.ndjson", b'{"title": "x"}\n', "line 1: missing body, slug, source"),
        ("export.json", b"[{", "the file: not valid JSON"),
    ],
)
def test_failures_name_the_file_and_a_reason(tmp_path, name, content, reason):
    path = write(tmp_path, name, content)

    _, stderr, _ = run_failing(path)

    assert stderr.startswith(f"{path}: {reason}")
    assert not Article.objects.exists()


def test_missing_path_and_empty_glob_are_failures(tmp_path):
    _, stderr, error = run_failing(tmp_path / "missing.txt", f"{tmp_path}/*.html")

    assert f"{tmp_path / 'missing.txt'}: no such file" in stderr
    assert f"{tmp_path}/*.html: no such file" in stderr
    assert "2 file(s) failed" in error


def test_rerun_reports_everything_unchanged_and_saves_nothing(tmp_path):
    write(tmp_path, "1.txt", dump("Satu"))
    write(tmp_path, "2.txt", dump("Dua"))
    run(tmp_path)
    before = list(Article.objects.values())
    provenance = list(Provenance.objects.values())

    stdout, _ = run(tmp_path)

    assert counts(unchanged=2) in stdout
    assert list(Article.objects.values()) == before
    assert list(Provenance.objects.values()) == provenance


def test_a_dump_is_matched_by_its_content_hash(tmp_path):
    run(write(tmp_path, "first-name.txt", dump("Satu")))
    renamed = dump("Satu").replace(b"Paragraf kedua.", b"Paragraf   kedua.")

    stdout, _ = run(write(tmp_path, "second-name.txt", renamed))

    # Same text (spacing aside), no URL: the same article, its provenance refreshed.
    assert counts(updated=1) in stdout
    article = Article.objects.get()
    assert article.provenance.file_name == "second-name.txt"


def test_dry_run_reports_but_writes_nothing(tmp_path):
    write(tmp_path, "1.txt", dump("Satu"))

    stdout, _ = run(tmp_path, "--dry-run")

    assert counts(created=1) in stdout
    assert "Dry run: nothing was written." in stdout
    assert not Article.objects.exists()
    assert not Source.objects.exists()
    assert not Provenance.objects.exists()


def test_options_give_source_language_and_status(tmp_path):
    path = write(tmp_path, "1.txt", dump(first="Kamis (13/1/2022) tanpa dateline."))

    run(path, "--source", "Harian Desa", "--language", "jv", "--status", "draft")

    article = Article.objects.select_related("source").get()
    assert article.source.name == "Harian Desa"
    assert article.language == "jv"
    assert article.status == Article.Status.DRAFT


def test_reimport_keeps_an_editors_status_unless_told(tmp_path):
    path = write(tmp_path, "1.txt", dump())
    run(path)
    Article.objects.update(status=Article.Status.DRAFT)

    assert counts(unchanged=1) in run(path)[0]
    assert Article.objects.get().status == Article.Status.DRAFT
    assert counts(updated=1) in run(path, "--status", "published")[0]
    assert Article.objects.get().status == Article.Status.PUBLISHED


def test_no_source_tells_the_operator_to_pass_one(tmp_path):
    path = write(tmp_path, "1.txt", dump(first="Kamis (13/1/2022) tanpa dateline."))

    _, stderr, _ = run_failing(path)

    assert "no source" in stderr
    assert "--source NAME" in stderr


def test_text_dump_keeps_its_provenance(tmp_path):
    content = dump()
    run(write(tmp_path, "pelabuhan.txt", content))

    provenance = Article.objects.get().provenance
    assert zlib.decompress(bytes(provenance.raw)) == content
    assert provenance.file_name == "pelabuhan.txt"
    assert provenance.file_format == Provenance.Format.TEXT
    assert {"text": "KOMPAS.com -", "reason": "dateline"} in provenance.removed_blocks
    assert {"text": "Baca juga: Judul Lain", "reason": "related headline"} in (
        provenance.removed_blocks
    )


# ---------------------------------------------------------------------- saved pages


@needs_html
def test_saved_page_becomes_an_article_with_its_provenance(tmp_path):
    content = page()
    stdout, _ = run(write(tmp_path, "banjir.html", content))

    assert counts(created=1) in stdout
    article = Article.objects.select_related("source", "provenance").get()
    assert article.title == "Banjir Rendam Ratusan Rumah di Semarang"
    assert article.source.name == "Warta Kota"
    assert article.source.homepage_url == "https://wartakota.test/"
    assert article.original_url == "https://wartakota.test/2024/03/banjir-semarang"
    assert article.published_at == dt.datetime(2024, 3, 5, 1, 30, tzinfo=dt.UTC)
    assert article.has_time
    assert article.status == Article.Status.PUBLISHED
    assert article.paragraphs == FLOOD
    assert article.related_headlines == ["Harga Beras di Pasar Johar Naik Lagi"]
    assert sorted(article.tags.values_list("name", flat=True)) == ["Banjir", "Semarang"]
    assert len(article.content_hash) == 64
    provenance = article.provenance
    assert zlib.decompress(bytes(provenance.raw)) == content
    assert provenance.file_format == Provenance.Format.HTML
    reasons = {block["reason"] for block in provenance.removed_blocks}
    assert {"advert", "related headline"} <= reasons


@needs_html
def test_saved_page_is_matched_by_its_original_url(tmp_path):
    run(write(tmp_path, "v1.html", page()))
    corrected = page(paragraphs=[*FLOOD[:3], "Paragraf koreksi ditambahkan redaksi kemudian."])

    stdout, _ = run(write(tmp_path, "v2.html", corrected))

    assert counts(updated=1) in stdout
    article = Article.objects.get()
    assert article.paragraphs[-1] == "Paragraf koreksi ditambahkan redaksi kemudian."
    assert article.provenance.file_name == "v2.html"


@needs_html
def test_same_text_from_the_same_source_at_another_url_is_a_duplicate(tmp_path):
    run(write(tmp_path, "desktop.html", page()))

    stdout, _ = run(
        write(tmp_path, "amp.html", page(url="https://wartakota.test/amp/banjir")), verbosity=2
    )

    assert counts(duplicate=1) in stdout
    assert "same text as “Banjir Rendam Ratusan Rumah di Semarang”" in stdout
    assert Article.objects.count() == 1


@needs_html
def test_page_tags_are_added_and_editor_tags_kept(tmp_path):
    path = write(tmp_path, "banjir.html", page())
    run(path)
    article = Article.objects.get()
    article.tags.add(TagFactory(name="Pilihan redaksi"))

    assert counts(unchanged=1) in run(path)[0]
    assert sorted(Tag.objects.values_list("name", flat=True)) == [
        "Banjir",
        "Pilihan redaksi",
        "Semarang",
    ]
    assert article.tags.count() == 3


@needs_html
def test_republished_story_with_small_edits_is_flagged(tmp_path):
    run(write(tmp_path, "warta.html", page()))
    edited = [p.replace("ratusan", "sekitar 300").replace("sejak dini hari", "") for p in FLOOD]

    stdout, _ = run(
        write(
            tmp_path,
            "kabar.html",
            page(
                "Ratusan Rumah Terendam Banjir di Semarang",
                edited,
                site="Kabar Jateng",
                url="https://kabarjateng.test/banjir",
                published="2024-03-06T10:00:00+07:00",
            ),
        ),
        verbosity=2,
    )

    assert "possible duplicate of “Banjir Rendam Ratusan Rumah di Semarang”" in stdout
    original = Article.objects.get(source__name="Warta Kota")
    assert Article.objects.get(source__name="Kabar Jateng").duplicate_of == original


@needs_html
def test_different_story_on_the_same_day_is_not_flagged(tmp_path):
    run(write(tmp_path, "warta.html", page()))

    run(
        write(
            tmp_path,
            "harbour.html",
            page(
                "Pelabuhan Tanjung Emas Dibuka Lagi",
                HARBOUR,
                site="Kabar Jateng",
                url="https://kabarjateng.test/pelabuhan",
            ),
        )
    )

    assert not Article.objects.filter(duplicate_of__isnull=False).exists()


# ------------------------------------------------------------------- reader and admin


def versions_of_a_story(n=""):
    """A story, its republication by another source and by its own, and a draft copy."""
    first = ArticleFactory(
        published=True,
        title="Harbour reopens",
        source=SourceFactory(name="Harbour Post"),
        original_url=f"https://harbourpost.test/reopens{n}",
    )
    Provenance.objects.create(
        article=first,
        imported_at=dt.datetime(2024, 5, 1, tzinfo=dt.UTC),
        file_name="reopens.html",
        file_format=Provenance.Format.HTML,
        raw=zlib.compress(b"<html>the original</html>"),
        removed_blocks=[{"text": "Read also: Ferry times", "reason": "related headline"}],
    )
    second = ArticleFactory(
        published=True,
        title="Port open again",
        source=SourceFactory(name="Coast Daily"),
        duplicate_of=first,
    )
    third = ArticleFactory(
        published=True, title="Ferry back on time", source=first.source, duplicate_of=first
    )
    ArticleFactory(duplicate_of=first, title="Unpublished copy")  # a draft: never linked
    return first, second, third


def test_reader_page_says_where_and_when_the_story_first_appeared(client):
    first, _, _ = versions_of_a_story()

    html = client.get(first.get_absolute_url()).content.decode()

    day = f"{first.published_on.day} {first.published_on:%B %Y}"
    assert f"Originally published by Harbour Post on {day}" in html
    assert 'href="https://harbourpost.test/reopens"' in html


def test_reader_page_links_the_other_versions_both_ways(client):
    first, second, third = versions_of_a_story()

    for article, others in [(first, [second, third]), (second, [first, third])]:
        response = client.get(article.get_absolute_url())
        assert list(response.context["versions"]) == others
        html = response.content.decode()
        assert "Other versions of this story" in html
        for other in others:
            assert f'href="{other.get_absolute_url()}"' in html
        assert "Unpublished copy" not in html


def test_reader_page_with_versions_runs_a_constant_number_of_queries(
    client, django_assert_max_num_queries
):
    first, _, _ = versions_of_a_story()
    ArticleFactory.create_batch(5, published=True, duplicate_of=first)

    with django_assert_max_num_queries(6):  # the page's five, plus one for the versions
        assert client.get(first.get_absolute_url()).status_code == 200


def test_admin_shows_provenance_and_serves_the_original(admin_client):
    first, second, _ = versions_of_a_story()

    html = admin_client.get(reverse("admin:articles_article_change", args=[first.pk])).content
    html = html.decode()
    assert "reopens.html" in html
    assert "Read also: Ferry times" in html
    download = admin_client.get(reverse("admin:articles_article_original", args=[first.pk]))
    assert download.status_code == 200
    assert download.content == b"<html>the original</html>"
    assert 'attachment; filename="reopens.html"' in download["Content-Disposition"]
    missing = admin_client.get(reverse("admin:articles_article_original", args=[second.pk]))
    assert missing.status_code == 404


def test_admin_list_shows_and_filters_possible_duplicates(admin_client):
    first, second, third = versions_of_a_story()
    alone = ArticleFactory(title="A story of its own")
    url = reverse("admin:articles_article_changelist")

    response = admin_client.get(url, {"duplicates": "yes"})

    shown = set(response.context["cl"].result_list)
    assert {first, second, third} <= shown
    assert alone not in shown
    assert "Harbour reopens" in response.content.decode()
    no = set(admin_client.get(url, {"duplicates": "no"}).context["cl"].result_list)
    assert no == {alone}


# ------------------------------------------------------------------ export round trip


def export():
    stdout = StringIO()
    call_command("export_articles", stdout=stdout)
    return stdout.getvalue().splitlines()


def test_export_then_import_into_an_empty_archive_reproduces_it(tmp_path):
    run(write(tmp_path, "seed.txt", dump()))
    if hasattr(parsing, "parse_document"):
        run(write(tmp_path, "banjir.html", page()))
        run(write(tmp_path, "kabar.html", page(site="Kabar Jateng", url="https://kj.test/b")))
    hand_written = ArticleFactory(
        title="Written at the desk",
        summary="A summary.",
        tags=[TagFactory(name="Desk")],
        published=True,
        published_at=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    )
    assert hand_written.content_hash == ""
    exported = export()
    path = write(tmp_path, "archive.ndjson", ("\n".join(exported) + "\n").encode())
    Article.objects.all().delete()
    Source.objects.all().delete()
    Tag.objects.all().delete()

    stdout, _ = run(path)

    assert counts(created=len(exported)) in stdout
    assert export() == exported
    assert counts(unchanged=len(exported)) in run(path)[0]


def test_export_lines_hold_the_article_its_source_tags_and_provenance(tmp_path):
    first, second, _ = versions_of_a_story()
    first.tags.add(TagFactory(name="Ports"))
    output = tmp_path / "out.ndjson"

    call_command("export_articles", "--output", str(output), stderr=StringIO())

    records = {r["title"]: r for r in map(json.loads, output.read_text().splitlines())}
    record = records["Harbour reopens"]
    assert record["source"] == {
        "name": "Harbour Post",
        "slug": "harbour-post",
        "homepage_url": "https://harbourpost.test/",
    }
    assert record["tags"] == [{"name": "Ports", "slug": "ports"}]
    assert record["provenance"]["file_name"] == "reopens.html"
    assert zlib.decompress(__import__("base64").b64decode(record["provenance"]["raw"])) == (
        b"<html>the original</html>"
    )
    assert records["Port open again"]["duplicate_of"] == first.slug
    assert records["Port open again"]["provenance"] is None


def test_export_runs_a_constant_number_of_queries(django_assert_max_num_queries):
    for n in range(3):
        versions_of_a_story(n)
    with django_assert_max_num_queries(2):  # one chunk of articles, one of their tags
        export()


# ------------------------------------------------------------------ admin import page


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_user("desk", password="x-long-pass", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def upload(client, *files, **options):
    data = {"files": [SimpleUploadedFile(name, content) for name, content in files], **options}
    return client.post(IMPORT_URL, data)


def test_changelist_links_to_the_import_page(editor_client):
    html = editor_client.get(reverse("admin:articles_article_changelist")).content.decode()

    assert f'href="{IMPORT_URL}"' in html


def test_editor_uploads_files_and_sees_the_report(editor_client):
    response = upload(
        editor_client,
        ("good.txt", dump("Baik")),
        ("broken.txt", dump(first="KOMPAS.com - tanpa tanggal.")),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert counts(created=1, failed=1) in html
    assert "broken.txt" in html
    assert "no date" in html
    assert Article.objects.get().title == "Baik"

    again = upload(editor_client, ("good.txt", dump("Baik"))).content.decode()
    assert counts(unchanged=1) in again


def test_upload_dry_run_writes_nothing(editor_client):
    html = upload(editor_client, ("good.txt", dump("Baik")), dry_run="on").content.decode()

    assert counts(created=1) in html
    assert "Dry run: nothing was written" in html
    assert not Article.objects.exists()


@needs_html
def test_upload_of_a_saved_page_applies_the_options(editor_client):
    upload(
        editor_client,
        ("banjir.html", SAMPLE_PAGE.read_bytes()),
        status="draft",
        source="Ignored Because The Page Names One",
    )

    article = Article.objects.select_related("source").get()
    assert article.status == Article.Status.DRAFT
    assert article.source.name == "Warta Kota"


def test_upload_without_files_is_refused_with_the_form(editor_client):
    response = editor_client.post(IMPORT_URL, {})

    assert response.status_code == 200
    assert response.context["form"].errors["files"]
    assert not Article.objects.exists()


def test_import_page_needs_a_signed_in_user_with_add_permission(client, django_user_model):
    response = client.get(IMPORT_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))

    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(viewer)
    assert client.get(IMPORT_URL).status_code == 403
    assert upload(client, ("good.txt", dump())).status_code == 403
    assert not Article.objects.exists()


def test_import_page_is_csrf_protected(editor_client):
    editor_client.handler.enforce_csrf_checks = True

    assert upload(editor_client, ("good.txt", dump())).status_code == 403
    assert not Article.objects.exists()
