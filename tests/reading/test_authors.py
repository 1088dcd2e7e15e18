"""Authors: names only, several as a list, the person before the publisher."""

import pytest

from tests.reading.helpers import DATED, page, parse


def meta_author(value, *, site="WebMD"):
    return (
        f'<meta name="author" content="{value}">'
        f'<meta property="og:site_name" content="{site}">' + DATED
    )


@pytest.mark.parametrize(
    ("written", "author"),
    [
        ("By Joshua Sokol May 20, 2019", "Joshua Sokol"),
        ("Aleš Vávra před 2 hodinami", "Aleš Vávra"),
        ("by Steven Musil January 18, 2017 11:00 PM PST @stevenmusil", "Steven Musil"),
        ("Margaret Talev +Follow", "Margaret Talev"),
        ("Jeremy Herron More stories by Jeremy Herron", "Jeremy Herron"),
        ("Steve Gillman Contributor", "Steve Gillman"),
        ("Ben Silverman Games Editor", "Ben Silverman"),
        ("Brenda Goodman, MA WebMD Health News", "Brenda Goodman"),
        ("Kelli Miller WebMD Health News", "Kelli Miller"),
        ("Meg Wagner NEW YORK DAILY NEWS", "Meg Wagner"),
        ("Cécile Ducourtieux (Bruxelles, bureau européen)", "Cécile Ducourtieux"),
        ("Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Bradley M. Kuhn"),
        ("Gillman, Steve", "Steve Gillman"),
        (
            "JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL",
            "JOSH HASKELL, DAVID CAPLAN, PATRICK REEVELL",
        ),
        (
            "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
            "Martin Untersinger, Damien Leloup, Morgane Tual",
        ),
        ("Editor", "Editor"),
        ("Reporter 21", "Reporter 21"),
    ],
)
def test_an_author_is_names_only(written, author):
    assert parse(page(meta_author(written))).author == author


def test_the_publisher_is_cut_from_a_byline():
    head = meta_author(
        "Sam Stein Senior Politics Editor; The Huffington Post", site="The Huffington Post"
    )
    assert parse(page(head)).author == "Sam Stein"


def test_a_person_in_the_markup_wins_over_a_company_in_the_metas():
    head = meta_author("Condé Nast Inc.", site="WIRED")
    byline = (
        '<p class="byline" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<span itemprop="name">Emma Grey Ellis</span></p>'
    )
    assert parse(page(head, before=byline)).author == "Emma Grey Ellis"


def test_the_publisher_named_as_author_gives_way_to_the_bylines_people():
    head = meta_author("The Guardian", site="The Guardian")
    byline = (
        '<p class="byline"><a rel="author" href="/profile/jcw">Julia Carrie Wong</a> and '
        '<a rel="author" href="/profile/sl">Sam Levin</a></p>'
    )
    assert parse(page(head, before=byline)).author == "Julia Carrie Wong, Sam Levin"


def test_the_publisher_is_the_author_when_nobody_else_is_named():
    assert parse(page(meta_author("BBC News", site="BBC News"))).author == "BBC News"
