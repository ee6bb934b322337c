"""Read a returned request workbook: who it is for, which round, and each answer cell with its Excel reference.

A file that is no workbook at all gets the reader's own finding (``not-a-workbook``, ``old-xls``,
``encrypted``... see :mod:`workbook.reader.files`); a workbook that is no request, or lacks the
``Acties`` sheet or an answer column, raises :class:`~workbook.findings.WorkbookError` with an
``answer-...`` finding. Everything else comes back as ``Answer.issues``.

The identification comes from the hidden ``Verzoek`` sheet, cross-checked with the custom document
properties; without the sheet the properties alone identify the request (without fingerprints). Cells
are read with calamine from A1 (``skip_empty_area=False``), so a row index + 1 is the Excel row a person
sees, also when someone inserted empty rows above the header.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine

from .. import contract, messages
from ..findings import Finding, WorkbookError
from ..fingerprint import fingerprint, normal, table_digest
from ..reader.files import load_bytes, open_zip, short, sniff
from ..reader.headers import column_letter, sheet_key
from . import names as n


@dataclass(frozen=True)
class Identification:
    """What identifies the request; ``found_in`` says where: ("sheet",), ("properties",) or both."""

    party: str
    round_name: str
    source_digest: str
    fingerprints: dict[str, str]  # Actie-ID -> fingerprint of its read-only fields ({} without the sheet)
    answer_columns: tuple[str, ...]
    found_in: tuple[str, ...]


@dataclass(frozen=True)
class AnswerCell:
    """One answer cell: its value (None when empty), its column header and its cell (``H5``)."""

    column: str
    value: Any
    cell: str


@dataclass(frozen=True)
class AnswerRow:
    """One action on the Acties sheet of the answer as it is now."""

    action_id: str
    row: int  # the Excel row a person sees
    values: dict[str, Any]  # the read-only columns by header
    answers: dict[str, AnswerCell]  # the answer columns by header
    id_cell: str  # the cell of its Actie-ID (``A5``)


@dataclass(frozen=True)
class Answer:
    """A returned request: its file name, identification, the Acties rows and the problems found."""

    name: str
    identification: Identification
    columns: tuple[str, ...]
    rows: tuple[AnswerRow, ...]
    issues: tuple[Finding, ...] = field(default=())

    def row(self, action_id: str) -> AnswerRow:
        """The row of one action (KeyError when it is not in the file)."""
        for row in self.rows:
            if row.action_id == action_id:
                return row
        raise KeyError(action_id)

    @property
    def read_only_columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c and c not in self.identification.answer_columns)

    def altered(self, row: AnswerRow) -> bool:
        """True when the row's read-only fields no longer match the fingerprint of the request."""
        stored = self.identification.fingerprints.get(row.action_id)
        return stored is not None and fingerprint(row.values, self.read_only_columns) != stored


def read_answer(source: str | Path | bytes, name: str | None = None) -> Answer:
    """Read a returned request workbook (.xlsx saved by Excel, LibreOffice or openpyxl). Raises WorkbookError."""
    content, name = load_bytes(source, name)
    sniff(content, name)
    archive = open_zip(content, name)
    properties = _properties(archive)
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(content))
    except Exception as exc:  # calamine raises its own error types for broken parts
        raise WorkbookError(messages.make("corrupt-workbook", value=name, detail=short(exc))) from exc
    with book:
        issues: list[Finding] = []
        identification = _identification(book, properties, name, issues)
        actions = _sheet(book, n.SHEET_ACTIONS)
        if actions is None:
            raise WorkbookError(messages.make("answer-missing-sheet", value=name, sheet=n.SHEET_ACTIONS))
        grid = actions.to_python(skip_empty_area=False)
    header_index, headers = _find_header(grid, name)
    for column in identification.answer_columns:
        if column not in headers:
            raise WorkbookError(
                messages.make("answer-missing-column", value=name, sheet=n.SHEET_ACTIONS, column=column)
            )
    rows = _answer_rows(grid, header_index, headers, identification, name, issues)
    return Answer(name, identification, tuple(headers), tuple(rows), tuple(issues))


_CUSTOM_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"


