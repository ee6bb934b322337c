"""An annotated copy of a workbook: every cell with a finding coloured and commented.

The copy gets a first sheet ``Controle`` that lists all findings, each with a
link to its cell. The source is only read, never written: the app passes the
uploaded bytes and a ``BytesIO``; the command line passes two paths.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from . import contract, messages
from .findings import ERROR, WARNING, Finding, Report, WorkbookError
from .reader import sheet_key
from .writer import HEADER_FILL, HEADER_FONT

FILLS = {
    ERROR: PatternFill("solid", fgColor="FFC7CE"),  # red, as Excel's "bad" style
    WARNING: PatternFill("solid", fgColor="FFE699"),  # amber
}
LINK_FONT = Font(color="0563C1", underline="single")
COMMENT_AUTHOR = "Controle werkboek"
CHECK_COLUMNS = ("Ernst", "Blad", "Cel", "Kolom", "Melding", "Code")
CHECK_WIDTHS = (14, 16, 18, 24, 110, 24)


def annotate(source: str | Path | bytes, report: Report, out: str | Path | BinaryIO) -> None:
    """Write a copy of ``source`` with the findings of ``report`` marked to ``out`` (a path or a binary buffer).

    Raises WorkbookError when ``source`` cannot be opened as a workbook.
    """
    content = bytes(source) if isinstance(source, (bytes, bytearray, memoryview)) else Path(source).read_bytes()
    try:
        book = load_workbook(io.BytesIO(content), rich_text=True)
    except Exception as exc:  # openpyxl raises many types for broken parts
        raise WorkbookError(
            messages.make(
                "corrupt-workbook",
                value=report.source_name,
                detail=str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__,
            )
        ) from exc

    sheets = {sheet_key(ws.title): ws for ws in book.worksheets}
    if sheet_key(contract.SHEET_CHECK) in sheets:  # an annotated copy annotated again
        book.remove(sheets.pop(sheet_key(contract.SHEET_CHECK)))

    targets: list[str | None] = []
    marks: dict[tuple[str, str], list[Finding]] = {}
    for finding in report.findings:
        ws = sheets.get(sheet_key(finding.sheet)) if finding.sheet else None
        ref = _target_cell(finding)
        if ws is None:
            targets.append(None)
            continue
        targets.append(f"'{ws.title}'!{ref or 'A1'}")
        if ref:
            marks.setdefault((ws.title, ref), []).append(finding)

    for (title, ref), findings in _merged_to_top_left(book, marks).items():
        cell = book[title][ref]
        severity = ERROR if any(f.severity == ERROR for f in findings) else WARNING
        cell.fill = FILLS[severity]
        text = "\n\n".join(f"{f.severity.upper()}: {f.message}" for f in findings)
        if cell.comment is not None and cell.comment.text:
            text += "\n\n---\n" + cell.comment.text
        comment = Comment(text, COMMENT_AUTHOR)
        comment.width, comment.height = 420, min(60 + 18 * text.count("\n") + len(text) // 2, 600)
        cell.comment = comment

    check = book.create_sheet(contract.SHEET_CHECK, 0)
    _write_check_sheet(check, report, targets)
    book.active = 0
    for ws in book.worksheets[1:]:
        ws.sheet_view.tabSelected = False
    book.save(out)


def _merged_to_top_left(book, marks: dict[tuple[str, str], list[Finding]]) -> dict[tuple[str, str], list[Finding]]:
    """A cell inside merged cells cannot carry a fill or comment: mark the merged area's top-left cell."""
    moved: dict[tuple[str, str], list[Finding]] = {}
    for (title, ref), findings in marks.items():
        ws = book[title]
        if isinstance(ws[ref], MergedCell):
            area = next((r for r in ws.merged_cells.ranges if ref in r), None)
            if area is not None:
                ref = f"{get_column_letter(area.min_col)}{area.min_row}"
        moved.setdefault((title, ref), []).extend(findings)
    return moved


def _target_cell(finding: Finding) -> str | None:
    """The cell to colour: the finding's own cell, or column A of its row."""
    if finding.cell and finding.cell[0].isalpha() and finding.cell[-1].isdigit():
        return finding.cell
    if finding.row is not None:
        return f"A{finding.row}"
    return None


def _write_check_sheet(ws: Worksheet, report: Report, targets: list[str | None]) -> None:
    ws.append([report.summary()])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(list(CHECK_COLUMNS))
    header_row = ws.max_row
    for position, width in enumerate(CHECK_WIDTHS, start=1):
        cell = ws.cell(row=header_row, column=position)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        ws.column_dimensions[get_column_letter(position)].width = width
    for finding, target in zip(report.findings, targets):
        ws.append(
            [
                finding.severity,
                finding.sheet or "",
                finding.location,
                finding.column or "",
                finding.message,
                finding.code,
            ]
        )
        row = ws.max_row
        ws.cell(row=row, column=1).fill = FILLS.get(finding.severity, FILLS[ERROR])
        ws.cell(row=row, column=5).alignment = Alignment(wrap_text=True, vertical="top")
        if target:
            link = ws.cell(row=row, column=3)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=target, display=finding.location)
            link.font = LINK_FONT
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    if report.findings:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(CHECK_COLUMNS))}{ws.max_row}"
