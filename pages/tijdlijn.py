"""Tijdlijn: the actions on a time axis from Startjaar to Eindjaar, coloured by their latest status."""

import streamlit as st

from dashboard import charts, layout, state, widgets
from dashboard.views import cached
from domain.search import ActionQuery
from views import timeline as page

PAGE = "tijdlijn"
PARAMS = (state.PARAM_GOAL, state.PARAM_PARTY, state.PARAM_STATUS)

item = layout.start_page(page.TITLE, page.INTRO)
query, notes, options = state.from_url(item.overview, PARAMS)
state.show_notes(notes)

filters = state.filter_row()
goal = state.goal_select(filters, PAGE, query, options)
party = state.party_select(filters, PAGE, query, options)
status = state.status_select(filters, PAGE, query, label=f"Status ({item.overview.latest_round or 'laatste ronde'})")
view = cached(page.view, item, ActionQuery(goal=goal or None, party=party or None, status=status or None))

st.markdown(f"**{view.count}** {view.count_rest}")
if view.frame.empty:
    st.info("Geen acties met deze filters.")
    st.stop()

widgets.show_chart(
    charts.timeline_chart(
        view.frame, title=view.title, description=view.description, axis=view.axis, today_year=view.today
    ),
    numbers=view.numbers,
)
if view.facts:
    st.caption(view.facts)
