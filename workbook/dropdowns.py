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

from . import contract
from .column_help import COLUMN_HELP, PROGRESS_HELP, STATUS_HELP, help_text
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
__all__ = ["COLUMN_HELP", "PROGRESS_HELP", "STATUS_HELP", "add_validations", "help_text", "rule_for"]

# --- the Lijsten sheet ---------------------------------------------------------------------------------
LIST_GOALS = "Doelstellingen"
LIST_STATUSES = "Statussen"
LIST_PARTIES = "Partijen"
LIST_PARTY_KINDS = "Soorten partij"
LIST_BUDGET_KINDS = "Soorten budget"
LIST_PRIORITIES = "Prioriteiten"
LIST_PRECISIONS = "Precisies"
LIST_DIRECTIONS = "Richtingen"
LIST_INDICATORS = "Indicatoren"


@dataclass(frozen=True)
class DropdownRule:
    """What a column accepts: a list (name of a list in ``Lijsten``), a whole number or a decimal range."""

    kind: str  # "list" | "whole" | "decimal" | "text" (no rule, only the cells' format)
    list_name: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    strict: bool = True  # False: the list only helps, other text is allowed (Wie)
    text_cells: bool = False  # format the cells as text so "1.1" stays a code, not a number or date


def rule_for(sheet: str, header: str) -> DropdownRule | None:
    """The data validation rule of a column, from the same settings the schemas use."""
    if header == contract.COL_GOAL and sheet in (
        contract.SHEET_ACTIONS,
        contract.SHEET_BUDGET,
        contract.SHEET_INDICATORS,
    ):
        return DropdownRule("list", LIST_GOALS, text_cells=True)
    if header == contract.COL_INDICATOR_ID and sheet == contract.SHEET_MEASUREMENTS:
        return DropdownRule("list", LIST_INDICATORS)
    if header in contract.CODE_COLUMNS.get(sheet, ()) and sheet in contract.OPTIONAL_SHEETS:
        return DropdownRule("text", text_cells=True)  # a year as text: "2021/2022" stays as typed
    if header in contract.DECIMAL_COLUMNS.get(sheet, ()) and sheet in contract.OPTIONAL_SHEETS:
        return DropdownRule("decimal")  # a measurement: any number
    if header in contract.DATE_TEXT_COLUMNS.get(sheet, ()):
        return DropdownRule("text", text_cells=True)  # "najaar 2025" and "15 juli 2022" stay as typed
    if header == contract.COL_PRIORITY and sheet in (contract.SHEET_GOALS, contract.SHEET_BUDGET):
        return DropdownRule("list", LIST_PRIORITIES)
    if header == contract.COL_PRIORITY and sheet == contract.SHEET_PRIORITIES:
        return DropdownRule("whole", minimum=min(contract.PRIORITIES), maximum=max(contract.PRIORITIES))
    if header == contract.COL_WHO and sheet == contract.SHEET_ACTIONS:
        return DropdownRule("list", LIST_PARTIES, strict=False)
    if header == contract.COL_REPORTER and sheet == contract.SHEET_ACTIONS:
        return DropdownRule("list", LIST_PARTIES)
    if header == contract.COL_GOAL and sheet == contract.SHEET_GOALS:
        return None
    words = vocabulary_for(sheet, header)
    if words == contract.STATUSES:
        return DropdownRule("list", LIST_STATUSES)
    if words == contract.PARTY_KINDS:
        return DropdownRule("list", LIST_PARTY_KINDS)
    if words == contract.BUDGET_KINDS:
        return DropdownRule("list", LIST_BUDGET_KINDS)
    if words == contract.PRECISIONS:
        return DropdownRule("list", LIST_PRECISIONS)
    if words == contract.DIRECTIONS:
        return DropdownRule("list", LIST_DIRECTIONS)
    if header in contract.INTEGER_COLUMNS.get(sheet, ()):
        return DropdownRule("whole", minimum=contract.YEAR_MIN, maximum=contract.YEAR_MAX)
    if header in contract.DECIMAL_COLUMNS.get(sheet, ()):
        return DropdownRule("decimal", minimum=0)
    return None


def list_values(book: Workbook) -> dict[str, list[str]]:
    """The dropdown lists: vocabularies from settings, goals and parties from the workbook itself."""
    goals = _column_values(book, contract.SHEET_GOALS, contract.COL_GOAL) or list(DEFAULT_GOALS)
    return {
        LIST_GOALS: goals,
        LIST_STATUSES: list(contract.STATUSES),
        LIST_PARTIES: _column_values(book, contract.SHEET_PARTIES, contract.COL_PARTY),
        LIST_PARTY_KINDS: list(contract.PARTY_KINDS),
        LIST_BUDGET_KINDS: list(contract.BUDGET_KINDS),
        LIST_PRIORITIES: [str(p) for p in contract.PRIORITIES],
        LIST_PRECISIONS: list(contract.PRECISIONS),
        LIST_DIRECTIONS: list(contract.DIRECTIONS),
        LIST_INDICATORS: _column_values(book, contract.SHEET_INDICATORS, contract.COL_INDICATOR_ID),
    }


# --- data validation -------------------------------------------------------------------------------------
def add_validations(book: Workbook) -> dict[str, int]:
    """(Re)write the data validation of every contract sheet and the hidden Lijsten sheet. Returns rules per sheet."""
    lists = list_values(book)
    refs = _write_lists(book, lists)
    counts: dict[str, int] = {}
    sheets = {sheet_key(ws.title): ws for ws in book.worksheets}
    round_names = _round_names(book)
    for sheet in contract.CONTRACT_SHEETS:
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
            if rule.kind != "text":
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
    if rule.minimum is None:
        return DataValidation(
            type=rule.kind,
            operator="between",
            formula1="-1E+15",
            formula2="1E+15",
            errorTitle="Ongeldig getal",
            error=f"Vul een {number} in (zonder % of woorden).",
            **common,
        )
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
        if sheet_key(ws.title) == sheet_key(contract.SHEET_LISTS):
            book.remove(ws)
    ws = book.create_sheet(contract.SHEET_LISTS)
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
    rows = list(ws.iter_rows(min_row=1, max_row=contract.MAX_HEADER_SEARCH_ROWS, values_only=True))
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
    return _column_values(book, contract.SHEET_ROUNDS, contract.COL_ROUND)


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
        text = _code_text(value) if header == contract.COL_GOAL else str(value).strip()
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
