"""An empty workbook to start from (``template``) and a layout refresh of an existing one (``format``).

Both add Excel data validation generated from the vocabularies in
:mod:`workbook.settings` (the same ones the schemas check): dropdowns for
goals, round statuses, kinds and priorities, whole numbers for years, amounts
of at least 0, and an input message on every header that explains the column
in Dutch. Lists that do not fit Excel's 255-character inline limit (the
parties) come from a hidden ``Lijsten`` sheet.

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
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from . import settings as s
from .reader import _canonical_header, _header_score, sheet_key, vocabulary_for
from .writer import HEADER_FILL, HEADER_FONT, column_width, write_readme, write_sheet

#: Goals offered when the Doelstellingen sheet has none yet (the Werkagenda's twelve).
DEFAULT_GOALS: tuple[str, ...] = ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4")
#: Data validation covers the data rows up to this row, or the last row + GROWTH_ROWS if that is further.
MIN_VALIDATED_ROW = 1000
GROWTH_ROWS = 500
INLINE_LIMIT = 255  # Excel's limit for a list typed into the rule itself
PROMPT_LIMIT = 255  # Excel's limit for an input message
TITLE_LIMIT = 32  # Excel's limit for the title of an input or error message
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

# --- what each column means (the input message on its header) ------------------------------------
COLUMN_HELP: dict[tuple[str, str], str] = {
    (s.SHEET_PRIORITIES, s.COL_PRIORITY): "Nummer van de prioriteit: 1, 2 of 3.",
    (s.SHEET_PRIORITIES, s.COL_TITLE): "Korte titel van de prioriteit.",
    (s.SHEET_PRIORITIES, s.COL_AMBITION): "De ambitie van de prioriteit, zoals in de Werkagenda.",
    (
        s.SHEET_GOALS,
        s.COL_GOAL,
    ): "Code van de doelstelling: prioriteit, punt, volgnummer (bijv. 1.2). Elke code één keer.",
    (s.SHEET_GOALS, s.COL_PRIORITY): "De prioriteit waar deze doelstelling onder valt: 1, 2 of 3.",
    (s.SHEET_GOALS, s.COL_TITLE): "Korte titel van de doelstelling.",
    (s.SHEET_GOALS, s.COL_DESCRIPTION): "Omschrijving van de doelstelling.",
    (
        s.SHEET_PARTIES,
        s.COL_PARTY,
    ): "Korte naam van de partij, zoals die in de kolom Wie van Acties staat. Elke naam één keer.",
    (s.SHEET_PARTIES, s.COL_FULL_NAME): "Volledige naam van de partij.",
    (s.SHEET_PARTIES, s.COL_KIND): "Soort partij: kies uit de lijst.",
    (
        s.SHEET_PARTIES,
        s.COL_ALIASES,
    ): "Andere schrijfwijzen van de naam in de kolom Wie, gescheiden door een puntkomma (;). Mag leeg.",
    (
        s.SHEET_ROUNDS,
        s.COL_ROUND,
    ): "Naam van de rapportageronde (bijv. najaar 2025). In Acties horen de kolommen 'Voortgang <ronde>' en 'Status <ronde>'.",
    (s.SHEET_ROUNDS, s.COL_DATE): "Datum van de voortgangsbrief van deze ronde (dag-maand-jaar).",
    (s.SHEET_ROUNDS, s.COL_SOURCE): "Waar de gegevens van deze ronde vandaan komen (bijv. de titel van de Kamerbrief).",
    (
        s.SHEET_ACTIONS,
        s.COL_ACTION_ID,
    ): "Code van de actie: doelstelling, streepje, volgnummer (bijv. 1.2-03). Elke code één keer.",
    (
        s.SHEET_ACTIONS,
        s.COL_GOAL,
    ): "De doelstelling van deze actie: kies uit de lijst (de codes van het blad Doelstellingen).",
    (s.SHEET_ACTIONS, s.COL_WHAT): "Wat er gebeurt: de actie zoals in de Werkagenda.",
    (
        s.SHEET_ACTIONS,
        s.COL_WHO,
    ): "Partijen, gescheiden door komma's; trekker met '(primair)'; na 'andere partijen:' de overige. Bijv.: OCW (primair), MBO Raad. De lijst helpt bij één naam; typen mag.",
    (s.SHEET_ACTIONS, s.COL_WHEN): "Wanneer, in woorden (bijv. 2023 – 2026 of Doorlopend).",
    (
        s.SHEET_ACTIONS,
        s.COL_START_YEAR,
    ): f"Jaar waarin de actie begint: een heel getal van {s.YEAR_MIN} tot en met {s.YEAR_MAX}. Leeg als onbekend.",
    (
        s.SHEET_ACTIONS,
        s.COL_END_YEAR,
    ): f"Jaar waarin de actie klaar is: een heel getal van {s.YEAR_MIN} tot en met {s.YEAR_MAX}. Leeg bij doorlopend.",
    (s.SHEET_BUDGET, s.COL_BUDGET_ID): "Code van de budgetregel: B en een nummer (bijv. B07). Elke code één keer.",
    (s.SHEET_BUDGET, s.COL_DESCRIPTION): "Waar het geld voor is.",
    (s.SHEET_BUDGET, s.COL_AMOUNT): "Bedrag in miljoenen euro's (bijv. 2,5), 0 of meer.",
    (s.SHEET_BUDGET, s.COL_KIND): "Soort bedrag: kies uit de lijst.",
    (s.SHEET_BUDGET, s.COL_FROM_YEAR): f"Eerste jaar van het bedrag: {s.YEAR_MIN} tot en met {s.YEAR_MAX}.",
    (
        s.SHEET_BUDGET,
        s.COL_TO_YEAR,
    ): f"Laatste jaar van het bedrag: {s.YEAR_MIN} tot en met {s.YEAR_MAX}. Leeg als het doorloopt.",
    (s.SHEET_BUDGET, s.COL_PRIORITY): "De prioriteit waar het bedrag bij hoort (1, 2 of 3). Mag leeg.",
    (s.SHEET_BUDGET, s.COL_GOAL): "De doelstelling waar het bedrag bij hoort: kies uit de lijst. Mag leeg.",
    (
        s.SHEET_BUDGET,
        s.COL_PART_OF,
    ): "Budget-ID van het bedrag waar dit bedrag deel van is (zodat het niet dubbel telt). Mag leeg.",
    (s.SHEET_BUDGET, s.COL_SOURCE): "Waar het bedrag vandaan komt (document en citaat).",
}
PROGRESS_HELP = "Wat er in de ronde {name} over de voortgang van de actie is gemeld. 'Idem.' betekent: niets veranderd sinds de vorige ronde."
STATUS_HELP = "Status van de actie in de ronde {name}: kies uit de lijst."

# --- the Lijsten sheet ---------------------------------------------------------------------------------
LIST_GOALS = "Doelstellingen"
LIST_STATUSES = "Statussen"
LIST_PARTIES = "Partijen"
LIST_PARTY_KINDS = "Soorten partij"
LIST_BUDGET_KINDS = "Soorten budget"
LIST_PRIORITIES = "Prioriteiten"


class TemplateError(Exception):
    """``format`` cannot safely rewrite this file; ``str(exc)`` says why, in Dutch."""


@dataclass(frozen=True)
class Rule:
    """What a column accepts: a list (name of a list in ``Lijsten``), a whole number or a decimal range."""

    kind: str  # "list" | "whole" | "decimal"
    list_name: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    strict: bool = True  # False: the list only helps, other text is allowed (Wie)
    text_cells: bool = False  # format the cells as text so "1.1" stays a code, not a number or date


@dataclass
class FormatResult:
    """What ``format_workbook`` did."""

    path: Path
    backup: Path | None
    validations: dict[str, int] = field(default_factory=dict)  # sheet -> number of rules


def help_text(sheet: str, header: str) -> str | None:
    """The Dutch explanation of a column, for its header's input message (None for unknown columns)."""
    if (sheet, header) in COLUMN_HELP:
        return COLUMN_HELP[(sheet, header)]
    if sheet == s.SHEET_ACTIONS:
        parsed = s.parse_round_column(header)
        if parsed:
            kind, name = parsed
            return (PROGRESS_HELP if kind == s.PROGRESS_PREFIX.strip() else STATUS_HELP).format(name=name)
    return None


