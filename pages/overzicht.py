"""Overzicht: headline figures, status per priority and goal, what changed, which workbook."""

import streamlit as st

from dashboard import charts, layout, widgets
from dashboard.views import cached
from views import overview as page

item = layout.start_page(page.TITLE, page.INTRO)
view = cached(page.view, item, item.name, item.modified, item.is_preview, report=item.report)

st.markdown(f"**{widgets.text(view.round_heading)}**")
widgets.show_metrics(view.metrics)
st.caption(widgets.text(view.status_sentence))

for chart in view.charts:
    widgets.show_chart(
        charts.status_bars(
            chart.counts,
            title=chart.title,
            description=chart.description,
            category_title=chart.category,
            order=list(chart.order),
            legend_columns=6,
        ),
        numbers=chart.numbers,
    )
if view.charts:
    st.page_link("pages/doelstellingen.py", label="Naar de acties per doelstelling", icon=":material/flag:")

st.subheader("Wat is er veranderd?", anchor=False)
if view.changes_caption:
    st.caption(widgets.text(view.changes_caption))
if view.change_sentences:
    st.markdown("\n".join(f"- {widgets.text(line)}" for line in view.change_sentences))
    if view.changes_rest:
        st.markdown(view.changes_rest)
    with widgets.lazy_expander(view.changes_label, key="overzicht-wijzigingen-open") as opened:
        if opened:
            widgets.show_table(view.moved, key="overzicht-wijzigingen", stem=view.moved_stem, label="Wijzigingen")
else:
    st.markdown(widgets.text(view.no_changes))

st.subheader("Welk werkboek?", anchor=False)
st.markdown("  \n".join(f"**{label}:** {widgets.text(value)}" for label, value in view.facts))
st.page_link("pages/bijlage.py", label="Naar de bijlage voor de Kamer", icon=":material/description:")
st.page_link(layout.CHECK_PAGE, label="Naar Werkboek bijwerken", icon=":material/fact_check:")
