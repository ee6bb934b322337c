"""Werkboek bijwerken: the check of the current workbook, a new version checked and compared, then published or
previewed."""

import datetime as dt

import streamlit as st

from dashboard import layout, panels, publishing, widgets
from dashboard.data import PREVIEW_BYTES, PREVIEW_NAME, load_published
from dashboard.store import version_store
from views import update
from workbook.versions import StoreError

# Buttons act in callbacks: they run once, before the page, even when the page reruns itself.


@st.cache_data(show_spinner=False, max_entries=2, scope="session")
def checked(content: bytes, name: str, _current, current_digest: str, max_mb: int, today: dt.date):
    """The check of this visitor's upload against the version they saw (cached on both files' content)."""
    return update.check_upload(content, name, _current, max_mb=max_mb, today=today)


def start_preview(content: bytes, name: str) -> None:
    st.session_state[PREVIEW_BYTES], st.session_state[PREVIEW_NAME] = content, name


def stop_preview() -> None:
    st.session_state.pop(PREVIEW_BYTES, None)
    st.session_state.pop(PREVIEW_NAME, None)


config = layout.config()
layout.ensure_router()
st.title("Werkboek bijwerken", anchor=False)
st.caption(
    "Controleer het werkboek, lever een nieuwe versie aan en zie wat er verandert. "
    "Alleen een versie zonder fouten kan worden gepubliceerd."
)
publishing.show_done_message()

shown = layout.loaded()
st.header("Controle van het getoonde werkboek", anchor=False)
if shown.is_preview:
    st.info(
        f"U bekijkt uw eigen versie '{widgets.text(shown.name)}' (alleen voor u zichtbaar); het gedeelde werkboek "
        "is niet veranderd."
    )
    st.button("Stop de voorbeeldweergave", icon=":material/close:", key="stop-preview", on_click=stop_preview)
shared = load_published(config)
seen_version = shared.version is not None and not shown.is_preview
st.markdown(
    f"**Bestand:** {widgets.text(shown.name)}"
    + (f"  \n**Gewijzigd:** {widgets.text(update.modified(shown.modified))}" if shown.modified else "")
    + (f"  \n**Versie:** {widgets.text(update.version_line(shared.version))}" if seen_version else "")
)
panels.show_report(shown.report, "huidig")
if shared.notice:
    st.warning(shared.notice)
panels.downloads(config.workbook_path, shared.content, shared.report)

st.header("Nieuwe versie aanleveren", anchor=False)
try:
    store = version_store(config)
except StoreError as exc:  # a setting that is not valid: said in Dutch, the page goes on as preview only
    st.error(str(exc))
    store = None
mode = update.PREVIEW_ONLY if store is None else update.GIT if config.git_remote else update.FOLDER
st.markdown(update.upload_intro(mode))
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
against, base = publishing.seen(store, shared, content)
with st.status("Uw versie wordt ingelezen en gecontroleerd...", expanded=False) as progress:
    candidate = checked(content, uploaded.name, against.checked, against.digest, config.max_upload_mb, dt.date.today())
    progress.update(label="Controle klaar", state="complete" if candidate.checked else "error")
if candidate.refusal:
    st.error(candidate.refusal)
    st.stop()

panels.show_candidate(candidate)

st.subheader("Wat wilt u doen?", anchor=False)
offer = update.offer(candidate, can_publish=store is not None, current_bytes=against.content)
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
if offer.take_in and (note := publishing.rebased_note()):
    st.warning(widgets.text(note))
if offer.take_in:
    st.button(
        "Publiceer deze versie",
        type="primary",
        icon=":material/published_with_changes:",
        key="overnemen",
        help="Deze versie wordt het werkboek dat iedereen ziet; de vorige blijft bewaard (zie Geschiedenis).",
        on_click=publishing.publish_upload,
        args=(store, candidate, base, against),
    )
