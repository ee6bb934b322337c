"""Overzicht: headline figures, status per priority and goal, what changed, which workbook."""

import streamlit as st

from dashboard import charts, layout
from dashboard import format as fmt
from dashboard.text import escape_markdown
from workbook import aggregate as agg
from workbook import settings as s

MAX_SENTENCES = 6  # the most frequent status moves; all moved actions are in the table

item = layout.start_page(
    "Overzicht",
    "Hoe staan de acties van de Werkagenda mbo 2023-2027 ervoor? De cijfers komen uit het actieoverzicht (het werkboek).",
)
overview = item.overview
head = agg.headline(overview)
latest = head.round or "laatste ronde"

# --- headline figures --------------------------------------------------------------------------
when = f" ({fmt.date_nl(head.round_date)})" if head.round_date else ""
st.markdown(f"**Stand in de rapportageronde {escape_markdown(latest)}**{when}")
columns = st.columns(5)
columns[0].metric("Acties", fmt.number(head.actions), help="Alle acties in het blad Acties.", border=True)
for column, status in zip(columns[1:3], (s.STATUS_DONE, s.STATUS_RUNNING)):
    n = head.status_counts[status]
    column.metric(
        status,
        f"{fmt.number(n)} ({fmt.percent(head.share(status))})",
        help=f"Acties met status '{status}' in de ronde {latest}.",
        border=True,
    )
columns[3].metric(
    "Eindjaar verstreken",
    fmt.number(head.past_end),
    help="Acties waarvan het eindjaar voorbij is, maar die nog niet Afgerond of Gestopt zijn.",
    border=True,
)
if head.budget_in_year is not None:
    columns[4].metric(
        f"Budget {head.budget_year}",
        fmt.euro_short(head.budget_in_year),
        help=(
            f"Som van de budgetregels die in {head.budget_year} gelden: {', '.join(head.budget_in_year_ids)}. "
            "Een bedrag dat onderdeel is van een ander bedrag telt niet dubbel. Zie de pagina Budget."
        ),
        border=True,
    )
else:
    columns[4].metric("Budget per jaar", "-", help="Het blad Budget heeft geen bedragen met jaren.", border=True)

shares = " · ".join(
    f"{status} {fmt.number(n)} ({fmt.percent(head.share(status))})" for status, n in head.status_counts.items() if n
)
st.caption(f"Status in {escape_markdown(latest)}: {shares}." if shares else "Er zijn nog geen acties.")

# --- status charts -----------------------------------------------------------------------------
if head.actions:
    layout.show_chart(
        charts.status_bars(
            agg.status_counts(overview, by=s.COL_PRIORITY),
            title=f"Status per prioriteit ({latest})",
            description=f"Aantal acties per prioriteit, verdeeld naar hun status in {latest}.",
            category_title="Prioriteit",
            order=agg.group_order(overview, s.COL_PRIORITY),
            legend_columns=6,
        )
    )
    layout.show_chart(
        charts.status_bars(
            agg.status_counts(overview, by=s.COL_GOAL),
            title=f"Status per doelstelling ({latest})",
            description=f"Aantal acties per doelstelling, verdeeld naar hun status in {latest}.",
            category_title="Doelstelling",
            order=agg.group_order(overview, s.COL_GOAL),
            legend_columns=6,
        )
    )
    st.page_link("pages/doelstellingen.py", label="Naar de acties per doelstelling", icon=":material/flag:")

# --- what changed ----------------------------------------------------------------------------------
st.subheader("Wat is er veranderd?")
if overview.previous_round:
    moves = agg.status_moves(overview)
    st.caption(f"Statuswijzigingen van {escape_markdown(overview.previous_round)} naar {escape_markdown(latest)}.")
    sentences = agg.move_sentences(moves)
    if sentences:
        shown = sentences[:MAX_SENTENCES]
        st.markdown("\n".join(f"- {escape_markdown(line)}" for line in shown))
        if len(sentences) > len(shown):
            rest = int(moves[agg.COL_COUNT].iloc[len(shown) :].sum())
            st.markdown(f"En nog {fmt.count(rest, 'actie', 'acties')} met een andere wijziging (zie hieronder).")
        with st.expander(
            f"Welke acties zijn veranderd? ({fmt.count(int(moves[agg.COL_COUNT].sum()), 'actie', 'acties')})"
        ):
            moved = agg.moved_actions(overview, overview.previous_round, overview.latest_round)
            layout.show_table(
                moved,
                key="overzicht-wijzigingen",
                stem=f"statuswijzigingen-{latest}".replace(" ", "-"),
                label="Wijzigingen",
            )
    else:
        st.markdown(
            f"Geen enkele actie heeft in {escape_markdown(latest)} een andere status dan in {escape_markdown(overview.previous_round)}."
        )
else:
    st.markdown("Er is nog maar één rapportageronde; er is niets om mee te vergelijken.")

# --- which workbook -------------------------------------------------------------------------------
st.subheader("Welk werkboek?")
report = item.report
state = "in orde" if report.valid else ("bevat fouten" if report.readable else "onleesbaar")
facts = [
    f"**Bestand:** {escape_markdown(item.name)}" + (" (uw eigen versie)" if item.is_preview else ""),
    f"**Gewijzigd:** {fmt.datetime_nl(item.modified)}" if item.modified else None,
    f"**Laatste ronde:** {escape_markdown(latest)}" + (f" ({fmt.date_nl(head.round_date)})" if head.round_date else ""),
    f"**Rondes:** {escape_markdown(', '.join(overview.rounds))}" if overview.rounds else None,
    f"**Controle:** {state}: {fmt.count(report.counts['fout'], 'fout', 'fouten')}, "
    f"{fmt.count(report.counts['waarschuwing'], 'waarschuwing', 'waarschuwingen')}",
]
st.markdown("  \n".join(f for f in facts if f))
st.page_link(
    layout.CHECK_PAGE, label="Bevindingen van de controle en een nieuwe versie aanleveren", icon=":material/fact_check:"
)
