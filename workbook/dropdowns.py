"""The data validation of a contract workbook: a dropdown or number rule and a Dutch explanation per column.

Generated from the vocabularies in :mod:`workbook.contract` (the same ones the schemas check):
dropdowns for goals, round statuses, kinds and priorities, whole numbers for years, amounts of at
least 0, and an input message on every header that explains the column in Dutch. Lists that do not
fit Excel's 255-character inline limit (the parties) come from a hidden ``Lijsten`` sheet. Used by
``template``, ``format``, a new round's columns and the request workbooks of a round.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from . import contract as s
from .reader.cells import vocabulary_for
from .reader.headers import canonical_header, header_score, sheet_key
from .writer import HEADER_FILL, HEADER_FONT, column_width

#: Goals offered when the Doelstellingen sheet has none yet (the Werkagenda's twelve).
DEFAULT_GOALS: tuple[str, ...] = ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4")
#: Data validation covers the data rows up to this row, or the last row + GROWTH_ROWS if that is further.
MIN_VALIDATED_ROW = 1000
GROWTH_ROWS = 500
INLINE_LIMIT = 255  # Excel's limit for a list typed into the rule itself
PROMPT_LIMIT = 255  # Excel's limit for an input message
TITLE_LIMIT = 32  # Excel's limit for the title of an input or error message

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
    ): "Naam van de rapportageronde (bijv. najaar 2025). In Acties horen de kolommen 'Voortgang <ronde>' en 'Status "
    "<ronde>'.",
    (s.SHEET_ROUNDS, s.COL_DATE): "Datum van de voortgangsbrief van deze ronde (dag-maand-jaar).",
    (s.SHEET_ROUNDS, s.COL_SOURCE): "Waar de gegevens van deze ronde vandaan komen (bijv. de titel van de Kamerbrief).",
    (
        s.SHEET_ROUNDS,
        s.COL_CLOSED,
    ): "Datum waarop de ronde is vastgesteld (gepubliceerd). Leeg zolang de ronde open is. Niet met de hand invullen: "
    "gebruik close-round.",
    (
        s.SHEET_ROUNDS,
        s.COL_FINGERPRINT,
    ): "Vingerafdruk van de teksten en statussen van de vastgestelde ronde. Niet wijzigen; leeg maken heropent de "
    "ronde.",
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
    ): "Partijen, gescheiden door komma's; trekker met '(primair)'; na 'andere partijen:' de overige. Bijv.: OCW "
    "(primair), MBO Raad. De lijst helpt bij één naam; typen mag.",
    (s.SHEET_ACTIONS, s.COL_WHEN): "Wanneer, in woorden (bijv. 2023 – 2026 of Doorlopend).",
    (
        s.SHEET_ACTIONS,
        s.COL_REPORTER,
    ): "Mag leeg. De partij die over deze actie rapporteert, als dat niet de partij met '(primair)' is (of, zonder "
    "primair, de eerste in Wie). Kies uit de lijst.",
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
PROGRESS_HELP = (
    "Wat er in de ronde {name} over de voortgang van de actie is gemeld. 'Idem.' betekent: niets "
    "veranderd sinds de vorige ronde."
)
STATUS_HELP = "Status van de actie in de ronde {name}: kies uit de lijst."

# --- the Lijsten sheet ---------------------------------------------------------------------------------
LIST_GOALS = "Doelstellingen"
LIST_STATUSES = "Statussen"
LIST_PARTIES = "Partijen"
LIST_PARTY_KINDS = "Soorten partij"
LIST_BUDGET_KINDS = "Soorten budget"
LIST_PRIORITIES = "Prioriteiten"


@dataclass(frozen=True)
class DropdownRule:
    """What a column accepts: a list (name of a list in ``Lijsten``), a whole number or a decimal range."""

    kind: str  # "list" | "whole" | "decimal"
    list_name: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    strict: bool = True  # False: the list only helps, other text is allowed (Wie)
    text_cells: bool = False  # format the cells as text so "1.1" stays a code, not a number or date


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


def rule_for(sheet: str, header: str) -> DropdownRule | None:
    """The data validation rule of a column, from the same settings the schemas use."""
    if header == s.COL_GOAL and sheet in (s.SHEET_ACTIONS, s.SHEET_BUDGET):
        return DropdownRule("list", LIST_GOALS, text_cells=True)
    if header == s.COL_PRIORITY and sheet in (s.SHEET_GOALS, s.SHEET_BUDGET):
        return DropdownRule("list", LIST_PRIORITIES)
    if header == s.COL_PRIORITY and sheet == s.SHEET_PRIORITIES:
        return DropdownRule("whole", minimum=min(s.PRIORITIES), maximum=max(s.PRIORITIES))
    if header == s.COL_WHO and sheet == s.SHEET_ACTIONS:
        return DropdownRule("list", LIST_PARTIES, strict=False)
    if header == s.COL_REPORTER and sheet == s.SHEET_ACTIONS:
        return DropdownRule("list", LIST_PARTIES)
    if header == s.COL_GOAL and sheet == s.SHEET_GOALS:
        return None
    words = vocabulary_for(sheet, header)
    if words == s.STATUSES:
        return DropdownRule("list", LIST_STATUSES)
    if words == s.PARTY_KINDS:
        return DropdownRule("list", LIST_PARTY_KINDS)
    if words == s.BUDGET_KINDS:
        return DropdownRule("list", LIST_BUDGET_KINDS)
    if header in s.INTEGER_COLUMNS.get(sheet, ()):
        return DropdownRule("whole", minimum=s.YEAR_MIN, maximum=s.YEAR_MAX)
    if header in s.DECIMAL_COLUMNS.get(sheet, ()):
        return DropdownRule("decimal", minimum=0)
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
        header_row, headers = find_header(ws, sheet, round_names)
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


def _validation(rule: DropdownRule, lists: dict[str, list[str]], refs: dict[str, str], text: str) -> DataValidation:
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


def find_header(ws: Worksheet, sheet: str, round_names: list[str]) -> tuple[int | None, dict[int, str]]:
    """The header row (the one of the first rows with most contract headers) and its canonical names by column."""
    best, best_score = None, 0
    rows = list(ws.iter_rows(min_row=1, max_row=s.MAX_HEADER_SEARCH_ROWS, values_only=True))
    for number, row in enumerate(rows, start=1):
        score = header_score(list(row), sheet)
        if score > best_score:
            best, best_score = number, score
    if best is None:
        return None, {}
    headers = {}
    for col, value in enumerate(rows[best - 1], start=1):
        name = canonical_header(value, sheet, round_names)
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
    header_row, headers = find_header(ws, sheet, [])
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
