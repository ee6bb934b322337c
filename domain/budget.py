"""The budget lines and what they add up to - never adding a part to its whole.

A line whose ``Onderdeel van`` points (directly or further up) to another line in the same figure is
left out of that figure's sums and listed in ``left_out`` with a reason code (``LEFT_OUT_*``), so every
number can be traced to its ``Budget-ID`` and ``Bron``; the views say the reasons in Dutch. All
functions take the lines once (:func:`budget_lines`), so a page computes them once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from workbook import contract as s

from .columns import COL_GROUP, COL_LABEL, COL_PART, COL_REASON, COL_YEAR
from .labels import NO_GOAL
from .memo import per_overview
from .model import Overview
from .timeline import AGENDA_FIRST_YEAR, AGENDA_LAST_YEAR

#: Budget lines of the institutions' quality agendas (kwaliteitsagenda's / kwaliteitsafspraken).
QUALITY_AGENDA_PATTERN = re.compile(r"kwaliteits\s*agenda", re.IGNORECASE)

COL_WHOLE = "Geheel"
LEFT_OUT_PART = "onderdeel"  #: part of a whole in the same figure (``Geheel`` names it)
LEFT_OUT_NO_AMOUNT = "geen bedrag"
LEFT_OUT_TOTAL = "totaal looptijd"  #: an amount over the whole period cannot be split over years
LEFT_OUT_NO_YEAR = "geen van-jaar"
LEFT_OUT_UNKNOWN_KIND = "onbekende soort"

PART = "onderdeel"
REST = "niet uitgesplitst"

LINE_COLUMNS = [
    s.COL_BUDGET_ID, s.COL_DESCRIPTION, COL_LABEL, s.COL_AMOUNT, s.COL_KIND, s.COL_FROM_YEAR, s.COL_TO_YEAR,
    s.COL_PRIORITY, s.COL_GOAL, s.COL_PART_OF, s.COL_SOURCE,
]  # fmt: skip
LEFT_OUT_COLUMNS = [s.COL_BUDGET_ID, COL_LABEL, s.COL_AMOUNT, COL_REASON, COL_WHOLE]


@dataclass(frozen=True)
class BudgetFigure:
    """The rows one budget chart draws, and the lines it leaves out (Budget-ID, Naam, Bedrag, Reden, Geheel)."""

    rows: pd.DataFrame
    left_out: pd.DataFrame

    @property
    def total(self) -> float:
        return float(self.rows[s.COL_AMOUNT].sum()) if len(self.rows) else 0.0


@per_overview
def budget_lines(overview: Overview) -> pd.DataFrame:
    """The Budget sheet's lines with an id, typed, with ``Naam`` (``B01 Totaal per jaar``)."""
    budget = overview.budget[overview.budget[s.COL_BUDGET_ID].notna()]
    labels = [
        f"{i} {d}" if isinstance(d, str) and d.strip() else str(i)
        for i, d in zip(budget[s.COL_BUDGET_ID].tolist(), budget[s.COL_DESCRIPTION].tolist())
    ]
    return budget.assign(**{COL_LABEL: labels}).reset_index(drop=True)


# --- the tree of parts -------------------------------------------------------------------------------------
def parents(lines: pd.DataFrame) -> dict[str, str]:
    """Budget-ID -> the Budget-ID it is part of."""
    return {
        str(i): str(p)
        for i, p in zip(lines[s.COL_BUDGET_ID], lines[s.COL_PART_OF])
        if isinstance(p, str) and p.strip() and str(p) != str(i)
    }


def ancestors(budget_id: str, parent_of: Mapping[str, str]) -> list[str]:
    """The chain of wholes above ``budget_id`` (nearest first); stops at a cycle."""
    chain: list[str] = []
    current = parent_of.get(budget_id)
    while current is not None and current not in chain and current != budget_id:
        chain.append(current)
        current = parent_of.get(current)
    return chain


def without_parts(ids: Iterable[str], parent_of: Mapping[str, str]) -> tuple[list[str], dict[str, str]]:
    """Split ``ids`` into those to sum and those left out because a whole of theirs is among ``ids``.

    Returns (kept ids, {left-out id: the whole it is part of}).
    """
    ids = list(dict.fromkeys(ids))
    present = set(ids)
    kept: list[str] = []
    dropped: dict[str, str] = {}
    for budget_id in ids:
        whole = next((a for a in ancestors(budget_id, parent_of) if a in present), None)
        if whole is None:
            kept.append(budget_id)
        else:
            dropped[budget_id] = whole
    return kept, dropped


