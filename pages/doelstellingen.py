"""Doelstellingen: per goal its wording, its status mix per round and its actions; filters in the URL."""

import streamlit as st

from dashboard import charts, layout, state, widgets
from dashboard.indicators import show_indicators
from dashboard.tables import for_display
from dashboard.theme import status_badge
from dashboard.views import cached
from domain.search import ActionQuery
from views import goals as page

PAGE = "doelstellingen"
PARAMS = (state.PARAM_GOAL, state.PARAM_PARTY, state.PARAM_STATUS, state.PARAM_ROUND, state.PARAM_TEXT)

item = layout.start_page(page.TITLE, page.INTRO)
overview = item.overview
query, notes, options = state.from_url(overview, PARAMS)
state.show_notes(notes)

filters = state.filter_row()
goal = state.goal_select(filters, PAGE, query, options)
party = state.party_select(filters, PAGE, query, options)
round_name = state.round_select(filters, PAGE, query, options, overview.latest_round)
status = state.status_select(filters, PAGE, query, help="Status in de gekozen ronde.")
text = filters.text_input(
    "Zoeken",
    placeholder="bijv. stage, JOB of 2.2-03",
    help="Zoekt in actienummer, Wat, Wie, Wanneer en alle voortgangsteksten (hoofdletters en accenten tellen niet).",
    max_chars=state.MAX_TEXT,
    width=state.SEARCH_WIDTH_PX,
    **state.bind(PAGE, state.PARAM_TEXT, query.text),
)

chosen = ActionQuery(goal=goal or None, party=party or None, status=status or None, round=round_name, text=text or "")
view = cached(page.view, item, chosen, report=item.report)

st.markdown(f"**{view.count}** {view.count_rest}")
widgets.download_buttons(view.table, view.stem, key="doelstellingen-acties", label="Acties")
if view.empty:
    st.info(
        "Geen acties gevonden met deze filters. Kies een andere doelstelling, partij of status, of pas de "
        "zoektekst aan."
    )
    st.stop()

if not view.chart.empty:
    widgets.show_chart(
        charts.status_by_round_chart(
            view.chart,
            title=view.chart_title,
            description=view.chart_description,
            rounds=options.rounds,
            by_goal=view.by_goal,
            goals=list(view.goal_order),
        ),
        numbers=view.chart_numbers,
    )

tab_list, tab_table = st.tabs(["Per doelstelling", "Als tabel"])
with tab_list:
    for section in view.sections:
        st.subheader(widgets.text(section.label), anchor=f"doel-{section.code}")
        if section.description:
            st.markdown(widgets.text(section.description))
        st.caption(widgets.text(" ".join(section.summary)))
        show_indicators(section.indicators, key=f"indicatoren-{section.code}")
        for card in section.actions:
            label = f"{widgets.text(card.action_id)} · {widgets.text(card.headline)} {status_badge(card.status)}"
            with st.expander(label, icon=":material/warning:" if card.notes else None):
                for note in card.notes:
                    st.warning(widgets.text(note), icon=":material/warning:")
                facts = (("Wat", card.what), ("Wie", card.who), ("Wanneer", card.when))
                st.markdown("  \n".join(f"**{name}:** {widgets.text(value)}" for name, value in facts))
                for entry in card.rounds:
                    shown = widgets.text(entry.text) if entry.text else f"*{page.NO_TEXT}*"
                    st.markdown(f"**Voortgang {widgets.text(entry.round)}** {status_badge(entry.status)}  \n{shown}")
    if view.other_indicators:
        st.subheader(widgets.text(view.other_heading), anchor="indicatoren-zonder-doelstelling")
        show_indicators(view.other_indicators, key="indicatoren-zonder-doel", heading="")
with tab_table:
    st.dataframe(for_display(view.table), hide_index=True, width="stretch", key="doelstellingen-tabel")
