"""Tijdlijn: the actions on a time axis from Startjaar to Eindjaar, coloured by their latest status."""

import streamlit as st

from dashboard import charts, layout, state, widgets
from dashboard.views import cached
from domain.search import ActionQuery
from views import timeline as page
from workbook import contract as s

PAGE = "tijdlijn"
PARAMS = (state.PARAM_GOAL, state.PARAM_PARTY, state.PARAM_STATUS)

item = layout.start_page(page.TITLE, page.INTRO)
query, notes, options = state.from_url(item.overview, PARAMS)
state.show_notes(notes)

with st.container(border=True):
    c_goal, c_party, c_status = st.columns([2, 1.2, 1.2])
    goal = state.goal_select(c_goal, PAGE, query, options)
    party = state.party_select(c_party, PAGE, query, options)
    status = c_status.selectbox(
        f"Status ({item.overview.latest_round or 'laatste ronde'})",
        [state.ALL, *s.STATUSES],
        format_func=lambda v: v or "Alle statussen",
        **state.bind(PAGE, state.PARAM_STATUS, query.status),
    )
view = cached(page.view, item, ActionQuery(goal=goal or None, party=party or None, status=status or None))

st.markdown(f"**{view.count}** {view.count_rest}")
if view.frame.empty:
    st.info("Geen acties met deze filters.")
    st.stop()

widgets.show_chart(
    charts.timeline_chart(
        view.frame, title=view.title, description=view.description, axis=view.axis, today_year=view.today
    )
)
if view.facts:
    st.caption(view.facts)
with widgets.lazy_expander("De tijdlijn als tabel", key="tijdlijn-tabel-open") as opened:
    if opened:
        widgets.show_table(view.table, key="tijdlijn-tabel", stem=view.stem, label="Tijdlijn")