def time_basis(kind: object) -> str:
    """What an amount is measured over: ``jaar`` (structural and per-year kinds), ``looptijd`` or ``eenmalig``.

    Only amounts on the same basis can be compared: 900 mln per year is not a part of 4 mld over the
    whole period in the way 367 mln per year is a part of it.
    """
    if kind in s.YEARLY_KINDS:
        return "jaar"
    return "looptijd" if kind == s.KIND_TOTAL else str(kind)


def _left_out(records: list[tuple[str, str, str | None]], lines: pd.DataFrame) -> pd.DataFrame:
    """(id, reason, whole) -> the left-out table, one row per id (its first reason)."""
    label = dict(zip(lines[s.COL_BUDGET_ID].tolist()[::-1], lines[COL_LABEL].tolist()[::-1]))
    amount = dict(zip(lines[s.COL_BUDGET_ID].tolist()[::-1], lines[s.COL_AMOUNT].tolist()[::-1]))
    first: dict[str, tuple[str, str | None]] = {}
    for budget_id, reason, whole in records:
        first.setdefault(budget_id, (reason, whole))
    rows = [(i, label.get(i, i), amount.get(i), reason, whole) for i, (reason, whole) in first.items()]
    frame = pd.DataFrame(rows, columns=LEFT_OUT_COLUMNS)
    frame[s.COL_AMOUNT] = frame[s.COL_AMOUNT].astype("Float64")
    return frame


# --- sums ----------------------------------------------------------------------------------------------------
def budget_sum(lines: pd.DataFrame, kind: str) -> tuple[float | None, tuple[str, ...]]:
    """Sum of the lines of ``kind`` that are not part of another line of that kind, and their ids."""
    of_kind = lines[(lines[s.COL_KIND] == kind) & lines[s.COL_AMOUNT].notna()]
    if of_kind.empty:
        return None, ()
    kept, _ = without_parts(of_kind[s.COL_BUDGET_ID], parents(lines))
    amounts = dict(zip(of_kind[s.COL_BUDGET_ID], of_kind[s.COL_AMOUNT]))
    return float(sum(float(amounts[i]) for i in kept)), tuple(kept)


def budget_axis(lines: pd.DataFrame) -> tuple[int, int]:
    """Years of the budget-per-year chart: the agenda's years, widened to the years the lines name."""
    years = [int(y) for y in (*lines[s.COL_FROM_YEAR].dropna(), *lines[s.COL_TO_YEAR].dropna())]
    return min([AGENDA_FIRST_YEAR, *years]), max([AGENDA_LAST_YEAR, *years])


def _yearly_rows(lines: pd.DataFrame, last: int) -> tuple[pd.DataFrame, list[tuple[str, str, str | None]]]:
    """Each line in every year it covers (Jaar plus the line's columns), and the lines that have no years."""
    records: list[dict] = []
    reasons: list[tuple[str, str, str | None]] = []
    for line in lines.to_dict("records"):
        budget_id, kind, amount = line[s.COL_BUDGET_ID], line[s.COL_KIND], line[s.COL_AMOUNT]
        start, end = line[s.COL_FROM_YEAR], line[s.COL_TO_YEAR]
        if amount is None or pd.isna(amount):
            reasons.append((budget_id, LEFT_OUT_NO_AMOUNT, None))
            continue
        if kind == s.KIND_TOTAL:
            reasons.append((budget_id, LEFT_OUT_TOTAL, None))
            continue
        if start is None or pd.isna(start):
            reasons.append((budget_id, LEFT_OUT_NO_YEAR, None))
            continue
        if kind == s.KIND_ONE_OFF:
            years = [int(start)]
        elif kind in s.YEARLY_KINDS:
            stop = int(end) if end is not None and not pd.isna(end) else last
            years = list(range(int(start), max(int(start), stop) + 1))
        else:
            reasons.append((budget_id, LEFT_OUT_UNKNOWN_KIND, None))
            continue
        for year in years:
            records.append({COL_YEAR: year, **{c: line.get(c) for c in LINE_COLUMNS}})
    return pd.DataFrame(records, columns=[COL_YEAR, *LINE_COLUMNS]), reasons


