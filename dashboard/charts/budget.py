"""Budget charts: per year, per goal or priority, every line by kind, the quality agendas, a whole and its parts."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from domain.budget import REST, BudgetFigure, Composition
from domain.columns import COL_AMOUNT_TEXT, COL_GROUP, COL_LABEL, COL_PART, COL_YEAR
from workbook import contract, nl

from .. import theme
from .base import LABEL_LIMIT, finish, kind_color, kind_text_colors, labels_where_wide, rows_height, stack

REST_LABEL = "Niet uitgesplitst"


# --- budget ----------------------------------------------------------------------------------------
def _budget_tooltip(extra: Sequence[alt.Tooltip] = ()) -> list[alt.Tooltip]:
    return [
        *extra,
        alt.Tooltip(f"{contract.COL_BUDGET_ID}:N", title="Budget-ID"),
        alt.Tooltip(f"{contract.COL_DESCRIPTION}:N", title="Omschrijving"),
        alt.Tooltip(f"{COL_AMOUNT_TEXT}:N", title="Bedrag"),
        alt.Tooltip(f"{contract.COL_KIND}:N", title="Soort"),
        alt.Tooltip(f"{contract.COL_SOURCE}:N", title="Bron"),
    ]


def _euro_axis(title: str = "Bedrag (mln €)") -> alt.Axis:
    return alt.Axis(title=title, format=",.2~f", tickCount=8)


def _year_totals(figure: BudgetFigure, data: pd.DataFrame) -> pd.DataFrame:
    """Jaar, Bedrag and the labels on top of each column: ``_label`` the amount, ``_word`` its precision (``ten
    hoogste``, on a line above it; '' when exact). Without totals from the view: the sum of the drawn segments."""
    if figure.totals is not None and COL_AMOUNT_TEXT in figure.totals:
        totals = figure.totals[[COL_YEAR, contract.COL_AMOUNT, contract.COL_PRECISION]].copy()
        totals["_label"] = totals[contract.COL_AMOUNT].map(nl.euro_short)
        totals["_word"] = totals[contract.COL_PRECISION].fillna("")
        return totals.drop(columns=contract.COL_PRECISION)
    if not len(data):
        return pd.DataFrame(columns=[COL_YEAR, contract.COL_AMOUNT, "_label", "_word"])
    totals = data.groupby(COL_YEAR, as_index=False)[contract.COL_AMOUNT].sum()
    totals["_label"] = totals[contract.COL_AMOUNT].map(nl.euro_short)
    totals["_word"] = ""
    return totals


def _total_labels(totals: pd.DataFrame, x: alt.X) -> list[alt.Chart]:
    """The total on top of each column, and its precision word on a line above it."""
    text = dict(baseline="bottom", fontSize=12, fontWeight="bold", color=theme.INK)
    amount = (
        alt.Chart(totals).mark_text(dy=-4, **text).encode(x=x, y=alt.Y(f"{contract.COL_AMOUNT}:Q"), text="_label:N")
    )
    word = alt.Chart(totals).mark_text(dy=-19, **text).encode(x=x, y=alt.Y(f"{contract.COL_AMOUNT}:Q"), text="_word:N")
    return [amount, word]


def budget_per_year_chart(figure: BudgetFigure, *, title: str, description: str) -> alt.LayerChart:
    """Columns per year, one segment per budget line (labelled with its Budget-ID), coloured by kind; the year's total
    on top."""
    rows = figure.rows.copy()
    rows["_kind_rank"] = rows[contract.COL_KIND].map(contract.KIND_RANK)
    rows = rows.sort_values(
        [COL_YEAR, "_kind_rank", contract.COL_AMOUNT], ascending=[True, True, False], kind="stable"
    ).drop(columns="_kind_rank")
    data = stack(rows, [COL_YEAR], contract.COL_AMOUNT)
    totals = _year_totals(figure, data)
    longest = float(totals[contract.COL_AMOUNT].max()) if len(totals) else 0.0
    data["_label"] = labels_where_wide(data, data[contract.COL_BUDGET_ID].astype(str), contract.COL_AMOUNT, longest)
    data["_text_color"] = kind_text_colors(data[contract.COL_KIND])
    years = sorted(int(y) for y in data[COL_YEAR].unique()) if len(data) else []
    x = alt.X(f"{COL_YEAR}:O", sort=years, title="Jaar", axis=alt.Axis(labelAngle=0))
    tooltip = _budget_tooltip([alt.Tooltip(f"{COL_YEAR}:O", title="Jaar")])
    bars = (
        alt.Chart(data)
        .mark_bar(stroke=theme.WHITE, strokeWidth=1, width={"band": 0.7})
        .encode(
            x=x,
            y=alt.Y("_start:Q", axis=_euro_axis()),
            y2="_end:Q",
            color=kind_color(data[contract.COL_KIND]),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(data)
        .mark_text(fontSize=11)
        .encode(x=x, y="_mid:Q", text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip)
    )
    chart = alt.layer(bars, labels, *_total_labels(totals, x)).properties(height=380)
    return finish(chart, title, description)


def budget_group_chart(
    figure: BudgetFigure, *, title: str, description: str, groups: Sequence[str] | None = None
) -> alt.LayerChart:
    """Per goal (or priority): one bar per kind of amount, named "goal · kind", one segment per budget line; kinds are
    never added up."""
    data = stack(figure.rows, [COL_GROUP, contract.COL_KIND], contract.COL_AMOUNT)  # stack works on a copy
    longest = float(data["_end"].max()) if len(data) else 0.0
    data["_label"] = labels_where_wide(data, data[COL_AMOUNT_TEXT].astype(str), contract.COL_AMOUNT, longest)
    data["_text_color"] = kind_text_colors(data[contract.COL_KIND])
    data["_row"] = data[COL_GROUP].astype(str) + " · " + data[contract.COL_KIND].astype(str)
    order = list(groups) if groups is not None else list(dict.fromkeys(data[COL_GROUP]))
    present = set(data["_row"])
    rows_in_order = [
        f"{group} · {kind}" for group in order for kind in contract.BUDGET_KINDS if f"{group} · {kind}" in present
    ]
    y = alt.Y("_row:N", sort=rows_in_order, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT + 120))
    tooltip = _budget_tooltip([alt.Tooltip(f"{COL_GROUP}:N", title="Doelstelling / prioriteit")])
    bars = (
        alt.Chart(data)
        .mark_bar(stroke=theme.WHITE, strokeWidth=1, height={"band": 0.75})
        .encode(
            y=y,
            x=alt.X("_start:Q", axis=_euro_axis()),
            x2="_end:Q",
            color=kind_color(data[contract.COL_KIND]),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(data)
        .mark_text(fontSize=11)
        .encode(y=y, x="_mid:Q", text="_label:N", color=alt.Color("_text_color:N", scale=None), tooltip=tooltip)
    )
    chart = alt.layer(bars, labels).properties(height=rows_height(len(rows_in_order)))
    return finish(chart, title, description)


def budget_lines_chart(figure: BudgetFigure, *, title: str, description: str) -> alt.LayerChart:
    """One bar per budget line (nothing added up), coloured by kind, the amount written next to it."""
    data = figure.rows.copy()
    order = list(data[COL_LABEL])
    y = alt.Y(f"{COL_LABEL}:N", sort=order, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
    tooltip = _budget_tooltip(
        [
            alt.Tooltip(f"{contract.COL_PART_OF}:N", title="Onderdeel van"),
            alt.Tooltip(f"{contract.COL_OVERLAPS}:N", title="Overlapt met"),
        ]
    )
    bars = (
        alt.Chart(data)
        .mark_bar(height={"band": 0.75})
        .encode(
            y=y,
            x=alt.X(f"{contract.COL_AMOUNT}:Q", axis=_euro_axis(), scale=alt.Scale(nice=True)),
            color=kind_color(data[contract.COL_KIND]),
            tooltip=tooltip,
        )
    )
    labels = (
        alt.Chart(data)
        .mark_text(align="left", dx=4, fontSize=11, color=theme.INK)
        .encode(y=y, x=f"{contract.COL_AMOUNT}:Q", text=f"{COL_AMOUNT_TEXT}:N", tooltip=tooltip)
    )
    chart = alt.layer(bars, labels).properties(height=rows_height(len(order)))
    return finish(chart, title, description)


def quality_agenda_chart(figure: BudgetFigure, *, title: str, description: str) -> alt.LayerChart:
    """The quality-agenda budget per year: one column per year, its amount on top."""
    data = stack(figure.rows.sort_values([COL_YEAR, contract.COL_BUDGET_ID]), [COL_YEAR], contract.COL_AMOUNT)
    totals = _year_totals(figure, data)
    x = alt.X(f"{COL_YEAR}:O", title="Jaar", axis=alt.Axis(labelAngle=0))
    tooltip = _budget_tooltip([alt.Tooltip(f"{COL_YEAR}:O", title="Jaar")])
    bars = (
        alt.Chart(data)
        .mark_bar(
            color=theme.KIND_COLORS[contract.KIND_PER_YEAR], stroke=theme.WHITE, strokeWidth=1, width={"band": 0.6}
        )
        .encode(x=x, y=alt.Y("_start:Q", axis=_euro_axis()), y2="_end:Q", tooltip=tooltip)
    )
    chart = alt.layer(bars, *_total_labels(totals, x)).properties(height=300)
    return finish(chart, title, description)


COMPOSITION_PALETTE = theme.COMPOSITION_PALETTE


def composition_chart(comp: Composition, *, title: str, description: str) -> alt.LayerChart:
    """A whole against its parts: one bar for the whole, one stacked bar of its parts and the unexplained rest.

    Parts that overlap (together more than the whole) get a bar each instead, so nothing is summed.
    """
    whole = comp.whole
    whole_label = f"Geheel: {whole[COL_LABEL]}"
    parts_label = "Onderdelen"
    whole_row = {
        **{k: whole.get(k) for k in whole},
        "_row": whole_label,
        COL_PART: "geheel",
        "_start": 0.0,
        "_end": float(whole[contract.COL_AMOUNT] or 0),
        "_legend": f"{whole[contract.COL_BUDGET_ID]} (geheel)",
    }
    parts = stack(comp.parts, [], contract.COL_AMOUNT)
    rest = parts[COL_PART] == REST  # the unexplained rest: named and sourced here, for its tooltip
    parts.loc[rest, contract.COL_DESCRIPTION] = REST_LABEL
    parts.loc[rest, COL_LABEL] = REST_LABEL
    parts.loc[rest, contract.COL_SOURCE] = f"{whole[contract.COL_BUDGET_ID]} min de onderdelen"
    parts["_legend"] = [
        f"{i} {d}".strip() if i else REST_LABEL
        for i, d in zip(parts[contract.COL_BUDGET_ID], parts[contract.COL_DESCRIPTION])
    ]
    if comp.overlapping:  # never stack parts that overlap: one bar per part, each against the whole
        parts["_start"] = 0.0
        parts["_end"] = parts[contract.COL_AMOUNT].astype(float).fillna(0.0)
        parts["_row"] = [f"Onderdeel: {i}" for i in parts[contract.COL_BUDGET_ID]]
        rows = [whole_label, *parts["_row"]]
    else:
        parts["_row"] = parts_label
        rows = [whole_label, parts_label]
    data = pd.concat([pd.DataFrame([whole_row]), parts], ignore_index=True)
    data["_mid"] = (data["_start"] + data["_end"]) / 2
    longest = max(float(data["_end"].max()), 1.0)
    text = [
        f"{i} {a}".strip() if i else f"{REST_LABEL} {a}"
        for i, a in zip(data[contract.COL_BUDGET_ID].fillna(""), data[COL_AMOUNT_TEXT])
    ]
    data["_label"] = labels_where_wide(
        data.assign(_w=data["_end"] - data["_start"]), pd.Series(text, index=data.index), "_w", longest
    )
    domain = list(dict.fromkeys(data["_legend"]))
    colors = []
    palette = iter(COMPOSITION_PALETTE[1:] * 4)
    for name in domain:
        colors.append(
            COMPOSITION_PALETTE[0]
            if name.endswith("(geheel)")
            else theme.REST_COLOR
            if name == REST_LABEL
            else next(palette)
        )
    data["_text_color"] = data["_legend"].map(dict(zip(domain, [theme.text_color_on(c) for c in colors])))
    y = alt.Y("_row:N", sort=rows, title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT))
    tooltip = _budget_tooltip(
        [alt.Tooltip(f"{COL_PART}:N", title="Deel"), alt.Tooltip(f"{contract.COL_PART_OF}:N", title="Onderdeel van")]
    )
    bars = (
        alt.Chart(data)
        .mark_bar(stroke=theme.WHITE, strokeWidth=1, height={"band": 0.7})
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
    return finish(chart, title, description)
