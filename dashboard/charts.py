"""Altair chart builders: pure functions from a frame of :mod:`workbook.aggregate` to an ``alt.Chart``.

Every chart has a Dutch title, axis titles and tooltips, a one-line
``description`` (its accessible name; the page shows it as a caption), Dutch
number formats (``config.locale`` and texts from :mod:`dashboard.format`), and
status colours that always come with the status word (legend, label,
tooltip). Stacks are computed here in pandas (``_start``/``_end``), so the
order of the segments and the place of their labels do not depend on Vega.
Nothing here imports Streamlit: ``tests/test_charts.py`` checks the specs.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from workbook import aggregate as agg
from workbook import settings as s
from workbook.model import COL_LATEST_STATUS, COL_ROLE

from . import format as fmt

#: Dutch number and time formats for axes (``1.234,5``; ``1 nov. 2025``).
NL_LOCALE = {
    "number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]},
    "time": {
        "dateTime": "%a %e %B %Y %X",
        "date": "%d-%m-%Y",
        "time": "%H:%M:%S",
        "periods": ["AM", "PM"],
        "days": ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
        "shortDays": ["zo", "ma", "di", "wo", "do", "vr", "za"],
        "months": list(fmt.MONTHS),
        "shortMonths": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    },
}

STATUS_SCALE = alt.Scale(domain=list(s.STATUSES), range=[fmt.STATUS_COLORS[x] for x in s.STATUSES])

#: Colours per budget kind (Okabe-Ito hues, >= 3:1 on white).
KIND_COLORS = {
    agg.KIND_STRUCTURAL: "#0072B2",
    agg.KIND_PER_YEAR: "#00704F",
    agg.KIND_ONE_OFF: "#B87E00",
    agg.KIND_TOTAL: "#A8508F",
}
KIND_SCALE = alt.Scale(domain=list(KIND_COLORS), range=list(KIND_COLORS.values()))


def _kind_color(kinds: Sequence[str]) -> alt.Color:
    """Colour by budget kind; the legend lists only the kinds shown."""
    present = [kind for kind in KIND_COLORS if kind in set(kinds)]
    return alt.Color(
        f"{s.COL_KIND}:N", scale=KIND_SCALE, title="Soort", legend=alt.Legend(values=present or list(KIND_COLORS))
    )


REST_COLOR = "#D9D9D9"

#: Heatmap fills from light to dark blue; the text on a cell is black or white, whichever reads.
HEAT_LOW = "#E8F1FA"
HEAT_HIGH = "#08306B"
HEAT_EMPTY = "#F6F7F9"

ROW_HEIGHT = 26
LABEL_LIMIT = 320
MIN_LABEL_SHARE = 0.07  # a segment narrower than this share of the longest bar gets no label (tooltip only)
FACET_WIDTH = 640

PRIVATE = ("_start", "_end", "_mid", "_label", "_text_color", "_fill")


def _finish(chart: alt.TopLevelMixin, title: str, description: str) -> alt.TopLevelMixin:
    """Title, description, Dutch locale; the width fills the page, the height is the plot's own."""
    extra = (
        {} if isinstance(chart, alt.FacetChart) else {"autosize": alt.AutoSizeParams(type="fit-x", contains="padding")}
    )
    return (
        chart.properties(
            title=alt.Title(title, anchor="start", fontSize=16, offset=12),
            description=description,
            **extra,
        )
        .configure(locale=NL_LOCALE)
        .configure_legend(orient="bottom", direction="horizontal", titleOrient="left", labelLimit=260)
    )


def description_of(chart: alt.TopLevelMixin) -> str:
    """The one-line description a chart was built with (the caption shown next to it)."""
    value = getattr(chart, "description", alt.Undefined)
    return "" if value is alt.Undefined else str(value)


def title_of(chart: alt.TopLevelMixin) -> str:
    value = getattr(chart, "title", alt.Undefined)
    if value is alt.Undefined:
        return ""
    return str(getattr(value, "text", value))


