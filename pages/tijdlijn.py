"""Tijdlijn: the actions on a time axis from Startjaar to Eindjaar, coloured by their latest status."""

import streamlit as st

from dashboard import charts, layout, state
from dashboard import format as fmt
from dashboard.export import file_stem
from workbook import aggregate as agg
from workbook import settings as s

PAGE = "tijdlijn"
PARAMS = (state.PARAM_GOAL, state.PARAM_PARTY, state.PARAM_STATUS)

item = layout.start_page(
    "Tijdlijn",
    "Elke actie als balk van haar startjaar tot en met haar eindjaar, gekleurd en benoemd naar de laatste status. "
    "Een actie zonder eindjaar loopt door tot het einde van de as (pijl en 'doorlopend'), tenzij ze is afgerond of "
    "gestopt: dan eindigt de balk in het jaar van de ronde waarin dat gemeld werd.",
)
overview = item.overview
query, notes, options = state.from_url(overview, PARAMS)
state.show_notes(notes)
labels = agg.goal_labels(overview)
latest = overview.latest_round or "laatste ronde"

with st.container(border=True):
    c_goal, c_party, c_status = st.columns([2, 1.2, 1.2])
    goal = state.goal_select(c_goal, PAGE, query, labels)
    party = state.party_select(c_party, PAGE, query, options)
    status = c_status.selectbox(
        f"Status ({latest})",
        [state.ALL, *s.STATUSES],
        format_func=lambda v: v or "Alle statussen",
        **state.bind(PAGE, state.PARAM_STATUS, query.status),
    )
goal, party, status = goal or None, party or None, status or None

actions = agg.filter_actions(overview, agg.ActionQuery(goal=goal, party=party, status=status))
frame = agg.timeline(overview, actions)
axis = agg.timeline_axis(overview)
st.markdown(f"**{fmt.count(len(frame), 'actie', 'acties')}** van de {fmt.number(len(overview.actions))}")

if frame.empty:
    st.info("Geen acties met deze filters.")
    st.stop()

today = overview.today
now = today.year + (today.timetuple().tm_yday - 1) / 365.25
subject = f"doelstelling {goal}" if goal else "alle doelstellingen"
layout.show_chart(
    charts.timeline_chart(
        frame,
        title=f"Acties in de tijd ({subject})",
        description=(
            f"Eén balk per actie van startjaar tot en met eindjaar ({axis[0]} tot en met {axis[1]}); kleur en woord geven de status in {latest}. "
            "Een pijl en 'doorlopend' markeren lopende acties zonder eindjaar; de stippellijn is vandaag."
        ),
        axis=axis,
        today_year=now,
    )
)
open_count = int(frame[agg.COL_OPEN].sum())
unknown_start = int(frame[agg.COL_START_UNKNOWN].sum())
facts = []
if open_count:
    facts.append(
        f"{fmt.count(open_count, 'actie is', 'acties zijn')} doorlopend (geen eindjaar en niet afgerond of gestopt)"
    )
if unknown_start:
    facts.append(
        f"bij {fmt.count(unknown_start, 'actie', 'acties')} noemt de planning geen startjaar; die begint op de as in {axis[0]}"
    )
if facts:
    st.caption("; ".join(facts).capitalize() + ".")

table = frame[
    [
        s.COL_ACTION_ID,
        s.COL_GOAL,
        s.COL_WHAT,
        s.COL_WHEN,
        agg.COL_PERIOD,
        agg.COL_OPEN,
        agg.COL_LATEST_STATUS,
        agg.COL_PAST_END,
    ]
]
with st.expander("De tijdlijn als tabel"):
    layout.show_table(table, key="tijdlijn-tabel", stem=file_stem("tijdlijn", goal, party, status), label="Tijdlijn")
