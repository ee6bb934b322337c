"""The budget tree: a part names an existing, larger whole, without going round in a circle."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from workbook import contract as s
from workbook import nl
from workbook.findings import Finding

from ..typed import TypedWorkbook
from .common import make


# --- budget -------------------------------------------------------------------------------------------------
def budget_parent_exists_and_is_larger(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """'Onderdeel van' names an existing Budget-ID with a larger amount, without going round in a circle."""
    budget = book.columns(s.SHEET_BUDGET, s.COL_BUDGET_ID, s.COL_PART_OF)
    if budget is None:
        return []
    ids = budget[s.COL_BUDGET_ID]
    parents = budget[s.COL_PART_OF]
    amounts = budget[s.COL_AMOUNT] if s.COL_AMOUNT in budget else pd.Series(pd.NA, index=budget.index)
    row_of: dict[str, int] = {}
    for row, budget_id in ids.dropna().items():
        row_of.setdefault(budget_id, int(row))
    parent_of = {budget_id: parents[row] for budget_id, row in row_of.items() if parents[row] is not None}
    findings = []
    for row, parent in parents.dropna().items():
        if parent not in row_of:
            findings.append(make("unknown-parent", book, s.SHEET_BUDGET, row, s.COL_PART_OF, parent))
            continue
        if _in_cycle(ids[row], parent_of):
            findings.append(make("parent-cycle", book, s.SHEET_BUDGET, row, s.COL_PART_OF, parent))
            continue
        amount, parent_amount = amounts[row], amounts[row_of[parent]]
        if pd.notna(amount) and pd.notna(parent_amount) and amount >= parent_amount:
            findings.append(
                make(
                    "parent-not-larger",
                    book,
                    s.SHEET_BUDGET,
                    row,
                    s.COL_PART_OF,
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
