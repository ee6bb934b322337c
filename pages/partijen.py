"""Partijen: the responsibility matrix (parties x goals, by role), a cell's actions, and one party's view."""

import streamlit as st

from dashboard import charts, layout, state
from dashboard import format as fmt
from dashboard.export import file_stem
from dashboard.text import escape_markdown
from workbook import aggregate as agg
from workbook import settings as s

PAGE = "partijen"
PARAMS = (state.PARAM_PARTY, state.PARAM_GOAL, state.PARAM_ROLE)
MATRIX_KEY = "partijen-matrix"

item = layout.start_page(
    "Partijen",
    "Wie draagt welke acties? Het aantal acties per partij en doelstelling, naar rol: primair (trekker), "
    "betrokken of genoemd bij andere partijen. Kies een partij of klik op een vakje voor de acties.",
)
overview = item.overview
query, notes, options = state.from_url(overview, PARAMS)
state.show_notes(notes)
labels = agg.goal_labels(overview)


def _take_cell() -> None:
    """A click on a matrix cell chooses that party and goal (in the URL, like the filters)."""
    selection = st.session_state.get(MATRIX_KEY)
    cells = (selection or {}).get("selection", {}).get(charts.SELECT_CELL, []) if selection else []
    if cells:
        cell = cells[0]
        state.write_params({state.PARAM_PARTY: cell.get(s.COL_PARTY), state.PARAM_GOAL: cell.get(s.COL_GOAL)})


# --- filters ---------------------------------------------------------------------------------------
with st.container(border=True):
    c_role, c_party, c_goal = st.columns([2.3, 1.2, 1.5])
    role = c_role.segmented_control(
        "Rol",
        [state.ALL, *s.ROLES],
        format_func=lambda r: r.capitalize() if r else "Alle rollen",
        **state.bind(PAGE, state.PARAM_ROLE, query.role),
    )
    party = state.party_select(c_party, PAGE, query, options)
    goal = state.goal_select(c_goal, PAGE, query, labels)
role, party, goal = role or None, party or None, goal or None
role_text = f"als {role}" if role else "in alle rollen"

# --- the matrix -------------------------------------------------------------------------------------
matrix = agg.party_matrix(overview, role=role)
parties = agg.party_order(matrix)
if not parties:
    st.info(f"Geen enkele partij heeft acties {role_text}.")
else:
    layout.show_chart(
        charts.party_heatmap(
            matrix,
            title=f"Acties per partij en doelstelling ({role_text})",
            description=(
                f"Het getal in een vakje is het aantal acties waarbij de partij {role_text} genoemd wordt; "
                "hoe donkerder, hoe meer. De verdeling over de rollen staat in de tooltip."
            ),
            parties=parties,
            goals=list(labels),
            chosen_party=party,
            chosen_goal=goal,
        ),
        key=MATRIX_KEY,
        on_select=_take_cell,
        selection_mode=charts.SELECT_CELL,
    )
    empty = [p for p in options.parties if p not in parties]
    if empty:
        st.caption(f"Zonder acties {role_text} (niet in de matrix): {escape_markdown(', '.join(empty))}.")
    with st.expander("De matrix als tabel"):
        wide = agg.party_matrix_wide(matrix, parties)
        layout.show_table(wide, key="partijen-matrix-tabel", stem=file_stem("partijen-matrix", role), label="Matrix")

# --- one party ----------------------------------------------------------------------------------------
if party:
    profile = agg.party_profile(overview, party)
    st.header(escape_markdown(party), anchor="partij")
    subtitle = profile.full_name if profile.full_name != party else ""
    if profile.kind:
        subtitle = f"{subtitle} ({profile.kind})" if subtitle else profile.kind
    if subtitle:
        st.caption(escape_markdown(subtitle))
    columns = st.columns(4)
    columns[0].metric(
        "Acties", fmt.number(profile.actions), border=True, help="Acties die de partij in de kolom Wie noemen."
    )
    for column, role_name in zip(columns[1:], s.ROLES):
        column.metric(role_name.capitalize(), fmt.number(profile.role_counts[role_name]), border=True)
    if profile.actions:
        done = profile.status_counts[s.STATUS_DONE]
        running = profile.status_counts[s.STATUS_RUNNING]
        st.markdown(
            f"In {escape_markdown(overview.latest_round or 'de laatste ronde')} is {fmt.percent(profile.share(s.STATUS_DONE))} "
            f"van de acties van {escape_markdown(party)} afgerond ({fmt.number(done)}) en loopt {fmt.percent(profile.share(s.STATUS_RUNNING))} ({fmt.number(running)})."
        )
        layout.show_chart(
            charts.role_status_chart(
                agg.party_status_counts(overview, party),
                title=f"Status van de acties van {party} per rol ({overview.latest_round or 'laatste ronde'})",
                description=f"Per rol het aantal acties van {party}, verdeeld naar hun laatste status.",
            )
        )
        st.page_link(
            "pages/doelstellingen.py",
            label=f"Alle acties van {escape_markdown(party)} per doelstelling, met hun voortgang",
            icon=":material/flag:",
            query_params={state.PARAM_PARTY: party},
        )

# --- the actions of the chosen party / goal ----------------------------------------------------------
if party or goal:
    subject = " ".join(
        part for part in (
            f"van {party}" if party else "",
            f"bij doelstelling {goal}" if goal else "",
            f"({role})" if role else "",
        ) if part
    )  # fmt: skip
    st.subheader(escape_markdown(f"Acties {subject}"))
    listed = agg.party_actions(overview, party, goal, role)
    if listed.empty:
        st.info(escape_markdown(f"Er zijn geen acties {subject}."))
    else:
        st.caption(fmt.count(len(listed), "rij", "rijen") + (": één per actie en partij." if not party else "."))
        layout.show_table(listed, key="partijen-acties", stem=file_stem("acties", party, goal, role), label="Acties")
else:
    st.caption("Kies hierboven een partij of doelstelling, of klik op een vakje in de matrix, om de acties te zien.")
