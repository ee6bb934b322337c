"""The budget lines and what they add up to - never a part with its whole, never money twice.

Every sum follows the counting rule of :mod:`domain.budget_count`: a line is left out of a figure when a
whole of it is in the figure too, when it shares money (``Overlapt met``) with a larger line there, or in a
year outside the years of its whole. Each left-out line is listed in ``left_out`` with a reason code
(``LEFT_OUT_*``), so every number can be traced to its ``Budget-ID`` and ``Bron``; the views say the
reasons in Dutch. A sum carries its precision (``ten hoogste`` when it adds an ``oplopend tot``). All
functions take the lines once (:func:`budget_lines`), so a page computes them once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from workbook import contract
from workbook.budget_tree import Tree

from .budget_count import (
    LEFT_OUT_OUTSIDE,
    LEFT_OUT_OVERLAP,
    LEFT_OUT_PART,
    LeftOut,
    count,
    outside_whole,
    sum_precision,
)
from .budget_parts import LINE_COLUMNS, PART, REST, Composition, budget_wholes, composition, time_basis
from .columns import COL_GROUP, COL_LABEL, COL_REASON, COL_YEAR
from .labels import NO_GOAL
from .memo import per_overview
from .model import Overview
from .sources import cite_column

#: Budget lines of the institutions' quality agendas (kwaliteitsagenda's / kwaliteitsafspraken).
QUALITY_AGENDA_PATTERN = re.compile(r"kwaliteits\s*agenda", re.IGNORECASE)

COL_WHOLE = "Geheel"
COL_VIA = "Via"  #: the wholes between a left-out part and the whole that is counted ("B03")
LEFT_OUT_NO_AMOUNT = "geen bedrag"
LEFT_OUT_TOTAL = "totaal looptijd"  #: an amount over the whole period cannot be split over years
LEFT_OUT_NO_YEAR = "geen van-jaar"
LEFT_OUT_UNKNOWN_KIND = "onbekende soort"

LEFT_OUT_COLUMNS = [contract.COL_BUDGET_ID, COL_LABEL, contract.COL_AMOUNT, COL_REASON, COL_WHOLE, COL_VIA]
YEAR_LEFT_OUT_COLUMNS = [COL_YEAR, *LEFT_OUT_COLUMNS]


@dataclass(frozen=True)
class BudgetFigure:
    """The rows one budget chart draws and the lines it leaves out (Budget-ID, Naam, Bedrag, Reden, Geheel, Via).

    A figure per year also has ``totals`` (Jaar, Bedrag, Precisie: the sum of each year and how exact it is)
    and ``left_out_by_year`` (Jaar plus the left-out columns: which line is left out in which year, and why).
    """

    rows: pd.DataFrame
    left_out: pd.DataFrame
    totals: pd.DataFrame | None = None
    left_out_by_year: pd.DataFrame | None = None

    @property
    def total(self) -> float:
        return float(self.rows[contract.COL_AMOUNT].sum()) if len(self.rows) else 0.0


@dataclass(frozen=True)
class BudgetTotal:
    """A sum of budget lines: its amount (None without lines), how exact it is, what it adds and leaves out."""

    amount: float | None
    ids: tuple[str, ...]
    precision: str = ""
    left_out: pd.DataFrame | None = None
    year: int | None = None


@per_overview
def budget_lines(overview: Overview) -> pd.DataFrame:
    """The Budget sheet's lines with an id, typed, with ``Naam`` (``B01 Totaal per jaar``).

    The optional columns (``Overlapt met``, ``Precisie``) are there, empty when the sheet has none. ``Bron`` is
    as readers read it: each document by its title and date (:func:`domain.sources.cite`), so every page, chart
    and the appendix name it so.
    """
    budget = overview.budget[overview.budget[contract.COL_BUDGET_ID].notna()]
    labels = [
        f"{i} {d}" if isinstance(d, str) and d.strip() else str(i)
        for i, d in zip(budget[contract.COL_BUDGET_ID].tolist(), budget[contract.COL_DESCRIPTION].tolist())
    ]
    missing = {c: [None] * len(budget) for c in contract.OPTIONAL_COLUMNS[contract.SHEET_BUDGET] if c not in budget}
    lines = budget.assign(**{COL_LABEL: labels}, **missing).reset_index(drop=True)
    return cite_column(lines, overview.sources)


# --- the tree of parts -------------------------------------------------------------------------------------
__all__ = [
    "LEFT_OUT_OUTSIDE",
    "LEFT_OUT_OVERLAP",
    "LEFT_OUT_PART",
    "PART",
    "REST",
    "BudgetFigure",
    "BudgetTotal",
    "Composition",
    "budget_wholes",
    "composition",
    "time_basis",
]


def budget_tree(lines: pd.DataFrame) -> Tree:
    """Who is part of whom and who overlaps whom (:class:`workbook.budget_tree.Tree`)."""
    return Tree.of(lines[contract.COL_BUDGET_ID], lines[contract.COL_PART_OF], lines[contract.COL_OVERLAPS])


def parents(lines: pd.DataFrame) -> dict[str, str]:
    """Budget-ID -> the Budget-ID it is part of."""
    return dict(budget_tree(lines).parent_of)


def ancestors(budget_id: str, parent_of: Mapping[str, str]) -> list[str]:
    """The chain of wholes above ``budget_id`` (nearest first); stops at a cycle."""
    return Tree(parent_of).ancestors(budget_id)


def without_parts(ids: Iterable[str], parent_of: Mapping[str, str]) -> tuple[list[str], dict[str, str]]:
    """Split ``ids`` into those to sum and those left out because a whole of theirs is among ``ids``.

    Returns (kept ids, {left-out id: the whole it is part of}).
    """
    counted = count(list(ids), Tree(parent_of), {})
    return list(counted.kept), {x.budget_id: x.whole for x in counted.left_out}


def _records(left_out: Iterable[LeftOut]) -> list[tuple[str, str, str | None, str]]:
    return [(x.budget_id, x.reason, x.whole, ", ".join(x.via)) for x in left_out]


def _left_out(records: list[tuple], lines: pd.DataFrame) -> pd.DataFrame:
    """(id, reason, whole[, via]) -> the left-out table, one row per id (its first reason)."""
    label = dict(zip(lines[contract.COL_BUDGET_ID].tolist()[::-1], lines[COL_LABEL].tolist()[::-1]))
    amount = dict(zip(lines[contract.COL_BUDGET_ID].tolist()[::-1], lines[contract.COL_AMOUNT].tolist()[::-1]))
    first: dict[str, tuple[str, str | None, str]] = {}
    for budget_id, reason, whole, *via in records:
        first.setdefault(budget_id, (reason, whole, via[0] if via else ""))
    rows = [(i, label.get(i, i), amount.get(i), *reason) for i, reason in first.items()]
    frame = pd.DataFrame(rows, columns=LEFT_OUT_COLUMNS)
    frame[contract.COL_AMOUNT] = frame[contract.COL_AMOUNT].astype("Float64")
    return frame


def _spans(lines: pd.DataFrame, last: int) -> dict[str, int]:
    """How many years each line covers (an open end runs to ``last``; no years: 0), for the overlap order."""
    spans = {}
    for budget_id, start, end in zip(
        lines[contract.COL_BUDGET_ID], lines[contract.COL_FROM_YEAR], lines[contract.COL_TO_YEAR]
    ):
        if start is None or pd.isna(start):
            spans[budget_id] = 0
        else:
            stop = int(end) if end is not None and not pd.isna(end) else last
            spans[budget_id] = max(0, stop - int(start) + 1)
    return spans


def _amounts(lines: pd.DataFrame) -> dict[str, float]:
    return {
        i: float(a)
        for i, a in zip(lines[contract.COL_BUDGET_ID], lines[contract.COL_AMOUNT])
        if a is not None and pd.notna(a)
    }


def _precision(lines: pd.DataFrame, ids: Iterable[str]) -> str:
    of = dict(zip(lines[contract.COL_BUDGET_ID], lines[contract.COL_PRECISION]))
    return sum_precision(of.get(i) for i in ids)


# --- sums ----------------------------------------------------------------------------------------------------
def budget_sum(lines: pd.DataFrame, kind: str) -> BudgetTotal:
    """Sum of the lines of ``kind``: a part never with its whole, of two lines sharing money only the larger."""
    of_kind = lines[(lines[contract.COL_KIND] == kind) & lines[contract.COL_AMOUNT].notna()]
    if of_kind.empty:
        return BudgetTotal(None, ())
    axis_end = max([contract.AGENDA_LAST_YEAR, *(int(y) for y in lines[contract.COL_TO_YEAR].dropna())])
    counted = count(list(of_kind[contract.COL_BUDGET_ID]), budget_tree(lines), _amounts(lines), _spans(lines, axis_end))
    amounts = _amounts(of_kind)
    amount = float(sum(amounts[i] for i in counted.kept))
    left_out = _left_out(_records(counted.left_out), lines)
    return BudgetTotal(amount, counted.kept, _precision(lines, counted.kept), left_out)


def budget_axis(lines: pd.DataFrame) -> tuple[int, int]:
    """Years of the budget-per-year chart: the agenda's years, widened to the years the lines name."""
    years = [int(y) for y in (*lines[contract.COL_FROM_YEAR].dropna(), *lines[contract.COL_TO_YEAR].dropna())]
    return min([contract.AGENDA_FIRST_YEAR, *years]), max([contract.AGENDA_LAST_YEAR, *years])