def rule_for(sheet: str, header: str) -> Rule | None:
    """The data validation rule of a column, from the same settings the schemas use."""
    if header == s.COL_GOAL and sheet in (s.SHEET_ACTIONS, s.SHEET_BUDGET):
        return Rule("list", LIST_GOALS, text_cells=True)
    if header == s.COL_PRIORITY and sheet in (s.SHEET_GOALS, s.SHEET_BUDGET):
        return Rule("list", LIST_PRIORITIES)
    if header == s.COL_PRIORITY and sheet == s.SHEET_PRIORITIES:
        return Rule("whole", minimum=min(s.PRIORITIES), maximum=max(s.PRIORITIES))
    if header == s.COL_WHO and sheet == s.SHEET_ACTIONS:
        return Rule("list", LIST_PARTIES, strict=False)
    if header == s.COL_GOAL and sheet == s.SHEET_GOALS:
        return None
    words = vocabulary_for(sheet, header)
    if words == s.STATUSES:
        return Rule("list", LIST_STATUSES)
    if words == s.PARTY_KINDS:
        return Rule("list", LIST_PARTY_KINDS)
    if words == s.BUDGET_KINDS:
        return Rule("list", LIST_BUDGET_KINDS)
    if header in s.INTEGER_COLUMNS.get(sheet, ()):
        return Rule("whole", minimum=s.YEAR_MIN, maximum=s.YEAR_MAX)
    if header in s.DECIMAL_COLUMNS.get(sheet, ()):
        return Rule("decimal", minimum=0)
    return None


