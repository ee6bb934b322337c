"""The budget of the appendix: every line of the Budget sheet with its amount, kind, years, whole and source.

Listed, never added up (:func:`domain.budget.budget_lines`): the lines come from different sources and overlap,
so no part is ever added to its whole. The source of each line is said by its title and date, never by the name
of a file (:func:`source_text`).
"""

from __future__ import annotations

from dataclasses import dataclass

from domain import budget
from domain.model import Overview
from domain.sources import cite
from workbook import contract, nl

BUDGET_TITLE = "Budget"
BUDGET_INTRO = "Alle bedragen uit het blad Budget, in miljoenen euro's, elk met de bron van het bedrag."
PARTS = (
    "Een bedrag dat onderdeel is van een ander bedrag (kolom 'Onderdeel van') valt daarbinnen: het is er nooit "
    "bij opgeteld. De regels komen uit verschillende bronnen en overlappen soms; tel ze daarom niet op."
)


@dataclass(frozen=True)
class BudgetRow:
    """One budget line as text: its amount, kind, years, the line it is part of, and where the figure comes from."""

    budget_id: str
    description: str
    amount_text: str
    kind: str
    years: str
    part_of: str
    source: str


@dataclass(frozen=True)
class BudgetSection:
    title: str
    intro_sentences: tuple[str, ...] = ()
    rows: tuple[BudgetRow, ...] = ()


def years_text(start: object, end: object) -> str:
    """A budget line's years in words: ``2023 – 2027``, ``2024``, ``vanaf 2023``, ``tot en met 2027``, ``-``."""
    first = None if nl.missing(start) else int(start)
    last = None if nl.missing(end) else int(end)
    if first is not None and last is not None:
        return str(first) if first == last else f"{first} – {last}"
    if first is not None:
        return f"vanaf {first}"
    if last is not None:
        return f"tot en met {last}"
    return "-"


def budget_section(overview: Overview, goal: str | None) -> BudgetSection | None:
    """Every budget line (with a goal: the lines of that goal) with its source and the line it is part of.

    No totals: the lines come from different sources and overlap in ways 'Onderdeel van' does not capture
    (see the Opmerking column of the canonical workbook), so any sum would need an explanation the table cannot give.
    """
    lines = budget.budget_lines(overview)
    if lines.empty:
        return None
    if goal:
        lines = lines[lines[contract.COL_GOAL] == goal]
        if lines.empty:
            return BudgetSection(BUDGET_TITLE, (f"Bij doelstelling {goal} staan geen budgetregels.",), ())
        intro = [
            f"De budgetregels bij doelstelling {goal}, in miljoenen euro's, elk met de bron van het bedrag.",
            PARTS,
        ]
    else:
        intro = [BUDGET_INTRO, PARTS]
    rows = tuple(
        BudgetRow(
            budget_id=_text(line[contract.COL_BUDGET_ID]),
            description=_text(line[contract.COL_DESCRIPTION]),
            amount_text=nl.euro_mln(line[contract.COL_AMOUNT]) or "geen bedrag",
            kind=_text(line[contract.COL_KIND]),
            years=years_text(line[contract.COL_FROM_YEAR], line[contract.COL_TO_YEAR]),
            part_of=_text(line[contract.COL_PART_OF]) or "-",
            source=source_text(overview, line[contract.COL_SOURCE]),
        )
        for line in lines.to_dict("records")
    )
    return BudgetSection(BUDGET_TITLE, tuple(intro), rows)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def source_text(overview: Overview, text: object) -> str:
    """Where an amount comes from, each document by its title and date (:func:`domain.sources.cite`; the budget
    lines come cited already, so this only makes sure), never by the name of a file."""
    return cite(_text(text), overview.sources)
