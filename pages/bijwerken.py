"""Werkboek bijwerken: the check of the current workbook, a new version checked and compared, then taken in or
previewed."""

import datetime as dt

import streamlit as st

from dashboard import layout, panels, widgets
from dashboard.data import PREVIEW_BYTES, PREVIEW_NAME, load_path
from views import update

DONE_MESSAGE = "bijwerken_melding"  # session key: (kind, text) after a take-in, shown once
# Buttons act in callbacks: they run once, before the page, even when the page reruns itself.


@st.cache_data(show_spinner=False, max_entries=2, scope="session")
def checked(content: bytes, name: str, _current, current_digest: str, max_mb: int, today: dt.date):
    """The check of this visitor's upload against the current workbook (cached on both files' content)."""
    return update.check_upload(content, name, _current, max_mb=max_mb, today=today)


def start_preview(content: bytes, name: str) -> None:
    st.session_state[PREVIEW_BYTES], st.session_state[PREVIEW_NAME] = content, name


def stop_preview() -> None:
    st.session_state.pop(PREVIEW_BYTES, None)
    st.session_state.pop(PREVIEW_NAME, None)


def make_current(candidate, path, hosted: bool) -> None:
    try:
        result = update.take_in(path, candidate.content, name=candidate.name, today=dt.date.today(), hosted=hosted)
    except update.TakeInRefused as exc:  # a last-second check refused
        st.session_state[DONE_MESSAGE] = ("error", str(exc))
        return
    except OSError as exc:  # the folder is read-only or full: the old file is still there, unchanged
        st.session_state[DONE_MESSAGE] = ("error", update.write_error_message(exc))
        return
    stop_preview()
    st.session_state[DONE_MESSAGE] = (update.SUCCESS, update.take_in_message(candidate.name, result))


config = layout.config()
layout.ensure_router()
st.title("Werkboek bijwerken", anchor=False)
st.caption(
    "Controleer het werkboek, lever een nieuwe versie aan en zie wat er verandert. "
    "Het werkboek wordt alleen vervangen door een versie zonder fouten."
)
message = st.session_state.pop(DONE_MESSAGE, None)
if message:
    (st.success if message[0] == update.SUCCESS else st.error)(widgets.text(message[1]))

shown = layout.loaded()
st.header("Controle van het getoonde werkboek", anchor=False)
if shown.is_preview:
    st.info(
        f"U bekijkt uw eigen versie '{widgets.text(shown.name)}' (alleen voor u zichtbaar); het gedeelde werkboek "
        "is niet veranderd."
    )
    st.button("Stop de voorbeeldweergave", icon=":material/close:", key="stop-preview", on_click=stop_preview)
st.markdown(
    f"**Bestand:** {widgets.text(shown.name)}"
    + (f"  \n**Gewijzigd:** {widgets.text(update.modified(shown.modified))}" if shown.modified else "")
)
panels.show_report(shown.report, "huidig")

shared = load_path(config.workbook_path)
current_bytes = shared.content
panels.downloads(config.workbook_path, current_bytes, shared.report)

st.header("Nieuwe versie aanleveren", anchor=False)
st.markdown(update.upload_intro(config.hosted))
# One limit, said twice: the Dutch label and Streamlit's own line under the button ("10MB per file") name the same
# number. A larger file is refused by the browser; check_upload refuses it again on the server, in Dutch.
uploaded = st.file_uploader(
    f"Nieuwe versie van het werkboek (.xlsx, ten hoogste {config.max_upload_mb} MB)",
    type=["xlsx"],
    max_upload_size=config.max_upload_mb,
    key="nieuwe-versie",
)
if uploaded is None:
    st.stop()
content = uploaded.getvalue()
with st.status("Uw versie wordt ingelezen en gecontroleerd...", expanded=False) as progress:
    candidate = checked(content, uploaded.name, shared.checked, shared.digest, config.max_upload_mb, dt.date.today())
    progress.update(label="Controle klaar", state="complete" if candidate.checked else "error")
if candidate.refusal:
    st.error(candidate.refusal)
    st.stop()

panels.show_candidate(candidate)

st.subheader("Wat wilt u doen?", anchor=False)
offer = update.offer(candidate, hosted=config.hosted, current_bytes=current_bytes)
if offer.preview:
    st.button(
        "Bekijk het dashboard met deze versie (alleen voor u)",
        icon=":material/visibility:",
        key="start-preview",
        on_click=start_preview,
        args=(content, candidate.name),
    )
if offer.message:
    getattr(st, offer.level)(offer.message)
if offer.take_in:
    st.button(
        "Maak dit het huidige werkboek",
        type="primary",
        icon=":material/published_with_changes:",
        key="overnemen",
        on_click=make_current,
        args=(candidate, config.workbook_path, config.hosted),
    )