def stack(
    frame: pd.DataFrame, group: Sequence[str], value: str, order: str | None = None, rank: dict | None = None
) -> pd.DataFrame:
    """Add ``_start``, ``_end`` and ``_mid`` per ``group`` (segments in ``order`` by ``rank``)."""
    data = frame.copy()
    if data.empty:
        for column in ("_start", "_end", "_mid"):
            data[column] = pd.Series(dtype=float)
        return data
    if order is not None and rank is not None:
        data["_rank"] = data[order].map(lambda v: rank.get(v, len(rank)))
        data = data.sort_values([*group, "_rank"], kind="stable").drop(columns="_rank")
    values = data[value].astype(float).fillna(0.0)
    if group:
        data["_end"] = values.groupby([data[g] for g in group], sort=False).cumsum()
    else:
        data["_end"] = values.cumsum()
    data["_start"] = data["_end"] - values
    data["_mid"] = (data["_start"] + data["_end"]) / 2
    return data.reset_index(drop=True)


def _labels_where_wide(data: pd.DataFrame, text: pd.Series, value: str, longest: float | None = None) -> pd.Series:
    longest = longest if longest is not None else (float(data["_end"].max()) if len(data) else 0.0)
    wide = data[value].astype(float) >= MIN_LABEL_SHARE * longest if longest else pd.Series(False, index=data.index)
    return text.where(wide, "")


def _kind_text_colors(kinds: pd.Series) -> pd.Series:
    """Black or white, whichever reads on the bar colour of each budget kind."""
    return kinds.map(lambda kind: fmt.text_color_on(KIND_COLORS.get(kind, "#0072B2")))


def _status_text_colors(statuses: pd.Series) -> pd.Series:
    return statuses.map(lambda status: fmt.text_color_on(fmt.status_color(status)))


def status_legend(statuses: Sequence[str], columns: int = 3) -> alt.Legend:
    """A legend listing only the statuses shown, in rubric order, wrapped in rows of ``columns``."""
    present = [status for status in s.STATUSES if status in set(statuses)]
    return alt.Legend(
        values=present or list(s.STATUSES), columns=max(1, min(columns, len(present) or 1)), title="Status"
    )


def _status_color(statuses: Sequence[str], title: str = "Status", columns: int = 3) -> alt.Color:
    legend = status_legend(statuses, columns)
    legend.title = title
    return alt.Color(f"{agg.COL_STATUS}:N", scale=STATUS_SCALE, title=title, sort=list(s.STATUSES), legend=legend)


def _height(rows: int) -> int:
    return max(1, rows) * ROW_HEIGHT + 10


