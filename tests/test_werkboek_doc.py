"""docs/werkboek.md documents every sheet of the contract and every column of each, optional ones included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbook import contract

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "werkboek.md"


def section(sheet: str) -> str:
    """The text under the heading ``### `<sheet>```, up to the next heading."""
    text = GUIDE.read_text(encoding="utf-8")
    match = re.search(rf"^### `{re.escape(sheet)}`[^\n]*\n(.*?)(?=^#)", text, re.MULTILINE | re.DOTALL)
    assert match, f"docs/werkboek.md has no heading for the sheet {sheet}"
    return match.group(1)


@pytest.mark.parametrize("sheet", contract.CONTRACT_SHEETS)
def test_every_sheet_and_column_is_documented(sheet):
    text = section(sheet)
    for column in (*contract.SHEET_COLUMNS[sheet], *contract.OPTIONAL_COLUMNS.get(sheet, ())):
        assert f"`{column}`" in text, (sheet, column)


@pytest.mark.parametrize("sheet", contract.OPTIONAL_SHEETS)
def test_an_optional_sheet_says_it_may_be_left_out(sheet):
    heading = re.search(rf"^### `{re.escape(sheet)}`(.*)$", GUIDE.read_text(encoding="utf-8"), re.MULTILINE)
    assert heading and "mag ontbreken" in heading.group(1)
