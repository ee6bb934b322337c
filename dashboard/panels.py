"""Pieces of the pages that maintain the workbook: a check's findings per sheet, a workbook download."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import streamlit as st

from views import update
from workbook.diff import WorkbookDiff
from workbook.findings import Report

from .export import XLSX_MIME
from .text import escape_markdown
from .widgets import show_table


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
                    "Melding": st.column_config.TextColumn(
                        width=1400, help="Wijs een melding aan om de hele tekst te zien."
                    ),
                },
            )


def workbook_download(
    label: str, data: bytes | Callable[[], bytes | None], name: str, *, key: str, help_text: str, where=st
) -> None:
    """A download of a workbook (``data`` may be a function: the file is then built when clicked)."""
    where.download_button(
        label, data=data, file_name=name, mime=XLSX_MIME, icon=":material/download:", help=help_text, key=key
    )


def downloads(path: Path, current_bytes: bytes | None, report: Report) -> None:
    """The template, the current workbook and (when it has findings) its annotated copy, side by side."""
    st.subheader("Downloads", anchor=False)
    row = st.container(horizontal=True, wrap=True)  # buttons as wide as their label; a narrow page wraps them
    columns = [row, row, row]
    workbook_download(
        "Leeg werkboek (sjabloon)",
        update.template_bytes,
        "actieoverzicht-sjabloon.xlsx",
        key="download-sjabloon",
        help_text="Alle bladen en kolommen, met keuzelijsten en uitleg bij elke kop.",
        where=columns[0],
    )
    if current_bytes is None:
        return
    workbook_download(
        "Huidig werkboek",
        current_bytes,
        path.name,
        key="download-huidig",
        help_text=update.CURRENT_HELP,
        where=columns[1],
    )
    if report.findings:
        workbook_download(
            "Huidig werkboek met opmerkingen",
            lambda: update.annotated_copy(current_bytes, report),
            f"{path.stem}-gecontroleerd.xlsx",
            key="download-huidig-opmerkingen",
            help_text=update.ANNOTATED_HELP,
            where=columns[2],
        )


def show_candidate(candidate: update.Candidate, key: str = "nieuw", table_key: str = "bijwerken-verschillen") -> None:
    """A new version's check, its annotated copy and what it changes against the workbook shown."""
    st.subheader(f"Controle van '{escape_markdown(candidate.name)}'", anchor=False)
    show_report(candidate.report, key)
    if candidate.report.readable and candidate.report.findings:
        workbook_download(
            "Uw versie met opmerkingen",
            lambda: update.annotated_copy(candidate.content, candidate.report),
            f"{candidate.name.rsplit('.', 1)[0]}-gecontroleerd.xlsx",
            key=f"download-{key}-opmerkingen",
            help_text=update.ANNOTATED_HELP,
        )
    if candidate.diff is None:
        return
    st.subheader("Wat verandert er?", anchor=False)
    show_diff(candidate.diff, key=table_key, stem="wijzigingen-werkboek")


def show_diff(diff: WorkbookDiff, *, key: str, stem: str) -> None:
    """What changed between two versions: one sentence, changes to a closed round, the status moves, every change."""
    st.markdown(escape_markdown(diff.summary()))
    if closed := diff.closed_changes():
        st.error("\n".join(f"- {escape_markdown(change.as_line())}" for change in closed))
    if lines := diff.status_move_lines():
        st.markdown("\n".join(f"- {escape_markdown(line)}" for line in lines))
    if not diff.empty:
        show_table(diff.as_frame(), key=key, stem=stem, label="Wijzigingen")
