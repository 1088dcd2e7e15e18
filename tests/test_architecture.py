"""The house's import rules (docs/architecture.md), read from the source, not run.

Each module of `articles`, `newsroom` and `bench` sits on a layer and imports only from
layers below it, or from its own package; migrations import nothing of the app;
underscore names stay in their module; and no module imports itself round a circle.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = [  # from the bottom up; a prefix names a module or a whole package
    {"articles.languages", "articles.slugs", "articles.converters", "articles.apps"},
    {"articles.reading"},
    {"articles.search"},
    {"articles.models"},
    {"articles.importing", "articles.editors"},
    {"articles.freshness"},
    {
        "articles.aggregates",
        "articles.forms",
        "articles.feeds",
        "articles.sitemaps",
        "articles.admin_import",
        "articles.admin_filters",
    },
    {"articles.management"},
    {"articles.listing"},
    {"articles.views", "articles.admin"},
    {"articles.urls"},
    {"newsroom", "bench"},
]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    module_name(path): path
    for folder in ("articles", "newsroom", "bench")
    for path in (ROOT / folder).rglob("*.py")
}


def imports_of(name: str) -> list[tuple[str, str]]:
    """(module, imported name) for every import in the module, wherever it stands."""
    path = MODULES[name]
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + [base]).strip(".")
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.append((submodule, "") if submodule in MODULES else (base, alias.name))
    return [
        (module, imported)
        for module, imported in found
        if module.split(".")[0] in {"articles", "newsroom", "bench"}
    ]


def layer_of(name: str) -> int:
    matches = [
        (len(prefix), number)
        for number, prefixes in enumerate(LAYERS)
        for prefix in prefixes
        if name == prefix or name.startswith(prefix + ".")
    ]
    assert matches, f"{name} has no layer in LAYERS"
    return max(matches)[1]


def package_of(name: str) -> str:
    """`articles.reading` for `articles.reading.page.body`; `bench` for `bench.pages`."""
    parts = name.split(".")
    return ".".join(parts[:2] if parts[0] == "articles" else parts[:1])


APP_MODULES = sorted(name for name in MODULES if ".migrations" not in name and name != "articles")


@pytest.mark.parametrize("name", APP_MODULES)
def test_a_module_imports_only_from_below_or_its_own_package(name):
    for imported, _ in imports_of(name):
        if imported == "articles":
            continue  # `from articles import languages` resolves to the submodule
        same_package = package_of(imported) == package_of(name)
        assert same_package or layer_of(imported) < layer_of(name), f"{name} imports {imported}"


@pytest.mark.parametrize("name", APP_MODULES)
def test_underscore_names_stay_in_their_module(name):
    for imported, attribute in imports_of(name):
        assert not attribute.startswith("_"), f"{name} imports {imported}.{attribute}"


@pytest.mark.parametrize("name", sorted(name for name in MODULES if ".migrations." in name))
def test_migrations_are_frozen(name):
    assert imports_of(name) == [], f"{name} imports application code"


def test_no_module_imports_itself_round_a_circle():
    graph = {
        name: {imported for imported, _ in imports_of(name)} & set(MODULES) for name in MODULES
    }
    finished, path = set(), []

    def walk(name):
        assert name not in path, "circle: " + " -> ".join(path[path.index(name) :] + [name])
        if name in finished:
            return
        path.append(name)
        for imported in sorted(graph[name]):
            walk(imported)
        path.pop()
        finished.add(name)

    for name in sorted(MODULES):
        walk(name)