def list_values(book: Workbook) -> dict[str, list[str]]:
    """The dropdown lists: vocabularies from settings, goals and parties from the workbook itself."""
    goals = _column_values(book, s.SHEET_GOALS, s.COL_GOAL) or list(DEFAULT_GOALS)
    return {
        LIST_GOALS: goals,
        LIST_STATUSES: list(s.STATUSES),
        LIST_PARTIES: _column_values(book, s.SHEET_PARTIES, s.COL_PARTY),
        LIST_PARTY_KINDS: list(s.PARTY_KINDS),
        LIST_BUDGET_KINDS: list(s.BUDGET_KINDS),
        LIST_PRIORITIES: [str(p) for p in s.PRIORITIES],
    }


# --- template -----------------------------------------------------------------------------------------
def template_readme(rounds: Iterable[str] = ()) -> list[str]:
    """The Toelichting sheet of a new workbook: what goes where, column by column."""
    lines = [
        "Actieoverzicht Werkagenda mbo 2023-2027",
        "Dit werkboek is de bron van het dashboard. Vul elk blad in; de kopregel (rij 1) niet veranderen.",
        "Klik op een kop voor uitleg over die kolom. Kolommen met een keuzelijst (pijltje rechts in de cel) accepteren alleen waarden uit de lijst.",
        "Een nieuwe rapportageronde: voeg een regel toe in Rondes en in Acties twee kolommen 'Voortgang <ronde>' en 'Status <ronde>'. "
        "Laat daarna 'python -m workbook format' draaien (of vraag de beheerder), dan krijgt de nieuwe statuskolom ook een keuzelijst.",
        "Extra kolommen (bijv. Opmerking) en extra bladen mogen; ze worden bewaard maar niet gecontroleerd.",
        "Controleer het bestand met 'python -m workbook validate' of op de pagina 'Werkboek bijwerken' van het dashboard.",
        "",
    ]
    for sheet in s.DATA_SHEETS:
        lines.append(f"Blad {sheet}:")
        for header in s.SHEET_COLUMNS[sheet]:
            lines.append(f"  {header}: {help_text(sheet, header)}")
        if sheet == s.SHEET_ACTIONS:
            lines.append(f"  {s.PROGRESS_PREFIX}<ronde>: {PROGRESS_HELP.format(name='<ronde>')}")
            lines.append(f"  {s.STATUS_PREFIX}<ronde>: {STATUS_HELP.format(name='<ronde>')} ({', '.join(s.STATUSES)})")
        lines.append("")
    return lines


