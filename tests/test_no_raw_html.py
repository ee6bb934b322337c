"""No raw HTML, CSS or JavaScript anywhere in the app: no st.html, no unsafe_allow_html, no components.

Workbook text must never become markup, and nothing may depend on Streamlit's test ids or class names
(the upload page used to hide Streamlit's limit line with CSS; see pages/bijwerken.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from support.browser import ROOT

APP_FILES = sorted(
    [
        ROOT / "app.py",
        *(ROOT / "pages").glob("*.py"),
        *(ROOT / "dashboard").rglob("*.py"),
        *(ROOT / "views").rglob("*.py"),
    ]
)
FORBIDDEN_CALLS = {
    "html",
    "iframe",
    "declare_component",
    "component",
}  # st.html, components.v1.html/iframe, v1/v2 components
FORBIDDEN_KEYWORDS = {"unsafe_allow_html", "unsafe_allow_javascript"}


@pytest.mark.parametrize("path", APP_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_raw_html(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in FORBIDDEN_CALLS:
                owner = ast.unparse(func.value)
                if owner == "st" or "components" in owner:
                    found.append(f"line {node.lineno}: {ast.unparse(func)}(...)")
            for keyword in node.keywords:
                if keyword.arg in FORBIDDEN_KEYWORDS and not (
                    isinstance(keyword.value, ast.Constant) and keyword.value.value is False
                ):
                    found.append(f"line {node.lineno}: {keyword.arg}=...")
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] + (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            )
            found += [f"line {node.lineno}: import {n}" for n in names if "streamlit.components" in n]
    assert not found, found
