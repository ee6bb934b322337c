"""The sections of the page Rapportageronde: progress and reminders, requests, answers, a new round, closing.

Every text comes from :mod:`views.rounds` and :mod:`views.round_files`; workbook text is shown as text
(escaped markdown, tables, ``st.code`` for a reminder), never as HTML. A new version made here is checked and
compared like an upload on Werkboek bijwerken, offered as a download, and published only through the one entry
point :func:`views.publish.publish` with the app's version store (``history/`` beside the file locally, the git
remote when one is set; hosted without one: the download only). It is published on top of the version it was
made from: when someone published in between, the store refuses and nothing is overwritten.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import streamlit as st

from views import publish as publishing
from views import round_files, rounds, update
from workbook.versions import NewerVersionExists, StoreError, Version, VersionStore

from .data import Loaded
from .export import XLSX_MIME
from .panels import show_candidate
from .state import field_width
from .store import author
from .text import escape_markdown
from .widgets import show_table

log = logging.getLogger(__name__)

MESSAGE = "ronde_melding"  # session key: (level, text) after an action, shown once
NEW_VERSION = "ronde_nieuwe_versie"  # session key: the Made version of a new round or a closing, until published
ZIP_MIME = "application/zip"
NOT_PUBLISHED = "De nieuwe versie is niet gepubliceerd; het gepubliceerde werkboek is niet veranderd."


@dataclass(frozen=True)
class Target:
    """Where a version made on this page goes: the app's store (None: download only), the workbook's file name."""

    store: VersionStore | None
    name: str
    max_mb: int


@dataclass(frozen=True)
class Made:
    """A version made on this page: what (for its keys), its bytes, the version it was made from, its first line."""

    what: str
    content: bytes
    base: Version | None
    message: str


def show_message() -> None:
    message = st.session_state.pop(MESSAGE, None)
    if message:
        getattr(st, message[0])(escape_markdown(message[1]))


def _say(level: str, text: str) -> None:
    st.session_state[MESSAGE] = (level, text)


# --- progress ------------------------------------------------------------------------------------------------
def progress(view: rounds.RoundView) -> None:
    st.header("Voortgang", anchor=False)
    st.markdown(f"**{escape_markdown(view.sentence)}** {escape_markdown(view.silent)}")
    if view.closed_note:
        st.info(escape_markdown(view.closed_note))
    if not view.table.empty:
        show_table(view.table, key="ronde-voortgang", stem="voortgang-per-partij", label="Voortgang")
    for reminder in view.reminders:
        with st.expander(escape_markdown(f"Herinnering aan {reminder.party}"), key=f"herinnering-{reminder.party}"):
            st.code(reminder.body, language=None, wrap_lines=True)
            st.link_button(reminder.label, reminder.mailto, icon=":material/mail:")


# --- requests ---------------------------------------------------------------------------------------------
def requests(view: rounds.RoundView, shared: Loaded, deadline: dt.date | None) -> None:
    st.header("Verzoeken", anchor=False)
    if view.round_name is None or view.closed_on:
        st.caption("Er is geen open ronde om verzoeken voor te maken.")
        return
    st.markdown(
        escape_markdown(
            f"Elke rapporterende partij krijgt een Excel-bestand met haar eigen acties voor ronde {view.round_name}; "
            "alleen de voortgang en de status zijn in te vullen."
        )
    )
    party = st.selectbox("Partij", view.parties, key="ronde-partij", width=field_width(["Partij", *view.parties]))
    with st.container(horizontal=True, gap="small", wrap=True):
        st.download_button(
            "Verzoek voor deze partij",
            data=lambda: _request(shared, deadline, party),
            file_name=view.file_names.get(party, "verzoek.xlsx"),
            mime=XLSX_MIME,
            icon=":material/download:",
            key="download-verzoek",
            on_click="ignore",
        )
        st.download_button(
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


def answers(shared: Loaded, target: Target) -> None:
    st.header("Antwoorden", anchor=False)
    # One limit, said twice: the Dutch label and Streamlit's own line under the button name the same number.
    uploads = st.file_uploader(
        f"Ingevulde verzoeken (.xlsx, ten hoogste {target.max_mb} MB per bestand; meer tegelijk mag)",
        type=["xlsx"],
        accept_multiple_files=True,
        max_upload_size=target.max_mb,
        key="antwoorden",
    )
    if not uploads or shared.content is None:
        return
    files, too_large = [], []
    for upload in uploads:
        content = upload.getvalue()
        (too_large if update.too_large_message(len(content), target.max_mb) else files).append((upload.name, content))
    for name, content in too_large:
        st.error(escape_markdown(f"'{name}': {update.too_large_message(len(content), target.max_mb)}"))
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
        message = rounds.answers_message(merged.collected)
        offer_version(Made("answers", merged.content, shared.version, message), "de antwoorden", shared, target)


def offer_version(made: Made, label: str, shared: Loaded, target: Target) -> None:
    """A version made here: its check and changes, a download, and (with a store, without fout) a publish button."""
    stem = target.name.rsplit(".", 1)[0]
    name = f"{stem}-met-antwoorden.xlsx" if made.what == "answers" else f"{stem}-{made.what}.xlsx"
    candidate = update.check_upload(made.content, name, shared.checked, max_mb=max(target.max_mb, 25))
    show_candidate(candidate, key=f"ronde-{made.what}", table_key=f"ronde-{made.what}-verschillen")
    st.download_button(
        f"Nieuwe versie met {label}",
        data=made.content,
        file_name=name,
        mime=XLSX_MIME,
        icon=":material/download:",
        key=f"download-{made.what}",
        on_click="ignore",
    )
    offer = update.offer(candidate, can_publish=target.store is not None, current_bytes=shared.content)
    if offer.message:
        getattr(st, offer.level)(offer.message)
    if offer.take_in:
        st.button(
            "Publiceer deze versie",
            type="primary",
            icon=":material/published_with_changes:",
            key=f"overnemen-{made.what}",
            help="Deze versie wordt het werkboek dat iedereen ziet; de vorige blijft bewaard (zie Geschiedenis).",
            on_click=_publish,
            args=(target.store, made, name),
        )


def _publish(store: VersionStore, made: Made, name: str) -> None:
    """Publish ``made`` on top of the version it was made from (callback); what happened is said once, above."""
    base = made.base.id if made.base is not None else None
    try:
        result = publishing.publish(
            store, made.content, base=base, author=author(), name=name, today=dt.date.today(), message=made.message
        )
    except publishing.PublishRefused as exc:
        _say("error", str(exc))
        return
    except NewerVersionExists as exc:  # someone published in between: nothing is overwritten
        _say("warning", f"{exc} {rounds.made_again(made.what)}")
        st.session_state.pop(NEW_VERSION, None)
        return
    except StoreError as exc:  # the remote cannot be reached, refuses the token or the push: said in Dutch
        log.warning("Publishing a round version failed: %s", exc.detail or exc)
        _say("error", f"{exc} {NOT_PUBLISHED}")
        return
    st.session_state.pop(NEW_VERSION, None)
    _say(update.SUCCESS, publishing.published_message(result, name))


# --- a new round and closing one ------------------------------------------------------------------------------
def _build_version(what: str, build, base: Version | None, message) -> None:
    try:
        content = build()
    except round_files.RoundRefused as exc:
        st.session_state.pop(NEW_VERSION, None)
        _say("error", str(exc))
        return
    st.session_state[NEW_VERSION] = Made(what, content, base, message())


def new_round(shared: Loaded) -> None:
    st.header("Nieuwe ronde", anchor=False)
    with st.form("nieuwe-ronde"):
        with st.container(horizontal=True, gap="small", wrap=True):
            st.text_input("Naam van de ronde", placeholder="bijv. voorjaar 2026", key="ronde-naam", width=280)
            st.date_input(
                "Datum van de ronde", value=dt.date.today(), format="DD-MM-YYYY", key="ronde-datum", width=200
            )
        st.text_input(
            "Bron (mag leeg)", placeholder="bijv. Voortgangsbrief voorjaar 2026", key="ronde-bron", max_chars=300
        )
        st.form_submit_button(
            "Maak de nieuwe versie",
            icon=":material/add:",
            on_click=_build_version,
            args=(
                "nieuwe-ronde",
                lambda: _new(shared, "ronde-naam", "ronde-datum", "ronde-bron"),
                shared.version,
                lambda: rounds.new_round_message(st.session_state["ronde-naam"]),
            ),
        )


def _new(shared: Loaded, name: str, date: str, source: str) -> bytes:
    values = st.session_state
    return round_files.new_round(shared.content, shared.checked, values[name], values[date], values[source] or None)


def close_round(view: rounds.RoundView, shared: Loaded) -> None:
    st.header("Ronde vaststellen", anchor=False)
    for line in view.closed:
        st.caption(escape_markdown(line))
    if not view.closable:
        st.caption("Er is geen ronde om vast te stellen.")
        return
    st.markdown(
        "Stel een ronde vast zodra zij is gepubliceerd. Daarna meldt de controle elke wijziging in haar teksten en "
        "statussen als fout."
    )
    chosen = st.selectbox(
        "Ronde",
        view.closable,
        index=len(view.closable) - 1,
        key="ronde-vaststellen",
        width=field_width(["Ronde", *view.closable]),
    )
    sure = st.checkbox(f"Ronde {escape_markdown(chosen)} is gepubliceerd en mag niet meer veranderen", key="zeker")
    st.button(
        "Stel de ronde vast",
        disabled=not sure,
        icon=":material/lock:",
        key="vaststellen",
        on_click=_build_version,
        args=(
            "vastgesteld",
            lambda: round_files.close_round(shared.content, shared.checked, chosen),
            shared.version,
            lambda: rounds.closed_message(chosen),
        ),
    )


def made_version(shared: Loaded, target: Target) -> None:
    """The version of a new round or a closing, until it is published; dropped when the workbook changed since."""
    made = st.session_state.get(NEW_VERSION)
    if not isinstance(made, Made):
        return
    if _version_id(made.base) != _version_id(shared.version):
        st.session_state.pop(NEW_VERSION, None)
        st.warning(rounds.CHANGED_SINCE)
        return
    label = "de nieuwe ronde" if made.what == "nieuwe-ronde" else "de vastgestelde ronde"
    offer_version(made, label, shared, target)


def _version_id(version: Version | None) -> str | None:
    return version.id if version is not None else None