def write_template(out: str | Path | BinaryIO, rounds: Iterable[str] = ()) -> str | Path | BinaryIO:
    """An empty workbook with every contract sheet and header, a Toelichting and data validation, written to ``out``."""
    rounds = [r.strip() for r in rounds if r and r.strip()]
    book = Workbook()
    book.remove(book.active)
    write_readme(book.create_sheet(s.SHEET_README), template_readme(rounds))
    for sheet in s.DATA_SHEETS:
        columns = list(s.SHEET_COLUMNS[sheet])
        if sheet == s.SHEET_ACTIONS:
            for name in rounds:
                columns += [s.RoundColumns(name).progress, s.RoundColumns(name).status]
        rows: list[dict[str, Any]] = [{s.COL_ROUND: name} for name in rounds] if sheet == s.SHEET_ROUNDS else []
        write_sheet(book.create_sheet(sheet), columns, rows)
    add_validations(book)
    book.save(out)
    return out


# --- data validation -------------------------------------------------------------------------------------
def add_validations(book: Workbook) -> dict[str, int]:
    """(Re)write the data validation of every contract sheet and the hidden Lijsten sheet. Returns rules per sheet."""
    lists = list_values(book)
    refs = _write_lists(book, lists)
    counts: dict[str, int] = {}
    sheets = {sheet_key(ws.title): ws for ws in book.worksheets}
    round_names = _round_names(book)
    for sheet in s.DATA_SHEETS:
        ws = sheets.get(sheet_key(sheet))
        if ws is None:
            continue
        header_row, headers = _header(ws, sheet, round_names)
        if header_row is None:
            continue
        managed = {col for col, header in headers.items() if help_text(sheet, header) is not None}
        _remove_managed(ws, managed, header_row)
        last = max(MIN_VALIDATED_ROW, _last_row(ws) + GROWTH_ROWS)
        count = 0
        for col, header in headers.items():
            text = help_text(sheet, header)
            if text is None:
                continue
            letter = get_column_letter(col)
            prompt = DataValidation(
                allow_blank=True, showInputMessage=True, promptTitle=header[:TITLE_LIMIT], prompt=text[:PROMPT_LIMIT]
            )
            prompt.add(f"{letter}{header_row}")
            ws.add_data_validation(prompt)
            count += 1
            rule = rule_for(sheet, header)
            if rule is None:
                continue
            validation = _validation(rule, lists, refs, text)
            validation.add(f"{letter}{header_row + 1}:{letter}{last}")
            ws.add_data_validation(validation)
            count += 1
            if rule.text_cells:
                for row in range(header_row + 1, last + 1):
                    cell = ws.cell(row=row, column=col)
                    if cell.value is None or isinstance(cell.value, str):
                        cell.number_format = "@"
        counts[ws.title] = count
    return counts


def _validation(rule: Rule, lists: dict[str, list[str]], refs: dict[str, str], text: str) -> DataValidation:
    common = dict(
        allow_blank=True,
        showInputMessage=True,
        promptTitle="Invullen",
        prompt=text[:PROMPT_LIMIT],
        showErrorMessage=rule.strict,
    )
    if rule.kind == "list":
        values = lists[rule.list_name]
        inline = ",".join(values)
        if len(inline) <= INLINE_LIMIT and not any("," in v or '"' in v for v in values) and values:
            formula = f'"{inline}"'
        else:
            formula = refs[rule.list_name]
        shown = ", ".join(values) if len(", ".join(values)) < 180 else "de lijst"
        return DataValidation(
            type="list",
            formula1=formula,
            showDropDown=False,
            errorTitle="Kies uit de lijst",
            error=f"Kies een waarde uit {shown}."[:PROMPT_LIMIT],
            errorStyle="stop" if rule.strict else "information",
            **common,
        )
    number = "heel getal" if rule.kind == "whole" else "getal"
    if rule.maximum is None:
        return DataValidation(
            type=rule.kind,
            operator="greaterThanOrEqual",
            formula1=_number(rule.minimum),
            errorTitle="Ongeldig getal",
            error=f"Vul een {number} in van {_number(rule.minimum)} of meer.",
            **common,
        )
    return DataValidation(
        type=rule.kind,
        operator="between",
        formula1=_number(rule.minimum),
        formula2=_number(rule.maximum),
        errorTitle="Ongeldig getal",
        error=f"Vul een {number} in van {_number(rule.minimum)} tot en met {_number(rule.maximum)}.",
        **common,
    )


