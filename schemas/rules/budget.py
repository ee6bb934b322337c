"""The budget tree: a part names an existing, larger whole, the parts of a whole never add up to more than it,
and ``Overlapt met`` names other lines that are no whole or part of this one.

How the parts of a whole are added (:func:`parts_fit_in_whole`), per whole and per year of the whole:

* the whole's years are its own ``Van``/``Tot jaar``, else those of the nearest whole above it, else the
  Werkagenda's (2023-2027);
* a part of a yearly kind (structureel per jaar, per jaar) under a yearly whole counts in every year it holds
  (no years: every year of the whole; an open end runs on); an ``eenmalig`` part counts in its ``Van jaar``
  (without one: in the whole's first year); under a ``totaal looptijd`` or ``eenmalig`` whole, parts of
  those kinds are added once;
* a part of another kind (a yearly amount inside a total over the whole period) is not added; it gets a
  waarschuwing ``part-other-kind``;
* the sum may exceed the whole by ``BUDGET_TOLERANCE_MLN`` (rounding); more is a fout ``parts-exceed-whole``,
  or a waarschuwing ``parts-exceed-lower-bound`` when the whole is a lower bound (``meer dan``, ``ruim``);
  when one part alone is as large as the whole, ``parent-not-larger`` says so and the sum is not reported.

A whole whose own amount, kind or years are wrong is skipped: the schema reported that cell.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from workbook import contract, nl
from workbook.budget_tree import Tree, Years, holds_in, split_ids, whole_years
from workbook.findings import Finding

from ..typed import TypedWorkbook
from .common import make

#: How each kind of part is added under each kind of whole: per year, once, or not at all (another kind).
PER_YEAR, ONCE = "per year", "once"
_ADDED: dict[tuple[str, str], str] = {
    **{
        (whole, part): PER_YEAR
        for whole in contract.YEARLY_KINDS
        for part in (*contract.YEARLY_KINDS, contract.KIND_ONE_OFF)
    },
    **{
        (whole, part): ONCE
        for whole in (contract.KIND_TOTAL, contract.KIND_ONE_OFF)
        for part in (contract.KIND_TOTAL, contract.KIND_ONE_OFF)
    },
}


def _column(frame: pd.DataFrame, column: str) -> pd.Series:
    return frame[column] if column in frame else pd.Series([None] * len(frame), index=frame.index, dtype=object)


def _tree(budget: pd.DataFrame) -> Tree:
    return Tree.of(budget[contract.COL_BUDGET_ID], budget[contract.COL_PART_OF], _column(budget, contract.COL_OVERLAPS))


def _first_rows(budget: pd.DataFrame) -> dict[str, int]:
    row_of: dict[str, int] = {}
    for row, budget_id in budget[contract.COL_BUDGET_ID].dropna().items():
        row_of.setdefault(budget_id, int(row))
    return row_of


def _year(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


# --- Onderdeel van ----------------------------------------------------------------------------------------
def budget_parent_exists_and_is_larger(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """'Onderdeel van' names an existing Budget-ID with a larger amount, without going round in a circle."""
    budget = book.columns(contract.SHEET_BUDGET, contract.COL_BUDGET_ID, contract.COL_PART_OF)
    if budget is None:
        return []
    ids = budget[contract.COL_BUDGET_ID]
    parents = budget[contract.COL_PART_OF]
    amounts = budget[contract.COL_AMOUNT] if contract.COL_AMOUNT in budget else pd.Series(pd.NA, index=budget.index)
    row_of = _first_rows(budget)
    parent_of = {budget_id: parents[row] for budget_id, row in row_of.items() if parents[row] is not None}
    findings = []
    for row, parent in parents.dropna().items():
        if parent not in row_of:
            findings.append(make("unknown-parent", book, contract.SHEET_BUDGET, row, contract.COL_PART_OF, parent))
            continue
        if _in_cycle(ids[row], parent_of):
            findings.append(make("parent-cycle", book, contract.SHEET_BUDGET, row, contract.COL_PART_OF, parent))
            continue
        amount, parent_amount = amounts[row], amounts[row_of[parent]]
        if pd.notna(amount) and pd.notna(parent_amount) and amount >= parent_amount:
            findings.append(
                make(
                    "parent-not-larger",
                    book,
                    contract.SHEET_BUDGET,
                    row,
                    contract.COL_PART_OF,
                    parent,
                    amount=nl.amount(amount),
                    parent_amount=nl.amount(parent_amount),
                )
            )
    return findings


def _in_cycle(start: str | None, parent_of: dict[str, str]) -> bool:
    if start is None:
        return False
    seen = {start}
    current = parent_of.get(start)
    while current is not None:
        if current == start:
            return True
        if current in seen:
            return False  # a circle further up; reported on the lines in it
        seen.add(current)
        current = parent_of.get(current)
    return False


# --- the parts of a whole -----------------------------------------------------------------------------------
def parts_fit_in_whole(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Per whole and year, its direct parts (of kinds that add up) are not more than the whole (with tolerance)."""
    budget = book.columns(
        contract.SHEET_BUDGET, contract.COL_BUDGET_ID, contract.COL_PART_OF, contract.COL_AMOUNT, contract.COL_KIND
    )
    if budget is None:
        return []
    tree = _tree(budget)
    row_of = _first_rows(budget)
    lines = {budget_id: budget.loc[row] for budget_id, row in row_of.items()}
    own: dict[str, Years] = {
        i: (_year(line.get(contract.COL_FROM_YEAR)), _year(line.get(contract.COL_TO_YEAR))) for i, line in lines.items()
    }
    findings: list[Finding] = []
    for whole_id in row_of:
        parts = [p for p in tree.children(whole_id) if p in lines and tree.parent_of.get(p) == whole_id]
        whole = lines[whole_id]
        if not parts or _in_cycle(whole_id, dict(tree.parent_of)):
            continue
        amount, kind = whole[contract.COL_AMOUNT], whole[contract.COL_KIND]
        if pd.isna(amount) or kind not in contract.BUDGET_KINDS:
            continue
        (first, last), known = whole_years(whole_id, tree, own)
        added: list[str] = []
        for part_id in parts:
            part = lines[part_id]
            how = _ADDED.get((kind, part[contract.COL_KIND]))
            if part[contract.COL_KIND] not in contract.BUDGET_KINDS or pd.isna(part[contract.COL_AMOUNT]):
                continue
            if how is None:
                findings.append(_other_kind(book, row_of[part_id], part_id, part, whole_id, kind))
                continue
            added.append(part_id)
            if known and how == PER_YEAR:
                findings += _outside_years(book, row_of[part_id], own[part_id], whole_id, first, last)
        if any(float(lines[p][contract.COL_AMOUNT]) >= float(amount) for p in added):
            continue  # one part alone is as large as the whole: parent-not-larger says so
        excess = _excess(lines, own, added, kind, float(amount), first, last)
        if excess:
            findings.append(_too_much(book, row_of[whole_id], whole_id, whole, added, excess))
    return findings