def _yearly_rows(lines: pd.DataFrame, last: int) -> tuple[pd.DataFrame, list[tuple]]:
    """Each line in every year it covers (Jaar plus the line's columns), and the lines that have no years."""
    records: list[dict] = []
    reasons: list[tuple] = []
    for line in lines.to_dict("records"):
        budget_id, kind, amount = line[contract.COL_BUDGET_ID], line[contract.COL_KIND], line[contract.COL_AMOUNT]
        start, end = line[contract.COL_FROM_YEAR], line[contract.COL_TO_YEAR]
        if amount is None or pd.isna(amount):
            reasons.append((budget_id, LEFT_OUT_NO_AMOUNT, None))
            continue
        if kind == contract.KIND_TOTAL:
            reasons.append((budget_id, LEFT_OUT_TOTAL, None))
            continue
        if start is None or pd.isna(start):
            reasons.append((budget_id, LEFT_OUT_NO_YEAR, None))
            continue
        if kind == contract.KIND_ONE_OFF:
            years = [int(start)]
        elif kind in contract.YEARLY_KINDS:
            stop = int(end) if end is not None and not pd.isna(end) else last
            years = list(range(int(start), max(int(start), stop) + 1))
        else:
            reasons.append((budget_id, LEFT_OUT_UNKNOWN_KIND, None))
            continue
        for year in years:
            records.append({COL_YEAR: year, **{c: line.get(c) for c in LINE_COLUMNS}})
    return pd.DataFrame(records, columns=[COL_YEAR, *LINE_COLUMNS]), reasons