# --- status ----------------------------------------------------------------------------------------
def status_bars(
    counts: pd.DataFrame,
    *,
    title: str,
    description: str,
    category: str | None = agg.COL_LABEL,
    category_title: str = "",
    order: Sequence[str] | None = None,
    legend_columns: int = 3,
) -> alt.LayerChart:
    """Stacked horizontal bars: per category (or one bar) the number of actions per status.

    ``counts`` as from ``aggregate.status_counts``: [Naam,] Status, Aantal, Totaal, Aandeel.
    """
    rank = {status: i for i, status in enumerate(s.STATUSES)}
    group = [category] if category else []
    data = stack(counts, group, agg.COL_COUNT, agg.COL_STATUS, rank)
    data["Aandeel (tekst)"] = data[agg.COL_SHARE].map(fmt.percent) if len(data) else pd.Series(dtype=object)
    data["_label"] = _labels_where_wide(data, data[agg.COL_COUNT].map(lambda n: fmt.number(n)), agg.COL_COUNT)
    data["_text_color"] = _status_text_colors(data[agg.COL_STATUS])
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
        alt.Tooltip(f"{agg.COL_STATUS}:N", title="Status"),
        alt.Tooltip(f"{agg.COL_COUNT}:Q", title="Aantal acties"),
        alt.Tooltip("Aandeel (tekst):N", title="Aandeel"),
    ]
    base = alt.Chart(data)
    bars = base.mark_bar(height={"band": 0.75}).encode(
        y=y,
        x=alt.X("_start:Q", title="Aantal acties", axis=alt.Axis(format="d", tickMinStep=1, tickCount=8)),
        x2="_end:Q",
        color=_status_color(data[agg.COL_STATUS], columns=legend_columns),
        tooltip=tooltip,
    )
    labels = base.mark_text(fontSize=12, fontWeight="bold").encode(
        y=y, x="_mid:Q", text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip
    )
    rows = len(categories) if category else 1
    chart = alt.layer(bars, labels).properties(height=_height(rows) + (0 if category else 20))
    return _finish(chart, title, description)


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

    ``frame`` as from ``aggregate.status_by_round``.
    """
    rank = {status: i for i, status in enumerate(s.STATUSES)}
    group = [agg.COL_LABEL, s.COL_ROUND] if by_goal else [s.COL_ROUND]
    data = stack(frame, group, agg.COL_COUNT, agg.COL_STATUS, rank)
    data["Aandeel (tekst)"] = data[agg.COL_SHARE].map(fmt.percent) if len(data) else pd.Series(dtype=object)
    data["_label"] = _labels_where_wide(data, data[agg.COL_COUNT].map(lambda n: fmt.number(n)), agg.COL_COUNT)
    data["_text_color"] = _status_text_colors(data[agg.COL_STATUS])
    y = alt.Y(f"{s.COL_ROUND}:N", sort=list(rounds), title=None, axis=alt.Axis(labelLimit=160))
    tooltip = ([alt.Tooltip(f"{agg.COL_LABEL}:N", title="Doelstelling")] if by_goal else []) + [
        alt.Tooltip(f"{s.COL_ROUND}:N", title="Ronde"),
        alt.Tooltip(f"{agg.COL_STATUS}:N", title="Status"),
        alt.Tooltip(f"{agg.COL_COUNT}:Q", title="Aantal acties"),
        alt.Tooltip("Aandeel (tekst):N", title="Aandeel"),
    ]
    base = alt.Chart()
    bars = base.mark_bar(height={"band": 0.75}).encode(
        y=y,
        x=alt.X("_start:Q", title="Aantal acties", axis=alt.Axis(format="d", tickMinStep=1, tickCount=8)),
        x2="_end:Q",
        color=_status_color(data[agg.COL_STATUS], columns=6),
        tooltip=tooltip,
    )
    labels = base.mark_text(fontSize=12, fontWeight="bold").encode(
        y=y, x="_mid:Q", text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip
    )
    height = len(rounds) * ROW_HEIGHT
    if by_goal:
        order = [g for g in (goals or []) if g in set(data[agg.COL_LABEL])] or list(dict.fromkeys(data[agg.COL_LABEL]))
        chart = (
            alt.layer(bars, labels, data=data)
            .properties(width=FACET_WIDTH, height=height)
            .facet(
                row=alt.Row(
                    f"{agg.COL_LABEL}:N",
                    sort=order,
                    title=None,
                    header=alt.Header(
                        labelAngle=0,
                        labelAlign="left",
                        labelAnchor="start",
                        labelOrient="top",
                        labelFontWeight="bold",
                        labelFontSize=13,
                        labelColor="#31333F",
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
    return _finish(chart, title, description)


# --- parties --------------------------------------------------------------------------------------
def heat_fill(value: float, highest: float) -> str:
    """The fill of a heatmap cell: empty cells pale grey, then light to dark blue by ``value``/``highest``."""
    if not value or highest <= 0:
        return HEAT_EMPTY
    low = [int(HEAT_LOW[i : i + 2], 16) for i in (1, 3, 5)]
    high = [int(HEAT_HIGH[i : i + 2], 16) for i in (1, 3, 5)]

    def mix(t: float) -> str:
        return "#" + "".join(f"{round(a + (b - a) * t):02X}" for a, b in zip(low, high))

    t = 0.15 + 0.85 * min(1.0, value / highest)
    # mid-tones on which neither black nor white text reads (4.5:1) are skipped: go darker
    while t < 1 and fmt.contrast(mix(t), fmt.text_color_on(mix(t))) < 4.5:
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

    ``matrix`` as from ``aggregate.party_matrix``; ``parties`` and ``goals`` give
    the order (parties not listed are left out). The cells of the chosen party
    and/or goal get a dark border. A click selects a cell (selection ``cel``
    on Partij and Doelstelling).
    """
    data = matrix[matrix[s.COL_PARTY].isin(set(parties))].copy()
    highest = float(data[agg.COL_COUNT].max()) if len(data) else 0.0
    data["_fill"] = data[agg.COL_COUNT].map(lambda v: heat_fill(float(v), highest))
    data["_text_color"] = data["_fill"].map(fmt.text_color_on)
    data["_label"] = data[agg.COL_COUNT].map(lambda v: fmt.number(v) if v else "")
    chosen = pd.Series(bool(chosen_party or chosen_goal), index=data.index)
    if chosen_party:
        chosen &= data[s.COL_PARTY] == chosen_party
    if chosen_goal:
        chosen &= data[s.COL_GOAL] == chosen_goal
    data["_chosen"] = chosen
    x = alt.X(
        f"{s.COL_GOAL}:N",
        sort=list(goals),
        title="Doelstelling",
        axis=alt.Axis(orient="top", labelAngle=0, labelFontSize=12),
    )
    y = alt.Y(f"{s.COL_PARTY}:N", sort=list(parties), title=None, axis=alt.Axis(labelLimit=220, labelFontSize=12))
    tooltip = [
        alt.Tooltip(f"{s.COL_PARTY}:N", title="Partij"),
        alt.Tooltip(f"{agg.COL_LABEL}:N", title="Doelstelling"),
        alt.Tooltip(f"{agg.COL_COUNT}:Q", title="Acties (getoonde rol)"),
        *[alt.Tooltip(f"{role}:Q", title=role.capitalize()) for role in s.ROLES],
    ]
    base = alt.Chart(data)
    cells = base.mark_rect(cursor="pointer" if selectable else "default").encode(
        x=x,
        y=y,
        color=alt.Color("_fill:N", scale=None),
        stroke=alt.condition("datum._chosen", alt.value("#1A1A1A"), alt.value("#FFFFFF")),
        strokeWidth=alt.condition("datum._chosen", alt.value(3), alt.value(2)),
        tooltip=tooltip,
    )
    text = base.mark_text(fontSize=13, fontWeight="bold", cursor="pointer" if selectable else "default").encode(
        x=x, y=y, text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip
    )
    if selectable:  # a click on the cell or on its number selects the cell
        pick = alt.selection_point(
            name=SELECT_CELL, fields=[s.COL_PARTY, s.COL_GOAL], on="click", clear=False, toggle=False
        )
        cells = cells.add_params(pick)
        text = text.add_params(pick)
    chart = alt.layer(cells, text).properties(height=max(1, len(parties)) * 30 + 10)
    return _finish(chart, title, description)


