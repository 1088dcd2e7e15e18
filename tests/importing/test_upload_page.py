"""The desk's import page: uploads and their report, dry runs, options, permissions, CSRF."""

import json

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.importing.helpers import counts, dump
from tests.paths import DATA

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("admin:articles_article_import")
SAMPLE_PAGE = DATA / "import" / "banjir-semarang.html"


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


def test_an_upload_larger_than_the_size_limit_is_refused_with_the_form(editor_client, settings):
    settings.NEWSROOM_IMPORT_MAX_BYTES = 1024
    response = upload(editor_client, ("a.txt", dump("A" * 600)), ("b.txt", dump("B" * 600)))

    assert response.status_code == 200
    [error] = response.context["form"].errors["files"]
    assert "more than the 1.0\xa0KB one upload may hold" in error
    assert "import_articles" in error
    assert not Article.objects.exists()


def test_an_export_upload_is_imported_with_its_report(editor_client):
    line = json.dumps(
        {
            "title": "Harbour reopens",
            "slug": "harbour-reopens",
            "source": {"name": "Harbour Post", "slug": "harbour-post", "homepage_url": ""},
            "body": "The harbour reopened on Friday.",
        }
    )
    response = upload(editor_client, ("archive.ndjson", f"{line}\n".encode()))

    assert counts(created=1) in response.text
    article = Article.objects.get()
    assert f'href="{reverse("admin:articles_article_change", args=[article.pk])}"' in response.text


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