def _count_per_year(rows: pd.DataFrame, lines: pd.DataFrame, axis_end: int) -> tuple[pd.DataFrame, list[tuple]]:
    """The counting rule year by year: clipping to the wholes' years, then parts, then overlaps.

    Returns the rows kept and (year, id, reason, whole, via) for every line left out in a year.
    """
    tree = budget_tree(lines)
    own = {
        i: (None if pd.isna(a) else int(a), None if pd.isna(b) else int(b))
        for i, a, b in zip(lines[contract.COL_BUDGET_ID], lines[contract.COL_FROM_YEAR], lines[contract.COL_TO_YEAR])
    }
    amounts, spans = _amounts(lines), _spans(lines, axis_end)
    years, ids = rows[COL_YEAR].tolist(), rows[contract.COL_BUDGET_ID].tolist()
    per_year: dict[int, list[str]] = {}
    for year, budget_id in zip(years, ids):
        per_year.setdefault(year, []).append(budget_id)
    kept: set[tuple[int, str]] = set()
    reasons: list[tuple] = []
    for year in sorted(per_year):
        inside = []
        for budget_id in per_year[year]:
            whole = outside_whole(budget_id, year, tree, own)
            if whole:
                reasons.append((year, budget_id, LEFT_OUT_OUTSIDE, whole, ""))
            else:
                inside.append(budget_id)
        counted = count(inside, tree, amounts, spans)
        kept.update((year, budget_id) for budget_id in counted.kept)
        reasons += [(year, *record) for record in _records(counted.left_out)]
    keep = np.array([(year, budget_id) in kept for year, budget_id in zip(years, ids)], dtype=bool)
    rows = rows[keep].reset_index(drop=True)
    if len(rows):
        rows[COL_YEAR] = rows[COL_YEAR].astype(int)
    return rows, reasons


