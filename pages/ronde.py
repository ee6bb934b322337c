"""Rapportageronde: how far the open round is, the requests per party, the answers taken in, a new round, closing.

Every step makes a new version of the workbook: checked and compared like an upload on Werkboek bijwerken,
offered as a download, and published through the app's version store (as Bijwerken does) on top of the version
it was made from; hosted without a store, only the download.
"""

import streamlit as st

from dashboard import layout, widgets
from dashboard import rounds as sections
from dashboard.data import load_published
from dashboard.store import version_store, workbook_name
from views import rounds
from workbook.versions import StoreError

config = layout.config()
layout.ensure_router()
st.title("Rapportageronde", anchor=False)
st.caption(
    "Vraag elke partij om de voortgang van haar acties, neem de antwoorden over, zie wie nog niet heeft "
    "geantwoord en stel de ronde vast als zij is gepubliceerd."
)
sections.show_message()
shared = load_published(config)
if shared.notice:
    st.warning(shared.notice)
layout.show_banners(shared)  # unreadable, or fouten: said as on every page (the steps below refuse a fout)
if shared.checked.workbook is None or shared.content is None:
    st.stop()
try:
    store = version_store(config)
except StoreError as exc:  # a setting that is not valid: said in Dutch, the page goes on with downloads only
    st.error(str(exc))
    store = None
target = sections.Target(store, workbook_name(config), config.max_upload_mb)

deadline = st.date_input(
    "Inleverdatum van de antwoorden (voor de verzoeken en de herinneringen)",
    value=None,
    format="DD-MM-YYYY",
    key="ronde-inleverdatum",
    width=420,
)
view = rounds.view(shared.checked, deadline)
if view.round_name:
    st.subheader(widgets.text(view.heading), anchor=False)

sections.progress(view)
sections.requests(view, shared, deadline)
sections.answers(shared, target)
sections.new_round(shared)
sections.close_round(view, shared)
sections.made_version(shared, target)
