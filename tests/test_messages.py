"""Contract: every finding code has one Dutch message, and the codes the code base uses are those in the catalogue."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from schemas.sheets import CHECK_CODES, COLUMN_TYPE_CODES, TEXT_CODE, TYPE_CODES
from workbook import catalogue, messages
from workbook.findings import SEVERITIES

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("workbook", "schemas", "domain", "views", "dashboard")
CATALOGUE_DIR = ROOT / "workbook" / "catalogue"  # where every code is written once: it cannot count as a use
CODE_LIKE = re.compile(r"^[a-z]+(?:-[a-z0-9]+)+$")
#: Hyphenated strings in the sources that are no finding codes.
NOT_CODES = {
    "utf-8",
    "utf-16-le",
    "latin-1",
    "doelstelling-volgnummer",
    "utf-8-sig",
    "fit-x",
    "triangle-right",
    "current-password",
    "werkagenda-verzoek",  # the marker of a request workbook
    "new-round",  # command names
    "close-round",
    "nieuwe-ronde",  # widget keys of the page Rapportageronde and the diff table's default key
    "ronde-naam",
    "ronde-datum",
    "ronde-bron",
    "bijwerken-verschillen",
    "d-m-yyyy",  # a number format
    "outside-whole-years",  # why a budget line is left out of a sum (domain.budget_count), not a finding
    "x-access-token",  # the user name sent with a git token (workbook/versions/remote.py)
}
DUTCH_WORDS = re.compile(r"\b(het|de|een|in|is|of|en|niet|blad|cel|kolom|rij|na|bevat|kies|van)\b", re.IGNORECASE)


def _source_files():
    for folder in SOURCES:
        yield from (path for path in (ROOT / folder).rglob("*.py") if CATALOGUE_DIR not in path.parents)


def _codes_in_sources() -> dict[str, set[str]]:
    """Codes passed to make(...) and hyphenated code-like strings, with the files they appear in."""
    found: dict[str, set[str]] = {}
    for path in _source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {  # widget keys and file names are hyphenated too, but are no codes
            id(keyword.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            for keyword in node.keywords
            if keyword.arg in {"key", "stem"}
        } | {
            id(arg)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "stem"
            for arg in node.args
        }
        for node in ast.walk(tree):
            if id(node) in names:
                continue
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in {"make", "_make"} and isinstance(node.args[0].value, str):
                    found.setdefault(node.args[0].value, set()).add(path.name)
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and CODE_LIKE.match(node.value) and node.value not in NOT_CODES:
                found.setdefault(node.value, set()).add(path.name)
    return found


@pytest.mark.parametrize("code", sorted(catalogue.FINDINGS))
def test_every_code_has_a_dutch_message(code):
    severity, template = catalogue.FINDINGS[code].severity, catalogue.FINDINGS[code].template
    assert severity in SEVERITIES
    assert CODE_LIKE.match(code) or code.isalpha(), "codes are lower-case English words joined by '-'"
    assert template.strip() == template and template.endswith((".", "?")), "a message is one or more full sentences"
    assert DUTCH_WORDS.search(template), "messages are Dutch"
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    if not fields:  # only messages about the whole file need no place
        assert "bestand" in template.lower() or "werkboek" in template.lower()


def test_every_code_used_in_the_code_base_is_registered():
    used = _codes_in_sources()
    unknown = {code: sorted(files) for code, files in used.items() if code not in catalogue.CATALOGUE}
    assert not unknown, f"add these codes to the catalogue (workbook/catalogue/): {unknown}"


def test_schema_mapping_uses_registered_codes():
    for code in (*CHECK_CODES.values(), *TYPE_CODES.values(), *COLUMN_TYPE_CODES.values(), TEXT_CODE):
        assert code in catalogue.FINDINGS


def test_every_registered_code_is_used_somewhere():
    unused = set(catalogue.CATALOGUE) - set(_codes_in_sources())
    assert not unused, f"codes without a use (remove them or use them): {sorted(unused)}"


def test_unknown_code_cannot_be_made():
    with pytest.raises(KeyError):
        messages.make("no-such-code")
