"""Pieces of the pages that maintain the workbook: a check's findings per sheet, a workbook download."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from views import update
from workbook.findings import Report

from .export import XLSX_MIME
from .text import escape_markdown


def show_report(report: Report, key: str) -> None:
    """The check result: one sentence, the counts per sheet, and per sheet a table of findings."""
    level, sentence = update.summary(report)
    getattr(st, level)(escape_markdown(sentence))
    if not report.findings:
        return
    st.dataframe(update.sheet_counts(report), hide_index=True, key=f"{key}-aantallen")
    for sheet, label, has_errors, table in update.findings_by_sheet(report):
        with st.expander(escape_markdown(label), expanded=has_errors):
            st.dataframe(
                table,
                hide_index=True,
                width="stretch",
                key=f"{key}-{sheet}",
                column_config={
                    "Ernst": st.column_config.TextColumn(width=110),
                    "Cel": st.column_config.TextColumn(width=150),
                    "Melding": st.column_config.TextColumn(width=1400, help="Wijs een melding aan om de hele tekst te zien."),
                },
            )


def workbook_download(
    label: str, data: bytes | Callable[[], bytes | None], name: str, *, key: str, help_text: str, where=st
) -> None:
    """A download of a workbook (``data`` may be a function: the file is then built when clicked)."""
    where.download_button(
        label, data=data, file_name=name, mime=XLSX_MIME, icon=":material/download:", help=help_text, key=key
    )
