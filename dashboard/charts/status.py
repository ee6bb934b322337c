"""Status charts: the status mix per priority, goal or role, and per round side by side."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from domain.columns import COL_COUNT, COL_LABEL, COL_SHARE, COL_STATUS
from workbook import contract, nl

from .. import theme
from .base import (
    FACET_WIDTH,
    LABEL_LIMIT,
    ROW_HEIGHT,
    finish,
    labels_where_wide,
    rows_height,
    stack,
    status_color,
    status_text_colors,
)


# --- status ----------------------------------------------------------------------------------------
def status_bars(
    counts: pd.DataFrame,
    *,
    title: str,
    description: str,
    category: str | None = COL_LABEL,
    category_title: str = "",
    order: Sequence[str] | None = None,
    legend_columns: int = 3,
) -> alt.LayerChart:
    """Stacked horizontal bars: per category (or one bar) the number of actions per status.

    ``counts`` as from ``domain.status.status_counts``: [Naam,] Status, Aantal, Totaal, Aandeel.
    """
    rank = contract.STATUS_RANK
    group = [category] if category else []
    data = stack(counts, group, COL_COUNT, COL_STATUS, rank)
    data["Aandeel (tekst)"] = data[COL_SHARE].map(nl.percent) if len(data) else pd.Series(dtype=object)
    data["_label"] = labels_where_wide(data, data[COL_COUNT].map(lambda n: nl.number(n)), COL_COUNT)
    data["_text_color"] = status_text_colors(data[COL_STATUS])
    categories = list(order) if order is not None else (list(dict.fromkeys(data[category])) if category else [])
    if category:
        categories = [c for c in categories if c in set(data[category])]
    y = (
        alt.Y(f"{category}:N", sort=categories, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
        if category
        else alt.Y("_one:N", axis=None)
    )
    if not category:
        data["_one"] = "alle"
    tooltip = ([alt.Tooltip(f"{category}:N", title=category_title or category)] if category else []) + [
        alt.Tooltip(f"{COL_STATUS}:N", title="Status"),
        alt.Tooltip(f"{COL_COUNT}:Q", title="Aantal acties"),
        alt.Tooltip("Aandeel (tekst):N", title="Aandeel"),
    ]
    base = alt.Chart(data)
    bars = base.mark_bar(height={"band": 0.75}).encode(
        y=y,
        x=alt.X("_start:Q", title="Aantal acties", axis=alt.Axis(format="d", tickMinStep=1, tickCount=8)),
        x2="_end:Q",
        color=status_color(data[COL_STATUS], columns=legend_columns),
        tooltip=tooltip,
    )
    labels = base.mark_text(fontSize=12, fontWeight="bold").encode(
        y=y, x="_mid:Q", text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip
    )
    rows = len(categories) if category else 1
    chart = alt.layer(bars, labels).properties(height=rows_height(rows) + (0 if category else 20))
    return finish(chart, title, description)


def status_by_round_chart(
    frame: pd.DataFrame,
    *,
    title: str,
    description: str,
    rounds: Sequence[str],
    by_goal: bool = False,
    goals: Sequence[str] | None = None,
) -> alt.TopLevelMixin:
    """Status mix per round side by side (one bar per round); per goal in rows when ``by_goal``.

    ``frame`` as from ``domain.status.status_by_round``.
    """
    rank = contract.STATUS_RANK
    group = [COL_LABEL, contract.COL_ROUND] if by_goal else [contract.COL_ROUND]
    data = stack(frame, group, COL_COUNT, COL_STATUS, rank)
    data["Aandeel (tekst)"] = data[COL_SHARE].map(nl.percent) if len(data) else pd.Series(dtype=object)
    data["_label"] = labels_where_wide(data, data[COL_COUNT].map(lambda n: nl.number(n)), COL_COUNT)
    data["_text_color"] = status_text_colors(data[COL_STATUS])
    y = alt.Y(f"{contract.COL_ROUND}:N", sort=list(rounds), title=None, axis=alt.Axis(labelLimit=160))
    tooltip = ([alt.Tooltip(f"{COL_LABEL}:N", title="Doelstelling")] if by_goal else []) + [
        alt.Tooltip(f"{contract.COL_ROUND}:N", title="Ronde"),
        alt.Tooltip(f"{COL_STATUS}:N", title="Status"),
        alt.Tooltip(f"{COL_COUNT}:Q", title="Aantal acties"),
        alt.Tooltip("Aandeel (tekst):N", title="Aandeel"),
    ]
    base = alt.Chart()
    bars = base.mark_bar(height={"band": 0.75}).encode(
        y=y,
        x=alt.X("_start:Q", title="Aantal acties", axis=alt.Axis(format="d", tickMinStep=1, tickCount=8)),
        x2="_end:Q",
        color=status_color(data[COL_STATUS], columns=6),
        tooltip=tooltip,
    )
    labels = base.mark_text(fontSize=12, fontWeight="bold").encode(
        y=y, x="_mid:Q", text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip
    )
    height = len(rounds) * ROW_HEIGHT
    if by_goal:
        order = [g for g in (goals or []) if g in set(data[COL_LABEL])] or list(dict.fromkeys(data[COL_LABEL]))
        chart = (
            alt.layer(bars, labels, data=data)
            .properties(width=FACET_WIDTH, height=height)
            .facet(
                row=alt.Row(
                    f"{COL_LABEL}:N",
                    sort=order,
                    title=None,
                    header=alt.Header(
                        labelAngle=0,
                        labelAlign="left",
                        labelAnchor="start",
                        labelOrient="top",
                        labelFontWeight="bold",
                        labelFontSize=13,
                        labelColor=theme.MUTED,
                        labelLimit=600,
                        labelPadding=4,
                    ),
                ),
                spacing=16,
            )
            .resolve_scale(y="independent")
        )
    else:
        chart = alt.layer(bars, labels, data=data).properties(height=height + 10)
    return finish(chart, title, description)
