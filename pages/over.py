"""Over: what the data is, where it comes from, and how to keep the workbook current."""

import streamlit as st

from dashboard import layout, widgets
from dashboard.theme import status_badge
from dashboard.views import cached
from views import about as page

item = layout.start_page(page.TITLE, page.INTRO)
view = cached(page.view, item)

st.header("Wat u ziet", anchor=False)
st.markdown(
    "In de **Werkagenda mbo 2023-2027** spreken studenten, docenten, mbo-scholen, gemeenten, werkgevers en het "
    "ministerie van OCW af het mbo te versterken: drie prioriteiten en twaalf doelstellingen, met per doelstelling "
    "acties. Dit dashboard toont het **actieoverzicht**: per actie *wat* er gebeurt, *wie* het doet, *wanneer*, en "
    "hoe ver het is in elke rapportageronde. Daarnaast het budget dat voor de werkagenda beschikbaar is."
)
widgets.show_metrics(view.metrics)

st.header("Waar de gegevens vandaan komen", anchor=False)
st.markdown(
    "Alle cijfers komen uit één bestand: het werkboek **actieoverzicht.xlsx**. Beleidsmedewerkers houden het bij in "
    "Excel of LibreOffice; het is een getrouwe overname van openbare documenten van de Rijksoverheid"
    + (
        " (het blad *Bronnen*):"
        if not view.sources.empty
        else ":\n"
        "- de samenvatting van de *Werkagenda mbo 2023-2027* (prioriteiten, doelstellingen, investering);\n"
        "- de Kamerbrief *Kaders Werkagenda mbo* (15 juli 2022);\n"
        "- het **actie-overzicht** met de voortgang per actie (zomer 2024 en najaar 2025);\n"
        "- het jaarverslag 2022 van OCW (hoe de werkagenda tot stand kwam);\n"
        "- de voortgangsbrief over de Werkagenda en het Stagepact (najaar 2025), met het budget voor de "
        "kwaliteitsagenda's."
    )
)
if not view.sources.empty:
    widgets.show_table(view.sources, key="over-bronnen", stem="bronnen", label="Bronnen")
st.markdown(
    "Elke rapportageronde noemt haar bron in het blad *Rondes*; elk bedrag zijn bron in de kolom *Bron* van het blad "
    "*Budget*, met het citaat uit het document."
)
if not view.rounds.empty:
    st.subheader("Rapportagerondes in dit werkboek", anchor=False)
    widgets.show_table(
        view.rounds_shown, key="over-rondes", stem="rapportagerondes", label="Rondes", download=view.rounds
    )

st.header("Wat de statussen betekenen", anchor=False)
st.markdown(
    "De status beoordelen de beheerders per ronde voor de actie als geheel, op basis van de voortgangstekst van die "
    "ronde. Kleuren zijn gekozen om ook bij kleurenblindheid te onderscheiden, en staan altijd naast het woord."
)
st.markdown("\n".join(f"- {status_badge(status)} {meaning}" for status, meaning in view.meanings))

st.header("Het werkboek actueel houden", anchor=False)
st.markdown(
    "1. Open **actieoverzicht.xlsx** in Excel of LibreOffice. Verander geen bladnamen of kolomkoppen; "
    "voeg geen cellen samen en verberg geen rijen.\n"
    "2. Nieuwe rapportageronde: voeg in het blad *Rondes* een rij toe (naam, datum van de voortgangsbrief, bron) en "
    "in het blad *Acties* twee kolommen: `Voortgang <ronde>` en `Status <ronde>`. Vul per actie de tekst en de status "
    "in.\n"
    "3. Controleer het bestand op de pagina **Werkboek bijwerken**: u ziet per blad wat er mis is, met een "
    "gekleurde kopie van uw bestand. Pas daarna wordt de nieuwe versie overgenomen; er gaat niets verloren.\n"
    "4. Het dashboard toont de nieuwe ronde vanzelf als laatste ronde en vergelijkt haar met de vorige."
)
st.page_link(layout.CHECK_PAGE, label="Naar Werkboek bijwerken", icon=":material/upload_file:")
st.caption(
    "De volledige handleiding voor beheerders staat in docs/werkboek.md; elke controle met een voorbeeldmelding in "
    "docs/validatie.md."
)

st.header("Toegankelijkheid", anchor=False)
st.markdown(
    "Elke grafiek heeft een titel, een korte beschrijving en haar getallen als tabel eronder; kleuren staan altijd "
    "naast een woord of getal; elke tabel kan als CSV of Excel worden gedownload, precies zoals gefilterd. Tekst uit "
    "het werkboek wordt altijd als gewone tekst getoond. De filters staan in de link in de adresbalk, zodat u een "
    "weergave kunt delen."
)
st.page_link(
    "pages/toegankelijkheid.py", label="Naar de toegankelijkheidsverklaring", icon=":material/accessibility_new:"
)