def _per_year_figure(chosen: pd.DataFrame, lines: pd.DataFrame, axis: tuple[int, int] | None) -> BudgetFigure:
    axis_end = (axis or budget_axis(lines))[1]
    rows, reasons = _yearly_rows(chosen, axis_end)
    rows, by_year = _count_per_year(rows, lines, axis_end)
    totals = [
        (int(year), float(group[contract.COL_AMOUNT].sum()), sum_precision(group[contract.COL_PRECISION]))
        for year, group in rows.groupby(COL_YEAR, sort=True)
    ]
    totals_frame = pd.DataFrame(totals, columns=[COL_YEAR, contract.COL_AMOUNT, contract.COL_PRECISION])
    label = dict(zip(lines[contract.COL_BUDGET_ID], lines[COL_LABEL]))
    amount = dict(zip(lines[contract.COL_BUDGET_ID], lines[contract.COL_AMOUNT]))
    year_rows = [(y, i, label.get(i, i), amount.get(i), reason, whole, via) for y, i, reason, whole, via in by_year]
    left_out_by_year = pd.DataFrame(year_rows, columns=YEAR_LEFT_OUT_COLUMNS)
    left_out = _left_out(reasons + [record[1:] for record in by_year], lines)
    return BudgetFigure(rows, left_out, totals_frame, left_out_by_year)


def budget_per_year(lines: pd.DataFrame, axis: tuple[int, int] | None = None) -> BudgetFigure:
    """Budget per year: each line in every year it covers, counted by the rule of :mod:`domain.budget_count`.

    ``structureel per jaar`` and ``per jaar`` count in each year from ``Van jaar`` to ``Tot jaar`` (an
    open end runs to the axis end), ``eenmalig`` in its ``Van jaar``; ``totaal looptijd`` cannot be
    split over years and is left out. Rows: Jaar plus the line's columns. ``axis``: :func:`budget_axis`.
    """
    return _per_year_figure(lines, lines, axis)


def budget_in_year(per_year: BudgetFigure, year: int) -> BudgetTotal:
    """The budget of ``year`` (kept within the years the budget covers): the lines counted in it, with the
    precision of their sum and the lines left out that year. Amount None without yearly lines."""
    if per_year.rows.empty:
        return BudgetTotal(None, ())
    years = sorted(set(per_year.rows[COL_YEAR]))
    year = min(max(year, years[0]), years[-1])
    rows = per_year.rows[per_year.rows[COL_YEAR] == year]
    if rows.empty:
        return BudgetTotal(None, (), year=year)
    by_year = per_year.left_out_by_year
    left_out = (
        by_year[by_year[COL_YEAR] == year].drop(columns=COL_YEAR).reset_index(drop=True)
        if by_year is not None
        else pd.DataFrame(columns=LEFT_OUT_COLUMNS)
    )
    amount = float(rows[contract.COL_AMOUNT].sum())
    return BudgetTotal(
        amount, tuple(rows[contract.COL_BUDGET_ID]), sum_precision(rows[contract.COL_PRECISION]), left_out, year
    )


