"""How a view's pieces are shown: tables as text with downloads built when clicked, charts with their caption.

Workbook text is always escaped (:mod:`dashboard.text`): it can never become a link or layout.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

import pandas as pd
import streamlit as st

from views.common import Metric
from views.numbers import ChartNumbers
from workbook import nl

from .charts import description_of
from .export import CSV_MIME, XLSX_MIME, csv_bytes, xlsx_bytes
from .tables import for_display
from .text import escape_markdown


def text(value: object) -> str:
    """Workbook text (or text that quotes it) made inert for ``st.markdown``."""
    return escape_markdown(value)


def show_chart(chart, *, numbers: ChartNumbers, **kwargs):
    """An altair chart with its description as accessible name and as a caption under it, and its numbers as text.

    ``numbers`` (:mod:`views.numbers`) is shown in a collapsed expander under the chart, built when opened: a
    static HTML table a screen reader reads cell by cell, or (with a stem) a table with CSV and Excel downloads.
    """
    description = description_of(chart)
    result = st.altair_chart(chart, **kwargs)  # the spec's description is the accessible name
    if description:
        st.caption(text(description))  # may quote a party or round name: shown as text
    show_numbers(numbers)
    return result


def show_numbers(numbers: ChartNumbers) -> None:
    if numbers.empty:
        return
    with lazy_expander(numbers.label, key=f"{numbers.key}-open") as opened:
        if not opened:
            return
        if numbers.stem:
            show_table(numbers.table, key=numbers.key, stem=numbers.stem, label=numbers.name, download=numbers.download)
        else:  # every cell of st.table is markdown: workbook text is escaped
            st.table(numbers.table.map(text), hide_index=True, border="horizontal")


@contextlib.contextmanager
def lazy_expander(label: str, key: str) -> Iterator[bool]:
    """A collapsed expander whose content is built only when it is opened (a rerun on open): yields ``open``.

    A table in a closed expander would otherwise be built and drawn on every page load.
    """
    with st.expander(label, key=key, on_change="rerun") as box:
        yield bool(box.open)


#: st.metric shows its label and value on one line each and cuts off what does not fit ("€ 953 ..."). A row of
#: metrics is therefore an st.grid whose cells are never narrower than the widest label or value: a row too narrow
#: for all of them wraps. Source Sans: the value (2.25rem) is at most ~17 px a character, the label ~8.5 px.
METRIC_VALUE_CHAR_PX = 17
METRIC_LABEL_CHAR_PX = 8.5
METRIC_CHROME_PX = 44  #: padding and border of a bordered metric
METRIC_HELP_PX = 26  #: the (?) after a label with help


def metric_width(metric: Metric) -> int:
    """The width (px) a bordered metric needs to show its label and value (the amount; its precision word is
    written smaller, under it) without cutting them off."""
    label = METRIC_LABEL_CHAR_PX * len(metric.label) + (METRIC_HELP_PX if metric.help else 0)
    return int(max(label, METRIC_VALUE_CHAR_PX * len(metric.amount)) + METRIC_CHROME_PX)


def show_metrics(metrics: Sequence[Metric]) -> None:
    """Figures side by side, each with its help text, wrapping to a next row rather than cutting text off; a
    precision word (``ten hoogste``) in grey under the amount."""
    if not metrics:
        return
    with st.grid(len(metrics), min_column_width=max(metric_width(m) for m in metrics), gap="small"):
        for metric in metrics:
            note = dict(delta=metric.precision, delta_color="off", delta_arrow="off") if metric.precision else {}
            st.metric(metric.label, metric.amount, help=metric.help or None, border=True, **note)


def download_buttons(
    frame: pd.DataFrame, stem: str, *, key: str, label: str = "Tabel", sheet: str | None = None
) -> None:
    """Two download buttons (CSV and Excel) for ``frame`` as shown; the files are built when clicked."""
    help_text = f"{label}: {nl.count(len(frame), 'rij', 'rijen')}, zoals nu gefilterd"
    with st.container(horizontal=True, gap="small"):
        st.download_button(
            f"{label} als CSV",
            data=lambda: csv_bytes(frame),
            file_name=f"{stem}.csv",
            mime=CSV_MIME,
            key=f"{key}-csv",
            icon=":material/download:",
            help=help_text,
            on_click="ignore",
            type="tertiary",
        )
        st.download_button(
            f"{label} als Excel",
            data=lambda: xlsx_bytes(frame, sheet or label),
            file_name=f"{stem}.xlsx",
            mime=XLSX_MIME,
            key=f"{key}-xlsx",
            icon=":material/download:",
            help=help_text,
            on_click="ignore",
            type="tertiary",
        )


def show_table(
    frame: pd.DataFrame,
    *,
    key: str,
    stem: str,
    label: str = "Tabel",
    column_config=None,
    height="auto",
    download: pd.DataFrame | None = None,
) -> None:
    """A table shown as text (never markdown, Dutch number formats) with CSV and Excel downloads of these rows.

    ``download`` is the frame to offer when it differs from the one shown (same rows, e.g. with the
    amounts as numbers); by default ``frame`` itself, typed, so a spreadsheet can compute with it.
    """
    shown = for_display(frame)
    st.dataframe(
        shown, hide_index=True, width="stretch", column_config=column_config, height=height, key=f"{key}-table"
    )
    download_buttons(frame if download is None else download, stem, key=key, label=label)
