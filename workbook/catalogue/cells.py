"""One cell: its type, its range, its pattern, and rows or values that occur twice."""

from __future__ import annotations

from .. import contract
from ..findings import ERROR
from .base import finding, section

A, B = contract.SHEET_ACTIONS, contract.SHEET_BUDGET
IND, MEAS = contract.SHEET_INDICATORS, contract.SHEET_MEASUREMENTS

CODES = section(
    "Cellen",
    finding(
        "formula-error",
        ERROR,
        "In {where} geeft de formule een fout ({value}). Herstel de formule of typ de waarde zelf.",
        description="Een formule geeft geen fout.",
        example=dict(sheet=A, row=3, column=contract.COL_START_YEAR, cell="F3", value="#DEEL/0!"),
    ),
    finding(
        "formula-without-value",
        ERROR,
        "In {where} staat een formule zonder berekende waarde. Open het bestand in Excel of LibreOffice, laat het "
        "herberekenen en sla opnieuw op, of typ de waarde zelf.",
        description="Een formule heeft een berekende waarde.",
        example=dict(sheet=A, row=4, column=contract.COL_END_YEAR, cell="G4"),
    ),
    finding(
        "required-value",
        ERROR,
        "{where} is leeg, maar moet ingevuld zijn. Vul de cel in.",
        description="Verplichte cellen zijn ingevuld (zoals Actie-ID, Doelstelling, Wat, Wie, Bedrag).",
        example=dict(sheet=A, row=5, column=contract.COL_WHAT, cell="C5"),
    ),
    finding(
        "not-an-integer",
        ERROR,
        "{where} bevat '{value}', maar hier hoort één heel getal{hint}. Typ bijvoorbeeld {example}.",
        description="Jaartallen en prioriteiten zijn hele getallen.",
        example=dict(
            sheet=A,
            row=3,
            column=contract.COL_START_YEAR,
            cell="F3",
            value="2024/2025",
            hint=" (een jaartal)",
            example="2024",
        ),
    ),
    finding(
        "not-a-number",
        ERROR,
        "{where} bevat '{value}', maar hier hoort een getal. Typ bijvoorbeeld 12,5 (zonder € of 'mln').",
        description="Een bedrag is een getal (12,5 en € 12,5 mogen).",
        example=dict(sheet=B, row=4, column=contract.COL_AMOUNT, cell="C4", value="704 mln"),
    ),
    finding(
        "measurement-not-a-number",
        ERROR,
        "{where} bevat '{value}', maar hier hoort alleen een getal, zonder % of woorden (bijv. 61 of 25544). Woorden "
        "zoals de bron ze schrijft ('meer dan de helft') horen in 'Waarde (bron)' of 'Opmerking', 'meer dan' of "
        "'ongeveer' in 'Precisie'.",
        description="Een waarde, basiswaarde of streefwaarde van een indicator is alleen een getal (geen % of "
        "woorden).",
        example=dict(sheet=MEAS, row=5, column=contract.COL_VALUE, cell="C5", value="61%"),
    ),
    finding(
        "not-a-date",
        ERROR,
        "{where} bevat '{value}', maar hier hoort een datum. Typ een datum, bijvoorbeeld 1-7-2024.",
        description="Een datum is een datum (1-7-2024 als tekst mag).",
        example=dict(sheet=contract.SHEET_ROUNDS, row=3, column=contract.COL_DATE, cell="B3", value="najaar"),
    ),
    finding(
        "not-text",
        ERROR,
        "{where} bevat '{value}', maar hier hoort tekst{hint}. Zet de cel op opmaak 'Tekst' en typ de waarde opnieuw.",
        description="Tekstkolommen bevatten tekst, geen datum (Excel maakt van 1.2 soms 1 februari).",
        example=dict(
            sheet=A,
            row=3,
            column=contract.COL_GOAL,
            cell="B3",
            value="1-2-2026",
            hint=" (Excel heeft er waarschijnlijk een datum van gemaakt)",
        ),
    ),
    finding(
        "year-out-of-range",
        ERROR,
        "{where} bevat het jaar {value}; een jaar moet tussen {min} en {max} liggen. Corrigeer het jaar.",
        description=f"Jaartallen liggen tussen {contract.YEAR_MIN} en {contract.YEAR_MAX}.",
        example=dict(
            sheet=A,
            row=4,
            column=contract.COL_START_YEAR,
            cell="F4",
            value=2019,
            min=contract.YEAR_MIN,
            max=contract.YEAR_MAX,
        ),
    ),
    finding(
        "negative-amount",
        ERROR,
        "{where} bevat {value}; een bedrag mag niet negatief zijn. Corrigeer het bedrag.",
        description="Een bedrag is niet negatief.",
        example=dict(sheet=B, row=4, column=contract.COL_AMOUNT, cell="C4", value=-704.0),
    ),
    finding(
        "invalid-value",
        ERROR,
        "{where} bevat '{value}'. Kies één van: {allowed}.",
        description="Status, Soort (partij en budget) en Prioriteit komen uit hun vaste lijst (hoofdletters tellen "
        "niet).",
        example=dict(
            sheet=A,
            row=2,
            column="Status najaar 2025",
            cell="K2",
            value="Bezig",
            allowed=", ".join(contract.STATUSES),
        ),
    ),
    finding(
        "invalid-pattern",
        ERROR,
        "{where} bevat '{value}', maar moet de vorm {pattern} hebben, bijvoorbeeld '{example}'.",
        description="Actie-ID, Doelstelling en Budget-ID hebben de vaste vorm (1.2-03, 1.2, B07).",
        example=dict(
            sheet=A,
            row=2,
            column=contract.COL_ACTION_ID,
            cell="A2",
            value="1.1-1",
            pattern="doelstelling-volgnummer",
            example="1.2-03",
        ),
    ),
    finding(
        "duplicate-id",
        ERROR,
        "{where}: '{value}' komt vaker voor in deze kolom (ook in rij {other_rows}). Geef elke rij een eigen waarde "
        "of verwijder de dubbele rij.",
        description="Actie-ID, Doelstelling, Partij, Ronde, Prioriteit en Budget-ID komen maar één keer voor.",
        example=dict(sheet=A, row=4, column=contract.COL_ACTION_ID, cell="A4", value="1.1-01", other_rows="2"),
    ),
    finding(
        "duplicate-row",
        ERROR,
        "{sheet} rij {row} is een kopie van rij {other_rows}. Verwijder de dubbele rij.",
        description="Geen rij is een kopie van een eerdere rij (twee keer geplakt).",
        example=dict(sheet=A, row=7, other_rows="4"),
    ),
)
