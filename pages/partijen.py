"""Partijen: the responsibility matrix (parties x goals, by role), a cell's actions, and one party's view."""

import streamlit as st

from dashboard import charts, layout, state, widgets
from dashboard.views import cached
from views import parties as page
from workbook import contract

PAGE = "partijen"
PARAMS = (state.PARAM_PARTY, state.PARAM_GOAL, state.PARAM_ROLE)
MATRIX_KEY = "partijen-matrix"

item = layout.start_page(page.TITLE, page.INTRO)
query, notes, options = state.from_url(item.overview, PARAMS)
state.show_notes(notes)


def _take_cell() -> None:
    """A click on a matrix cell chooses that party and goal (in the URL, like the filters)."""
    selection = st.session_state.get(MATRIX_KEY) or {}
    cells = selection.get("selection", {}).get(charts.SELECT_CELL, [])
    if cells:
        state.write_params(
            {state.PARAM_PARTY: cells[0].get(contract.COL_PARTY), state.PARAM_GOAL: cells[0].get(contract.COL_GOAL)}
        )


filters = state.filter_row()
role = filters.segmented_control(
    "Rol",
    [state.ALL, *contract.ROLES],
    format_func=lambda r: r.capitalize() if r else "Alle rollen",
    wrap=True,
    **state.bind(PAGE, state.PARAM_ROLE, query.role),
)
party = state.party_select(filters, PAGE, query, options)
goal = state.goal_select(filters, PAGE, query, options)
view = cached(page.view, item, party or None, goal or None, role or None)

if view.nobody:
    st.info(widgets.text(view.nobody))
else:
    widgets.show_chart(
        charts.party_heatmap(
            view.matrix,
            title=view.matrix_title,
            description=view.matrix_description,
            parties=list(view.parties),
            goals=list(view.goals),
            chosen_party=party or None,
            chosen_goal=goal or None,
        ),
        numbers=view.matrix_numbers,
        key=MATRIX_KEY,
        on_select=_take_cell,
        selection_mode=charts.SELECT_CELL,
    )
    if view.without_actions:
        st.caption(widgets.text(view.without_actions))

profile = view.profile
if profile is not None:
    st.header(widgets.text(profile.heading), anchor="partij")
    if profile.subtitle:
        st.caption(widgets.text(profile.subtitle))
    widgets.show_metrics(profile.metrics)
    if profile.sentence:
        st.markdown(widgets.text(profile.sentence))
        widgets.show_chart(
            charts.role_status_chart(
                profile.role_status, title=profile.chart_title, description=profile.chart_description
            ),
            numbers=profile.role_numbers,
        )
        st.page_link(
            "pages/doelstellingen.py",
            label="Naar de acties per doelstelling",
            help=widgets.text(profile.link_label),
            icon=":material/flag:",
            query_params={state.PARAM_PARTY: profile.heading},
        )

if view.actions_heading:
    st.subheader(widgets.text(view.actions_heading), anchor=False)
    if view.actions.empty:
        st.info(widgets.text(view.actions_caption))
    else:
        st.caption(view.actions_caption)
        widgets.show_table(view.actions, key="partijen-acties", stem=view.actions_stem, label="Acties")
else:
    st.caption(view.nothing_chosen)
