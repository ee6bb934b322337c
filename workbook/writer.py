"""Write contract workbooks with openpyxl, laid out for the people who maintain them.

Used by the template command, by tests (small workbooks with one defect each)
and by the benchmark (synthetic workbooks). It never touches the canonical
workbook: that file is edited by people, and only ``format`` refreshes its
layout in place (see :mod:`workbook.template`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from . import contract

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")

#: Column widths (characters) for known headers; others get a width from their content.
WIDTHS: dict[str, int] = {
    contract.COL_WHAT: 70,
    contract.COL_WHO: 36,
    contract.COL_WHEN: 22,
    contract.COL_DESCRIPTION: 60,
    contract.COL_AMBITION: 70,
    contract.COL_SOURCE: 60,
    contract.COL_FULL_NAME: 40,
    contract.COL_ALIASES: 40,
    contract.COL_TITLE: 36,
}
WRAP_MIN_WIDTH = 30


def column_width(header: str, values: Iterable[Any] = ()) -> int:
    if header in WIDTHS:
        return WIDTHS[header]
    if header.startswith(contract.PROGRESS_PREFIX):
        return 60
    longest = max([len(header)] + [len(str(v)) for v in values if v is not None][:200])
    return max(10, min(longest + 2, 50))


def table_name(sheet: str) -> str:
    return "tbl" + re.sub(r"[^A-Za-z0-9]", "", sheet)


def write_sheet(
    ws: Worksheet, columns: Sequence[str], rows: Iterable[Mapping[str, Any]], *, as_table: bool = True
) -> int:
    """Header + rows, frozen header, widths, wrapped long text, an Excel table. Returns the row count."""
    ws.append(list(columns))
    count = 0
    values_seen: dict[str, list[Any]] = {c: [] for c in columns}
    for row in rows:
        values = [row.get(c) for c in columns]
        ws.append(values)
        count += 1
        if count <= 200:
            for c, v in zip(columns, values):
                values_seen[c].append(v)
    style_sheet(ws, columns, values_seen, count, as_table=as_table)
    return count


def style_sheet(
    ws: Worksheet,
    columns: Sequence[str],
    values_seen: Mapping[str, list[Any]] | None = None,
    count: int | None = None,
    *,
    as_table: bool = True,
) -> None:
    values_seen = values_seen or {}
    count = ws.max_row - 1 if count is None else count
    for position, header in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=position)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        width = column_width(header, values_seen.get(header, ()))
        ws.column_dimensions[get_column_letter(position)].width = width
        if width >= WRAP_MIN_WIDTH and count:
            for (data_cell,) in ws.iter_rows(min_row=2, max_row=count + 1, min_col=position, max_col=position):
                data_cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    if columns:
        ref = f"A1:{get_column_letter(len(columns))}{max(count, 1) + 1}"
        if as_table:
            table = Table(displayName=table_name(ws.title), ref=ref)
            table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
            ws.add_table(table)
        else:
            ws.auto_filter.ref = ref


def write_readme(ws: Worksheet, lines: Iterable[str]) -> None:
    ws.column_dimensions["A"].width = 120
    for line in lines:
        ws.append([line])
        cell = ws.cell(row=ws.max_row, column=1)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if line and not line.startswith(" ") and line.rstrip().endswith(":") is False and ws.max_row == 1:
            cell.font = Font(bold=True, size=14)


def write_workbook(
    path: str | Path,
    data: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    columns: Mapping[str, Sequence[str]] | None = None,
    readme: Iterable[str] | None = None,
    as_table: bool = True,
) -> Path:
    """Write a workbook with one sheet per key of ``data`` (in contract order first).

    ``columns`` overrides the header per sheet (default: the contract columns
    plus any other keys found in the rows, in first-seen order).
    """
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    if readme is not None:
        write_readme(wb.create_sheet(contract.SHEET_README), readme)
    names = [name for name in contract.CONTRACT_SHEETS if name in data] + [
        name for name in data if name not in contract.SHEET_COLUMNS
    ]
    for sheet in names:
        rows = data[sheet]
        header = list(columns[sheet]) if columns and sheet in columns else default_columns(sheet, rows)
        write_sheet(wb.create_sheet(sheet), header, rows, as_table=as_table)
    wb.save(path)
    return path


def default_columns(sheet: str, rows: Sequence[Mapping[str, Any]]) -> list[str]:
    header = list(contract.SHEET_COLUMNS.get(sheet, ()))
    for row in rows:
        for key in row:
            if key not in header:
                header.append(key)
    return header
