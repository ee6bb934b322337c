"""The sections of the page Rapportageronde: progress and reminders, requests, answers, a new round, closing.

Every text comes from :mod:`views.rounds` and :mod:`views.round_files`; workbook text is shown as text
(escaped markdown, tables, ``st.code`` for a reminder), never as HTML. A new version of the workbook is
taken in only through :func:`views.update.take_in` (local), or offered as a download (hosted).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st

from views import round_files, rounds, update

from .data import Loaded
from .export import XLSX_MIME
from .panels import show_candidate
from .text import escape_markdown
from .widgets import show_table

MESSAGE = "ronde_melding"  # session key: (level, text) after an action, shown once
NEW_VERSION = "ronde_nieuwe_versie"  # session key: (what, file name, bytes) of a version made on this page
ZIP_MIME = "application/zip"


def show_message() -> None:
    message = st.session_state.pop(MESSAGE, None)
    if message:
        getattr(st, message[0])(escape_markdown(message[1]))


def _say(level: str, text: str) -> None:
    st.session_state[MESSAGE] = (level, text)


# --- progress ------------------------------------------------------------------------------------------------
def progress(view: rounds.RoundView) -> None:
    st.header("Voortgang")
    st.markdown(f"**{escape_markdown(view.sentence)}** {escape_markdown(view.silent)}")
    if view.closed_on:
        st.info(f"Deze ronde is vastgesteld op {escape_markdown(view.closed_on.strftime('%d-%m-%Y'))}.")
    if not view.table.empty:
        show_table(view.table, key="ronde-voortgang", stem="voortgang-per-partij", label="Voortgang")
    for reminder in view.reminders:
        with st.expander(escape_markdown(f"Herinnering aan {reminder.party}"), key=f"herinnering-{reminder.party}"):
            st.code(reminder.body, language=None, wrap_lines=True)
            st.link_button(reminder.label, reminder.mailto, icon=":material/mail:")


# --- requests ---------------------------------------------------------------------------------------------
def requests(view: rounds.RoundView, shared: Loaded, deadline: dt.date | None) -> None:
    st.header("Verzoeken")
    if view.round_name is None or view.closed_on:
        st.caption("Er is geen open ronde om verzoeken voor te maken.")
        return
    st.markdown(
        escape_markdown(
            f"Elke rapporterende partij krijgt een Excel-bestand met haar eigen acties voor ronde {view.round_name}; "
            "alleen de voortgang en de status zijn in te vullen."
        )
    )
    party = st.selectbox("Partij", view.parties, key="ronde-partij")
    columns = st.columns(2)
    columns[0].download_button(
        "Verzoek voor deze partij",
        data=lambda: _request(shared, deadline, party),
        file_name=view.file_names.get(party, "verzoek.xlsx"),
        mime=XLSX_MIME,
        icon=":material/download:",
        key="download-verzoek",
        on_click="ignore",
    )
    columns[1].download_button(
        "Alle verzoeken (zip)",
        data=lambda: round_files.zip_of(round_files.request_files(shared.checked, deadline=deadline)),
        file_name=f"verzoeken {view.round_name}.zip",
        mime=ZIP_MIME,
        icon=":material/folder_zip:",
        key="download-verzoeken",
        on_click="ignore",
    )


def _request(shared: Loaded, deadline: dt.date | None, party: str) -> bytes:
    files = round_files.request_files(shared.checked, deadline=deadline, party=party)
    return files[0].content if files else b""


# --- answers ------------------------------------------------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=2, scope="session")
def _collect(content: bytes, digest: str, files: tuple[tuple[str, bytes], ...], _checked) -> round_files.Merged:
    return round_files.collect_answers(content, _checked, list(files))


def answers(shared: Loaded, max_mb: int, path: Path, hosted: bool) -> None:
    st.header("Antwoorden")
    # Streamlit's own limit under the button is English ("25MB per file") and not this page's: hidden (as on Bijwerken)
    st.html('<style>[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }</style>')
    uploads = st.file_uploader(
        f"Ingevulde verzoeken (.xlsx, ten hoogste {max_mb} MB per bestand; meer tegelijk mag)",
        type=["xlsx"],
        accept_multiple_files=True,
        key="antwoorden",
    )
    if not uploads or shared.content is None:
        return
    files, too_large = [], []
    for upload in uploads:
        content = upload.getvalue()
        (too_large if update.too_large_message(len(content), max_mb) else files).append((upload.name, content))
    for name, _ in too_large:
        st.error(escape_markdown(f"'{name}': {update.too_large_message(max_mb * 1024 * 1024 + 1, max_mb)}"))
    try:
        merged = _collect(shared.content, shared.digest, tuple(files), shared.checked)
    except round_files.RoundRefused as exc:
        st.error(escape_markdown(str(exc)))
        return
    st.markdown(f"**{escape_markdown(rounds.collected_sentence(merged.collected))}**")
    for index, summary in enumerate(rounds.file_summaries(merged.collected)):
        with st.container(border=True, key=f"antwoord-{index}"):
            getattr(st, summary.level)(escape_markdown(summary.sentence))
            if not summary.refused.empty:
                st.dataframe(summary.refused, hide_index=True, width="stretch", key=f"antwoord-meldingen-{index}")
            if not summary.taken.empty:
                st.dataframe(summary.taken, hide_index=True, width="stretch", key=f"antwoord-overgenomen-{index}")
    if merged.content is not None:
        offer_version("answers", "de antwoorden", merged.content, shared, path, hosted, max_mb)


def offer_version(what: str, label: str, content: bytes, shared: Loaded, path: Path, hosted: bool, max_mb: int):
    """A new version made here: its check and changes, a download, and (local, without fout) a take-in."""
    name = f"{path.stem}-{what}.xlsx" if what != "answers" else f"{path.stem}-met-antwoorden.xlsx"
    candidate = update.check_upload(content, name, shared.checked, max_mb=max(max_mb, 25))
    show_candidate(candidate, key=f"ronde-{what}", table_key=f"ronde-{what}-verschillen")
    st.download_button(
        f"Nieuwe versie met {label}",
        data=content,
        file_name=name,
        mime=XLSX_MIME,
        icon=":material/download:",
        key=f"download-{what}",
        on_click="ignore",
    )
    offer = update.offer(candidate, hosted=hosted, current_bytes=shared.content)
    if offer.message:
        getattr(st, offer.level)(offer.message)
    if offer.take_in:
        st.button(
            "Maak dit het huidige werkboek",
            type="primary",
            icon=":material/published_with_changes:",
            key=f"overnemen-{what}",
            on_click=_take_in,
            args=(path, content, name, hosted),
        )


def _take_in(path: Path, content: bytes, name: str, hosted: bool) -> None:
    try:
        result = update.take_in(path, content, name=name, today=dt.date.today(), hosted=hosted)
    except update.TakeInRefused as exc:
        _say("error", str(exc))
        return
    except OSError as exc:
        _say("error", update.write_error_message(exc))
        return
    st.session_state.pop(NEW_VERSION, None)
    _say(update.SUCCESS, update.take_in_message(name, result))


# --- a new round and closing one ------------------------------------------------------------------------------
def _build_version(what: str, build) -> None:
    try:
        st.session_state[NEW_VERSION] = (what, build())
    except round_files.RoundRefused as exc:
        st.session_state.pop(NEW_VERSION, None)
        _say("error", str(exc))


def new_round(shared: Loaded) -> None:
    st.header("Nieuwe ronde")
    with st.form("nieuwe-ronde"):
        st.text_input("Naam van de ronde", placeholder="bijv. voorjaar 2026", key="ronde-naam")
        st.date_input("Datum van de ronde", value=dt.date.today(), format="DD-MM-YYYY", key="ronde-datum")
        st.text_input("Bron (mag leeg)", placeholder="bijv. Voortgangsbrief voorjaar 2026", key="ronde-bron")
        st.form_submit_button(
            "Maak de nieuwe versie",
            icon=":material/add:",
            on_click=_build_version,
            args=("nieuwe-ronde", lambda: _new(shared, "ronde-naam", "ronde-datum", "ronde-bron")),
        )


def _new(shared: Loaded, name: str, date: str, source: str) -> bytes:
    values = st.session_state
    return round_files.new_round(shared.content, shared.checked, values[name], values[date], values[source] or None)


def close_round(view: rounds.RoundView, shared: Loaded) -> None:
    st.header("Ronde vaststellen")
    for line in view.closed:
        st.caption(escape_markdown(line))
    if not view.closable:
        st.caption("Er is geen ronde om vast te stellen.")
        return
    st.markdown(
        "Stel een ronde vast zodra zij is gepubliceerd. Daarna meldt de controle elke wijziging in haar teksten en "
        "statussen als fout."
    )
    chosen = st.selectbox("Ronde", view.closable, index=len(view.closable) - 1, key="ronde-vaststellen")
    sure = st.checkbox(f"Ronde {escape_markdown(chosen)} is gepubliceerd en mag niet meer veranderen", key="zeker")
    st.button(
        "Stel de ronde vast",
        disabled=not sure,
        icon=":material/lock:",
        key="vaststellen",
        on_click=_build_version,
        args=("vastgesteld", lambda: round_files.close_round(shared.content, shared.checked, chosen)),
    )


def made_version(shared: Loaded, path: Path, hosted: bool, max_mb: int) -> None:
    made = st.session_state.get(NEW_VERSION)
    if made:
        what, content = made
        label = "de nieuwe ronde" if what == "nieuwe-ronde" else "de vastgestelde ronde"
        offer_version(what, label, content, shared, path, hosted, max_mb)
