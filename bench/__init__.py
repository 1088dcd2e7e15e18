"""Measurement, kept out of the app: benchmarks, the extraction scorer and its corpora.

Each tool is a Django command class in a module of this package, run with
`python -m bench <tool> [options]` from the repository root (`python -m bench` lists
them). They import only public names of the app, and a production install, which
holds `newsroom` and `articles` alone, does not carry them. See docs/benchmarks.md.
"""

import importlib

TOOLS = {
    "score_extraction": "Score the page reader against pages with known answers.",
    "compare_readers": "This reader beside trafilatura alone on corpus-real and our corpora.",
    "benchmark_import": "Generate full-size saved pages, import them, report speed and memory.",
    "benchmark_search": "Fill PostgreSQL with synthetic articles, time the search page.",
    "benchmark_readers": "Fill a bench database, serve it with gunicorn, time every reader page.",
}


def command(name: str):
    """A new instance of the tool `name`'s command class."""
    if name not in TOOLS:
        raise KeyError(f"no tool {name!r}; the tools are: {', '.join(TOOLS)}")
    return importlib.import_module(f"bench.{name}").Command()
