"""Bijlage voor de Kamer: the appendix as Word (and PDF) for the chosen round, party and goal; built when clicked."""

import streamlit as st

import report
from dashboard import layout, release, state, widgets
from dashboard.views import cached
from views import appendix_page as page
from views.cover import Letter

PAGE = "bijlage"
PARAMS = (state.PARAM_ROUND, state.PARAM_PARTY, state.PARAM_GOAL)

item = layout.start_page(page.TITLE, page.INTRO)
overview = item.overview
query, notes, options = state.from_url(overview, PARAMS)
state.show_notes(notes)

with st.container(border=True):
    c_round, c_party, c_goal = st.columns([1.1, 1.3, 2.2])
    round_name = None
    if options.rounds:
        round_name = c_round.selectbox(
            "Ronde",
            list(reversed(options.rounds)),
            help="De ronde waarvan de voortgang in de bijlage staat, naast de ronde ervoor.",
            **state.bind(PAGE, state.PARAM_ROUND, query.round or overview.latest_round),
        )
    party = state.party_select(c_party, PAGE, query, options)
    goal = state.goal_select(c_goal, PAGE, query, options)

with st.expander("Kamerbrief (voorblad en kopregel)", expanded=False):
    st.caption(page.LETTER_INTRO)
    sheet = page.sheet_letter(overview, round_name)
    c_date, c_reference, c_paper = st.columns([1, 1.2, 1.2])
    letter = Letter(
        c_date.date_input("Datum van de Kamerbrief", sheet.date, format="DD-MM-YYYY", key=f"brief-datum-{round_name}"),
        c_reference.text_input("Kenmerk", sheet.reference or "", key=f"brief-kenmerk-{round_name}"),
        c_paper.text_input("Kamerstuk", sheet.paper or "", key=f"brief-kamerstuk-{round_name}"),
    )
version = release.shown_version(item)
view = cached(
    page.view,
    item,
    round_name,
    party or None,
    goal or None,
    letter,
    report=item.report,
    name=item.name,
    digest=item.digest,
    version_id=version.id if version else None,
)
if view.document is None:  # a workbook with fouten, or no round: no download
    for problem in view.choice.problems:
        st.error(widgets.text(problem), icon=":material/block:")
    st.stop()

document = view.document
st.markdown("  \n".join(f"**{label}:** {widgets.text(value)}" for label, value in view.facts))
pdf_possible = report.soffice_available()
with st.container(horizontal=True, gap="small"):
    st.download_button(
        "Bijlage als Word (.docx)",
        data=lambda: report.docx_bytes(document),
        file_name=f"{view.file_stem}.docx",
        mime=report.DOCX_MIME,
        key="bijlage-docx",
        icon=":material/download:",
        on_click="ignore",
        type="primary",
    )
    if pdf_possible:
        st.download_button(
            "Bijlage als PDF",
            data=lambda: report.pdf_bytes(report.docx_bytes(document), view.file_stem),
            file_name=f"{view.file_stem}.pdf",
            mime=report.PDF_MIME,
            key="bijlage-pdf",
            icon=":material/picture_as_pdf:",
            help="Omgezet met LibreOffice; dat duurt enkele seconden.",
            on_click="ignore",
        )
if not pdf_possible:
    st.caption(page.NO_PDF)

st.subheader("Open data", anchor=False)
st.caption(page.OPEN_DATA)
release.open_data_button(item, version, document.round_name, key="bijlage-opendata")
if document.round_name in release.closed_rounds(item):
    st.subheader(f"Vastgestelde ronde {document.round_name}", anchor=False)
    release.closed_round_section(document.round_name, key="bijlage-uitgave")

st.subheader("Inhoud", anchor=False)
st.markdown("\n".join(f"- {widgets.text(line)}" for line in view.contents) or "Geen acties in deze selectie.")
st.page_link(layout.CHECK_PAGE, label="Naar de controle van het werkboek", icon=":material/fact_check:")