def role_status_chart(counts: pd.DataFrame, *, title: str, description: str) -> alt.LayerChart:
    """A party's actions per role, stacked by latest status (``aggregate.party_status_counts``)."""
    frame = counts.rename(columns={COL_ROLE: agg.COL_LABEL})
    return status_bars(
        frame, title=title, description=description, category=agg.COL_LABEL, category_title="Rol", order=list(s.ROLES)
    )


# --- budget ----------------------------------------------------------------------------------------
def _budget_tooltip(extra: Sequence[alt.Tooltip] = ()) -> list[alt.Tooltip]:
    return [
        *extra,
        alt.Tooltip(f"{s.COL_BUDGET_ID}:N", title="Budget-ID"),
        alt.Tooltip(f"{s.COL_DESCRIPTION}:N", title="Omschrijving"),
        alt.Tooltip(f"{agg.COL_AMOUNT_TEXT}:N", title="Bedrag"),
        alt.Tooltip(f"{s.COL_KIND}:N", title="Soort"),
        alt.Tooltip(f"{s.COL_SOURCE}:N", title="Bron"),
    ]


def _euro_axis(title: str = "Bedrag (mln €)") -> alt.Axis:
    return alt.Axis(title=title, format=",.2~f", tickCount=8)


def budget_per_year_chart(figure: agg.BudgetFigure, *, title: str, description: str) -> alt.LayerChart:
    """Columns per year, one segment per budget line (labelled with its Budget-ID), coloured by kind; the year's total on top."""
    rows = figure.rows.copy()
    rows["_kind_rank"] = rows[s.COL_KIND].map({k: i for i, k in enumerate(s.BUDGET_KINDS)})
    rows = rows.sort_values(
        [agg.COL_YEAR, "_kind_rank", s.COL_AMOUNT], ascending=[True, True, False], kind="stable"
    ).drop(columns="_kind_rank")
    data = stack(rows, [agg.COL_YEAR], s.COL_AMOUNT)
    totals = (
        data.groupby(agg.COL_YEAR, as_index=False)[s.COL_AMOUNT].sum()
        if len(data)
        else pd.DataFrame(columns=[agg.COL_YEAR, s.COL_AMOUNT])
    )
    longest = float(totals[s.COL_AMOUNT].max()) if len(totals) else 0.0
    data["_label"] = _labels_where_wide(data, data[s.COL_BUDGET_ID].astype(str), s.COL_AMOUNT, longest)
    data["_text_color"] = _kind_text_colors(data[s.COL_KIND])
    totals["_label"] = totals[s.COL_AMOUNT].map(fmt.euro_short)
    years = sorted(int(y) for y in data[agg.COL_YEAR].unique()) if len(data) else []
    x = alt.X(f"{agg.COL_YEAR}:O", sort=years, title="Jaar", axis=alt.Axis(labelAngle=0))
    tooltip = _budget_tooltip([alt.Tooltip(f"{agg.COL_YEAR}:O", title="Jaar")])
    bars = (
        alt.Chart(data)
        .mark_bar(stroke="#FFFFFF", strokeWidth=1, width={"band": 0.7})
        .encode(
            x=x,
            y=alt.Y("_start:Q", axis=_euro_axis()),
            y2="_end:Q",
            color=_kind_color(data[s.COL_KIND]),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(data)
        .mark_text(fontSize=11)
        .encode(x=x, y="_mid:Q", text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip)
    )
    top = (
        alt.Chart(totals)
        .mark_text(dy=-8, fontSize=12, fontWeight="bold", color="#1A1A1A")
        .encode(x=x, y=alt.Y(f"{s.COL_AMOUNT}:Q"), text="_label:N")
    )
    chart = alt.layer(bars, labels, top).properties(height=380)
    return _finish(chart, title, description)


def budget_group_chart(
    figure: agg.BudgetFigure, *, title: str, description: str, groups: Sequence[str] | None = None
) -> alt.LayerChart:
    """Per goal (or priority): one bar per kind of amount, named "goal · kind", one segment per budget line; kinds are never added up."""
    data = stack(figure.rows, [agg.COL_GROUP, s.COL_KIND], s.COL_AMOUNT)  # stack works on a copy
    longest = float(data["_end"].max()) if len(data) else 0.0
    data["_label"] = _labels_where_wide(data, data[agg.COL_AMOUNT_TEXT].astype(str), s.COL_AMOUNT, longest)
    data["_text_color"] = _kind_text_colors(data[s.COL_KIND])
    data["_row"] = data[agg.COL_GROUP].astype(str) + " · " + data[s.COL_KIND].astype(str)
    order = list(groups) if groups is not None else list(dict.fromkeys(data[agg.COL_GROUP]))
    present = set(data["_row"])
    rows_in_order = [
        f"{group} · {kind}" for group in order for kind in s.BUDGET_KINDS if f"{group} · {kind}" in present
    ]
    y = alt.Y("_row:N", sort=rows_in_order, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT + 120))
    tooltip = _budget_tooltip([alt.Tooltip(f"{agg.COL_GROUP}:N", title="Doelstelling / prioriteit")])
    bars = (
        alt.Chart(data)
        .mark_bar(stroke="#FFFFFF", strokeWidth=1, height={"band": 0.75})
        .encode(
            y=y,
            x=alt.X("_start:Q", axis=_euro_axis()),
            x2="_end:Q",
            color=_kind_color(data[s.COL_KIND]),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(data)
        .mark_text(fontSize=11)
        .encode(y=y, x="_mid:Q", text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip)
    )
    chart = alt.layer(bars, labels).properties(height=_height(len(rows_in_order)))
    return _finish(chart, title, description)


def budget_lines_chart(figure: agg.BudgetFigure, *, title: str, description: str) -> alt.LayerChart:
    """One bar per budget line (nothing added up), coloured by kind, the amount written next to it."""
    data = figure.rows.copy()
    order = list(data[agg.COL_LABEL])
    y = alt.Y(f"{agg.COL_LABEL}:N", sort=order, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
    tooltip = _budget_tooltip([alt.Tooltip(f"{s.COL_PART_OF}:N", title="Onderdeel van")])
    bars = (
        alt.Chart(data)
        .mark_bar(height={"band": 0.75})
        .encode(
            y=y,
            x=alt.X(f"{s.COL_AMOUNT}:Q", axis=_euro_axis(), scale=alt.Scale(nice=True)),
            color=_kind_color(data[s.COL_KIND]),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(data)
        .mark_text(align="left", dx=4, fontSize=11, color="#1A1A1A")
        .encode(y=y, x=f"{s.COL_AMOUNT}:Q", text=f"{agg.COL_AMOUNT_TEXT}:N", tooltip=tooltip)
    )
    chart = alt.layer(bars, labels).properties(height=_height(len(order)))
    return _finish(chart, title, description)


def quality_agenda_chart(figure: agg.BudgetFigure, *, title: str, description: str) -> alt.LayerChart:
    """The quality-agenda budget per year: one column per year, its amount on top."""
    data = stack(figure.rows.sort_values([agg.COL_YEAR, s.COL_BUDGET_ID]), [agg.COL_YEAR], s.COL_AMOUNT)
    totals = (
        data.groupby(agg.COL_YEAR, as_index=False)[s.COL_AMOUNT].sum()
        if len(data)
        else pd.DataFrame(columns=[agg.COL_YEAR, s.COL_AMOUNT])
    )
    totals["_label"] = totals[s.COL_AMOUNT].map(fmt.euro_short)
    x = alt.X(f"{agg.COL_YEAR}:O", title="Jaar", axis=alt.Axis(labelAngle=0))
    tooltip = _budget_tooltip([alt.Tooltip(f"{agg.COL_YEAR}:O", title="Jaar")])
    bars = (
        alt.Chart(data)
        .mark_bar(color=KIND_COLORS[agg.KIND_PER_YEAR], stroke="#FFFFFF", strokeWidth=1, width={"band": 0.6})
        .encode(x=x, y=alt.Y("_start:Q", axis=_euro_axis()), y2="_end:Q", tooltip=tooltip)
    )
    top = (
        alt.Chart(totals)
        .mark_text(dy=-8, fontSize=12, fontWeight="bold", color="#1A1A1A")
        .encode(x=x, y=f"{s.COL_AMOUNT}:Q", text="_label:N")
    )
    chart = alt.layer(bars, top).properties(height=300)
    return _finish(chart, title, description)


COMPOSITION_PALETTE = ["#0072B2", "#00704F", "#A8508F", "#B87E00", "#A84300", "#3E6FA8", "#5C7F3A", "#7B4B94"]


def composition_chart(comp: agg.Composition, *, title: str, description: str) -> alt.LayerChart:
    """A whole against its parts: one bar for the whole, one stacked bar of its parts and the unexplained rest.

    Parts that overlap (together more than the whole) get a bar each instead, so nothing is summed.
    """
    whole = comp.whole
    whole_label = f"Geheel: {whole[agg.COL_LABEL]}"
    parts_label = "Onderdelen"
    whole_row = {**{k: whole.get(k) for k in whole}, "_row": whole_label, agg.COL_PART: "geheel", "_start": 0.0,
                 "_end": float(whole[s.COL_AMOUNT] or 0), "_legend": f"{whole[s.COL_BUDGET_ID]} (geheel)"}  # fmt: skip
    parts = stack(comp.parts, [], s.COL_AMOUNT)
    parts["_legend"] = [
        f"{i} {d}".strip() if i else agg.REST_LABEL for i, d in zip(parts[s.COL_BUDGET_ID], parts[s.COL_DESCRIPTION])
    ]
    if comp.overlapping:  # never stack parts that overlap: one bar per part, each against the whole
        parts["_start"] = 0.0
        parts["_end"] = parts[s.COL_AMOUNT].astype(float).fillna(0.0)
        parts["_row"] = [f"Onderdeel: {i}" for i in parts[s.COL_BUDGET_ID]]
        rows = [whole_label, *parts["_row"]]
    else:
        parts["_row"] = parts_label
        rows = [whole_label, parts_label]
    data = pd.concat([pd.DataFrame([whole_row]), parts], ignore_index=True)
    data["_mid"] = (data["_start"] + data["_end"]) / 2
    longest = max(float(data["_end"].max()), 1.0)
    text = [
        f"{i} {a}".strip() if i else f"{agg.REST_LABEL} {a}"
        for i, a in zip(data[s.COL_BUDGET_ID].fillna(""), data[agg.COL_AMOUNT_TEXT])
    ]
    data["_label"] = _labels_where_wide(
        data.assign(_w=data["_end"] - data["_start"]), pd.Series(text, index=data.index), "_w", longest
    )
    domain = list(dict.fromkeys(data["_legend"]))
    colors = []
    palette = iter(COMPOSITION_PALETTE[1:] * 4)
    for name in domain:
        colors.append(
            COMPOSITION_PALETTE[0]
            if name.endswith("(geheel)")
            else REST_COLOR
            if name == agg.REST_LABEL
            else next(palette)
        )
    data["_text_color"] = data["_legend"].map(dict(zip(domain, [fmt.text_color_on(c) for c in colors])))
    y = alt.Y("_row:N", sort=rows, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
    tooltip = _budget_tooltip(
        [alt.Tooltip(f"{agg.COL_PART}:N", title="Deel"), alt.Tooltip(f"{s.COL_PART_OF}:N", title="Onderdeel van")]
    )
    bars = (
        alt.Chart(data)
        .mark_bar(stroke="#FFFFFF", strokeWidth=1, height={"band": 0.7})
        .encode(
            y=y,
            x=alt.X("_start:Q", axis=_euro_axis()),
            x2="_end:Q",
            color=alt.Color(
                "_legend:N",
                scale=alt.Scale(domain=domain, range=colors),
                title="Regel",
                legend=alt.Legend(columns=2, direction="vertical", orient="bottom"),
            ),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(data)
        .mark_text(fontSize=11)
        .encode(y=y, x="_mid:Q", text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip)
    )
    chart = alt.layer(bars, labels).properties(height=len(rows) * 44 + 10)
    return _finish(chart, title, description)


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
    order = list(data[agg.COL_ACTION])
    data["_label"] = [
        f"{status} · {OPEN_WORD}" if open_ else (f"{status} · {PAST_END_WORDS}" if past else status)
        for status, open_, past in zip(data[COL_LATEST_STATUS], data[agg.COL_OPEN], data[agg.COL_PAST_END])
    ]
    # the words go in the bar when they fit (white or black by the bar's colour), else after its end in black;
    # the width is estimated for a narrow screen, so that no white word ever runs onto the white background
    years_long = (data[agg.COL_END].astype(float) - data[agg.COL_BEGIN].astype(float)).fillna(0.0)
    inside = data[agg.COL_OPEN] | (data["_label"].str.len() * CHAR_WIDTH_PX + 12 <= years_long * NARROW_YEAR_PX)
    data["_text_x"] = data[agg.COL_BEGIN].where(inside, data[agg.COL_END])
    data["_text_color"] = _status_text_colors(data[COL_LATEST_STATUS]).where(inside, "#1A1A1A")
    y = alt.Y(f"{agg.COL_ACTION}:N", sort=order, title=None, axis=alt.Axis(labelLimit=160))
    # the axis ends a little after the last year, to leave room for the arrows of open-ended actions
    scale = alt.Scale(domain=[first, last + 1 + ARROW_ROOM], nice=False, zero=False)
    x = alt.X(
        f"{agg.COL_BEGIN}:Q",
        scale=scale,
        title=None,
        axis=alt.Axis(values=list(range(first, last + 2)), labels=False, ticks=False, grid=True, domain=False),
    )
    tooltip = [
        alt.Tooltip(f"{agg.COL_ACTION}:N", title="Actie"),
        alt.Tooltip(f"{agg.COL_LABEL}:N", title="Doelstelling"),
        alt.Tooltip(f"{s.COL_WHAT}:N", title="Wat"),
        alt.Tooltip(f"{s.COL_WHEN}:N", title="Wanneer"),
        alt.Tooltip(f"{agg.COL_PERIOD}:N", title="Periode"),
        alt.Tooltip(f"{COL_LATEST_STATUS}:N", title="Laatste status"),
    ]
    bars = alt.Chart(data).mark_bar(height={"band": 0.72}, cornerRadius=2).encode(
        y=y, x=x, x2=f"{agg.COL_END}:Q",
        color=alt.Color(f"{COL_LATEST_STATUS}:N", scale=STATUS_SCALE, title="Laatste status", sort=list(s.STATUSES), legend=status_legend(data[COL_LATEST_STATUS], 6)),
        tooltip=tooltip,
    )  # fmt: skip
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
    open_rows = data[data[agg.COL_OPEN]]
    arrows = (
        alt.Chart(open_rows)
        .mark_point(shape="triangle-right", filled=True, size=120, color="#1A1A1A", xOffset=7)
        .encode(y=y, x=alt.X(f"{agg.COL_END}:Q", scale=scale), tooltip=tooltip)
    )
    years = pd.DataFrame({"_year": list(range(first, last + 1))})
    years["_x"] = years["_year"] + 0.5
    years["_label"] = years["_year"].astype(str)
    year_labels = (
        alt.Chart(years)
        .mark_text(fontSize=12, fontWeight="bold", color="#31333F", baseline="bottom")
        .encode(x=alt.X("_x:Q", scale=scale), y=alt.value(-6), text="_label:N")
    )
    layers = [bars, words, arrows, year_labels]
    if today_year is not None:
        now = pd.DataFrame({"x": [today_year], "_label": ["nu"]})
        layers.append(
            alt.Chart(now)
            .mark_rule(color="#1A1A1A", strokeDash=[4, 3], strokeWidth=1.5)
            .encode(x=alt.X("x:Q", scale=scale))
        )
    height = max(1, len(order)) * 24 + 10
    if today_year is not None:
        layers.append(
            alt.Chart(now)
            .mark_text(align="center", baseline="top", dy=4, fontSize=11, fontWeight="bold", color="#1A1A1A")
            .encode(x=alt.X("x:Q", scale=scale), y=alt.value(height), text="_label:N")
        )
    chart = alt.layer(*layers).properties(height=height, padding={"top": 24, "left": 5, "right": 5, "bottom": 5})
    return _finish(chart, title, description)
