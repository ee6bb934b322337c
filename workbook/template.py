"""An empty workbook to start from (``template``) and a layout refresh of an existing one (``format``).

Both add the dropdowns and the Dutch explanation of every column (:mod:`workbook.dropdowns`).

``format_workbook`` changes layout only. It keeps a copy of the file in the
history folder first, checks that every cell value of the result equals the
input's before it replaces the file (atomically), and refuses files with parts
openpyxl would drop (charts, pictures, macros).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from . import contract
from .dropdowns import PROGRESS_HELP, STATUS_HELP, add_validations, help_text
from .reader.headers import sheet_key
from .writer import column_width, write_readme, write_sheet

BACKUP_LABEL = "opmaak"  # backups made by format: <name>-<timestamp>-opmaak.xlsx
#: Parts of an .xlsx that openpyxl cannot write back; ``format`` refuses such a file instead of losing them.
UNSUPPORTED_PARTS = {
    "xl/charts/": "grafieken",
    "xl/media/": "afbeeldingen",
    "xl/pivotTables/": "draaitabellen",
    "xl/vbaProject.bin": "macro's",
    "xl/drawings/drawing": "tekeningen of vormen",
    "xl/slicers/": "slicers",
}


class TemplateError(Exception):
    """``format`` cannot safely rewrite this file; ``str(exc)`` says why, in Dutch."""


@dataclass
class FormatResult:
    """What ``format_workbook`` did."""

    path: Path
    backup: Path | None
    validations: dict[str, int] = field(default_factory=dict)  # sheet -> number of rules


# --- template -----------------------------------------------------------------------------------------
def template_readme(rounds: Iterable[str] = ()) -> list[str]:
    """The Toelichting sheet of a new workbook: what goes where, column by column."""
    lines = [
        "Actieoverzicht Werkagenda mbo 2023-2027",
        "Dit werkboek is de bron van het dashboard. Vul elk blad in; de kopregel (rij 1) niet veranderen.",
        "Klik op een kop voor uitleg over die kolom. Kolommen met een keuzelijst (pijltje rechts in de cel) "
        "accepteren alleen waarden uit de lijst.",
        "Een nieuwe rapportageronde: voeg een regel toe in Rondes en in Acties twee kolommen 'Voortgang <ronde>' en "
        "'Status <ronde>'. "
        "Laat daarna 'python -m workbook format' draaien (of vraag de beheerder), dan krijgt de nieuwe statuskolom "
        "ook een keuzelijst.",
        "Extra kolommen (bijv. Opmerking) en extra bladen mogen; ze worden bewaard maar niet gecontroleerd.",
        "Controleer het bestand met 'python -m workbook validate' of op de pagina 'Werkboek bijwerken' van het "
        "dashboard.",
        "",
    ]
    for sheet in contract.CONTRACT_SHEETS:
        optional = " (mag ontbreken)" if sheet in contract.OPTIONAL_SHEETS else ""
        lines.append(f"Blad {sheet}{optional}:")
        for header in contract.SHEET_COLUMNS[sheet]:
            lines.append(f"  {header}: {help_text(sheet, header)}")
        for header in contract.OPTIONAL_COLUMNS.get(sheet, ()):
            lines.append(f"  {header} (mag ontbreken): {help_text(sheet, header)}")
        if sheet == contract.SHEET_ACTIONS:
            lines.append(f"  {contract.PROGRESS_PREFIX}<ronde>: {PROGRESS_HELP.format(name='<ronde>')}")
            statuses = ", ".join(contract.STATUSES)
            lines.append(f"  {contract.STATUS_PREFIX}<ronde>: {STATUS_HELP.format(name='<ronde>')} ({statuses})")
        lines.append("")
    return lines


def write_template(out: str | Path | BinaryIO, rounds: Iterable[str] = ()) -> str | Path | BinaryIO:
    """An empty workbook with every contract sheet and header, a Toelichting and data validation, written to ``out``."""
    rounds = [r.strip() for r in rounds if r and r.strip()]
    book = Workbook()
    book.remove(book.active)
    write_readme(book.create_sheet(contract.SHEET_README), template_readme(rounds))
    for sheet in contract.CONTRACT_SHEETS:
        columns = list(contract.SHEET_COLUMNS[sheet])
        if sheet == contract.SHEET_ACTIONS:  # the rounds right after the contract columns, as new-round adds them
            for name in rounds:
                columns += [contract.RoundColumns(name).progress, contract.RoundColumns(name).status]
        columns += contract.OPTIONAL_COLUMNS.get(sheet, ())
        rows: list[dict[str, Any]] = (
            [{contract.COL_ROUND: name} for name in rounds] if sheet == contract.SHEET_ROUNDS else []
        )
        write_sheet(book.create_sheet(sheet), columns, rows)
    add_validations(book)
    book.save(out)
    return out


# --- format ---------------------------------------------------------------------------------------------
def format_workbook(path: str | Path, *, now: dt.datetime | None = None) -> FormatResult:
    """Refresh the layout and data validation of the workbook at ``path`` in place, keeping a backup first.

    Raises TemplateError (nothing written) when the file cannot be rewritten without loss.
    """
    from .history import atomic_write, backup

    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise TemplateError(f"Het bestand '{path}' kan niet worden geopend: {exc.strerror or exc}.") from exc
    new_content, counts = format_bytes(content, path.name)
    kept = backup(path, label=BACKUP_LABEL, now=now)
    atomic_write(path, new_content)
    return FormatResult(path=path, backup=kept, validations=counts)


def format_bytes(content: bytes, name: str = "werkboek.xlsx") -> tuple[bytes, dict[str, int]]:
    """The formatted workbook's bytes (pure: nothing is written). Raises TemplateError."""
    _refuse_unsupported(content, name)
    try:
        book = load_workbook(io.BytesIO(content), rich_text=True)
    except Exception as exc:  # openpyxl raises many types for broken parts
        raise TemplateError(
            f"'{name}' kan niet als Excel-werkboek (.xlsx) worden geopend; er is niets veranderd."
        ) from exc
    for ws in book.worksheets:
        if sheet_key(ws.title) in {sheet_key(x) for x in contract.CONTRACT_SHEETS}:
            _ensure_layout(ws)
    counts = add_validations(book)
    buffer = io.BytesIO()
    book.save(buffer)
    result = buffer.getvalue()
    differences = compare_values(content, result)
    if differences:
        raise TemplateError(
            f"Opmaken zou waarden in '{name}' veranderen (bijv. {differences[0]}); er is niets veranderd. Meld dit "
            "aan de beheerder."
        )
    return result, counts


