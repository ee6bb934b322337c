"""The time line: one bar per action from its start year to the end of its end year."""

from __future__ import annotations

import altair as alt
import pandas as pd

from domain.columns import COL_ACTION, COL_BEGIN, COL_END, COL_LABEL, COL_OPEN, COL_PAST_END, COL_PERIOD
from domain.model import COL_LATEST_STATUS
from workbook import contract

from .. import theme
from .base import STATUS_SCALE, finish, status_legend, status_text_colors

# --- time line ---------------------------------------------------------------------------------------
OPEN_WORD = "doorlopend"
PAST_END_WORDS = "eindjaar verstreken"
ARROW_ROOM = 0.25  # years of axis after the last year, for the arrow of an open-ended action
CHAR_WIDTH_PX = 6.5  #: the time line's words (11 px): about this wide per character
NARROW_YEAR_PX = 55  #: one year on the time line's axis on a narrow screen


def timeline_chart(
    frame: pd.DataFrame, *, title: str, description: str, axis: tuple[int, int], today_year: float | None = None
) -> alt.LayerChart:
    """One bar per action from its start year to the end of its end year, coloured by latest status.

    The status word is written in the bar (with "eindjaar verstreken" when the
    end year passed and the action is still open); an open-ended action runs to
    the axis end and ends in an arrow with the word "doorlopend". ``today_year`` (e.g.
    2026.9) draws a line marked "nu".
    """
    first, last = axis
    data = frame.copy()
    order = list(data[COL_ACTION])
    data["_label"] = [
        f"{status} · {OPEN_WORD}" if open_ else (f"{status} · {PAST_END_WORDS}" if past else status)
        for status, open_, past in zip(data[COL_LATEST_STATUS], data[COL_OPEN], data[COL_PAST_END])
    ]
    # the words go in the bar when they fit (white or black by the bar's colour), else after its end in black;
    # the width is estimated for a narrow screen, so that no white word ever runs onto the white background
    years_long = (data[COL_END].astype(float) - data[COL_BEGIN].astype(float)).fillna(0.0)
    inside = data[COL_OPEN] | (data["_label"].str.len() * CHAR_WIDTH_PX + 12 <= years_long * NARROW_YEAR_PX)
    data["_text_x"] = data[COL_BEGIN].where(inside, data[COL_END])
    data["_text_color"] = status_text_colors(data[COL_LATEST_STATUS]).where(inside, theme.INK)
    y = alt.Y(f"{COL_ACTION}:N", sort=order, title=None, axis=alt.Axis(labelLimit=160))
    # the axis ends a little after the last year, to leave room for the arrows of open-ended actions
    scale = alt.Scale(domain=[first, last + 1 + ARROW_ROOM], nice=False, zero=False)
    x = alt.X(
        f"{COL_BEGIN}:Q",
        scale=scale,
        title=None,
        axis=alt.Axis(values=list(range(first, last + 2)), labels=False, ticks=False, grid=True, domain=False),
    )
    tooltip = [
        alt.Tooltip(f"{COL_ACTION}:N", title="Actie"),
        alt.Tooltip(f"{COL_LABEL}:N", title="Doelstelling"),
        alt.Tooltip(f"{contract.COL_WHAT}:N", title="Wat"),
        alt.Tooltip(f"{contract.COL_WHEN}:N", title="Wanneer"),
        alt.Tooltip(f"{COL_PERIOD}:N", title="Periode"),
        alt.Tooltip(f"{COL_LATEST_STATUS}:N", title="Laatste status"),
    ]
    bars = (
        alt.Chart(data)
        .mark_bar(height={"band": 0.72}, cornerRadius=2)
        .encode(
            y=y,
            x=x,
            x2=f"{COL_END}:Q",
            color=alt.Color(
                f"{COL_LATEST_STATUS}:N",
                scale=STATUS_SCALE,
                title="Laatste status",
                sort=list(contract.STATUSES),
                legend=status_legend(data[COL_LATEST_STATUS], 6),
            ),
            tooltip=tooltip,
        )
    )
    words = (
        alt.Chart(data)
        .mark_text(align="left", dx=6, fontSize=11)
        .encode(
            y=y,
            x=alt.X("_text_x:Q", scale=scale),
            text="_label:N",
            color=alt.Color("_text_color:N", scale=None),
            tooltip=tooltip,
        )
    )
    open_rows = data[data[COL_OPEN]]
    arrows = (
        alt.Chart(open_rows)
        .mark_point(shape="triangle-right", filled=True, size=120, color=theme.INK, xOffset=7)
        .encode(y=y, x=alt.X(f"{COL_END}:Q", scale=scale), tooltip=tooltip)
    )
    years = pd.DataFrame({"_year": list(range(first, last + 1))})
    years["_x"] = years["_year"] + 0.5
    years["_label"] = years["_year"].astype(str)
    year_labels = (
        alt.Chart(years)
        .mark_text(fontSize=12, fontWeight="bold", color=theme.MUTED, baseline="bottom")
        .encode(x=alt.X("_x:Q", scale=scale), y=alt.value(-6), text="_label:N")
    )
    # an empty layer becomes an SVG group with role graphics-symbol and no name (axe: svg-img-alt): leave it out
    layers = [bars, words, *([arrows] if not open_rows.empty else []), year_labels]
    if today_year is not None:
        now = pd.DataFrame({"x": [today_year], "_label": ["nu"]})
        layers.append(
            alt.Chart(now)
            .mark_rule(color=theme.INK, strokeDash=[4, 3], strokeWidth=1.5)
            .encode(x=alt.X("x:Q", scale=scale))
        )
    height = max(1, len(order)) * 24 + 10
    if today_year is not None:
        layers.append(
            alt.Chart(now)
            .mark_text(align="center", baseline="top", dy=4, fontSize=11, fontWeight="bold", color=theme.INK)
            .encode(x=alt.X("x:Q", scale=scale), y=alt.value(height), text="_label:N")
        )
    chart = alt.layer(*layers).properties(height=height, padding={"top": 24, "left": 5, "right": 5, "bottom": 5})
    return finish(chart, title, description)
