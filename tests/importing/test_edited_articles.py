"""An editor's change survives the seed loader, every re-import and the admin's import page."""

import zlib
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, SourceUpdate
from tests.desk.helpers import ARTICLES_URL, change_form, change_url
from tests.factories import ArticleFactory
from tests.importing.helpers import (
    FLOOD,
    SEED_FILE,
    counts,
    dump,
    page,
    run,
    run_loader,
    story,
    write,
)

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("admin:articles_article_import")
SOURCE_CHANGED = "Source changed since your edit"


def edit(client, article, **changes):
    response = client.post(change_url(article), change_form(client, article, **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    return article


def test_seed_loader_keeps_the_editors_author_and_status(seed_dir, editor_client):
    run_loader()
    article = Article.objects.get()
    assert article.edited_at is None  # loading is not editing

    edit(editor_client, article, author="Pia Editor", status="draft")
    assert article.edited_at is not None
    stdout, _ = run_loader()

    assert counts(kept=1) in stdout
    article = Article.objects.get()
    assert (article.author, article.status) == ("Pia Editor", Article.Status.DRAFT)
    assert not SourceUpdate.objects.exists()  # the seed file itself did not change
    assert counts(kept=1) in run_loader()[0]  # and it stays that way, run after run


def test_changed_seed_file_is_kept_beside_the_edited_article(seed_dir, editor_client):
    run_loader()
    edit(editor_client, Article.objects.get(), author="Pia Editor")
    seed = seed_dir / SEED_FILE.name
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("Mulai Tinggalkan", "Resmi Tinggalkan"),
        encoding="utf-8",
    )

    stdout, _ = run_loader()

    assert counts(kept=1) in stdout
    article = Article.objects.get()
    assert article.title == "Pasukan Koalisi Rusia Mulai Tinggalkan Kazakhstan"
    assert article.source_update.title == "Pasukan Koalisi Rusia Resmi Tinggalkan Kazakhstan"
    assert zlib.decompress(bytes(article.source_update.raw)) == seed.read_bytes()


@pytest.mark.parametrize(
    ("name", "original", "corrected"),
    [
        ("story.txt", story(), story(*FLOOD[1:3], "Relawan membersihkan lumpur.")),
        ("story.html", page(), page(paragraphs=[*FLOOD[:3], "Relawan membersihkan lumpur."])),
        (
            "story.htm",
            page(url=""),
            page(paragraphs=[*FLOOD[:3], "Relawan membersihkan lumpur."], url=""),
        ),
    ],
    ids=["dump", "page", "page-without-address"],
)
def test_reimported_file_never_overwrites_an_edited_article(
    tmp_path, editor_client, name, original, corrected
):
    path = write(tmp_path, name, original)
    run(path)
    article = edit(
        editor_client, Article.objects.get(), title="Edited headline", author="Desk", status="draft"
    )
    edited = Article.objects.values().get()

    stdout, _ = run(path, verbosity=2)  # the same file again
    assert counts(kept=1) in stdout
    assert "changed by an editor" in stdout
    assert Article.objects.values().get() == edited
    assert not SourceUpdate.objects.exists()

    write(tmp_path, name, corrected)
    stdout, _ = run(path, verbosity=2)
    assert counts(kept=1) in stdout
    assert "source changed since the editor's edit" in stdout
    assert Article.objects.values().get() == edited
    update = SourceUpdate.objects.get(article=article)
    assert zlib.decompress(bytes(update.raw)) == corrected
    assert update.file_name == name

    form = editor_client.get(change_url(article)).text
    assert SOURCE_CHANGED in form
    assert "Relawan membersihkan lumpur" in form
    download = editor_client.get(reverse("admin:articles_article_source_update", args=[article.pk]))
    assert download.content == corrected

    # Imported once more, the kept file keeps the day it was first found.
    found_at = update.found_at
    assert counts(kept=1) in run(path)[0]
    assert SourceUpdate.objects.get().found_at == found_at

    # The source back to the text the editor started from: nothing new to read.
    write(tmp_path, name, original)
    assert counts(kept=1) in run(path)[0]
    assert not SourceUpdate.objects.exists()
    assert SOURCE_CHANGED not in editor_client.get(change_url(article)).text


def test_status_option_never_beats_an_editors_status(tmp_path, editor_client):
    path = write(tmp_path, "story.txt", dump())
    run(path)
    edit(editor_client, Article.objects.get(), author="Desk")  # still published

    stdout, _ = run(path, "--status", "draft")

    assert counts(kept=1) in stdout
    assert Article.objects.get().status == Article.Status.PUBLISHED


def test_unedited_article_still_takes_the_status_option(tmp_path):
    path = write(tmp_path, "story.txt", dump())
    run(path)

    stdout, _ = run(path, "--status", "draft")

    assert counts(updated=1) in stdout
    assert Article.objects.get().status == Article.Status.DRAFT


def test_edited_article_that_says_what_its_source_says_is_unchanged(tmp_path, editor_client):
    path = write(tmp_path, "story.txt", dump())
    run(path)
    article = Article.objects.get()
    edit(editor_client, article, author="Desk")
    edit(editor_client, article, author="")  # put back as the dump has it

    assert counts(unchanged=1) in run(path)[0]


def test_admin_import_page_reports_kept(tmp_path, editor_client):
    run(write(tmp_path, "story.txt", dump()))
    edit(editor_client, Article.objects.get(), author="Desk")

    response = editor_client.post(
        IMPORT_URL, {"files": [SimpleUploadedFile("story.txt", dump())], "status": "draft"}
    )

    assert response.status_code == 200
    assert [(str(label), count) for label, count in response.context["counts"]] == [
        ("created", 0),
        ("updated", 0),
        ("unchanged", 0),
        ("kept", 1),
        ("duplicate", 0),
        ("failed", 0),
    ]
    article = Article.objects.get()
    assert (article.author, article.status) == ("Desk", Article.Status.PUBLISHED)


def test_desk_lists_edited_articles_and_those_whose_source_changed(tmp_path, editor_client):
    path = write(tmp_path, "story.txt", story())
    run(path)
    edit(editor_client, Article.objects.get(), author="Desk")
    ArticleFactory(title="Never edited")
    write(tmp_path, "story.txt", story(*FLOOD[1:3], "Relawan membersihkan lumpur."))
    run(path)
    ArticleFactory(title="Edited, source unchanged", edited_at="2024-01-01T00:00Z")

    def listed(value):
        response = editor_client.get(ARTICLES_URL, {"edited": value})
        return sorted(article.title for article in response.context["cl"].result_list)

    assert listed("source_changed") == ["Banjir Rendam Ratusan Rumah di Semarang"]
    assert listed("yes") == ["Banjir Rendam Ratusan Rumah di Semarang", "Edited, source unchanged"]
    assert listed("no") == ["Never edited"]


def test_export_then_import_keeps_the_marker(tmp_path, editor_client):
    path = write(tmp_path, "story.txt", dump())
    run(path)
    edited_at = edit(editor_client, Article.objects.get(), author="Desk").edited_at
    export = tmp_path / "archive.ndjson"
    call_command("export_articles", "--output", str(export), stdout=StringIO())
    Article.objects.all().delete()

    assert counts(created=1) in run(export)[0]
    assert Article.objects.get().edited_at == edited_at
    assert counts(kept=1) in run(path)[0]
    assert Article.objects.get().author == "Desk"


def test_an_export_older_than_the_edit_is_kept_out_a_newer_one_applies(tmp_path, editor_client):
    run(write(tmp_path, "story.txt", dump()))
    article = Article.objects.get()
    before_edit = tmp_path / "before.ndjson"
    call_command("export_articles", "--output", str(before_edit), stdout=StringIO())
    edit(editor_client, article, author="Desk")

    assert counts(kept=1) in run(before_edit)[0]
    assert Article.objects.get().author == "Desk"

    after_edit = tmp_path / "after.ndjson"
    call_command("export_articles", "--output", str(after_edit), stdout=StringIO())
    Article.objects.filter(pk=article.pk).update(author="Lost in a bad restore")
    assert counts(updated=1) in run(after_edit)[0]  # the record carries the edit itself
    assert Article.objects.get().author == "Desk"
