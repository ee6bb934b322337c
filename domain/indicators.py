"""The effect indicators of the agenda (the optional sheets Indicatoren and Metingen), per goal.

An indicator has a unit, a direction (higher or lower is better; empty when the source does not say), a
baseline and a target where the sources give them, and its measurements: year (a calendar year ``2024`` or a
school year ``2021/2022``, as the source writes it), value (empty when the source gives only words), the
value as the source writes it, its precision and its source - each source as readers read it, its documents by
title and date (:func:`domain.sources.cite`). No other display text here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from workbook import contract

from .memo import per_overview
from .model import Overview
from .sources import Source, cite

COL_ORDER = "Volgorde"  #: where a year sits on a time axis: 2021/2022 between 2021 and 2022
MEASUREMENT_COLUMNS = [
    contract.COL_YEAR,
    COL_ORDER,
    contract.COL_VALUE,
    contract.COL_VALUE_TEXT,
    contract.COL_PRECISION,
    contract.COL_SOURCE,
]
_YEAR = re.compile(r"^(\d{4})(?:/(\d{4}))?$")


def year_order(year: object) -> float | None:
    """``2024`` -> 2024.0, ``2021/2022`` -> 2021.5 (a school year sits between its two years); None without."""
    match = _YEAR.match(year.strip()) if isinstance(year, str) else None
    if match is None:
        return None
    return float(match[1]) + (0.5 if match[2] else 0.0)


def _number(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class Indicator:
    """One row of Indicatoren with its rows of Metingen (``measurements``: in time order, those without a year last)."""

    indicator_id: str
    name: str
    goal: str  # '' when the indicator belongs to no goal
    unit: str
    direction: str  # '' when the source does not say what is better
    base_year: str
    base_value: float | None
    target: float | None
    target_year: str
    source: str
    measurements: pd.DataFrame  # MEASUREMENT_COLUMNS

    @property
    def plotted(self) -> pd.DataFrame:
        """The measurements a chart can place: a number and a year."""
        frame = self.measurements
        return frame[frame[contract.COL_VALUE].notna() & frame[COL_ORDER].notna()].reset_index(drop=True)

    @property
    def has_figures(self) -> bool:
        """A number anywhere: a measurement, the baseline or the target."""
        return bool(self.measurements[contract.COL_VALUE].notna().any()) or any(
            v is not None for v in (self.base_value, self.target)
        )


@per_overview
def indicators(overview: Overview) -> tuple[Indicator, ...]:
    """Every indicator with an id, in goal order (those without a goal last), then by Indicator-ID."""
    frame = overview.indicators
    if frame.empty or contract.COL_INDICATOR_ID not in frame:
        return ()
    measurements = overview.measurements
    found = []
    for row in (
        frame[frame[contract.COL_INDICATOR_ID].notna()].drop_duplicates(contract.COL_INDICATOR_ID).to_dict("records")
    ):
        own = (
            measurements[measurements[contract.COL_INDICATOR_ID] == row[contract.COL_INDICATOR_ID]]
            if not measurements.empty and contract.COL_INDICATOR_ID in measurements
            else pd.DataFrame(columns=MEASUREMENT_COLUMNS)
        )
        found.append(_indicator(row, own, overview.sources))
    goal_rank = {goal: i for i, goal in enumerate(overview.goals[contract.COL_GOAL].tolist())}
    return tuple(sorted(found, key=lambda i: (goal_rank.get(i.goal, len(goal_rank)), i.indicator_id)))


def _indicator(row: dict, own: pd.DataFrame, sources: tuple[Source, ...]) -> Indicator:
    records = [
        {
            contract.COL_YEAR: _text(m.get(contract.COL_YEAR)),
            COL_ORDER: year_order(m.get(contract.COL_YEAR)),
            contract.COL_VALUE: _number(m.get(contract.COL_VALUE)),
            contract.COL_VALUE_TEXT: _text(m.get(contract.COL_VALUE_TEXT)),
            contract.COL_PRECISION: _text(m.get(contract.COL_PRECISION)),
            contract.COL_SOURCE: cite(_text(m.get(contract.COL_SOURCE)), sources),
        }
        for m in own.to_dict("records")
    ]
    measurements = pd.DataFrame(records, columns=MEASUREMENT_COLUMNS)
    if len(measurements):
        measurements = measurements.assign(_none=measurements[COL_ORDER].isna())
        measurements = measurements.sort_values(["_none", COL_ORDER], kind="stable").drop(columns="_none")
    return Indicator(
        indicator_id=row[contract.COL_INDICATOR_ID],
        name=_text(row.get(contract.COL_INDICATOR)) or row[contract.COL_INDICATOR_ID],
        goal=_text(row.get(contract.COL_GOAL)),
        unit=_text(row.get(contract.COL_UNIT)),
        direction=_text(row.get(contract.COL_DIRECTION)),
        base_year=_text(row.get(contract.COL_BASE_YEAR)),
        base_value=_number(row.get(contract.COL_BASE_VALUE)),
        target=_number(row.get(contract.COL_TARGET)),
        target_year=_text(row.get(contract.COL_TARGET_YEAR)),
        source=cite(_text(row.get(contract.COL_SOURCE)), sources),
        measurements=measurements.reset_index(drop=True),
    )


def of_goal(overview: Overview, goal: str | None) -> tuple[Indicator, ...]:
    """The indicators of ``goal`` (None or '': those without a goal)."""
    return tuple(i for i in indicators(overview) if i.goal == (goal or ""))


#: The figures this module computes (what ``python -m benchmarks`` counts per page).
FIGURES = ("indicators",)
