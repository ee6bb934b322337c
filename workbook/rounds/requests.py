"""Write a request workbook: one reporting party's actions for the open round, ready to fill in.

Sheets, in this order:

``Toelichting``
    for whom, which round, the deadline, what to fill in and the status rubric (active on open).
``Acties``
    the party's actions with the canonical headers and the earlier rounds as context. Only the answer
    columns (``Voortgang <ronde>``, ``Status <ronde>``) are unlocked (yellow); the sheet is protected
    *without a password* (against accidents, not as security). The status column has a dropdown.
``Ter informatie``
    the actions the party is involved in but another party reports on; fully locked.
``Lijsten`` (hidden, only when the status list does not fit inline in the validation rule)
``Verzoek`` (very hidden)
    what identifies the request: party, round, the sha256 of the workbook it came from, the answer
    columns, and per action the fingerprint of its read-only fields and its row in ``Acties``.

The identification is also written as custom document properties (a cross-check, and a fallback when
the sheet is gone). Both survive an open-edit-save in LibreOffice 7.4, which turns "veryHidden" into
"hidden"; the reader accepts that. Plain data in; the choice of rows is the domain's.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from copy import copy
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from .. import contract
from ..dropdowns import INLINE_LIMIT, PROMPT_LIMIT, TITLE_LIMIT, help_text
from ..fingerprint import table_digest
from ..writer import HEADER_FILL, HEADER_FONT, column_width
from . import names as n
from .stream import LINE_HEIGHT, lines_of, stream_rows

ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")  # the cells to fill in are yellow
WRAP = Alignment(wrap_text=True, vertical="top")
UNLOCKED = Protection(locked=False)
TEXT_FORMAT = "@"  # answer cells hold text: "2025" stays text, "=..." is no formula
README_WIDTH = 72
OPEN_PROGRESS_HELP = "Beschrijf wat er sinds de vorige ronde is gebeurd. 'Idem.' betekent: niets veranderd."
OPEN_STATUS_HELP = "Kies de status van de actie in de ronde {name} uit de lijst."

#: The status rubric in the Toelichting: a short form of the one in docs/werkboek.md.
STATUS_RUBRIC: dict[str, str] = {
    contract.STATUS_DONE: "wat de actie vroeg is gedaan en er staat geen deel meer open.",
    contract.STATUS_RUNNING: "er wordt aan gewerkt of een deel is gedaan; ook een doorlopende actie met activiteit.",
    contract.STATUS_DELAYED: "later dan gepland of uitgesteld, maar het blijft de bedoeling.",
    contract.STATUS_NOT_STARTED: "er is nog niets gedaan.",
    contract.STATUS_STOPPED: "het wordt niet meer gedaan (stopgezet, vervangen, losgelaten).",
    contract.STATUS_UNKNOWN: "u kunt (nog) niets zeggen over de voortgang.",
}


def write_request(
    out: str | Path | BinaryIO,
    *,
    party: str,
    round_name: str,
    deadline_text: str,
    source_digest: str,
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    info_rows: Sequence[Mapping[str, Any]],
    fingerprints: Mapping[str, str],
    statuses: Sequence[str] = contract.STATUSES,
) -> None:
    """Write the request of ``party`` for the open round ``round_name`` to ``out``.

    ``columns`` are the ``Acties`` headers in order, ending with the open round's two columns (the
    answer columns); ``rows`` the party's actions, ``info_rows`` the actions it only sees (dicts keyed
    by header). ``fingerprints`` maps Actie-ID to the fingerprint of its read-only fields and covers
    every row of ``rows``. Raises ValueError when the input cannot make a valid request.
    """
    editable = [contract.RoundColumns(round_name).progress, contract.RoundColumns(round_name).status]
    _check_input(party, round_name, source_digest, columns, rows, info_rows, editable, fingerprints)
    book = Workbook(write_only=True)  # streamed: a request of thousands of rows is written in well under a second
    _write_readme(
        book.create_sheet(n.SHEET_README), party, round_name, deadline_text, source_digest, editable, statuses
    )
    actions = book.create_sheet(n.SHEET_ACTIONS)
    _write_table(actions, columns, rows, editable=editable, round_name=round_name)
    info_columns = [c for c in columns if c not in editable]
    _write_table(book.create_sheet(n.SHEET_INFO), info_columns, info_rows, editable=[], round_name=round_name)
    formula = _status_formula(book, statuses)
    if rows:
        actions.data_validations.append(
            _status_dropdown(columns.index(editable[1]) + 1, len(rows), formula, statuses, round_name)
        )
    row_of = {str(row[contract.COL_ACTION_ID]): number for number, row in enumerate(rows, start=2)}
    id_lines = _write_identification(book, party, round_name, source_digest, editable, fingerprints, row_of)
    _write_properties(book, party, round_name, source_digest, fingerprints)
    # Excel only (LibreOffice 7.4 drops it on save): sheets cannot be unhidden, renamed or deleted by accident.
    book.security = WorkbookProtection(lockStructure=True)
    buffer = io.BytesIO()
    book.save(buffer)
    tables = {
        n.SHEET_ACTIONS: (columns, rows),
        n.SHEET_INFO: (info_columns, info_rows),
        n.SHEET_ID: (tuple("ABCDEF"), id_lines),
    }
    widths = {c: column_width(c, [r.get(c) for r in rows[:200]]) for c in columns}
    content = stream_rows(buffer.getvalue(), tables, widths)
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(content)
    else:
        out.write(content)


def _check_input(
    party: str,
    round_name: str,
    source_digest: str,
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    info_rows: Sequence[Mapping[str, Any]],
    editable: Sequence[str],
    fingerprints: Mapping[str, str],
) -> None:
    for label, text in (("party", party), ("round_name", round_name), ("source_digest", source_digest)):
        if not text or not text.strip():
            raise ValueError(f"{label} is empty")
        if len(text) > n.PROPERTY_LIMIT:
            raise ValueError(f"{label} is longer than {n.PROPERTY_LIMIT} characters")
    if contract.COL_ACTION_ID not in columns:
        raise ValueError(f"columns lack {contract.COL_ACTION_ID!r}")
    if len(set(columns)) != len(columns):
        raise ValueError("columns repeat a header")
    missing = [c for c in editable if c not in columns]
    if missing:
        raise ValueError(f"editable columns not in columns: {missing}")
    seen: set[str] = set()
    for row in [*rows, *info_rows]:
        key = row.get(contract.COL_ACTION_ID)
        if key is None or not str(key).strip():
            raise ValueError(f"a row has no {contract.COL_ACTION_ID}")
        if str(key) in seen:
            raise ValueError(f"{contract.COL_ACTION_ID} {key} appears twice")
        seen.add(str(key))
    unprinted = [
        str(row[contract.COL_ACTION_ID]) for row in rows if str(row[contract.COL_ACTION_ID]) not in fingerprints
    ]
    if unprinted:
        raise ValueError(f"no fingerprint for {unprinted[:5]}")


def _cell(ws: Worksheet, value: Any, style=None, **attributes: Any) -> WriteOnlyCell:
    """A cell for a write-only sheet; a text starting with "=" stays text, not a formula."""
    cell = WriteOnlyCell(ws, value=value)
    if cell.data_type == "f":
        cell.data_type = "s"
    if style is not None:
        cell._style = copy(style)
    for name, setting in attributes.items():
        setattr(cell, name, setting)
    return cell


def _style(ws: Worksheet, **attributes: Any):
    """A style array made once (setting a style per cell would hash it every time)."""
    return copy(_cell(ws, None, **attributes)._style)


def _write_readme(
    ws: Worksheet,
    party: str,
    round_name: str,
    deadline_text: str,
    source_digest: str,
    editable: Sequence[str],
    statuses: Sequence[str],
) -> None:
    """The Toelichting: title, for whom, deadline, what to fill in, the rubric and the request's reference."""
    ws.column_dimensions["A"].width = README_WIDTH
    bold = Font(bold=True)
    columns = " en ".join(f"'{c}'" for c in editable)
    lines: list[tuple[str, Font | None]] = [
        (f"Voortgangsrapportage Werkagenda mbo, ronde {round_name}", Font(bold=True, size=14)),
        (f"Voor: {party}", bold),
        (f"Inleveren: {deadline_text}", bold),
        ("", None),
        ("Wat u invult:", bold),
        (
            f"Vul op het blad '{n.SHEET_ACTIONS}' per actie de gele cellen in: de kolommen {columns}. Beschrijf wat er "
            "sinds de vorige ronde is gebeurd en kies een status uit de lijst. 'Idem.' betekent: niets veranderd.",
            None,
        ),
        (
            "De andere cellen zijn beveiligd tegen per ongeluk wijzigen (zonder wachtwoord). Voeg geen rijen of "
            "bladen toe en verander de volgorde niet.",
            None,
        ),
        (
            f"Het blad '{n.SHEET_INFO}' toont de acties waarbij u betrokken bent maar waarover een andere partij "
            "rapporteert; daar hoeft u niets in te vullen.",
            None,
        ),
        (
            "Opent Excel het bestand in de beveiligde weergave, klik dan op 'Bewerken inschakelen'. Sla het bestand "
            "op als Excel-werkmap (.xlsx) en stuur het terug.",
            None,
        ),
        ("", None),
        ("Statussen:", bold),
        *[(f"{status}: {STATUS_RUBRIC[status]}" if status in STATUS_RUBRIC else status, None) for status in statuses],
        ("", None),
        (f"Kenmerk: {party} · {round_name} · bron {source_digest[:12]}", Font(italic=True, color="595959")),
    ]
    ws.page_setup.paperSize, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 9, 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    for number, (text, font) in enumerate(lines, start=1):
        size = font.size if font is not None and font.size else 11
        ws.row_dimensions[number].height = LINE_HEIGHT * size / 11 * lines_of(text, README_WIDTH * 11 / size)
        ws.append([_cell(ws, text, alignment=WRAP, **({"font": font} if font else {}))])
    ws.protection.sheet = True


