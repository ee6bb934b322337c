"""Cell values as a person means them, decided once per column.

Tolerant where a person would expect it (numbers stored as text, Dutch decimal commas, ``1-7-2024``
typed as text, a vocabulary word in another case) and strict where a guess would hide an error: a
value that cannot be read as the column's type is kept as it is, so that the schemas report it with
its cell. Empty cells become None; whole numbers stay int (no 2023.0).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from .. import contract, messages, nl
from ..findings import Finding
from .headers import norm

EXCEL_ERRORS = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA"})
_LONGEST_ERROR = max(len(e) for e in EXCEL_ERRORS)

_INT_TEXT = re.compile(r"^[+-]?\d+(?:[.,]0+)?$")
_DUTCH_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^[+-]?\d+,\d+$")
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
_DATE_TEXT = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

INTEGER, DECIMAL, DATE, CODE, TEXT = "integer", "decimal", "date", "code", "text"
DATE_TEXT = "date text"  #: a date as a document writes it: text, and a real date in Dutch words


def vocabulary_for(sheet: str, column: str) -> tuple[str, ...]:
    """The words allowed in ``column`` of ``sheet`` (round status columns: the statuses), or ()."""
    vocabulary = contract.VOCABULARIES.get(sheet, {}).get(column)
    if vocabulary:
        return vocabulary
    if sheet == contract.SHEET_ACTIONS:
        parsed = contract.parse_round_column(column)
        if parsed and parsed[0] == contract.STATUS_PREFIX.strip():
            return contract.STATUSES
    return ()


def column_kind(sheet: str, column: str) -> tuple[str, dict[str, str]]:
    """How a column's cells are read, and its vocabulary by key (decided once per column)."""
    words = {norm(word): word for word in vocabulary_for(sheet, column)}
    if column in contract.INTEGER_COLUMNS.get(sheet, ()):
        return INTEGER, words
    if column in contract.DECIMAL_COLUMNS.get(sheet, ()):
        return DECIMAL, words
    if column in contract.DATE_COLUMNS.get(sheet, ()):
        return DATE, words
    if column in contract.CODE_COLUMNS.get(sheet, ()):
        return CODE, words
    if column in contract.DATE_TEXT_COLUMNS.get(sheet, ()):
        return DATE_TEXT, words
    return TEXT, words


def convert_column(
    kind: str,
    words: dict[str, str],
    sheet: str,
    column: str,
    cells: Sequence[Any],
    rows: list[int],
    letter: str,
    findings: list[Finding],
) -> list[Any]:
    """:func:`convert` for every cell of one column; findings are appended to ``findings``.

    Plain text in a text or code column (most cells) is handled here without a call per
    cell, and a vocabulary word is looked up once per distinct text; the rest goes
    through :func:`convert`.
    """
    plain_text = kind in (TEXT, CODE, DATE_TEXT)
    vocabulary = words if kind == TEXT and words else None
    known: dict[str, str] = {}
    out: list[Any] = []
    append = out.append
    for value, row in zip(cells, rows):
        if value is None:
            append(None)
            continue
        if plain_text and value.__class__ is str:
            text = value.strip()
            if not text:
                append(None)
                continue
            if len(text) > _LONGEST_ERROR or text not in EXCEL_ERRORS:  # no hash of every long text
                if vocabulary is not None:
                    word = known.get(text)
                    if word is None:
                        word = known[text] = vocabulary.get(norm(text), text)
                    text = word
                append(text)
                continue
        converted, finding = convert(kind, words, sheet, column, value, row, letter)
        if finding:
            findings.append(finding)
        append(converted)
    return out


def convert(
    kind: str, words: dict[str, str], sheet: str, column: str, value: Any, row: int, letter: str
) -> tuple[Any, Finding | None]:
    """Normalise one cell of a column of ``kind``; return (value, finding-or-None)."""
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None, None
        if value in EXCEL_ERRORS:
            cell = f"{letter}{row}"
            return value, messages.make("formula-error", sheet=sheet, row=row, column=column, cell=cell, value=value)
        if kind in (TEXT, DATE_TEXT):
            return (words.get(norm(value), value) if words else value), None
    if value is None:
        return None, None
    if kind == INTEGER:
        return to_int(value), None
    if kind == DECIMAL:
        return to_number(value), None
    if kind == DATE:
        return to_date(value), None
    if kind == CODE:
        if isinstance(value, float):
            return (str(int(value)) if value.is_integer() else repr(value)), None
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value), None
        return value, None
    if kind == DATE_TEXT and isinstance(value, dt.date):
        return nl.date(value), None  # Excel made a date of "15 juli 2022": its words again
    # text columns: a number typed in a text column becomes its text
    if isinstance(value, bool):
        return ("WAAR" if value else "ONWAAR"), None
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else str(value)), None
    if isinstance(value, int):
        return str(value), None
    return value, None  # a date stays a date: the schema reports it in a text column


def to_int(value: Any) -> Any:
    """2024, 2024.0, "2024" and "2024,0" -> 2024; anything else as it is."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.replace("\u00a0", "").replace(" ", "")
        if _INT_TEXT.match(text):
            return int(re.split(r"[.,]", text)[0])
    return value


def to_number(value: Any) -> Any:
    """12, "12,5", "1.234,5", "€ 2,5" -> float; anything else as it is."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = value.replace("\u00a0", "").replace(" ", "").removeprefix("€")
        if _DUTCH_NUMBER.match(text):
            return float(text.replace(".", "").replace(",", "."))
        if _PLAIN_NUMBER.match(text):
            return float(text)
    return value


def to_date(value: Any) -> Any:
    """A date cell, "1-7-2024" or "2024-07-01" -> a date; anything else as it is."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _DATE_TEXT.match(value)
        try:
            if match:
                day, month, year = (int(g) for g in match.groups())
                return dt.date(year, month, day)
            match = _ISO_DATE.match(value)
            if match:
                year, month, day = (int(g) for g in match.groups())
                return dt.date(year, month, day)
        except ValueError:
            return value
    return value
