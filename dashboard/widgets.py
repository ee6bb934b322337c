"""How a view's pieces are shown: tables as text with downloads built when clicked, charts with their caption.

Workbook text is always escaped (:mod:`dashboard.text`): it can never become a link or layout.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

import pandas as pd
import streamlit as st

from views.common import Metric
from workbook import nl

from .charts import description_of
from .export import CSV_MIME, XLSX_MIME, csv_bytes, xlsx_bytes
from .tables import for_display
from .text import escape_markdown


def text(value: object) -> str:
    """Workbook text (or text that quotes it) made inert for ``st.markdown``."""
    return escape_markdown(value)


def show_chart(chart, **kwargs):
    """An altair chart with its description as accessible name and as a caption under it."""
    description = description_of(chart)
    result = st.altair_chart(chart, **kwargs)  # the spec's description is the accessible name
    if description:
        st.caption(text(description))  # may quote a party or round name: shown as text
    return result


@contextlib.contextmanager
def lazy_expander(label: str, key: str) -> Iterator[bool]:
    """A collapsed expander whose content is built only when it is opened (a rerun on open): yields ``open``.

    A table in a closed expander would otherwise be built and drawn on every page load.
    """
    with st.expander(label, key=key, on_change="rerun") as box:
        yield bool(box.open)


def show_metrics(metrics: Sequence[Metric], columns: int | None = None) -> None:
    """Figures side by side, each with its help text; a precision word (``ten hoogste``) in grey under the amount."""
    for column, metric in zip(st.columns(columns or len(metrics)), metrics):
        note = dict(delta=metric.precision, delta_color="off", delta_arrow="off") if metric.precision else {}
        column.metric(metric.label, metric.amount, help=metric.help or None, border=True, **note)


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
