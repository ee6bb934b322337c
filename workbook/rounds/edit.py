"""Edit a workbook for a round: add the round (a row in Rondes, two columns in Acties), or close it.

Both functions take the file's bytes and return the new bytes; nothing is written here (the command or
the app keeps a backup in history/ and swaps the file in). Both refuse a file with parts openpyxl would
drop (charts, pictures, macros) and check before they return that every other cell value is as it was:

* ``add_round`` puts ``Voortgang <ronde>`` and ``Status <ronde>`` right after the last round's columns,
  with that round's header style, widths, wrapping and cell formats, moves the columns to their right
  (with their widths, dropdowns, conditional formats, the table and the filter), and refreshes the
  dropdowns and header help of every sheet (:func:`workbook.dropdowns.add_validations`);
* ``close_round`` fills ``Vastgesteld`` (the date) and ``Vingerafdruk`` of the round in Rondes, adding
  those two columns after the last one when the sheet lacks them.
"""

from __future__ import annotations

import datetime as dt
import io
from copy import copy
from dataclasses import dataclass
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.table import TableColumn
from openpyxl.worksheet.worksheet import Worksheet

from .. import contract
from ..dropdowns import add_validations, find_header
from ..reader.headers import norm, sheet_key
from ..template import TemplateError, _refuse_unsupported, cell_values
from ..writer import HEADER_FILL, HEADER_FONT, column_width

DATE_FORMAT = "d-m-yyyy"


class EditError(TemplateError):
    """The workbook cannot be edited safely; ``str(exc)`` says why, in Dutch (nothing was written)."""


@dataclass(frozen=True)
class Edited:
    """The new bytes, and the cells that were added or changed as (sheet, coordinate)."""

    content: bytes
    cells: tuple[tuple[str, str], ...]


def _open(content: bytes, name: str):
    _refuse_unsupported(content, name)
    try:
        return load_workbook(io.BytesIO(content), rich_text=True)
    except Exception as exc:  # openpyxl raises many types for broken parts
        raise EditError(f"'{name}' kan niet als Excel-werkmap (.xlsx) worden geopend; er is niets veranderd.") from exc


def _sheet(book, title: str) -> Worksheet:
    for ws in book.worksheets:
        if sheet_key(ws.title) == sheet_key(title):
            return ws
    raise EditError(f"Het blad '{title}' ontbreekt; er is niets veranderd.")


def _header(ws: Worksheet, sheet: str, rounds: list[str]) -> tuple[int, dict[str, int]]:
    row, headers = find_header(ws, sheet, rounds)
    if row is None:
        raise EditError(f"Het blad '{sheet}' heeft geen kopregel; er is niets veranderd.")
    return row, {name: col for col, name in headers.items()}


def _last_row(ws: Worksheet, header_row: int) -> int:
    for row in range(ws.max_row, header_row, -1):
        if any(cell.value is not None for cell in ws[row]):
            return row
    return header_row


def _save(book) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- add a round -------------------------------------------------------------------------------------
def add_round(content: bytes, round_name: str, date: dt.date, source: str | None = None, *, name: str = "") -> Edited:
    """The workbook with round ``round_name`` (on ``date``) added; the caller has checked name and date."""
    book = _open(content, name)
    rounds_ws, actions_ws = _sheet(book, contract.SHEET_ROUNDS), _sheet(book, contract.SHEET_ACTIONS)
    round_header, round_columns = _header(rounds_ws, contract.SHEET_ROUNDS, [])
    names = [
        str(v)
        for (v,) in rounds_ws.iter_rows(
            min_row=round_header + 1,
            min_col=round_columns[contract.COL_ROUND],
            max_col=round_columns[contract.COL_ROUND],
            values_only=True,
        )
        if v
    ]
    new_row = _last_row(rounds_ws, round_header) + 1
    values = {contract.COL_ROUND: round_name, contract.COL_DATE: date, contract.COL_SOURCE: source}
    changed = []
    for header, col in round_columns.items():
        cell = rounds_ws.cell(row=new_row, column=col)
        above = rounds_ws.cell(row=new_row - 1, column=col)
        if new_row - 1 > round_header:
            cell._style = copy(above._style)
        if header in values and values[header] not in (None, ""):
            cell.value = values[header]
            cell.data_type = "s" if isinstance(cell.value, str) else cell.data_type
            if header == contract.COL_DATE:
                cell.number_format = above.number_format if new_row - 1 > round_header else DATE_FORMAT
            changed.append((rounds_ws.title, cell.coordinate))
    _grow_tables(rounds_ws, rows=new_row)

    header_row, headers = _header(actions_ws, contract.SHEET_ACTIONS, names)
    status_columns = [col for h, col in headers.items() if (p := contract.parse_round_column(h)) and p[1] in names]
    at = (
        max(status_columns) + 1
        if status_columns
        else max(headers.get(c, 0) for c in contract.SHEET_COLUMNS[contract.SHEET_ACTIONS]) + 1
    )
    _insert_columns(actions_ws, at, 2)
    last = _last_row(actions_ws, header_row)
    columns = contract.RoundColumns(round_name)
    previous = _previous_round_columns(headers, names)
    for offset, (header, source_col) in enumerate(((columns.progress, previous[0]), (columns.status, previous[1]))):
        col = at + offset
        _fill_column(actions_ws, col, header, source_col, header_row, last)
        changed.append((actions_ws.title, f"{get_column_letter(col)}{header_row}"))
    _add_table_columns(actions_ws, at, [columns.progress, columns.status])
    add_validations(book)
    result = _save(book)
    _verify(content, result, {actions_ws.title: (at, 2)}, set(changed), name)
    return Edited(result, tuple(changed))


