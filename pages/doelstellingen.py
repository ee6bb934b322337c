"""Doelstellingen: per goal its wording, its status mix per round and its actions; filters in the URL."""

import streamlit as st

from dashboard import charts, layout, state
from dashboard import format as fmt
from dashboard.export import download_buttons, file_stem
from dashboard.text import escape_markdown
from workbook import aggregate as agg
from workbook import settings as s

PAGE = "doelstellingen"
PARAMS = (state.PARAM_GOAL, state.PARAM_PARTY, state.PARAM_STATUS, state.PARAM_ROUND, state.PARAM_TEXT)

item = layout.start_page(
    "Doelstellingen",
    "Per doelstelling: de tekst, de status per rapportageronde en de acties met hun voortgang. "
    "Uw keuze staat in de adresbalk: kopieer de link om precies deze weergave te delen.",
)
overview = item.overview
query, notes, options = state.from_url(overview, PARAMS)
state.show_notes(notes)
labels = agg.goal_labels(overview)
rounds_newest_first = list(reversed(overview.rounds))

# --- filters ---------------------------------------------------------------------------------------
with st.container(border=True):
    c_goal, c_party, c_round, c_status, c_text = st.columns([2.2, 1.3, 1.1, 1.1, 1.6])
    goal = state.goal_select(c_goal, PAGE, query, labels)
    party = state.party_select(c_party, PAGE, query, options)
    if rounds_newest_first:
        round_name = c_round.selectbox(
            "Ronde",
            rounds_newest_first,
            help="De ronde waarvan de status getoond en gefilterd wordt.",
            **state.bind(PAGE, state.PARAM_ROUND, query.round or overview.latest_round),
        )
    else:
        round_name = None
    status = c_status.selectbox(
        "Status",
        [state.ALL, *s.STATUSES],
        format_func=lambda v: v or "Alle statussen",
        help="Status in de gekozen ronde.",
        **state.bind(PAGE, state.PARAM_STATUS, query.status),
    )
    text = c_text.text_input(
        "Zoeken",
        placeholder="bijv. stage, JOB of 2.2-03",
        help="Zoekt in actienummer, Wat, Wie, Wanneer en alle voortgangsteksten (hoofdletters en accenten tellen niet).",
        max_chars=state.MAX_TEXT,
        **state.bind(PAGE, state.PARAM_TEXT, query.text),
    )

goal, party, status = goal or None, party or None, status or None
query = agg.ActionQuery(goal=goal, party=party, status=status, round=round_name, text=text or "")
actions = agg.filter_actions(overview, query)
notes_per_row = agg.action_notes(overview, item.report.findings)
table = agg.action_table(overview, actions, notes_per_row)
status_col = agg.status_column(overview, round_name)

shown = fmt.count(len(actions), "actie", "acties")
st.markdown(
    f"**{shown}** van de {fmt.number(len(overview.actions))}"
    + (" (alle acties)" if query.empty else " die aan de filters voldoen")
)
stem = file_stem("acties", goal, party, status, round_name, text)
download_buttons(table, stem, key="doelstellingen-acties", label="Acties")

if actions.empty:
    st.info(
        "Geen acties gevonden met deze filters. Kies een andere doelstelling, partij of status, of pas de zoektekst aan."
    )
    st.stop()

# --- status per round ------------------------------------------------------------------------------
if overview.rounds:
    by_goal = goal is None
    frame = agg.status_by_round(overview, actions, by_goal=by_goal)
    subject = "per doelstelling" if by_goal else f"van doelstelling {goal}"
    layout.show_chart(
        charts.status_by_round_chart(
            frame,
            title=f"Status per ronde {subject}",
            description=f"Aantal getoonde acties {subject} per status, voor elke rapportageronde naast elkaar.",
            rounds=overview.rounds,
            by_goal=by_goal,
            goals=list(labels.values()),
        )
    )

# --- goals and their actions -----------------------------------------------------------------------
tab_list, tab_table = st.tabs(["Per doelstelling", "Als tabel"])
with tab_list:
    goals = overview.goals.set_index(s.COL_GOAL, drop=False)
    present = [g for g in labels if g in set(actions[s.COL_GOAL])]
    for goal_code in present:
        st.subheader(escape_markdown(labels[goal_code]), anchor=f"doel-{goal_code}")
        if goal_code in goals.index:
            description = goals.loc[goal_code, s.COL_DESCRIPTION]
            if isinstance(description, str) and description.strip():
                st.markdown(escape_markdown(description))
        goal_actions = actions[actions[s.COL_GOAL] == goal_code]
        for row, action in goal_actions.iterrows():
            action_notes = notes_per_row.get(int(row), [])
            status_word = action[status_col]
            label = (
                f"{escape_markdown(action[s.COL_ACTION_ID])} · {escape_markdown(fmt.shorten(action[s.COL_WHAT], 100))} "
                f"{fmt.status_badge(status_word)}"
            )
            with st.expander(label, icon=":material/warning:" if action_notes else None):
                for note in action_notes:
                    st.warning(escape_markdown(note), icon=":material/warning:")
                lines = [
                    f"**Wat:** {escape_markdown(action[s.COL_WHAT])}",
                    f"**Wie:** {escape_markdown(action[s.COL_WHO])}",
                    f"**Wanneer:** {escape_markdown(action[s.COL_WHEN])}",
                ]
                st.markdown("  \n".join(lines))
                for round_item in reversed(overview.rounds):
                    progress = action[overview.progress_column(round_item)]
                    round_status = action[overview.status_column(round_item)]
                    text_shown = (
                        escape_markdown(progress)
                        if isinstance(progress, str) and progress.strip()
                        else "*(geen voortgangstekst)*"
                    )
                    st.markdown(
                        f"**Voortgang {escape_markdown(round_item)}** {fmt.status_badge(round_status)}  \n{text_shown}"
                    )
with tab_table:
    st.dataframe(fmt.for_display(table), hide_index=True, width="stretch", key="doelstellingen-tabel")