def _header_help(header: str, round_name: str, open_round: bool) -> str | None:
    """The input message of a header: the open round's columns say what to do, the others what they hold."""
    columns = contract.RoundColumns(round_name)
    if open_round and header == columns.progress:
        return OPEN_PROGRESS_HELP
    if open_round and header == columns.status:
        return OPEN_STATUS_HELP.format(name=round_name)
    if header == contract.COL_ACTION_ID:
        return "Code van de actie. Niet wijzigen."
    return help_text(contract.SHEET_ACTIONS, header)


def _write_table(
    ws: Worksheet,
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    *,
    editable: Sequence[str],
    round_name: str,
) -> None:
    """Header + rows, wrapped text, widths, frozen header, protection with only ``editable`` cells unlocked."""
    for position, header in enumerate(columns, start=1):
        sample = [r.get(header) for r in rows[:200]]
        ws.column_dimensions[get_column_letter(position)].width = column_width(header, sample)
        text = _header_help(header, round_name, open_round=bool(editable))
        if text:
            prompt = DataValidation(showInputMessage=True, promptTitle=header[:TITLE_LIMIT], prompt=text[:PROMPT_LIMIT])
            prompt.add(f"{get_column_letter(position)}1")
            ws.data_validations.append(prompt)
    ws.freeze_panes = "A2"
    # printed (or saved as PDF): landscape, as wide as one page, the header on every page. A write-only sheet
    # writes its properties with the first row: set before it.
    ws.page_setup.orientation, ws.page_setup.paperSize = "landscape", 9  # 9: A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"
    ws.row_dimensions[1].height = 15 * max(lines_of(h, column_width(h)) for h in columns) if columns else 15
    header_style = _style(ws, fill=HEADER_FILL, font=HEADER_FONT, alignment=WRAP)
    ws.append([_cell(ws, header, header_style) for header in columns])
    wrapped = _style(ws, alignment=WRAP)
    answer = _style(ws, alignment=WRAP, protection=UNLOCKED, fill=ANSWER_FILL, number_format=TEXT_FORMAT)
    styles = [answer if header in editable else wrapped for header in columns]
    for row in rows[:1]:  # the first row with openpyxl: the others are streamed in with its styles (_stream_rows)
        ws.append([_cell(ws, row.get(header), style) for header, style in zip(columns, styles)])
    if editable and rows:
        letter = get_column_letter(columns.index(editable[0]) + 1)
        prompt = DataValidation(showInputMessage=True, promptTitle=editable[0][:TITLE_LIMIT], prompt=OPEN_PROGRESS_HELP)
        prompt.add(f"{letter}2:{letter}{len(rows) + 1}")
        ws.data_validations.append(prompt)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    protection = ws.protection
    protection.sheet = True
    # Allowed while protected: select cells, resize rows and columns (long texts), use the filter.
    protection.formatRows = protection.formatColumns = protection.autoFilter = False


