"""What each column means: the Dutch explanation on its header (the input message), per sheet and column.

The template's Toelichting lists the same texts, and ``format`` writes them on every header
(:mod:`workbook.dropdowns`); a test keeps each under Excel's 255-character limit.
"""

from __future__ import annotations

from . import contract

COLUMN_HELP: dict[tuple[str, str], str] = {
    (contract.SHEET_PRIORITIES, contract.COL_PRIORITY): "Nummer van de prioriteit: 1, 2 of 3.",
    (contract.SHEET_PRIORITIES, contract.COL_TITLE): "Korte titel van de prioriteit.",
    (contract.SHEET_PRIORITIES, contract.COL_AMBITION): "De ambitie van de prioriteit, zoals in de Werkagenda.",
    (
        contract.SHEET_GOALS,
        contract.COL_GOAL,
    ): "Code van de doelstelling: prioriteit, punt, volgnummer (bijv. 1.2). Elke code één keer.",
    (contract.SHEET_GOALS, contract.COL_PRIORITY): "De prioriteit waar deze doelstelling onder valt: 1, 2 of 3.",
    (contract.SHEET_GOALS, contract.COL_TITLE): "Korte titel van de doelstelling.",
    (contract.SHEET_GOALS, contract.COL_DESCRIPTION): "Omschrijving van de doelstelling.",
    (
        contract.SHEET_PARTIES,
        contract.COL_PARTY,
    ): "Korte naam van de partij, zoals die in de kolom Wie van Acties staat. Elke naam één keer.",
    (contract.SHEET_PARTIES, contract.COL_FULL_NAME): "Volledige naam van de partij.",
    (contract.SHEET_PARTIES, contract.COL_KIND): "Soort partij: kies uit de lijst.",
    (
        contract.SHEET_PARTIES,
        contract.COL_ALIASES,
    ): "Andere schrijfwijzen van de naam in de kolom Wie, gescheiden door een puntkomma (;). Mag leeg.",
    (
        contract.SHEET_ROUNDS,
        contract.COL_ROUND,
    ): "Naam van de rapportageronde (bijv. najaar 2025). In Acties horen de kolommen 'Voortgang <ronde>' en 'Status "
    "<ronde>'.",
    (contract.SHEET_ROUNDS, contract.COL_DATE): "Datum van de voortgangsbrief van deze ronde (dag-maand-jaar).",
    (
        contract.SHEET_ROUNDS,
        contract.COL_SOURCE,
    ): "Waar de gegevens van deze ronde vandaan komen (bijv. de titel van de Kamerbrief).",
    (
        contract.SHEET_ROUNDS,
        contract.COL_CLOSED,
    ): "Datum waarop de ronde is vastgesteld (gepubliceerd). Leeg zolang de ronde open is. Niet met de hand invullen: "
    "gebruik close-round.",
    (
        contract.SHEET_ROUNDS,
        contract.COL_FINGERPRINT,
    ): "Vingerafdruk van de teksten en statussen van de vastgestelde ronde. Niet wijzigen; leeg maken heropent de "
    "ronde.",
    (
        contract.SHEET_ROUNDS,
        contract.COL_LETTER_DATE,
    ): "Mag leeg. Datum van de Kamerbrief waar de bijlage bij hoort (dag-maand-jaar); staat op het voorblad van de "
    "bijlage.",
    (
        contract.SHEET_ROUNDS,
        contract.COL_REFERENCE,
    ): "Mag leeg. Het kenmerk van de Kamerbrief (bijv. 12345678); staat op het voorblad en in de kopregel van de "
    "bijlage.",
    (
        contract.SHEET_ROUNDS,
        contract.COL_PAPER,
    ): "Mag leeg. Het Kamerstuknummer van de brief (bijv. 31 524, nr. 617); staat op het voorblad van de bijlage.",
    (
        contract.SHEET_ACTIONS,
        contract.COL_ACTION_ID,
    ): "Code van de actie: doelstelling, streepje, volgnummer (bijv. 1.2-03). Elke code één keer.",
    (
        contract.SHEET_ACTIONS,
        contract.COL_GOAL,
    ): "De doelstelling van deze actie: kies uit de lijst (de codes van het blad Doelstellingen).",
    (contract.SHEET_ACTIONS, contract.COL_WHAT): "Wat er gebeurt: de actie zoals in de Werkagenda.",
    (
        contract.SHEET_ACTIONS,
        contract.COL_WHO,
    ): "Partijen, gescheiden door komma's; trekker met '(primair)'; na 'andere partijen:' de overige. Bijv.: OCW "
    "(primair), MBO Raad. De lijst helpt bij één naam; typen mag.",
    (contract.SHEET_ACTIONS, contract.COL_WHEN): "Wanneer, in woorden (bijv. 2023 – 2026 of Doorlopend).",
    (
        contract.SHEET_ACTIONS,
        contract.COL_REPORTER,
    ): "Mag leeg. De partij die over deze actie rapporteert, als dat niet de partij met '(primair)' is (of, zonder "
    "primair, de eerste in Wie). Kies uit de lijst.",
    (
        contract.SHEET_ACTIONS,
        contract.COL_START_YEAR,
    ): (
        f"Jaar waarin de actie begint: een heel getal van {contract.YEAR_MIN} tot en met {contract.YEAR_MAX}. "
        "Leeg als onbekend."
    ),
    (
        contract.SHEET_ACTIONS,
        contract.COL_END_YEAR,
    ): (
        f"Jaar waarin de actie klaar is: een heel getal van {contract.YEAR_MIN} tot en met {contract.YEAR_MAX}. "
        "Leeg bij doorlopend."
    ),
    (
        contract.SHEET_BUDGET,
        contract.COL_BUDGET_ID,
    ): "Code van de budgetregel: B en een nummer (bijv. B07). Elke code één keer.",
    (contract.SHEET_BUDGET, contract.COL_DESCRIPTION): "Waar het geld voor is.",
    (contract.SHEET_BUDGET, contract.COL_AMOUNT): "Bedrag in miljoenen euro's (bijv. 2,5), 0 of meer.",
    (contract.SHEET_BUDGET, contract.COL_KIND): "Soort bedrag: kies uit de lijst.",
    (
        contract.SHEET_BUDGET,
        contract.COL_FROM_YEAR,
    ): f"Eerste jaar van het bedrag: {contract.YEAR_MIN} tot en met {contract.YEAR_MAX}.",
    (
        contract.SHEET_BUDGET,
        contract.COL_TO_YEAR,
    ): f"Laatste jaar van het bedrag: {contract.YEAR_MIN} tot en met {contract.YEAR_MAX}. Leeg als het doorloopt.",
    (contract.SHEET_BUDGET, contract.COL_PRIORITY): "De prioriteit waar het bedrag bij hoort (1, 2 of 3). Mag leeg.",
    (
        contract.SHEET_BUDGET,
        contract.COL_GOAL,
    ): "De doelstelling waar het bedrag bij hoort: kies uit de lijst. Mag leeg.",
    (
        contract.SHEET_BUDGET,
        contract.COL_PART_OF,
    ): "Budget-ID van het bedrag waar dit bedrag deel van is (zodat het niet dubbel telt). Mag leeg.",
    (contract.SHEET_BUDGET, contract.COL_SOURCE): "Waar het bedrag vandaan komt (document en citaat).",
    (
        contract.SHEET_BUDGET,
        contract.COL_OVERLAPS,
    ): "Budget-ID's van regels die geld met deze regel delen zonder dat de een in de ander ligt, gescheiden door ; "
    "(bijv. B02; B04). Het dashboard telt dan alleen de grootste. Mag leeg.",
    (
        contract.SHEET_BUDGET,
        contract.COL_PRECISION,
    ): "Hoe exact het bedrag is, zoals de bron het zegt: kies uit de lijst (ongeveer, meer dan, ruim, bijna, oplopend "
    "tot). Leeg: precies dit bedrag.",
    (
        contract.SHEET_INDICATORS,
        contract.COL_INDICATOR_ID,
    ): "Code van de indicator: I en een nummer (bijv. I04). Elke code één keer.",
    (contract.SHEET_INDICATORS, contract.COL_INDICATOR): "Wat de indicator meet, in een korte zin.",
    (
        contract.SHEET_INDICATORS,
        contract.COL_GOAL,
    ): "De doelstelling waar de indicator bij hoort: kies uit de lijst. Mag leeg (dan bij geen doelstelling).",
    (contract.SHEET_INDICATORS, contract.COL_UNIT): "Eenheid van de waarden, bijv. % of aantal.",
    (
        contract.SHEET_INDICATORS,
        contract.COL_DIRECTION,
    ): "Wat beter is: kies hoger is beter of lager is beter. Leeg als de bron dat niet zegt.",
    (
        contract.SHEET_INDICATORS,
        contract.COL_BASE_YEAR,
    ): "Jaar (2022) of schooljaar (2021/2022) van de basiswaarde: de eerste meting of de basis die de bron noemt.",
    (contract.SHEET_INDICATORS, contract.COL_BASE_VALUE): "De basiswaarde: alleen het getal (61, niet 61%). Mag leeg.",
    (
        contract.SHEET_INDICATORS,
        contract.COL_TARGET,
    ): "De streefwaarde als de bron er een noemt: alleen het getal. Mag leeg.",
    (
        contract.SHEET_INDICATORS,
        contract.COL_TARGET_YEAR,
    ): "Jaar of schooljaar waarin de streefwaarde gehaald moet zijn. Mag leeg.",
    (
        contract.SHEET_INDICATORS,
        contract.COL_SOURCE,
    ): "Waar de indicator en de streefwaarde vandaan komen (document en citaat).",
    (
        contract.SHEET_MEASUREMENTS,
        contract.COL_INDICATOR_ID,
    ): "De indicator van deze meting: kies uit de lijst (de codes van het blad Indicatoren).",
    (
        contract.SHEET_MEASUREMENTS,
        contract.COL_YEAR,
    ): "Jaar (2024) of schooljaar (2021/2022) van de meting, zoals de bron het schrijft. Leeg als de bron geen jaar "
    "noemt.",
    (
        contract.SHEET_MEASUREMENTS,
        contract.COL_VALUE,
    ): "De gemeten waarde: alleen het getal (61, niet 61%). Leeg als de bron alleen woorden geeft.",
    (
        contract.SHEET_MEASUREMENTS,
        contract.COL_VALUE_TEXT,
    ): "De waarde letterlijk zoals in de bron (bijv. 25.544 of meer dan de helft).",
    (
        contract.SHEET_MEASUREMENTS,
        contract.COL_PRECISION,
    ): "Hoe exact de waarde is, zoals de bron het zegt: kies uit de lijst. Leeg: precies deze waarde.",
    (contract.SHEET_MEASUREMENTS, contract.COL_SOURCE): "Waar de meting vandaan komt (document en citaat).",
    (
        contract.SHEET_SOURCES,
        contract.COL_SOURCE,
    ): "De naam van het document precies zoals de kolommen Bron van de andere bladen hem noemen (bijv. "
    "002_17ac8c011985482e.txt). Elke naam één keer.",
    (
        contract.SHEET_SOURCES,
        contract.COL_TITLE,
    ): "De titel van het document zoals lezers hem zien in plaats van de bestandsnaam (bijv. Kamerbrief Kaders "
    "Werkagenda mbo).",
    (
        contract.SHEET_SOURCES,
        contract.COL_DATE,
    ): "De datum zoals het document zich dateert (bijv. 15 juli 2022 of najaar 2025). Leeg als het document geen "
    "datum noemt.",
    (
        contract.SHEET_SOURCES,
        contract.COL_REFERENCE,
    ): "Het kenmerk of Kamerstuknummer dat het document zelf noemt (bijv. 32516382). Mag leeg.",
    (
        contract.SHEET_SOURCES,
        contract.COL_URL,
    ): "Het webadres waar het document te lezen is, beginnend met https://. Mag leeg.",
}
PROGRESS_HELP = (
    "Wat er in de ronde {name} over de voortgang van de actie is gemeld. 'Idem.' betekent: niets "
    "veranderd sinds de vorige ronde."
)
STATUS_HELP = "Status van de actie in de ronde {name}: kies uit de lijst."


def help_text(sheet: str, header: str) -> str | None:
    """The Dutch explanation of a column, for its header's input message (None for unknown columns)."""
    if (sheet, header) in COLUMN_HELP:
        return COLUMN_HELP[(sheet, header)]
    if sheet == contract.SHEET_ACTIONS:
        parsed = contract.parse_round_column(header)
        if parsed:
            kind, name = parsed
            return (PROGRESS_HELP if kind == contract.PROGRESS_PREFIX.strip() else STATUS_HELP).format(name=name)
    return None
