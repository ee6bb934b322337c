"""What every chart shares: the Dutch locale, the finish (title, description), stacks and labels, legends.

Every chart has a Dutch title, axis titles and tooltips, a one-line ``description`` (its accessible
name; the page shows it as a caption), Dutch number formats, and status colours that always come with
the status word (legend, label, tooltip). Stacks are computed here in pandas (``_start``/``_end``), so
the order of the segments and the place of their labels do not depend on Vega. Nothing here imports
Streamlit: ``tests/test_charts.py`` checks the specs.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from domain.columns import COL_STATUS
from workbook import contract, nl

from .. import theme

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
        "months": list(nl.MONTHS),
        "shortMonths": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    },
}

STATUS_SCALE = alt.Scale(domain=list(contract.STATUSES), range=[theme.STATUS_COLORS[x] for x in contract.STATUSES])

KIND_COLORS = theme.KIND_COLORS
KIND_SCALE = alt.Scale(domain=list(KIND_COLORS), range=list(KIND_COLORS.values()))


def kind_color(kinds: Sequence[str]) -> alt.Color:
    """Colour by budget kind; the legend lists only the kinds shown."""
    present = [kind for kind in KIND_COLORS if kind in set(kinds)]
    return alt.Color(
        f"{contract.COL_KIND}:N",
        scale=KIND_SCALE,
        title="Soort",
        legend=alt.Legend(values=present or list(KIND_COLORS)),
    )


ROW_HEIGHT = 26
LABEL_LIMIT = 320
MIN_LABEL_SHARE = 0.07  # a segment narrower than this share of the longest bar gets no label (tooltip only)
FACET_WIDTH = 640

PRIVATE = ("_start", "_end", "_mid", "_label", "_text_color", "_fill")


def finish(chart: alt.TopLevelMixin, title: str, description: str) -> alt.TopLevelMixin:
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


def labels_where_wide(data: pd.DataFrame, text: pd.Series, value: str, longest: float | None = None) -> pd.Series:
    longest = longest if longest is not None else (float(data["_end"].max()) if len(data) else 0.0)
    wide = data[value].astype(float) >= MIN_LABEL_SHARE * longest if longest else pd.Series(False, index=data.index)
    return text.where(wide, "")


def kind_text_colors(kinds: pd.Series) -> pd.Series:
    """Black or white, whichever reads on the bar colour of each budget kind."""
    return kinds.map(lambda kind: theme.text_color_on(KIND_COLORS.get(kind, "#0072B2")))


def status_text_colors(statuses: pd.Series) -> pd.Series:
    return statuses.map(lambda status: theme.text_color_on(theme.status_color(status)))


def status_legend(statuses: Sequence[str], columns: int = 3) -> alt.Legend:
    """A legend listing only the statuses shown, in rubric order, wrapped in rows of ``columns``."""
    present = [status for status in contract.STATUSES if status in set(statuses)]
    return alt.Legend(
        values=present or list(contract.STATUSES), columns=max(1, min(columns, len(present) or 1)), title="Status"
    )


def status_color(statuses: Sequence[str], title: str = "Status", columns: int = 3) -> alt.Color:
    legend = status_legend(statuses, columns)
    legend.title = title
    return alt.Color(f"{COL_STATUS}:N", scale=STATUS_SCALE, title=title, sort=list(contract.STATUSES), legend=legend)


def rows_height(rows: int) -> int:
    return max(1, rows) * ROW_HEIGHT + 10
