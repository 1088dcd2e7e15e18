"""The editing desk in a real browser: Debian's Chromium driven by Playwright.

Never run `playwright install`: the test uses the system browser at /usr/bin/chromium.
Without it the test is skipped, unless NEWSROOM_REQUIRE_BROWSER=1 (as in CI) makes it fail.
"""

import contextlib
import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import connections
from playwright.sync_api import expect, sync_playwright

from articles.models import Article
from tests.factories import SourceFactory

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "harbour-lights-at-dusk-42"
TITLE = "Harbour reopens after the storm"
FIRST_PARAGRAPH = "The harbour reopened on Friday morning."
BODY = f"{FIRST_PARAGRAPH}\n\nShips had queued overnight outside the breakwater."

# The browser test empties the database afterwards (the live server needs real commits);
# the serialized rollback restores what migrations created, such as the Editors group.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def browser(monkeypatch):
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM}"
        if os.environ.get("NEWSROOM_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{message}, and NEWSROOM_REQUIRE_BROWSER=1 requires it.")
        pytest.skip(message)
    # Playwright's sync API keeps an event loop running in this thread, which makes
    # Django refuse ORM calls from the test unless told that this is intended.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
        # While the loop runs, Django keeps the test's ORM connections apart from the ones
        # pytest-django manages; close them here or PostgreSQL can't drop the test database.
        connections.close_all()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB", timezone_id="UTC")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@contextlib.contextmanager
def screenshot_on_failure(page, path):
    try:
        yield
    except Exception as error:
        page.screenshot(path=path, full_page=True)
        error.add_note(f"Screenshot of the page at {page.url}: {path}")
        raise


def test_editor_publishes_an_article_readers_then_find(
    live_server, page, django_user_model, tmp_path
):
    editor = django_user_model.objects.create_user("desk", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    SourceFactory(name="Kompas Daily")
    SourceFactory(name="Jakarta Post")

    with screenshot_on_failure(page, tmp_path / "failure.png"):
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", "desk")
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        expect(page.locator("#site-name")).to_contain_text("Newsroom desk")

        page.goto(f"{live_server.url}/admin/articles/article/add/")
        page.locator("#id_title").press_sequentially(TITLE)  # key by key: the slug follows
        expect(page.locator("#id_slug")).to_have_value("harbour-reopens-after-the-storm")
        page.click("#id_source + .select2 .select2-selection")  # the autocomplete widget
        page.fill(".select2-container--open .select2-search__field", "Kompas")
        page.click(".select2-results__option >> text=Kompas Daily")
        page.select_option("#id_status", "published")
        page.fill("#id_published_at_0", "2024-05-17")
        page.fill("#id_published_at_1", "09:30:00")
        page.fill("#id_body", BODY)
        page.click("input[name=_save]")
        expect(page.locator(".messagelist .success")).to_contain_text(TITLE)

        page.goto(f"{live_server.url}/articles/")
        page.get_by_role("link", name=TITLE).click()
        expect(page).to_have_url(
            f"{live_server.url}/articles/2024/05/17/harbour-reopens-after-the-storm/"
        )
        expect(page.locator("h1")).to_have_text(TITLE)
        expect(page.locator("p", has_text=FIRST_PARAGRAPH)).to_have_count(1)

    article = Article.objects.select_related("source").get()
    assert (article.source.name, article.status) == ("Kompas Daily", Article.Status.PUBLISHED)