def budget_by_group(
    lines: pd.DataFrame, goal_names: Mapping[str, str], priority_names: Mapping[int, str]
) -> BudgetFigure:
    """Lines tied to a priority or goal: Groep (goal label, or the priority when no goal), per line.

    A line that is part of another line in this figure is left out, and so is a line that shares money with
    a larger line in the same bar; amounts of different kinds are kept apart (the chart groups them by
    ``Soort``).
    """
    tied = lines[
        (lines[contract.COL_GOAL].notna() | lines[contract.COL_PRIORITY].notna()) & lines[contract.COL_AMOUNT].notna()
    ].copy()
    groups = []
    for goal, priority in zip(tied[contract.COL_GOAL], tied[contract.COL_PRIORITY]):
        if isinstance(goal, str) and goal:
            groups.append(goal_names.get(goal, goal))
        else:
            groups.append(f"Prioriteit {priority_names.get(int(priority), int(priority))} ({NO_GOAL.lower()})")
    tied.insert(0, COL_GROUP, groups)
    tree, amounts = budget_tree(lines), _amounts(lines)
    without = count(list(tied[contract.COL_BUDGET_ID]), Tree(tree.parent_of), amounts)
    reasons = _records(without.left_out)
    kept: list[str] = []
    remaining = tied[tied[contract.COL_BUDGET_ID].isin(without.kept)]
    for _, bar in remaining.groupby([COL_GROUP, contract.COL_KIND], sort=False):
        counted = count(list(bar[contract.COL_BUDGET_ID]), tree, amounts)
        kept += counted.kept
        reasons += _records(counted.left_out)
    rows = tied[tied[contract.COL_BUDGET_ID].isin(kept)]
    order = {label: i for i, label in enumerate(goal_names.values())}
    rows = rows.assign(_order=rows[COL_GROUP].map(lambda g: order.get(g, len(order))))
    rows = rows.sort_values(["_order", contract.COL_BUDGET_ID], kind="stable").drop(columns="_order")
    return BudgetFigure(rows[[COL_GROUP, *LINE_COLUMNS]].reset_index(drop=True), _left_out(reasons, lines))


def budget_by_kind(lines: pd.DataFrame) -> BudgetFigure:
    """Every line with an amount, one bar each, ordered by kind then amount; nothing is summed."""
    with_amount = lines[lines[contract.COL_AMOUNT].notna()].copy()
    kind_rank = contract.KIND_RANK
    with_amount["_kind"] = with_amount[contract.COL_KIND].map(lambda k: kind_rank.get(k, len(kind_rank)))
    rows = with_amount.sort_values(["_kind", contract.COL_AMOUNT], ascending=[True, False], kind="stable")
    reasons = [
        (i, LEFT_OUT_NO_AMOUNT, None) for i in lines.loc[lines[contract.COL_AMOUNT].isna(), contract.COL_BUDGET_ID]
    ]
    return BudgetFigure(rows[LINE_COLUMNS].reset_index(drop=True), _left_out(reasons, lines))


def quality_agenda(lines: pd.DataFrame, axis: tuple[int, int] | None = None) -> BudgetFigure:
    """Budget for the institutions' quality agendas per year (lines whose Omschrijving names them)."""
    matches = lines[
        lines[contract.COL_DESCRIPTION].map(lambda d: isinstance(d, str) and bool(QUALITY_AGENDA_PATTERN.search(d)))
    ]
    figure = _per_year_figure(matches, lines, axis)
    rows = figure.rows.sort_values([COL_YEAR, contract.COL_BUDGET_ID]).reset_index(drop=True)
    return BudgetFigure(rows, figure.left_out, figure.totals, figure.left_out_by_year)


#: The figures this module computes (what ``python -m benchmarks`` counts per page).
FIGURES = (
    "budget_axis",
    "budget_by_group",
    "budget_by_kind",
    "budget_in_year",
    "budget_lines",
    "budget_per_year",
    "budget_sum",
    "budget_wholes",
    "composition",
    "quality_agenda",
)
