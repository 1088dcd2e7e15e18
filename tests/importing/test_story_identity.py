"""One story, one article: a corrected re-import without an address updates, never duplicates."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.importing.helpers import FLOOD, HARBOUR, counts, page, run, story, write

pytestmark = pytest.mark.django_db

CORRECTED = [*FLOOD[1:3], "Relawan membersihkan lumpur yang terbawa arus ke jalan-jalan kampung."]


def page_without_address(*paragraphs, title="Banjir Rendam Ratusan Rumah di Semarang"):
    return page(title, list(paragraphs) or FLOOD, url="")


@pytest.mark.parametrize(
    ("name", "original", "corrected", "new_words"),
    [
        ("story.txt", story(), story(*CORRECTED), "Relawan membersihkan lumpur"),
        (
            "story.html",
            page_without_address(),
            page_without_address(*FLOOD[:3], "Relawan membersihkan lumpur di kampung."),
            "Relawan membersihkan lumpur di kampung.",
        ),
    ],
    ids=["dump", "page"],
)
def test_corrected_file_without_address_updates_its_article(
    tmp_path, name, original, corrected, new_words
):
    path = write(tmp_path, name, original)
    run(path)
    article = Article.objects.get()
    assert article.original_url == ""

    write(tmp_path, name, corrected)
    stdout, _ = run(path)

    assert counts(updated=1) in stdout
    updated = Article.objects.get()
    assert updated.pk == article.pk
    assert updated.slug == article.slug  # its address never changes
    assert new_words in updated.body
    assert counts(unchanged=1) in run(path)[0]


def test_a_corrected_title_in_other_case_and_punctuation_is_the_same_story(tmp_path):
    run(write(tmp_path, "a.txt", story()))

    stdout, _ = run(
        write(
            tmp_path, "b.txt", story(*CORRECTED, title="BANJIR rendam ratusan rumah di Semarang!")
        )
    )

    assert counts(updated=1) in stdout
    assert Article.objects.get().title == "BANJIR rendam ratusan rumah di Semarang!"


def test_two_stories_with_one_title_on_one_day_stay_two_articles(tmp_path):
    run(write(tmp_path, "morning.txt", story(title="Harga Emas Hari Ini")))

    stdout, _ = run(write(tmp_path, "evening.txt", story(*HARBOUR, title="Harga Emas Hari Ini")))

    # The dateline's first paragraph is shared; the rest of the text is another story.
    assert counts(created=1) in stdout
    assert Article.objects.count() == 2


def test_the_same_text_on_another_day_is_another_article(tmp_path):
    run(write(tmp_path, "monday.txt", story()))

    stdout, _ = run(write(tmp_path, "tuesday.txt", story(*CORRECTED, day="Rabu (6/3/2024)")))

    assert counts(created=1) in stdout
    assert Article.objects.count() == 2


def test_admin_import_page_updates_the_story_too(tmp_path, editor_client):
    run(write(tmp_path, "story.txt", story()))

    response = editor_client.post(
        reverse("admin:articles_article_import"),
        {"files": [SimpleUploadedFile("story.txt", story(*CORRECTED))]},
    )

    assert [(str(label), n) for label, n in response.context["counts"] if n] == [("updated", 1)]
    assert "Relawan membersihkan lumpur" in Article.objects.get().body
