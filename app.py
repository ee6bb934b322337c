"""Werkagenda mbo - actieoverzicht: the Streamlit app's router.

Start with ``streamlit run app.py``. The workbook shown is
``workbook/actieoverzicht.xlsx`` unless ``WERKBOEK_PAD`` names another file.
Every page lives in ``pages/`` and is registered here, in menu order.
"""

from __future__ import annotations

import streamlit as st

from dashboard import layout

PAGES = [
    st.Page("pages/overzicht.py", title="Overzicht", icon=":material/dashboard:", url_path="overzicht", default=True),
    st.Page("pages/doelstellingen.py", title="Doelstellingen", icon=":material/flag:", url_path="doelstellingen"),
    st.Page("pages/partijen.py", title="Partijen", icon=":material/groups:", url_path="partijen"),
    st.Page("pages/budget.py", title="Budget", icon=":material/euro:", url_path="budget"),
    st.Page("pages/tijdlijn.py", title="Tijdlijn", icon=":material/timeline:", url_path="tijdlijn"),
    st.Page("pages/bijwerken.py", title="Werkboek bijwerken", icon=":material/upload_file:", url_path="bijwerken"),
    st.Page("pages/geschiedenis.py", title="Geschiedenis", icon=":material/history:", url_path="geschiedenis"),
    st.Page("pages/over.py", title="Over", icon=":material/info:", url_path="over"),
]

st.set_page_config(
    page_title="Werkagenda mbo - actieoverzicht",
    page_icon=":material/school:",
    layout="wide",
    initial_sidebar_state="expanded",
)

if layout.access_granted():
    navigation = layout.navigation(PAGES)  # marks the run as inside the router
    layout.sidebar()
    layout.run_page(navigation)  # an unexpected error: logged, and one Dutch sentence for the visitor
