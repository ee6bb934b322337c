"""One contract sheet as read: its frame indexed by Excel row number, and where each cell came from."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .. import contract, messages, nl
from ..findings import Finding
from .cells import column_kind, convert_column
from .headers import canonical_header, column_letter, header_row_index, present

ROW_INDEX_NAME = "rij"


@dataclass
class SheetTable:
    """One contract sheet as read: the frame plus where each cell came from."""

    name: str
    frame: pd.DataFrame
    header_row: int
    letters: dict[str, str] = field(default_factory=dict)  # column -> "D"
    missing_columns: tuple[str, ...] = ()

    def cell(self, column: str | None, row: int | None) -> str | None:
        if row is None:
            return None
        letter = self.letters.get(column or "")
        return f"{letter}{row}" if letter else None


def empty_frame(sheet: str) -> pd.DataFrame:
    """A frame with the sheet's contract columns and no rows."""
    frame = pd.DataFrame(columns=list(contract.SHEET_COLUMNS.get(sheet, ())))
    frame.index.name = ROW_INDEX_NAME
    return frame


def read_sheet(sheet: str, raw_sheet: Any, round_names: Sequence[str]) -> tuple[SheetTable, list[Finding]]:
    """The sheet's header found, its columns named as in the contract, its rows converted cell by cell."""
    findings: list[Finding] = []
    limit = contract.MAX_ROWS_PER_SHEET
    rows: list[list[Any]] = raw_sheet.to_python(
        skip_empty_area=False, nrows=limit + contract.MAX_HEADER_SEARCH_ROWS + 1
    )
    if raw_sheet.total_height > limit + contract.MAX_HEADER_SEARCH_ROWS:
        findings.append(messages.make("too-many-rows", sheet=sheet, limit=nl.number(limit)))

    header_index = header_row_index(rows, sheet)
    if header_index is None:
        findings.append(messages.make("empty-sheet", sheet=sheet))
        return SheetTable(sheet, empty_frame(sheet), 1, {}, contract.SHEET_COLUMNS[sheet]), findings
    header_row = header_index + 1
    if header_row > 1:
        findings.append(messages.make("header-not-first-row", sheet=sheet, row=header_row))

    for (r1, c1), (r2, c2) in getattr(raw_sheet, "merged_cell_ranges", None) or []:
        if r2 >= header_index:
            first = f"{column_letter(c1)}{r1 + 1}"
            area = f"{first}:{column_letter(c2)}{r2 + 1}"
            findings.append(messages.make("merged-cells", sheet=sheet, row=r1 + 1, cell=first, value=area))

    header = rows[header_index] if header_index < len(rows) else []
    columns, repeated = _columns(sheet, header, round_names)
    for position, name in repeated:
        cell = f"{column_letter(position)}{header_row}"
        findings.append(messages.make("duplicate-column", sheet=sheet, row=header_row, column=name, cell=cell))
    by_name = {name: column_letter(position) for position, name in columns}
    missing = tuple(c for c in contract.SHEET_COLUMNS[sheet] if c not in by_name)
    for column in missing:
        findings.append(messages.make("missing-column", sheet=sheet, row=header_row, column=column))

    kept, index = _data_rows(rows[header_index + 1 : header_index + 1 + limit], header_row, sheet, findings)
    # column by column (read_workbook orders the findings by row again)
    by_position = list(itertools.zip_longest(*kept))  # the rows' cells column by column (a short row: None)
    values: dict[str, pd.Series] = {}
    for position, name in columns:
        kind, words = column_kind(sheet, name)
        cells = by_position[position] if position < len(by_position) else (None,) * len(kept)
        converted = convert_column(kind, words, sheet, name, cells, index, by_name[name], findings)
        values[name] = pd.Series(converted, dtype=object)
    ordered = [name for _, name in columns]
    for column in missing:
        ordered.append(column)
        values[column] = pd.Series([None] * len(kept), dtype=object)
    frame = pd.DataFrame(values, columns=ordered)
    frame.index = pd.Index(index, name=ROW_INDEX_NAME, dtype="int64")
    return SheetTable(sheet, frame, header_row, by_name, missing), findings


def _columns(
    sheet: str, header: Sequence[Any], round_names: Sequence[str]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(position, contract name) of each header cell in order, and those whose name came earlier already."""
    columns: list[tuple[int, str]] = []
    repeated: list[tuple[int, str]] = []
    seen: set[str] = set()
    for position, raw in enumerate(header):
        name = canonical_header(raw, sheet, round_names)
        if name is None:
            continue
        (repeated if name in seen else columns).append((position, name))
        seen.add(name)
    return columns, repeated


def _data_rows(body: list[list[Any]], header_row: int, sheet: str, findings: list[Finding]) -> tuple[list, list[int]]:
    """The filled rows and their Excel row numbers; trailing blank rows dropped, blank rows between reported."""
    last = len(body)
    while last and not any(present(v) for v in body[last - 1]):
        last -= 1
    kept: list[list[Any]] = []
    index: list[int] = []
    for offset, raw_row in enumerate(body[:last]):
        excel_row = header_row + 1 + offset
        if not any(present(v) for v in raw_row):
            findings.append(messages.make("blank-row", sheet=sheet, row=excel_row))
            continue
        kept.append(raw_row)
        index.append(excel_row)
    return kept, index