def _previous_round_columns(headers: dict[str, int], names: list[str]) -> tuple[int | None, int | None]:
    """The Acties columns (progress, status) of the last listed round that has both, or (None, None)."""
    for round_name in reversed(names):
        columns = contract.RoundColumns(round_name)
        if columns.progress in headers and columns.status in headers:
            return headers[columns.progress], headers[columns.status]
    return None, None


def _fill_column(ws: Worksheet, col: int, header: str, source: int | None, header_row: int, last: int) -> None:
    """Header text, and the style, width and cell formats of column ``source`` (after the insert: unmoved)."""
    letter = get_column_letter(col)
    cell = ws.cell(row=header_row, column=col, value=header)
    cell.data_type = "s"
    if source is None:
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        ws.column_dimensions[letter].width = column_width(header)
        return
    source_letter = get_column_letter(source)
    cell._style = copy(ws.cell(row=header_row, column=source)._style)
    width = ws.column_dimensions[source_letter].width if source_letter in ws.column_dimensions else None
    ws.column_dimensions[letter].width = width or column_width(header)
    for row in range(header_row + 1, last + 1):
        original = ws.cell(row=row, column=source)
        if original.has_style:
            ws.cell(row=row, column=col)._style = copy(original._style)


# --- moving columns -----------------------------------------------------------------------------------------
def _shift(ref: CellRange, at: int, count: int) -> CellRange:
    """A range after ``count`` columns were inserted before column ``at``."""
    ref = CellRange(ref.coord)
    if ref.min_col >= at:
        ref.shift(col_shift=count)
    elif ref.max_col >= at:
        ref.expand(right=count)
    return ref


def _shift_multi(ranges: MultiCellRange, at: int, count: int) -> MultiCellRange:
    return MultiCellRange([_shift(r, at, count) for r in ranges.ranges])


def _insert_columns(ws: Worksheet, at: int, count: int) -> None:
    """Insert ``count`` empty columns before column ``at``, moving everything to their right along."""
    widths = {}
    for key, dim in list(ws.column_dimensions.items()):
        if dim.min and dim.min >= at:
            widths[key] = dim
            del ws.column_dimensions[key]
    ws.insert_cols(at, count)
    for dim in widths.values():
        dim.min, dim.max = dim.min + count, (dim.max or dim.min) + count
        dim.index = get_column_letter(dim.min)
        ws.column_dimensions[dim.index] = dim
    for validation in ws.data_validations.dataValidation:
        validation.sqref = _shift_multi(validation.sqref, at, count)
    formats = ws.conditional_formatting
    moved = []
    for rule_range in list(formats):
        moved.append((_shift_multi(rule_range.sqref, at, count), rule_range.rules))
    formats._cf_rules.clear()
    for sqref, rules in moved:
        for rule in rules:
            formats.add(str(sqref), rule)
    for merged in list(ws.merged_cells.ranges):
        ws.merged_cells.remove(merged)
        ws.merged_cells.add(_shift(merged, at, count))
    if ws.auto_filter.ref:
        ws.auto_filter.ref = _shift(CellRange(ws.auto_filter.ref), at, count).coord
    for table in ws.tables.values():
        table.ref = _shift(CellRange(table.ref), at, count).coord
        if table.autoFilter is not None and table.autoFilter.ref:
            table.autoFilter.ref = _shift(CellRange(table.autoFilter.ref), at, count).coord


def _add_table_columns(ws: Worksheet, at: int, headers: list[str]) -> None:
    """Name the new columns in the Excel table that now spans them (its header must match the cells)."""
    for table in ws.tables.values():
        ref = CellRange(table.ref)
        if not (ref.min_col <= at <= ref.max_col) or not table.tableColumns:
            continue
        next_id = max(column.id for column in table.tableColumns) + 1
        position = at - ref.min_col
        for offset, header in enumerate(headers):
            table.tableColumns.insert(position + offset, TableColumn(id=next_id + offset, name=header))