def _drop_parts_per_year(
    rows: pd.DataFrame, parent_of: Mapping[str, str]
) -> tuple[pd.DataFrame, list[tuple[str, str, str | None]]]:
    """Leave out, year by year, a line whose whole is counted in that year too."""
    years, ids = rows[COL_YEAR].tolist(), rows[s.COL_BUDGET_ID].tolist()
    per_year: dict[int, list[str]] = {}
    for year, budget_id in zip(years, ids):
        per_year.setdefault(year, []).append(budget_id)
    left_out: set[tuple[int, str]] = set()
    reasons: list[tuple[str, str, str | None]] = []
    for year in sorted(per_year):
        _, dropped = without_parts(per_year[year], parent_of)
        for budget_id, whole in dropped.items():
            left_out.add((year, budget_id))
            reasons.append((budget_id, LEFT_OUT_PART, whole))
    keep = np.array([(year, budget_id) not in left_out for year, budget_id in zip(years, ids)], dtype=bool)
    rows = rows[keep].reset_index(drop=True)
    if len(rows):
        rows[COL_YEAR] = rows[COL_YEAR].astype(int)
    return rows, reasons


def budget_per_year(lines: pd.DataFrame, axis: tuple[int, int] | None = None) -> BudgetFigure:
    """Budget per year: each line in every year it covers, parts left out in a year their whole covers.

    ``structureel per jaar`` and ``per jaar`` count in each year from ``Van jaar`` to ``Tot jaar`` (an
    open end runs to the axis end), ``eenmalig`` in its ``Van jaar``; ``totaal looptijd`` cannot be
    split over years and is left out. Rows: Jaar plus the line's columns. ``axis``: :func:`budget_axis`.
    """
    rows, reasons = _yearly_rows(lines, (axis or budget_axis(lines))[1])
    rows, dropped = _drop_parts_per_year(rows, parents(lines))
    return BudgetFigure(rows, _left_out(reasons + dropped, lines))


def budget_in_year(per_year: BudgetFigure, year: int) -> tuple[int | None, float | None, tuple[str, ...]]:
    """The budget of ``year`` (kept within the years the budget covers): every line that holds in it, a part
    never added to its whole. (year, amount, Budget-IDs); (None, None, ()) without yearly lines."""
    if per_year.rows.empty:
        return None, None, ()
    years = sorted(set(per_year.rows[COL_YEAR]))
    year = min(max(year, years[0]), years[-1])
    rows = per_year.rows[per_year.rows[COL_YEAR] == year]
    if rows.empty:
        return year, None, ()
    return year, float(rows[s.COL_AMOUNT].sum()), tuple(rows[s.COL_BUDGET_ID])


def budget_by_group(
    lines: pd.DataFrame, goal_names: Mapping[str, str], priority_names: Mapping[int, str]
) -> BudgetFigure:
    """Lines tied to a priority or goal: Groep (goal label, or the priority when no goal), per line.

    A line that is part of another line in this figure is left out; amounts of different kinds are
    kept apart (the chart groups them by ``Soort``).
    """
    tied = lines[(lines[s.COL_GOAL].notna() | lines[s.COL_PRIORITY].notna()) & lines[s.COL_AMOUNT].notna()].copy()
    groups = []
    for goal, priority in zip(tied[s.COL_GOAL], tied[s.COL_PRIORITY]):
        if isinstance(goal, str) and goal:
            groups.append(goal_names.get(goal, goal))
        else:
            groups.append(f"Prioriteit {priority_names.get(int(priority), int(priority))} ({NO_GOAL.lower()})")
    tied.insert(0, COL_GROUP, groups)
    kept, dropped = without_parts(tied[s.COL_BUDGET_ID], parents(lines))
    rows = tied[tied[s.COL_BUDGET_ID].isin(kept)]
    order = {label: i for i, label in enumerate(goal_names.values())}
    rows = rows.assign(_order=rows[COL_GROUP].map(lambda g: order.get(g, len(order))))
    rows = rows.sort_values(["_order", s.COL_BUDGET_ID], kind="stable").drop(columns="_order")
    reasons = [(i, LEFT_OUT_PART, whole) for i, whole in dropped.items()]
    return BudgetFigure(rows[[COL_GROUP, *LINE_COLUMNS]].reset_index(drop=True), _left_out(reasons, lines))


def budget_by_kind(lines: pd.DataFrame) -> BudgetFigure:
    """Every line with an amount, one bar each, ordered by kind then amount; nothing is summed."""
    with_amount = lines[lines[s.COL_AMOUNT].notna()].copy()
    kind_rank = s.KIND_RANK
    with_amount["_kind"] = with_amount[s.COL_KIND].map(lambda k: kind_rank.get(k, len(kind_rank)))
    rows = with_amount.sort_values(["_kind", s.COL_AMOUNT], ascending=[True, False], kind="stable")
    reasons = [(i, LEFT_OUT_NO_AMOUNT, None) for i in lines.loc[lines[s.COL_AMOUNT].isna(), s.COL_BUDGET_ID]]
    return BudgetFigure(rows[LINE_COLUMNS].reset_index(drop=True), _left_out(reasons, lines))