def _status_formula(book: Workbook, statuses: Sequence[str]) -> str:
    """The list formula of the dropdown: inline when it fits, else a range on a hidden Lijsten sheet."""
    inline = ",".join(statuses)
    if statuses and len(inline) <= INLINE_LIMIT and not any("," in x or '"' in x for x in statuses):
        return f'"{inline}"'
    ws = book.create_sheet(n.SHEET_LISTS)
    ws.sheet_state = "hidden"
    ws.append([_cell(ws, "Statussen", font=Font(bold=True))])
    for status in statuses:
        ws.append([_cell(ws, status, number_format=TEXT_FORMAT)])
    ws.protection.sheet = True
    return f"{quote_sheetname(ws.title)}!$A$2:$A${max(len(statuses), 1) + 1}"


def _status_dropdown(column: int, count: int, formula: str, statuses: Sequence[str], round_name: str):
    letter = get_column_letter(column)
    validation = DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showDropDown=False,
        showInputMessage=True,
        promptTitle="Status",
        prompt=OPEN_STATUS_HELP.format(name=round_name)[:PROMPT_LIMIT],
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle="Kies uit de lijst",
        error=f"Kies een van: {', '.join(statuses)}."[:PROMPT_LIMIT],
    )
    validation.add(f"{letter}2:{letter}{max(count, 1) + 1}")
    return validation


