"""Facet counts of a search, the links that add a filter, and chips that remove one."""

import pytest

from tests.factories import ArticleFactory, SourceFactory, TagFactory
from tests.search.helpers import LIST, titles, utc

pytestmark = pytest.mark.django_db


def test_facets_count_results_by_source_year_language_and_tag(client):
    kompas, tempo = SourceFactory(name="Kompas"), SourceFactory(name="Tempo")
    energi, pasar = TagFactory(name="Energi"), TagFactory(name="Pasar")
    ArticleFactory(published=True, title="Oil one", source=kompas, tags=[energi, pasar],
                   published_at=utc(2022, 5, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Oil two", source=kompas, tags=[energi], language="id",
                   published_at=utc(2023, 5, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Oil three", source=tempo, published_at=utc(2023, 6, 1, 9))
    ArticleFactory(published=True, title="Weather", source=tempo, tags=[pasar])

    facets = client.get(LIST, {"q": "oil"}).context["facets"]
    counts = {title: {v.label: v.count for v in values} for title, values in facets.groups}

    assert facets.total == 3
    assert counts["Sources"] == {"Kompas": 2, "Tempo": 1}
    assert counts["Years"] == {"2023": 2, "2022": 1}
    assert counts["Languages"] == {"English": 2, "Indonesian": 1}
    assert counts["Tags"] == {"Energi": 2, "Pasar": 1}

    combined = client.get(LIST, {"q": "oil", "source": "kompas", "tag": "energi"})
    facets = combined.context["facets"]
    counts = {title: {v.label: v.count for v in values} for title, values in facets.groups}
    assert facets.total == 2 and "2 articles" in combined.content.decode()
    assert counts["Years"] == {"2023": 1, "2022": 1}
    assert counts["Tags"] == {"Energi": 2, "Pasar": 1}


def test_facet_values_link_to_the_added_filter(client):
    kompas = SourceFactory(name="Kompas")
    ArticleFactory(published=True, title="Oil one", source=kompas, tags=[TagFactory(name="Energi")],
                   published_at=utc(2022, 5, 1, 9))  # fmt: skip
    ArticleFactory(published=True, title="Oil two", language="id")

    content = client.get(LIST, {"q": "oil", "sort": "oldest", "page": 1}).content.decode()

    assert 'href="?q=oil&amp;sort=oldest&amp;source=kompas">Kompas</a>' in content
    assert 'href="?q=oil&amp;sort=oldest&amp;tag=energi">Energi</a>' in content
    assert 'href="?q=oil&amp;sort=oldest&amp;lang=id">Indonesian</a>' in content
    assert 'href="?q=oil&amp;sort=oldest&amp;from=2022-01-01&amp;to=2022-12-31">2022</a>' in content
    following = client.get(LIST, {"q": "oil", "from": "2022-01-01", "to": "2022-12-31"})
    assert titles(following) == ["Oil one"]


def test_active_filters_are_removable_chips(client):
    SourceFactory(name="Kompas")
    SourceFactory(name="Tempo")
    ArticleFactory(published=True, title="Oil", source=SourceFactory(name="Kompas"))

    response = client.get(LIST + "?q=oil&source=kompas&source=tempo&lang=en&from=2020-01-01")
    chips = {chip.label: chip.remove_url for chip in response.context["chips"]}

    assert chips == {
        "Words: oil": "?source=kompas&source=tempo&lang=en&from=2020-01-01",
        "Kompas": "?q=oil&source=tempo&lang=en&from=2020-01-01",
        "Tempo": "?q=oil&source=kompas&lang=en&from=2020-01-01",
        "Language: English": "?q=oil&source=kompas&source=tempo&from=2020-01-01",
        "From 2020-01-01": "?q=oil&source=kompas&source=tempo&lang=en",
    }
    assert 'href="?q=oil&amp;source=tempo&amp;lang=en&amp;from=2020-01-01"' in (
        response.content.decode()
    )