def _grow_tables(ws: Worksheet, *, rows: int | None = None, cols: list[str] | None = None) -> None:
    """Let a table on this sheet take in a new last row, or new columns at its right (named ``cols``)."""
    for table in ws.tables.values():
        ref = CellRange(table.ref)
        if rows is not None and rows > ref.max_row:
            ref.expand(down=rows - ref.max_row)
        if cols:
            next_id = max((column.id for column in table.tableColumns), default=0) + 1
            for offset, header in enumerate(cols):
                table.tableColumns.append(TableColumn(id=next_id + offset, name=header))
            ref.expand(right=len(cols))
        table.ref = ref.coord
        if table.autoFilter is not None and table.autoFilter.ref:
            table.autoFilter.ref = ref.coord


# --- close a round --------------------------------------------------------------------------------------
def close_round(content: bytes, round_name: str, fingerprint: str, date: dt.date, *, name: str = "") -> Edited:
    """The workbook with round ``round_name`` marked closed on ``date`` with ``fingerprint`` (in Rondes)."""
    book = _open(content, name)
    ws = _sheet(book, contract.SHEET_ROUNDS)
    header_row, columns = _header(ws, contract.SHEET_ROUNDS, [])
    row = next(
        (r for (r, value) in _column(ws, header_row, columns[contract.COL_ROUND]) if norm(value) == norm(round_name)),
        None,
    )
    if row is None:
        raise EditError(
            f"Ronde '{round_name}' staat niet in het blad '{contract.SHEET_ROUNDS}'; er is niets veranderd."
        )
    changed = []
    added = [c for c in (contract.COL_CLOSED, contract.COL_FINGERPRINT) if c not in columns]
    last_col = max(col for col in range(1, ws.max_column + 1) if ws.cell(row=header_row, column=col).value is not None)
    for offset, header in enumerate(added, start=1):
        col = last_col + offset
        cell = ws.cell(row=header_row, column=col, value=header)
        cell._style = copy(ws.cell(row=header_row, column=last_col)._style)
        ws.column_dimensions[get_column_letter(col)].width = 14 if header == contract.COL_CLOSED else 68
        columns[header] = col
        changed.append((ws.title, cell.coordinate))
    if added and any(CellRange(t.ref).max_col == last_col for t in ws.tables.values()):
        _grow_tables(ws, cols=added)
    date_cell = ws.cell(row=row, column=columns[contract.COL_CLOSED], value=date)
    date_cell.number_format = ws.cell(row=row, column=columns[contract.COL_DATE]).number_format or DATE_FORMAT
    print_cell = ws.cell(row=row, column=columns[contract.COL_FINGERPRINT], value=fingerprint)
    print_cell.data_type, print_cell.number_format = "s", "@"
    changed += [(ws.title, date_cell.coordinate), (ws.title, print_cell.coordinate)]
    add_validations(book)
    result = _save(book)
    _verify(content, result, {}, set(changed), name)
    return Edited(result, tuple(changed))


def _column(ws: Worksheet, header_row: int, col: int):
    for (cell,) in ws.iter_rows(min_row=header_row + 1, min_col=col, max_col=col):
        if cell.value is not None:
            yield cell.row, cell.value


# --- the no-value-lost check ------------------------------------------------------------------------------
def _verify(before: bytes, after: bytes, moved: dict[str, tuple[int, int]], changed: set, name: str) -> None:
    """Every cell value of ``before`` is in ``after`` (moved right where columns were inserted); only ``changed``
    cells are new. Raises EditError otherwise."""
    old, new = cell_values(before), cell_values(after)
    problems = []
    for title, cells in old.items():
        if sheet_key(title) == sheet_key(contract.SHEET_LISTS):
            continue
        at, count = moved.get(title, (10**6, 0))
        expected: dict[str, Any] = {}
        for ref, value in cells.items():
            letters, row = coordinate_from_string(ref)
            col = column_index_from_string(letters)
            expected[f"{get_column_letter(col + count if col >= at else col)}{row}"] = value
        found = {ref: v for ref, v in new.get(title, {}).items() if (title, ref) not in changed}
        if found != expected:
            keys = sorted(set(found) ^ set(expected) | {k for k in found if k in expected and found[k] != expected[k]})
            problems.append(f"{title}!{keys[0]}" if keys else title)
    if problems:
        raise EditError(
            f"Het bewerken zou waarden in '{name or 'het werkboek'}' veranderen (bijv. {problems[0]}); er is niets "
            "veranderd. Meld dit aan de beheerder."
        )