def _number(value: float | None) -> str:
    return str(int(value)) if value is not None and float(value).is_integer() else str(value)


def _write_lists(book: Workbook, lists: dict[str, list[str]]) -> dict[str, str]:
    """Put every list in a column of the hidden Lijsten sheet (replacing an earlier one); return range formulas."""
    for ws in list(book.worksheets):
        if sheet_key(ws.title) == sheet_key(s.SHEET_LISTS):
            book.remove(ws)
    ws = book.create_sheet(s.SHEET_LISTS)
    ws.sheet_state = "hidden"
    refs: dict[str, str] = {}
    for col, (name, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(col)
        header = ws.cell(row=1, column=col, value=name)
        header.fill, header.font = HEADER_FILL, HEADER_FONT
        ws.column_dimensions[letter].width = column_width(name, values)
        for row, value in enumerate(values, start=2):
            ws.cell(row=row, column=col, value=value).number_format = "@"
        end = max(len(values), 1) + 1
        refs[name] = f"{quote_sheetname(ws.title)}!${letter}$2:${letter}${end}"
    return refs


def _header(ws: Worksheet, sheet: str, round_names: list[str]) -> tuple[int | None, dict[int, str]]:
    """The header row (the one of the first rows with most contract headers) and its canonical names by column."""
    best, best_score = None, 0
    rows = list(ws.iter_rows(min_row=1, max_row=s.MAX_HEADER_SEARCH_ROWS, values_only=True))
    for number, row in enumerate(rows, start=1):
        score = _header_score(list(row), sheet)
        if score > best_score:
            best, best_score = number, score
    if best is None:
        return None, {}
    headers = {}
    for col, value in enumerate(rows[best - 1], start=1):
        name = _canonical_header(value, sheet, round_names)
        if name:
            headers[col] = name
    return best, headers


def _round_names(book: Workbook) -> list[str]:
    return _column_values(book, s.SHEET_ROUNDS, s.COL_ROUND)


def _column_values(book: Workbook, sheet: str, header: str) -> list[str]:
    """Distinct non-empty texts of one column, in sheet order."""
    ws = next((w for w in book.worksheets if sheet_key(w.title) == sheet_key(sheet)), None)
    if ws is None:
        return []
    header_row, headers = _header(ws, sheet, [])
    col = next((c for c, h in headers.items() if h == header), None)
    if header_row is None or col is None:
        return []
    values: list[str] = []
    for (value,) in ws.iter_rows(min_row=header_row + 1, min_col=col, max_col=col, values_only=True):
        if value is None:
            continue
        text = _code_text(value) if header == s.COL_GOAL else str(value).strip()
        if text and text not in values:
            values.append(text)
    return values


def _code_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value).strip()


def _last_row(ws: Worksheet) -> int:
    """The last row with a value (ws.max_row also counts formatted empty rows)."""
    for row in range(ws.max_row, 0, -1):
        if any(cell.value is not None for cell in ws[row]):
            return row
    return 1


def _remove_managed(ws: Worksheet, columns: set[int], header_row: int) -> None:
    """Drop the validations an earlier template/format run wrote on these columns; keep everyone else's."""
    keep = []
    for validation in ws.data_validations.dataValidation:
        ranges = list(validation.sqref.ranges)
        ours = ranges and all(
            r.min_col == r.max_col and r.min_col in columns and r.min_row in (header_row, header_row + 1)
            for r in ranges
        )
        if not ours:
            keep.append(validation)
    ws.data_validations.dataValidation = keep


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
        if sheet_key(ws.title) in {sheet_key(x) for x in s.DATA_SHEETS}:
            _ensure_layout(ws)
    counts = add_validations(book)
    buffer = io.BytesIO()
    book.save(buffer)
    result = buffer.getvalue()
    differences = compare_values(content, result)
    if differences:
        raise TemplateError(
            f"Opmaken zou waarden in '{name}' veranderen (bijv. {differences[0]}); er is niets veranderd. Meld dit aan de beheerder."
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


def compare_values(before: bytes, after: bytes, ignore: Iterable[str] = (s.SHEET_LISTS,)) -> list[str]:
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
