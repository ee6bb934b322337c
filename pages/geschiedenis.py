"""Geschiedenis: every version of the workbook with date, author and summary; compare two, download one, put one
back."""

import streamlit as st

from dashboard import layout, publishing, release, state, widgets
from dashboard.store import version_store, workbook_name
from views import history as page
from workbook.versions import StoreError

config = layout.config()
layout.ensure_router()
st.title(page.TITLE, anchor=False)
st.caption(page.INTRO)

try:
    store = version_store(config)
    versions = store.history(page.MAX_VERSIONS) if store is not None else []
except StoreError as exc:  # a setting that is not valid, or a remote that cannot be reached before the first copy
    st.error(str(exc))
    st.stop()
if store is None:
    st.info(page.NO_STORE)
    st.stop()
if store.refresh_error is not None:
    st.warning(f"{store.refresh_error} U ziet de laatst opgehaalde versies.")
view = page.view(versions)
st.markdown(widgets.text(view.intro))
if view.current is None:
    st.stop()
widgets.show_table(view.table, key="geschiedenis", stem="geschiedenis-werkboek", label="Versies")
name = workbook_name(config)

st.header("Twee versies vergelijken", anchor=False)
width = state.field_width(view.labels.values())  # as wide as the longest choice: nothing cut off
pair = state.filter_row()
older = pair.selectbox(
    "Oudere versie",
    view.ids,
    index=min(1, len(view.ids) - 1),
    format_func=view.label,
    key="vergelijk-oud",
    width=width,
)
newer = pair.selectbox("Nieuwere versie", view.ids, index=0, format_func=view.label, key="vergelijk-nieuw", width=width)
if older == newer:
    st.caption("Kies twee verschillende versies om ze te vergelijken.")
else:
    publishing.show_comparison(store, view.version(older), view.version(newer), key="geschiedenis-verschillen")

st.header("Een versie downloaden", anchor=False)
chosen = st.selectbox("Versie", view.ids, format_func=view.label, key="download-versie", width=width)
publishing.download_version(store, view.version(chosen), name)

closed = release.closed_rounds(layout.loaded())
if closed:
    st.header("Een vastgestelde ronde downloaden", anchor=False)
    st.caption(
        "De bijlage en de open data van een vastgestelde ronde, gemaakt uit de versie waarin zij is vastgesteld."
    )
    chosen_round = st.selectbox("Ronde", closed, key="uitgave-ronde", width=state.field_width(closed))
    release.closed_round_section(chosen_round, key="geschiedenis-uitgave")

st.header("Een eerdere versie terugzetten", anchor=False)
publishing.show_done_message()  # the outcome of a restore, where the visitor clicked
if not view.earlier_ids:
    st.caption("Er is nog geen eerdere versie om terug te zetten.")
    st.stop()
back = st.selectbox(
    "Versie om terug te zetten", view.earlier_ids, format_func=view.label, key="terugzetten-versie", width=width
)
publishing.restore_section(store, view.version(back), view.current, name)
