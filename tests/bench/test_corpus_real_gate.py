"""The quality gate on real pages nobody here wrote: corpus-real, read where it lives.

The pages are third-party pages kept for evaluation beside the repository
(`../shared/corpus-real`, or `NEWSROOM_CORPUS_REAL`); they are never copied in, and this
test skips where they are absent (a user's clone). The floors are the figures this
reader reached, less a page or two: a change that loses real pages fails here.
"""

import os

import pytest

from bench.compare_readers import figure, scores
from tests.paths import ROOT

CORPUS = ROOT.parent / "shared" / "corpus-real"
CORPUS = type(CORPUS)(os.environ.get("NEWSROOM_CORPUS_REAL", CORPUS))
pytestmark = pytest.mark.skipif(
    not (CORPUS / "score.py").is_file(), reason="corpus-real is not beside the repository"
)

# Measured 0.948, 89.5%, 82.3%, 85.3%, 84.6%, 100% (trafilatura alone: 0.936, 94.0%,
# 81.9%, 80.1%, 60.6%, 0%); see docs/benchmarks.md.
FLOORS = {
    "body_f1": 0.94,
    "body_starts_near": 0.88,
    "title": 0.81,
    "date": 0.84,
    "author": 0.83,
    "language": 0.99,
}


@pytest.fixture(scope="module")
def pages():
    return scores(CORPUS / "score.py", CORPUS, "newsroom_reader")


@pytest.mark.parametrize("field", FLOORS)
def test_the_reader_keeps_its_figures_on_real_pages(pages, field):
    value, count = figure(pages, field)

    assert count >= 75
    assert value >= FLOORS[field], f"{field}: {value:.3f} on {count} pages"


def test_no_real_page_is_refused(pages):
    assert [page["id"] for page in pages if page.get("error")] == []
