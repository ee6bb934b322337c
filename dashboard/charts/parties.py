"""The responsibility matrix as a heatmap, and one party's actions per role."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from domain.columns import COL_COUNT, COL_LABEL
from domain.model import COL_ROLE
from workbook import contract, nl

from .. import theme
from .base import finish
from .status import status_bars


# --- parties --------------------------------------------------------------------------------------
def heat_fill(value: float, highest: float) -> str:
    """The fill of a heatmap cell: empty cells pale grey, then light to dark blue by ``value``/``highest``."""
    if not value or highest <= 0:
        return theme.HEAT_EMPTY
    low = [int(theme.HEAT_LOW[i : i + 2], 16) for i in (1, 3, 5)]
    high = [int(theme.HEAT_HIGH[i : i + 2], 16) for i in (1, 3, 5)]

    def mix(t: float) -> str:
        return "#" + "".join(f"{round(a + (b - a) * t):02X}" for a, b in zip(low, high))

    t = 0.15 + 0.85 * min(1.0, value / highest)
    # mid-tones on which neither black nor white text reads (4.5:1) are skipped: go darker
    while t < 1 and theme.contrast(mix(t), theme.text_color_on(mix(t))) < 4.5:
        t = min(1.0, t + 0.01)
    return mix(t)


SELECT_CELL = "cel"


def party_heatmap(
    matrix: pd.DataFrame,
    *,
    title: str,
    description: str,
    parties: Sequence[str],
    goals: Sequence[str],
    chosen_party: str | None = None,
    chosen_goal: str | None = None,
    selectable: bool = True,
) -> alt.LayerChart:
    """Parties (rows) x goals (columns); the number of actions in each cell, the role split in the tooltip.

    ``matrix`` as from ``domain.parties.party_matrix``; ``parties`` and ``goals`` give
    the order (parties not listed are left out). The cells of the chosen party
    and/or goal get a dark border. A click selects a cell (selection ``cel``
    on Partij and Doelstelling).
    """
    data = matrix[matrix[contract.COL_PARTY].isin(set(parties))].copy()
    highest = float(data[COL_COUNT].max()) if len(data) else 0.0
    data["_fill"] = data[COL_COUNT].map(lambda v: heat_fill(float(v), highest))
    data["_text_color"] = data["_fill"].map(theme.text_color_on)
    data["_label"] = data[COL_COUNT].map(lambda v: nl.number(v) if v else "")
    chosen = pd.Series(bool(chosen_party or chosen_goal), index=data.index)
    if chosen_party:
        chosen &= data[contract.COL_PARTY] == chosen_party
    if chosen_goal:
        chosen &= data[contract.COL_GOAL] == chosen_goal
    data["_chosen"] = chosen
    x = alt.X(
        f"{contract.COL_GOAL}:N",
        sort=list(goals),
        title="Doelstelling",
        axis=alt.Axis(orient="top", labelAngle=0, labelFontSize=12),
    )
    y = alt.Y(
        f"{contract.COL_PARTY}:N", sort=list(parties), title=None, axis=alt.Axis(labelLimit=220, labelFontSize=12)
    )
    tooltip = [
        alt.Tooltip(f"{contract.COL_PARTY}:N", title="Partij"),
        alt.Tooltip(f"{COL_LABEL}:N", title="Doelstelling"),
        alt.Tooltip(f"{COL_COUNT}:Q", title="Acties (getoonde rol)"),
        *[alt.Tooltip(f"{role}:Q", title=role.capitalize()) for role in contract.ROLES],
    ]
    base = alt.Chart(data)
    cells = base.mark_rect(cursor="pointer" if selectable else "default").encode(
        x=x,
        y=y,
        color=alt.Color("_fill:N", scale=None),
        stroke=alt.condition("datum._chosen", alt.value(theme.INK), alt.value(theme.WHITE)),
        strokeWidth=alt.condition("datum._chosen", alt.value(3), alt.value(2)),
        tooltip=tooltip,
    )
    text = base.mark_text(fontSize=13, fontWeight="bold", cursor="pointer" if selectable else "default").encode(
        x=x, y=y, text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip
    )
    if selectable:  # a click on the cell or on its number selects the cell
        pick = alt.selection_point(
            name=SELECT_CELL, fields=[contract.COL_PARTY, contract.COL_GOAL], on="click", clear=False, toggle=False
        )
        cells = cells.add_params(pick)
        text = text.add_params(pick)
    chart = alt.layer(cells, text).properties(height=max(1, len(parties)) * 30 + 10)
    return finish(chart, title, description)


def role_status_chart(counts: pd.DataFrame, *, title: str, description: str) -> alt.LayerChart:
    """A party's actions per role, stacked by latest status (``domain.parties.party_status_counts``)."""
    frame = counts.rename(columns={COL_ROLE: COL_LABEL})
    return status_bars(
        frame,
        title=title,
        description=description,
        category=COL_LABEL,
        category_title="Rol",
        order=list(contract.ROLES),
    )
