"""Budget: the budget lines per year, per goal, by kind, the quality agendas and the composition of a whole."""

import streamlit as st

from dashboard import charts, layout
from dashboard import format as fmt
from dashboard.text import escape_markdown
from workbook import aggregate as agg
from workbook import settings as s

item = layout.start_page(
    "Budget",
    "De bedragen uit het blad Budget, in miljoenen euro's. Een bedrag dat onderdeel is van een ander bedrag "
    "wordt nooit bij dat geheel opgeteld. Elke regel is herkenbaar aan zijn Budget-ID en bron (zie de tooltips en de tabel).",
)
overview = item.overview
lines = agg.budget_lines(overview)

if lines.empty:
    st.info("Het blad Budget heeft (nog) geen bedragen.")
    st.stop()


def left_out_note(figure: agg.BudgetFigure) -> None:
    """Say which lines a figure leaves out, and why (traceability)."""
    if figure.left_out.empty:
        return
    parts = [
        f"{escape_markdown(budget_id)} ({escape_markdown(reason)})"
        for budget_id, reason in zip(figure.left_out[s.COL_BUDGET_ID], figure.left_out[agg.COL_REASON])
    ]
    st.caption("Niet opgeteld in deze grafiek: " + "; ".join(parts) + ".")


# --- headline ---------------------------------------------------------------------------------------
head = agg.headline(overview)
columns = st.columns(3)
columns[0].metric(
    "Structureel per jaar",
    fmt.euro_short(head.budget_per_year) if head.budget_per_year is not None else "-",
    help=f"Som van {', '.join(head.budget_per_year_ids) or 'geen regels'}: structurele bedragen die geen onderdeel zijn van een ander structureel bedrag.",
    border=True,
)
columns[1].metric(
    "Totaal over de looptijd",
    fmt.euro_short(head.budget_total) if head.budget_total is not None else "-",
    help=f"Som van {', '.join(head.budget_total_ids) or 'geen regels'} (soort 'totaal looptijd').",
    border=True,
)
columns[2].metric("Budgetregels", fmt.number(len(lines)), help="Regels in het blad Budget.", border=True)

# --- per year -----------------------------------------------------------------------------------------
per_year = agg.budget_per_year(overview)
if not per_year.rows.empty:
    layout.show_chart(
        charts.budget_per_year_chart(
            per_year,
            title="Budget per jaar",
            description=(
                "Per jaar de bedragen die voor dat jaar gelden, gestapeld per budgetregel (Budget-ID) en gekleurd naar soort; "
                "boven elke kolom het totaal van dat jaar."
            ),
        )
    )
    left_out_note(per_year)

# --- composition of a whole ----------------------------------------------------------------------------
wholes = agg.budget_wholes(overview)
if wholes:
    st.subheader("Waaruit bestaat het budget?")
    names = dict(zip(lines[s.COL_BUDGET_ID], lines[agg.COL_LABEL]))
    whole_id = wholes[0]
    if len(wholes) > 1:
        whole_id = st.selectbox("Geheel", wholes, format_func=lambda i: names.get(i, i), key="budget-geheel")
    comp = agg.composition(overview, whole_id)
    whole_text = fmt.euro_short(comp.whole[s.COL_AMOUNT])
    layout.show_chart(
        charts.composition_chart(
            comp,
            title=f"Samenstelling van {names.get(whole_id, whole_id)} ({whole_text})",
            description=(
                f"Bovenste balk: het geheel {whole_id}; daaronder elke regel die er onderdeel van is, met een eigen balk. "
                "Deze onderdelen overlappen elkaar (de ene ligt binnen de andere, of ze gelden voor verschillende jaren) "
                "en zijn daarom niet opgeteld."
                if comp.overlapping
                else f"Bovenste balk: het geheel {whole_id}; onderste balk: de regels die er onderdeel van zijn"
                + (
                    f", plus het deel dat niet is uitgesplitst ({fmt.euro_short(comp.rest)})."
                    if comp.rest > 0.005
                    else "."
                )
            ),
        )
    )
    if comp.other_basis:
        st.caption(
            f"Ook onderdeel van {whole_id}, maar over een andere periode gemeten (bijvoorbeeld per jaar tegenover de hele looptijd) "
            f"en daarom niet in deze grafiek: {', '.join(escape_markdown(i) for i in comp.other_basis)}."
        )
    if comp.overlapping:
        st.caption(
            f"De onderdelen van {whole_id} zijn samen {fmt.euro_short(comp.parts_total)}, meer dan het geheel ({whole_text}): "
            "ze overlappen, bijvoorbeeld een bedrag per jaar naast een bedrag dat daarbinnen valt. Zie de kolom 'Opmerking' in het blad Budget."
        )

# --- quality agendas ---------------------------------------------------------------------------------------
quality = agg.quality_agenda(overview)
if not quality.rows.empty:
    left, right = st.columns([3, 2], gap="large")
    with left:
        layout.show_chart(
            charts.quality_agenda_chart(
                quality,
                title="Budget voor de kwaliteitsagenda's per jaar",
                description="Het bedrag dat de mbo-instellingen per jaar ontvangen voor de uitvoering van hun kwaliteitsagenda.",
            )
        )
        left_out_note(quality)
    with right:
        st.markdown("**Per jaar**")
        shown = quality.rows[[agg.COL_YEAR, s.COL_BUDGET_ID, agg.COL_AMOUNT_TEXT, s.COL_SOURCE]]
        layout.show_table(
            shown,
            key="budget-kwaliteitsagendas",
            stem="budget-kwaliteitsagendas",
            label="Tabel",
            download=quality.rows[[agg.COL_YEAR, s.COL_BUDGET_ID, s.COL_DESCRIPTION, s.COL_AMOUNT, s.COL_SOURCE]],
        )

# --- per goal / priority -----------------------------------------------------------------------------------
by_group = agg.budget_by_group(overview)
if not by_group.rows.empty:
    layout.show_chart(
        charts.budget_group_chart(
            by_group,
            title="Budget per doelstelling of prioriteit",
            description=(
                "De bedragen die de bron aan een doelstelling of prioriteit koppelt, per soort bedrag naast elkaar "
                "(bedragen per jaar en eenmalige bedragen worden niet opgeteld)."
            ),
            groups=agg.group_order_budget(by_group),
        )
    )
    left_out_note(by_group)

# --- all lines by kind -------------------------------------------------------------------------------------------
by_kind = agg.budget_by_kind(overview)
layout.show_chart(
    charts.budget_lines_chart(
        by_kind,
        title="Alle budgetregels: structureel, per jaar, eenmalig",
        description="Elke budgetregel als eigen balk, gegroepeerd naar soort; niets is opgeteld.",
    )
)

st.subheader("Alle budgetregels")
columns = [
    s.COL_BUDGET_ID,
    s.COL_DESCRIPTION,
    s.COL_AMOUNT,
    s.COL_KIND,
    s.COL_FROM_YEAR,
    s.COL_TO_YEAR,
    s.COL_PRIORITY,
    s.COL_GOAL,
    s.COL_PART_OF,
    s.COL_SOURCE,
]
shown = lines[columns].copy()
shown[s.COL_AMOUNT] = lines[agg.COL_AMOUNT_TEXT]
layout.show_table(shown, key="budget-regels", stem="budgetregels", label="Budgetregels", download=lines[columns])
