"""The indicators of a goal as the Doelstellingen page (and the appendix for parliament) shows them.

Per indicator one Dutch sentence with every figure (the numbers also as text), one line per measurement with
its source, and the data of a small chart: the measurements as points, the baseline and the target as lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from domain import indicators as domain_indicators
from domain.columns import COL_LABEL
from domain.indicators import COL_ORDER, Indicator
from domain.model import Overview
from workbook import contract, nl

from .numbers import ChartNumbers

NO_GOAL_HEADING = "Indicatoren zonder doelstelling"
POINT_COLUMNS = [
    contract.COL_YEAR,
    COL_ORDER,
    contract.COL_VALUE,
    COL_LABEL,
    contract.COL_VALUE_TEXT,
    contract.COL_SOURCE,
]
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class IndicatorView:
    """One indicator: its sentence, a line per measurement, and what its chart draws."""

    indicator_id: str
    name: str
    goal: str
    unit: str
    direction: str
    label: str  #: the name and what it is counted in: "Aantal nieuwe vsv'ers in het mbo (aantal; lager is beter)"
    figures: str  #: every figure in one text: the measurements with their years, the baseline, the target
    lines: tuple[str, ...]  # "2024: meer dan 50% ('meer dan de helft'). Bron: 002_...: '...'"
    points: pd.DataFrame  # POINT_COLUMNS: the measurements with a number and a year
    baseline: float | None
    baseline_label: str
    target: float | None
    target_label: str
    chart_title: str
    chart_description: str
    source: str
    numbers: ChartNumbers  #: what the chart draws, as a table of text: each measurement, the baseline, the target

    @property
    def sentence(self) -> str:
        """``<label>: <figures>``, as the Doelstellingen page writes it."""
        return f"{self.label}: {self.figures}"

    @property
    def chartable(self) -> bool:
        return not self.points.empty


def _value(indicator: Indicator, value: float | None, literal: str, precision: str) -> str:
    """``meer dan 50% ('meer dan de helft')``; a value the source gives only in words: ``'neemt toe'``."""
    if value is None:
        return f"'{literal}'" if literal else "geen waarde"
    text = nl.quantity(value, indicator.unit, precision)
    said_so = " ".join(literal.casefold().split()) == " ".join(text.casefold().split())
    return f"{text} ('{literal}')" if literal and _LETTERS.search(literal) and not said_so else text


def _when(year: str) -> str:
    return f"in {year}" if year else "(zonder jaar)"


def _kind(indicator: Indicator) -> str:
    parts = [p for p in (indicator.unit, indicator.direction) if p]
    return f" ({'; '.join(parts)})" if parts else ""


def _measured(indicator: Indicator, m: dict) -> str:
    return _value(indicator, m[contract.COL_VALUE], m[contract.COL_VALUE_TEXT], m[contract.COL_PRECISION])


def view(indicator: Indicator) -> IndicatorView:
    """The sentence, lines and chart data of one indicator."""
    records = indicator.measurements.to_dict("records")
    measured = [f"{_measured(indicator, m)} {_when(m[contract.COL_YEAR])}" for m in records]
    label = f"{indicator.name}{_kind(indicator)}"
    figures = (nl.enumeration(measured) if measured else "nog geen metingen") + "."
    baseline_label = target_label = ""
    if indicator.base_value is not None:
        when = f" ({indicator.base_year})" if indicator.base_year else ""
        baseline_label = f"Basiswaarde {nl.quantity(indicator.base_value, indicator.unit)}{when}"
        figures += f" {baseline_label}."
    if indicator.target is not None:
        when = f" (in {indicator.target_year})" if indicator.target_year else ""
        target_label = f"Streefwaarde {nl.quantity(indicator.target, indicator.unit)}{when}"
        figures += f" {target_label}."
    lines = tuple(
        f"{m[contract.COL_YEAR] or 'Zonder jaar'}: {_measured(indicator, m)}. Bron: {m[contract.COL_SOURCE]}"
        for m in records
    )
    plotted = indicator.plotted
    points = plotted.assign(
        **{
            COL_LABEL: [
                nl.quantity(v, indicator.unit, p)
                for v, p in zip(plotted[contract.COL_VALUE], plotted[contract.COL_PRECISION])
            ]
        }
    )[POINT_COLUMNS]
    drawn = ["de metingen per jaar"]
    if baseline_label:
        drawn.append("de basiswaarde")
    if target_label:
        drawn.append("de streefwaarde")
    return IndicatorView(
        indicator_id=indicator.indicator_id,
        name=indicator.name,
        goal=indicator.goal,
        unit=indicator.unit,
        direction=indicator.direction,
        label=label,
        figures=figures,
        lines=lines,
        points=points.reset_index(drop=True),
        baseline=indicator.base_value,
        baseline_label=baseline_label,
        target=indicator.target,
        target_label=target_label,
        chart_title=f"{indicator.indicator_id} {nl.shorten(indicator.name, 70)}",
        chart_description=f"{indicator.indicator_id}: {nl.enumeration(drawn)} ({indicator.unit or 'waarde'}). "
        + f"{label}: {figures}",
        source=indicator.source,
        numbers=_numbers(indicator, points),
    )


def _numbers(indicator: Indicator, points: pd.DataFrame) -> ChartNumbers:
    rows = [("Meting", str(year), label) for year, label in zip(points[contract.COL_YEAR], points[COL_LABEL])]
    for what, value, year in (
        ("Basiswaarde", indicator.base_value, indicator.base_year),
        ("Streefwaarde", indicator.target, indicator.target_year),
    ):
        if value is not None:
            rows.append((what, str(year or ""), nl.quantity(value, indicator.unit)))
    table = pd.DataFrame(rows, columns=["Wat", contract.COL_YEAR, contract.COL_VALUE])
    return ChartNumbers(table, key=f"indicator-{indicator.indicator_id}")


def for_goal(overview: Overview, goal: str | None) -> tuple[IndicatorView, ...]:
    """The indicators of ``goal`` (None: those without a goal), each with its sentence and chart data."""
    return tuple(view(i) for i in domain_indicators.of_goal(overview, goal))