def _write_identification(
    book: Workbook,
    party: str,
    round_name: str,
    source_digest: str,
    editable: Iterable[str],
    fingerprints: Mapping[str, str],
    row_of: Mapping[str, int],
) -> list[dict[str, Any]]:
    """The very hidden Verzoek sheet: key/value pairs in A:B, the fingerprint table in D:F (lines 2.. returned)."""
    ws = book.create_sheet(n.SHEET_ID)
    ws.sheet_state = "veryHidden"
    for letter, width in (("A", 26), ("B", 70), ("D", 12), ("E", 70), ("F", 14)):
        ws.column_dimensions[letter].width = width
    pairs = [
        ("Sleutel", "Waarde"),
        (n.KEY_KIND, n.KIND),
        (n.KEY_VERSION, n.VERSION),
        (n.KEY_PARTY, party),
        (n.KEY_ROUND, round_name),
        (n.KEY_DIGEST, source_digest),
        (n.KEY_FINGERPRINTS, table_digest(fingerprints)),
        *[(n.KEY_ANSWER_COLUMN, name) for name in editable],
    ]
    table = [n.ID_TABLE_HEADER, *[(key, value, row_of.get(key)) for key, value in fingerprints.items()]]
    lines = []
    for number in range(max(len(pairs), len(table))):
        key, value = pairs[number] if number < len(pairs) else (None, None)
        action, print_, row = table[number] if number < len(table) else (None, None, None)
        lines.append({"A": key, "B": value, "D": action, "E": print_, "F": row})
    text = _style(ws, number_format=TEXT_FORMAT)
    for line in lines[:2]:  # the other lines are streamed in with these styles (_stream_rows)
        ws.append(
            [_cell(ws, line[c], text if c != "F" else None) for c in "AB"]
            + [None]
            + [_cell(ws, line[c], text if c != "F" else None) for c in "DEF"]
        )
    ws.protection.sheet = True
    return lines[1:]


def _write_properties(
    book: Workbook, party: str, round_name: str, source_digest: str, fingerprints: Mapping[str, str]
) -> None:
    """Custom document properties: the same identification, for a cross-check (and as a fallback)."""
    for name, value in (
        (n.PROP_VERSION, n.VERSION),
        (n.PROP_PARTY, party),
        (n.PROP_ROUND, round_name),
        (n.PROP_DIGEST, source_digest),
        (n.PROP_FINGERPRINTS, table_digest(fingerprints)),
    ):
        book.custom_doc_props.append(StringProperty(name=name, value=value))
    book.properties.title = f"Voortgangsrapportage {round_name} - {party}"
    book.properties.creator = "Werkagenda mbo"
