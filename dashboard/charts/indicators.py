"""A small chart per indicator: its measurements as points on a line, the baseline and the target as rules.

Every mark carries its words: each point its value (``meer dan 50%``), each rule its name and value
(``Basiswaarde 25.544 (2021/2022)``, ``Streefwaarde 18.000``), so no colour has to be read on its own.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from domain.columns import COL_LABEL
from domain.indicators import COL_ORDER
from workbook import contract

from .. import theme
from .base import finish

POINT_COLOR = theme.STATUS_COLORS[contract.STATUS_RUNNING]
BASELINE_COLOR = theme.MUTED
TARGET_COLOR = theme.STATUS_COLORS[contract.STATUS_DONE]
HEIGHT = 170


def _domain(values: list[float], unit: str) -> list[float]:
    """The value axis: from 0 to a little above the largest value (a grade of 1-10: 0 to 10)."""
    if "rapportcijfer" in unit.casefold():
        return [0.0, 10.0]
    top = max([*values, 0.0]) or 1.0
    return [0.0, top * 1.2]


def indicator_chart(
    points: pd.DataFrame,
    *,
    title: str,
    description: str,
    unit: str = "",
    baseline: float | None = None,
    baseline_label: str = "",
    target: float | None = None,
    target_label: str = "",
) -> alt.LayerChart:
    """Points (Jaar, Waarde, Naam: the value as text) joined by a line; baseline and target as dashed rules."""
    data = points.sort_values(COL_ORDER, kind="stable").reset_index(drop=True)
    years = list(data[contract.COL_YEAR])
    scale = alt.Scale(
        domain=_domain([*data[contract.COL_VALUE].astype(float), *(v for v in (baseline, target) if v)], unit)
    )
    x = alt.X(f"{contract.COL_YEAR}:O", sort=years, title="Jaar", axis=alt.Axis(labelAngle=0))
    y = alt.Y(
        f"{contract.COL_VALUE}:Q", scale=scale, title=unit or "Waarde", axis=alt.Axis(format=",.2~f", tickCount=4)
    )
    tooltip = [
        alt.Tooltip(f"{contract.COL_YEAR}:N", title="Jaar"),
        alt.Tooltip(f"{COL_LABEL}:N", title="Waarde"),
        alt.Tooltip(f"{contract.COL_VALUE_TEXT}:N", title="In de bron"),
        alt.Tooltip(f"{contract.COL_SOURCE}:N", title="Bron"),
    ]
    base = alt.Chart(data)
    layers: list[alt.Chart] = [
        base.mark_line(color=POINT_COLOR, strokeWidth=2).encode(x=x, y=y),
        base.mark_point(color=POINT_COLOR, filled=True, size=70).encode(x=x, y=y, tooltip=tooltip),
        base.mark_text(dy=-10, fontSize=11, color=theme.INK).encode(x=x, y=y, text=f"{COL_LABEL}:N", tooltip=tooltip),
    ]
    # the baseline's words under its line (it is often the first measurement, whose value stands above the point),
    # the target's above its line
    for value, label, color, dy in (
        (baseline, baseline_label, BASELINE_COLOR, 11),
        (target, target_label, TARGET_COLOR, -7),
    ):
        if value is None:
            continue
        rule = pd.DataFrame({contract.COL_VALUE: [value], COL_LABEL: [label]})
        layers.append(alt.Chart(rule).mark_rule(color=color, strokeDash=[5, 3], strokeWidth=1.5).encode(y=y))
        layers.append(
            alt.Chart(rule)
            .mark_text(align="left", dx=4, dy=dy, fontSize=11, color=color)
            .encode(y=y, x=alt.value(0), text=f"{COL_LABEL}:N")
        )
    chart = alt.layer(*layers).properties(height=HEIGHT)
    return finish(chart, title, description)
