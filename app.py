"""Werkagenda mbo - actieoverzicht: the Streamlit app's router.

Start with ``streamlit run app.py``. The workbook shown is ``workbook/actieoverzicht.xlsx`` unless
``WERKBOEK_PAD`` names another file. Every page lives in ``pages/`` and is registered here, in menu order.

This one file has two roles. Streamlit runs it for every visitor (``__name__ == "__main__"``): then it is
the router, :func:`route`. ``streamlit run`` also finds ``app = st.App(...)`` in it and imports it once
as a module to serve the app: then it wraps itself in one middleware that sends every page as
``<html lang="nl">`` (dashboard/html_lang.py; Streamlit itself hard-codes ``lang="en"``).
"""

from __future__ import annotations

import streamlit as st


def route() -> None:
    """The router of one visitor's run: access, the menu, the sidebar, the chosen page."""
    from dashboard import layout

    pages = [
        st.Page(
            "pages/overzicht.py", title="Overzicht", icon=":material/dashboard:", url_path="overzicht", default=True
        ),
        st.Page("pages/doelstellingen.py", title="Doelstellingen", icon=":material/flag:", url_path="doelstellingen"),
        st.Page("pages/partijen.py", title="Partijen", icon=":material/groups:", url_path="partijen"),
        st.Page("pages/budget.py", title="Budget", icon=":material/euro:", url_path="budget"),
        st.Page("pages/tijdlijn.py", title="Tijdlijn", icon=":material/timeline:", url_path="tijdlijn"),
        st.Page("pages/bijlage.py", title="Bijlage voor de Kamer", icon=":material/description:", url_path="bijlage"),
        st.Page("pages/bijwerken.py", title="Werkboek bijwerken", icon=":material/upload_file:", url_path="bijwerken"),
        st.Page("pages/ronde.py", title="Rapportageronde", icon=":material/forward_to_inbox:", url_path="ronde"),
        st.Page("pages/geschiedenis.py", title="Geschiedenis", icon=":material/history:", url_path="geschiedenis"),
        st.Page("pages/over.py", title="Over", icon=":material/info:", url_path="over"),
        st.Page(
            "pages/toegankelijkheid.py",
            title="Toegankelijkheid",
            icon=":material/accessibility_new:",
            url_path="toegankelijkheid",
        ),
    ]
    st.set_page_config(
        page_title="Werkagenda mbo - actieoverzicht",
        page_icon=":material/school:",
        layout="wide",
        initial_sidebar_state="auto",  # open beside the page on a wide screen; a drawer at 200% zoom and on a phone
    )
    if layout.access_granted():
        navigation = layout.navigation(pages)  # marks the run as inside the router
        layout.sidebar()
        layout.run_page(navigation)  # an unexpected error: logged, and one Dutch sentence for the visitor


if __name__ == "__main__":
    route()
else:  # imported by the server (streamlit run app.py): serve this same file, as a Dutch page
    from starlette.middleware import Middleware

    from dashboard.html_lang import HtmlLangMiddleware

    app = st.App(__file__, middleware=[Middleware(HtmlLangMiddleware)])