def _excess(lines, own, added, kind, amount, first, last) -> list[tuple[int | None, float]]:
    """(year, sum of the parts) for each year in which the parts exceed the whole; year None: added once."""
    if not added:
        return []
    if kind not in contract.YEARLY_KINDS:
        total = sum(float(lines[p][contract.COL_AMOUNT]) for p in added)
        return [(None, total)] if total > amount + contract.BUDGET_TOLERANCE_MLN else []
    over = []
    for year in range(first, last + 1):
        total = 0.0
        for part_id in added:
            start, _ = own[part_id]
            if lines[part_id][contract.COL_KIND] == contract.KIND_ONE_OFF:
                counts = (start if start is not None else first) == year
            else:
                counts = holds_in(own[part_id], year)
            total += float(lines[part_id][contract.COL_AMOUNT]) if counts else 0.0
        if total > amount + contract.BUDGET_TOLERANCE_MLN:
            over.append((year, total))
    return over


def _too_much(book, row, whole_id, whole, added, excess) -> Finding:
    lower_bound = whole.get(contract.COL_PRECISION) in contract.LOWER_BOUNDS
    years = "; ".join(
        f"{'over de looptijd' if year is None else f'in {year}'} {nl.euro_mln(total)}" for year, total in excess
    )
    return make(
        "parts-exceed-lower-bound" if lower_bound else "parts-exceed-whole",
        book,
        contract.SHEET_BUDGET,
        row,
        contract.COL_AMOUNT,
        whole_id,
        whole_amount=nl.euro_mln(whole[contract.COL_AMOUNT]),
        parts=nl.enumeration(added),
        years=years,
        tolerance=nl.euro_mln(contract.BUDGET_TOLERANCE_MLN),
        precision=whole.get(contract.COL_PRECISION) or "",
    )


def _other_kind(book, row, part_id, part, whole_id, whole_kind) -> Finding:
    return make(
        "part-other-kind",
        book,
        contract.SHEET_BUDGET,
        row,
        contract.COL_PART_OF,
        whole_id,
        part=part_id,
        kind=part[contract.COL_KIND],
        whole_kind=whole_kind,
    )


def _outside_years(book, row, years: Years, whole_id, first, last) -> list[Finding]:
    start, end = years
    if start is not None and end is not None and start > end:
        return []  # the wrong way round: start-after-end says so
    findings = []
    for column, year in ((contract.COL_FROM_YEAR, start), (contract.COL_TO_YEAR, end)):
        if year is not None and not first <= year <= last:
            findings.append(
                make(
                    "part-outside-whole-years",
                    book,
                    contract.SHEET_BUDGET,
                    row,
                    column,
                    year,
                    whole=whole_id,
                    first=first,
                    last=last,
                )
            )
    return findings


# --- Overlapt met ------------------------------------------------------------------------------------------
def budget_overlaps_are_other_lines(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """'Overlapt met' names existing Budget-IDs, never the line itself, its wholes or its parts."""
    budget = book.columns(contract.SHEET_BUDGET, contract.COL_BUDGET_ID, contract.COL_PART_OF)
    if budget is None or contract.COL_OVERLAPS not in budget:
        return []
    tree = _tree(budget)
    known = set(_first_rows(budget))
    findings = []
    for row, budget_id, cell in zip(budget.index, budget[contract.COL_BUDGET_ID], budget[contract.COL_OVERLAPS]):
        for other in split_ids(cell):
            if other not in known:
                code = "unknown-overlap"
            elif other == budget_id:
                code = "overlap-with-itself"
            elif budget_id and (other in tree.ancestors(budget_id) or other in tree.descendants(budget_id)):
                code = "overlap-in-own-tree"
            else:
                continue
            findings.append(
                make(code, book, contract.SHEET_BUDGET, row, contract.COL_OVERLAPS, other, line=budget_id or "")
            )
    return findings