def _ensure_layout(ws: Worksheet) -> None:
    """Frozen header and readable widths where the sheet has none; existing layout stays as it is."""
    if ws.freeze_panes is None:
        ws.freeze_panes = "A2"
    for col in range(1, ws.max_column + 1):
        letter = get_column_letter(col)
        header = ws.cell(row=1, column=col).value
        if header is not None and ws.column_dimensions[letter].width in (None, 0, 13.0):
            dimension = ws.column_dimensions[letter]
            if not dimension.customWidth:
                dimension.width = column_width(str(header))


def _refuse_unsupported(content: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            parts = archive.namelist()
    except zipfile.BadZipFile as exc:
        raise TemplateError(f"'{name}' is geen Excel-werkboek (.xlsx); er is niets veranderd.") from exc
    found = sorted({label for part in parts for prefix, label in UNSUPPORTED_PARTS.items() if part.startswith(prefix)})
    if found:
        raise TemplateError(
            f"'{name}' bevat {', '.join(found)}. Die zouden bij het opmaken verloren gaan; er is niets veranderd."
        )


def cell_values(content: bytes) -> dict[str, dict[str, Any]]:
    """Every non-empty cell value per sheet, as openpyxl reads it (for the no-value-lost check and tests)."""
    book = load_workbook(io.BytesIO(content), rich_text=False)
    return {
        ws.title: {cell.coordinate: cell.value for row in ws.iter_rows() for cell in row if cell.value is not None}
        for ws in book.worksheets
    }


def compare_values(before: bytes, after: bytes, ignore: Iterable[str] = (contract.SHEET_LISTS,)) -> list[str]:
    """Differences in sheets or cell values between two workbooks (Dutch, one line each); [] when equal."""
    ignored = {sheet_key(x) for x in ignore}
    old, new = cell_values(before), cell_values(after)
    lines: list[str] = []
    for title in old:
        if sheet_key(title) in ignored:
            continue
        if title not in new:
            lines.append(f"blad '{title}' ontbreekt")
            continue
        for ref in sorted(set(old[title]) | set(new[title])):
            if old[title].get(ref) != new[title].get(ref):
                lines.append(f"{title}!{ref}: {old[title].get(ref)!r} -> {new[title].get(ref)!r}")
    for title in new:
        if title not in old and sheet_key(title) not in ignored:
            lines.append(f"blad '{title}' is erbij gekomen")
    return lines