def quality_agenda(lines: pd.DataFrame, axis: tuple[int, int] | None = None) -> BudgetFigure:
    """Budget for the institutions' quality agendas per year (lines whose Omschrijving names them)."""
    matches = lines[
        lines[s.COL_DESCRIPTION].map(lambda d: isinstance(d, str) and bool(QUALITY_AGENDA_PATTERN.search(d)))
    ]
    rows, reasons = _yearly_rows(matches, (axis or budget_axis(lines))[1])
    rows, dropped = _drop_parts_per_year(rows, parents(lines))
    rows = rows.sort_values([COL_YEAR, s.COL_BUDGET_ID]).reset_index(drop=True)
    return BudgetFigure(rows, _left_out(reasons + dropped, lines))


# --- a whole and its parts -------------------------------------------------------------------------------------
def _children_of(ids: list, kinds: list, part_of: list, whole_id: str) -> tuple[np.ndarray, np.ndarray]:
    """(mask of the direct parts of ``whole_id`` among all lines, mask of those parts on the whole's time basis)."""
    basis = next((time_basis(kind) for budget_id, kind in zip(ids, kinds) if budget_id == whole_id), None)
    children = [parent == whole_id and budget_id != whole_id for budget_id, parent in zip(ids, part_of)]
    same = [basis is not None and time_basis(kind) == basis for kind, child in zip(kinds, children) if child]
    return np.array(children, dtype=bool), np.array(same, dtype=bool)


def budget_wholes(lines: pd.DataFrame) -> list[str]:
    """Budget-IDs of lines that have parts on their own time basis, largest amount first."""
    parent_of = parents(lines)
    ids, kinds, part_of = lines[s.COL_BUDGET_ID].tolist(), lines[s.COL_KIND].tolist(), lines[s.COL_PART_OF].tolist()
    wholes = {w for w in set(parent_of.values()) & set(ids) if _children_of(ids, kinds, part_of, w)[1].any()}
    amounts = dict(zip(ids, lines[s.COL_AMOUNT].fillna(0).tolist()))
    return sorted(wholes, key=lambda i: (-float(amounts.get(i, 0)), i))


@dataclass(frozen=True)
class Composition:
    """A whole and its direct parts; ``rest`` is what the parts leave unexplained (negative: parts exceed it).

    'Onderdeel van' says a line lies inside another, not that the parts of a whole exclude each other:
    when the parts add up to more than the whole, see ``overlapping``.
    """

    whole: dict
    parts: pd.DataFrame  # the line columns + Deel ("onderdeel" / "niet uitgesplitst")
    rest: float
    other_basis: tuple[str, ...] = ()  # parts measured over another period (per year under a total): not drawn

    @property
    def parts_total(self) -> float:
        listed = self.parts[self.parts[COL_PART] == PART]
        return float(listed[s.COL_AMOUNT].sum())

    @property
    def overlapping(self) -> bool:
        """The parts add up to more than the whole: they overlap, so they are shown side by side, never summed."""
        return self.rest < -s.AMOUNT_TOLERANCE


def composition(lines: pd.DataFrame, whole_id: str) -> Composition:
    """What ``whole_id`` consists of: its direct parts on the same time basis, plus the unexplained rest as a row."""
    by_id = lines.drop_duplicates(s.COL_BUDGET_ID).set_index(s.COL_BUDGET_ID, drop=False)
    if whole_id not in by_id.index:
        raise KeyError(whole_id)
    whole = by_id.loc[whole_id, LINE_COLUMNS].to_dict()
    ids, kinds, part_of = lines[s.COL_BUDGET_ID].tolist(), lines[s.COL_KIND].tolist(), lines[s.COL_PART_OF].tolist()
    children, same = _children_of(ids, kinds, part_of, whole_id)
    rows = lines[children]
    parts = rows[same][LINE_COLUMNS].copy()
    parts[COL_PART] = PART
    amount = whole[s.COL_AMOUNT]
    rest = (0.0 if amount is None or pd.isna(amount) else float(amount)) - float(parts[s.COL_AMOUNT].fillna(0).sum())
    if rest > s.AMOUNT_TOLERANCE:
        extra = {s.COL_BUDGET_ID: "", s.COL_AMOUNT: rest, s.COL_KIND: whole[s.COL_KIND], s.COL_PART_OF: whole_id}
        parts = pd.concat([parts, pd.DataFrame([{**extra, COL_PART: REST}])], ignore_index=True)
    return Composition(whole, parts.reset_index(drop=True), rest, tuple(rows[~same][s.COL_BUDGET_ID]))


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
