"""Budget: the budget lines per year, per goal, by kind, the quality agendas and the composition of a whole."""

import streamlit as st

from dashboard import charts, layout, widgets
from dashboard.views import cached
from views import budget as page

WHOLE_KEY = "budget-geheel"

item = layout.start_page(page.TITLE, page.INTRO)
view = cached(page.view, item, st.session_state.get(WHOLE_KEY))
if view.empty:
    st.info("Het blad Budget heeft (nog) geen bedragen.")
    st.stop()


def show(chart, builder, **kwargs) -> None:
    """A budget chart, then the lines it does not add up (traceability)."""
    widgets.show_chart(
        builder(chart.figure, title=chart.title, description=chart.description, **kwargs), numbers=chart.numbers
    )
    if chart.left_out:
        st.caption(widgets.text(chart.left_out))


widgets.show_metrics(view.metrics)
if view.per_year:
    show(view.per_year, charts.budget_per_year_chart)

if view.whole:
    st.subheader("Waaruit bestaat het budget?", anchor=False)
    if len(view.wholes) > 1:
        names = view.whole_names
        st.radio("Geheel", list(view.wholes), format_func=lambda i: names.get(i, i), key=WHOLE_KEY)  # long names wrap
    whole = view.whole
    widgets.show_chart(
        charts.composition_chart(whole.composition, title=whole.title, description=whole.description),
        numbers=whole.numbers,
    )
    for caption in whole.captions:
        st.caption(widgets.text(caption))

if view.quality:
    left, right = st.columns([3, 2], gap="large")
    with left:
        show(view.quality, charts.quality_agenda_chart)
    with right:
        st.markdown("**Per jaar**")
        widgets.show_table(
            view.quality_table,
            key="budget-kwaliteitsagendas",
            stem="budget-kwaliteitsagendas",
            download=view.quality_download,
        )

if view.by_group:
    show(view.by_group, charts.budget_group_chart, groups=list(view.group_order))
show(view.by_kind, charts.budget_lines_chart)

st.subheader("Alle budgetregels", anchor=False)
widgets.show_table(view.table, key="budget-regels", stem="budgetregels", label="Budgetregels", download=view.download)