def _properties(archive: zipfile.ZipFile) -> dict[str, str]:
    """Custom document properties (docProps/custom.xml) as text; {} when there are none or they are broken."""
    try:
        root = ElementTree.fromstring(archive.read("docProps/custom.xml"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile):
        return {}
    found: dict[str, str] = {}
    for prop in root.iter(f"{_CUSTOM_NS}property"):
        value = next(iter(prop), None)
        found[prop.get("name", "")] = (value.text or "") if value is not None else ""
    return found


def _sheet(book: python_calamine.CalamineWorkbook, title: str) -> python_calamine.CalamineSheet | None:
    for name in book.sheet_names:
        if sheet_key(name) == sheet_key(title):
            return book.get_sheet_by_name(name)
    return None


def _text(value: Any) -> str:
    return normal(value) if value not in (None, "") else ""


def _identification(
    book: python_calamine.CalamineWorkbook, properties: Mapping[str, str], name: str, issues: list[Finding]
) -> Identification:
    """From the Verzoek sheet (primary) and the custom properties (cross-check, fallback)."""
    sheet = _sheet(book, n.SHEET_ID)
    grid = sheet.to_python(skip_empty_area=False) if sheet is not None else []
    pairs: dict[str, str] = {}
    answer_columns: list[str] = []
    fingerprints: dict[str, str] = {}
    first = n.ID_TABLE_COLUMN - 1
    for line in grid[1:]:
        key, value = (_text(line[0]), _text(line[1])) if len(line) > 1 else ("", "")
        if key == n.KEY_ANSWER_COLUMN and value:
            answer_columns.append(value)
        elif key:
            pairs.setdefault(key, value)
        if len(line) > first + 1 and _text(line[first]):
            fingerprints[_text(line[first])] = _text(line[first + 1])
    from_sheet = pairs.get(n.KEY_KIND) == n.KIND
    from_props = bool(properties.get(n.PROP_PARTY)) and bool(properties.get(n.PROP_ROUND))
    if not from_sheet and not from_props:
        raise WorkbookError(messages.make("answer-not-a-request", value=name, sheet=n.SHEET_ID))
    if not from_sheet:
        issues.append(messages.make("answer-identification-sheet-missing", value=name, sheet=n.SHEET_ID))
        round_name = properties[n.PROP_ROUND]
        columns = contract.RoundColumns(round_name)
        return Identification(
            properties[n.PROP_PARTY],
            round_name,
            properties.get(n.PROP_DIGEST, ""),
            {},
            (columns.progress, columns.status),
            ("properties",),
        )
    found_in: tuple[str, ...] = ("sheet",)
    if from_props:
        found_in = ("sheet", "properties")
        for key, prop in (
            (n.KEY_PARTY, n.PROP_PARTY),
            (n.KEY_ROUND, n.PROP_ROUND),
            (n.KEY_DIGEST, n.PROP_DIGEST),
            (n.KEY_FINGERPRINTS, n.PROP_FINGERPRINTS),
        ):
            if properties.get(prop, "") != pairs.get(key, ""):
                issues.append(
                    messages.make(
                        "answer-identification-mismatch",
                        value=name,
                        key=key,
                        props=properties.get(prop, ""),
                        sheet_value=pairs.get(key, ""),
                    )
                )
                break
    if table_digest(fingerprints) != pairs.get(n.KEY_FINGERPRINTS):
        issues.append(messages.make("answer-fingerprints-altered", value=name, sheet=n.SHEET_ID))
    round_name = pairs.get(n.KEY_ROUND, "")
    columns = contract.RoundColumns(round_name)
    return Identification(
        pairs.get(n.KEY_PARTY, ""),
        round_name,
        pairs.get(n.KEY_DIGEST, ""),
        fingerprints,
        tuple(answer_columns) or (columns.progress, columns.status),
        found_in,
    )


def _find_header(grid: Sequence[Sequence[Any]], name: str) -> tuple[int, list[str]]:
    """The index of the header row (the first of the first rows with an Actie-ID cell) and its headers."""
    for index, line in enumerate(grid[: contract.MAX_HEADER_SEARCH_ROWS]):
        headers = [" ".join(_text(value).split()) for value in line]
        if contract.COL_ACTION_ID in headers:
            return index, headers
    raise WorkbookError(
        messages.make("answer-missing-column", value=name, sheet=n.SHEET_ACTIONS, column=contract.COL_ACTION_ID)
    )


def cell_value(value: Any) -> Any:
    """calamine's value as openpyxl would give it: None for empty, int for whole numbers."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _answer_rows(
    grid: Sequence[Sequence[Any]],
    header_index: int,
    headers: list[str],
    identification: Identification,
    name: str,
    issues: list[Finding],
) -> list[AnswerRow]:
    id_index = headers.index(contract.COL_ACTION_ID)
    answer_index = {column: headers.index(column) for column in identification.answer_columns}
    rows: list[AnswerRow] = []
    seen: dict[str, int] = {}
    for index in range(header_index + 1, len(grid)):
        line = grid[index]
        excel_row = index + 1
        key = _text(line[id_index]) if id_index < len(line) else ""
        if not key:
            continue
        id_cell = f"{column_letter(id_index)}{excel_row}"
        if key in seen:
            where = f"'{name}', {n.SHEET_ACTIONS}!{id_cell}"
            issues.append(
                messages.make(
                    "answer-duplicate-action",
                    sheet=n.SHEET_ACTIONS,
                    row=excel_row,
                    column=contract.COL_ACTION_ID,
                    cell=id_cell,
                    value=key,
                    where=where,
                    other=seen[key],
                )
            )
            continue
        seen[key] = excel_row
        values = {
            h: cell_value(line[i]) for i, h in enumerate(headers) if h and h not in answer_index and i < len(line)
        }
        values[contract.COL_ACTION_ID] = key
        answers = {
            column: AnswerCell(column, cell_value(line[i]) if i < len(line) else None, f"{column_letter(i)}{excel_row}")
            for column, i in answer_index.items()
        }
        rows.append(AnswerRow(key, excel_row, values, answers, id_cell))
    return rows
