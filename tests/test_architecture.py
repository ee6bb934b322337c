"""Contract: the layers point one way, no module reaches into another package's private names, sizes stay small.

    workbook (the file format) -> schemas (the checks) -> domain (the figures) -> views (what a page shows)
    -> dashboard, report, opendata (Streamlit, Word, open data)
    -> the entry points: app.py, pages/, workbook.cli, workbook.commands

A module may import its own layer and the layers below it; only the entry points import across. Tests and
benchmarks share the builders in ``support/`` and never import each other; the developers' scripts in ``tools/``
may import anything but the benchmarks, and nothing imports them. Imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {"workbook": 0, "schemas": 1, "domain": 2, "views": 3, "dashboard": 4, "report": 4, "opendata": 4}
ENTRY_POINTS = ("app.py", "pages/", "workbook/cli.py", "workbook/__main__.py", "workbook/commands/")
#: Packages that may import any layer, and the packages each must never import.
OUTSIDE = {
    "support": {"tests", "benchmarks", "tools"},
    "tests": {"benchmarks", "tools"},
    "benchmarks": {"tests", "tools"},
    "tools": {"benchmarks"},  # tools.golden reads the validation corpus of tests/test_validation.py
    "deploy": {"tests", "benchmarks", "support", "tools"},  # the launcher of several servers: no test code in it
}
NO_UI = ("workbook", "schemas", "domain", "views", "report", "opendata")
FIRST_PARTY = {*LAYERS, *OUTSIDE, "pages", "app"}
MAX_LINES = {
    "workbook": 400,
    "schemas": 400,
    "dashboard": 400,
    "domain": 400,
    "views": 400,
    "report": 400,
    "opendata": 400,
}
MAX_PAGE_LINES = 120


def module_name(relative: str) -> str:
    return relative.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def imports(source: str, relative: str) -> list[tuple[str, list[str], int]]:
    """(imported module, names imported from it, line) for every import in a file, relative ones resolved."""
    package = module_name(relative).split(".")
    if not relative.endswith("__init__.py"):
        package = package[:-1]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package[: len(package) - node.level + 1], *([base] if base else [])])
            found.append((base, [alias.name for alias in node.names], node.lineno))
    return found


def _layer(module: str) -> tuple[str, int | None]:
    top = module.split(".")[0]
    return top, LAYERS.get(top)


def _entry_point(relative: str) -> bool:
    return relative.startswith(ENTRY_POINTS) or relative in ENTRY_POINTS


def violations(files: dict[str, str]) -> list[str]:
    """Every broken rule in ``files`` (relative path -> source), one Dutch-free line each."""
    problems = []
    for relative, source in sorted(files.items()):
        own_top, own_layer = _layer(module_name(relative))
        for target, names, line in imports(source, relative):
            top, layer = _layer(target)
            where = f"{relative}:{line} imports {target}"
            if top == "streamlit" and own_top in NO_UI and not _entry_point(relative):
                problems.append(f"{where}: {own_top}/ stays free of the user interface")
            if top == "openpyxl" and relative.startswith("pages/"):
                problems.append(f"{where}: pages never read or write workbooks themselves")
            if top not in FIRST_PARTY or top == own_top:
                continue
            if own_top in OUTSIDE:
                if top in OUTSIDE[own_top]:
                    problems.append(f"{where}: {own_top}/ and {top}/ never import each other (share support/)")
            elif _entry_point(relative):
                pass  # the entry points wire the layers together
            elif own_layer is not None and (layer is None or layer > own_layer):
                problems.append(f"{where}: a lower layer imports a higher one")
            private = [
                name for name in [*names, target.split(".")[-1]] if name.startswith("_") and name != "__future__"
            ]
            if private and not _entry_point(relative):
                problems.append(f"{where}: private name(s) {private} of another package")
    return problems


def project_files() -> dict[str, str]:
    folders = [*LAYERS, *OUTSIDE, "pages"]
    files = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for f in folders for p in (ROOT / f).rglob("*.py")}
    files["app.py"] = (ROOT / "app.py").read_text(encoding="utf-8")
    return files


def test_the_layers_point_one_way():
    assert violations(project_files()) == []


@pytest.mark.parametrize(
    ("path", "source", "expected"),
    [
        ("workbook/reader/x.py", "from schemas import check", "a lower layer imports a higher one"),
        ("workbook/history.py", "def f():\n    from schemas import check", "a lower layer imports a higher one"),
        ("domain/budget.py", "from views import sentences", "a lower layer imports a higher one"),
        ("views/goals.py", "import dashboard.widgets", "a lower layer imports a higher one"),
        ("schemas/typed.py", "from workbook.reader.headers import _norm", "private name(s)"),
        ("domain/model.py", "import streamlit as st", "stays free of the user interface"),
        ("pages/budget.py", "from openpyxl import load_workbook", "pages never read or write"),
        ("benchmarks/run.py", "from tests import sample", "never import each other"),
        ("tests/test_x.py", "from benchmarks.measure import best", "never import each other"),
        ("support/sample.py", "from tests.apptest import run_page", "never import each other"),
        ("tests/test_golden.py", "from tools.golden import main", "never import each other"),
        ("support/golden.py", "from tools import golden", "never import each other"),
        ("benchmarks/run.py", "import tools.screenshots", "never import each other"),
        ("schemas/rules/budget.py", "from ..typed import TypedWorkbook\nfrom ...domain import model", "a lower layer"),
    ],
)
def test_an_import_against_the_layers_is_found(path, source, expected):
    found = violations({path: source})
    assert len(found) == 1 and expected in found[0], found


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("views/goals.py", "from domain import status\nfrom workbook import nl\nfrom .common import Metric"),
        ("pages/budget.py", "import streamlit as st\nfrom dashboard import charts\nfrom views import budget"),
        ("workbook/commands/validate.py", "from schemas import check"),
        ("tests/test_x.py", "from support import sample\nfrom dashboard import charts"),
        ("tools/golden.py", "from support.golden import findings\nfrom tests.test_validation import CASES"),
        ("dashboard/charts/status.py", "from .base import finish\nfrom ..theme import INK"),
    ],
)
def test_imports_along_the_layers_are_allowed(path, source):
    assert violations({path: source}) == []


def test_no_module_is_too_long_and_pages_stay_thin():
    too_long = []
    for relative, source in project_files().items():
        lines = source.count("\n")
        top = relative.split("/")[0]
        if relative.startswith("pages/") and lines > MAX_PAGE_LINES:
            too_long.append(f"{relative}: {lines} lines (a page renders a view: at most {MAX_PAGE_LINES})")
        elif top in MAX_LINES and lines > MAX_LINES[top]:
            too_long.append(f"{relative}: {lines} lines (at most {MAX_LINES[top]})")
    assert too_long == []


def test_pages_do_not_compute_with_pandas():
    computing = [
        relative
        for relative, source in project_files().items()
        if relative.startswith("pages/")
        and any(target.split(".")[0] in {"pandas", "numpy"} for target, _, _ in imports(source, relative))
    ]
    assert computing == []
