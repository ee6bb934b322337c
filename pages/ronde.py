"""Rapportageronde: how far the open round is, the requests per party, the answers taken in, a new round, closing.

Every step makes a new version of the workbook; it becomes the current one only through the check and the
take-in of Werkboek bijwerken (local), or is offered as a download (hosted).
"""

import streamlit as st

from dashboard import layout
from dashboard import rounds as sections
from dashboard.data import load_path
from views import rounds

config = layout.config()
layout.ensure_router()
st.title("Rapportageronde")
st.caption(
    "Vraag elke partij om de voortgang van haar acties, neem de antwoorden over, zie wie nog niet heeft "
    "geantwoord en stel de ronde vast als zij is gepubliceerd."
)
sections.show_message()
shared = load_path(config.workbook_path)
if shared.checked.workbook is None or shared.content is None:
    st.error("Het werkboek kan niet worden gelezen; zie de pagina Werkboek bijwerken.")
    st.stop()

deadline = st.date_input(
    "Inleverdatum van de antwoorden (voor de verzoeken en de herinneringen)",
    value=None,
    format="DD-MM-YYYY",
    key="ronde-inleverdatum",
)
view = rounds.view(shared.checked, deadline)
if view.round_name:
    st.subheader(f"Open ronde: {view.round_name}")

sections.progress(view)
sections.requests(view, shared, deadline)
sections.answers(shared, config.max_upload_mb, config.workbook_path, config.hosted)
sections.new_round(shared)
sections.close_round(view, shared)
sections.made_version(shared, config.workbook_path, config.hosted, config.max_upload_mb)
