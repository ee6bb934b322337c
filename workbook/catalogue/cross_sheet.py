"""Rules between the sheets: goals, priorities, parties, rounds, budget lines and indicators that refer
to each other."""

from __future__ import annotations

from .. import contract, nl
from ..findings import ERROR
from .base import finding, section

A, B = contract.SHEET_ACTIONS, contract.SHEET_BUDGET
IND, MEAS = contract.SHEET_INDICATORS, contract.SHEET_MEASUREMENTS
TOLERANCE = nl.euro_mln(contract.BUDGET_TOLERANCE_MLN)

CODES = section(
    "Tussen de bladen",
    finding(
        "unknown-goal",
        ERROR,
        "{where}: doelstelling '{value}' staat niet in het blad '{goals_sheet}'. Kies een bestaande doelstelling of "
        "voeg haar daar toe.",
        description="De doelstelling van een actie of budgetregel staat in Doelstellingen.",
        example=dict(
            sheet=A, row=3, column=contract.COL_GOAL, cell="B3", value="1.9", goals_sheet=contract.SHEET_GOALS
        ),
    ),
    finding(
        "unknown-priority",
        ERROR,
        "{where}: prioriteit '{value}' staat niet in het blad '{priorities_sheet}'. Kies 1, 2 of 3.",
        description="De prioriteit van een doelstelling of budgetregel staat in Prioriteiten.",
        example=dict(
            sheet=contract.SHEET_GOALS,
            row=5,
            column=contract.COL_PRIORITY,
            cell="B5",
            value=3,
            priorities_sheet=contract.SHEET_PRIORITIES,
        ),
    ),
    finding(
        "goal-priority-mismatch",
        ERROR,
        "{where}: doelstelling {goal} hoort bij prioriteit {expected}, niet bij {value}. Corrigeer de prioriteit.",
        description="Doelstelling 2.1 hoort bij prioriteit 2 (in Doelstellingen en in Budget).",
        example=dict(
            sheet=contract.SHEET_GOALS,
            row=4,
            column=contract.COL_PRIORITY,
            cell="B4",
            value=3,
            goal="2.1",
            expected=2,
        ),
    ),
    finding(
        "unknown-party",
        ERROR,
        "{where}: de partij '{value}' is onbekend.{suggestion} Gebruik de naam uit het blad '{parties_sheet}', of "
        "voeg de partij (of deze schrijfwijze als alias) daar toe.",
        description="Elke naam in Wie is een partij of alias uit Partijen; bij een bijna goede naam volgt een "
        "suggestie.",
        example=dict(
            sheet=A,
            row=2,
            column=contract.COL_WHO,
            cell="D2",
            value="MBO-raad",
            suggestion=" Bedoelde u 'MBO Raad'?",
            parties_sheet=contract.SHEET_PARTIES,
        ),
    ),
    finding(
        "empty-party",
        ERROR,
        "{where}: er staat een lege partijnaam in '{value}' (twee komma's achter elkaar of een komma aan het eind). "
        "Verwijder de extra komma.",
        description="Wie bevat geen lege naam (twee komma's achter elkaar).",
        example=dict(sheet=A, row=3, column=contract.COL_WHO, cell="D3", value="OCW,, JOB"),
    ),
    finding(
        "duplicate-alias",
        ERROR,
        "{where}: de naam '{value}' hoort ook bij partij '{other}' (rij {other_row}). Een naam of alias mag maar bij "
        "één partij horen.",
        description="Een naam of alias hoort bij één partij.",
        example=dict(
            sheet=contract.SHEET_PARTIES,
            row=6,
            column=contract.COL_ALIASES,
            cell="D6",
            value="JOBmbo",
            other="JOB",
            other_row=4,
        ),
    ),
    finding(
        "round-date-order",
        ERROR,
        "{where}: de datum van ronde '{value}' ligt niet na die van de vorige ronde. Zet de rondes op volgorde van "
        "datum.",
        description="De rondes staan op volgorde van datum.",
        example=dict(sheet=contract.SHEET_ROUNDS, row=3, column=contract.COL_DATE, cell="B3", value="najaar 2025"),
    ),
    finding(
        "unknown-parent",
        ERROR,
        "{where}: '{value}' staat niet als Budget-ID in dit blad. Vul een bestaand Budget-ID in of laat de cel leeg.",
        description="'Onderdeel van' in Budget verwijst naar een bestaand Budget-ID.",
        example=dict(sheet=B, row=3, column=contract.COL_PART_OF, cell="I3", value="B09"),
    ),
    finding(
        "parent-not-larger",
        ERROR,
        "{where}: dit bedrag ({amount}) is een onderdeel van {value} ({parent_amount}), maar is niet kleiner. "
        "Controleer het bedrag of 'Onderdeel van'.",
        description="Een onderdeel is kleiner dan de regel waar het onderdeel van is.",
        example=dict(
            sheet=B, row=3, column=contract.COL_PART_OF, cell="I3", value="B01", amount="950", parent_amount="900"
        ),
    ),
    finding(
        "parent-cycle",
        ERROR,
        "{where}: 'Onderdeel van' verwijst in een kring terug naar deze regel ({value}). Verbreek de kring.",
        description="'Onderdeel van' draait niet in een kring rond.",
        example=dict(sheet=B, row=2, column=contract.COL_PART_OF, cell="I2", value="B02"),
    ),
    finding(
        "parts-exceed-whole",
        ERROR,
        "{where}: de onderdelen van {value} ({parts}) zijn samen meer dan het geheel ({whole_amount}): {years}. Tot "
        "{tolerance} erboven telt als afronding. Controleer de bedragen en 'Onderdeel van'. Deelt een regel geld met "
        "{value} zonder er een deel van te zijn, laat 'Onderdeel van' dan leeg en zet {value} in 'Overlapt met'.",
        description="Per geheel en per jaar zijn de onderdelen (van een soort die optelt) samen niet meer dan het "
        f"geheel; tot {TOLERANCE} erboven telt als afronding.",
        example=dict(
            sheet=B,
            row=3,
            column=contract.COL_AMOUNT,
            cell="C3",
            value="B02",
            whole_amount="€ 900 mln",
            parts="B03, B04, B15 en B22",
            years="in 2024 € 1.741 mln",
            tolerance=TOLERANCE,
        ),
    ),
    finding(
        "unknown-overlap",
        ERROR,
        "{where}: '{value}' staat niet als Budget-ID in dit blad. Zet in 'Overlapt met' alleen bestaande Budget-ID's, "
        "gescheiden door een puntkomma (bijv. B22; B23), of laat de cel leeg.",
        description="'Overlapt met' in Budget noemt bestaande Budget-ID's.",
        example=dict(sheet=B, row=23, column=contract.COL_OVERLAPS, cell="K23", value="B29", line="B22"),
    ),
    finding(
        "overlap-with-itself",
        ERROR,
        "{where}: regel {value} kan niet met zichzelf overlappen. Haal {value} uit 'Overlapt met'.",
        description="Een regel overlapt niet met zichzelf.",
        example=dict(sheet=B, row=23, column=contract.COL_OVERLAPS, cell="K23", value="B22", line="B22"),
    ),
    finding(
        "overlap-in-own-tree",
        ERROR,
        "{where}: {value} is een geheel of een onderdeel van {line} (via 'Onderdeel van'); dat telt het dashboard al "
        "nooit dubbel. Haal {value} uit 'Overlapt met'.",
        description="'Overlapt met' noemt geen geheel of onderdeel van de regel zelf (dat zegt 'Onderdeel van' al).",
        example=dict(sheet=B, row=11, column=contract.COL_OVERLAPS, cell="K11", value="B03", line="B10"),
    ),
    finding(
        "measurements-without-indicators",
        ERROR,
        "Het blad '{sheet}' staat in het werkboek, maar het blad '{indicators_sheet}' ontbreekt. Elke meting hoort "
        "bij een indicator: voeg het blad '{indicators_sheet}' toe (zie de sjabloon) of verwijder het blad '{sheet}'.",
        description="Een blad Metingen heeft een blad Indicatoren naast zich (beide bladen mogen ontbreken).",
        example=dict(sheet=MEAS, indicators_sheet=IND),
    ),
    finding(
        "unknown-indicator",
        ERROR,
        "{where}: indicator '{value}' staat niet in het blad '{indicators_sheet}'. Kies een bestaand Indicator-ID of "
        "voeg de indicator daar toe.",
        description="Het Indicator-ID van een meting staat in Indicatoren.",
        example=dict(sheet=MEAS, row=4, column=contract.COL_INDICATOR_ID, cell="A4", value="I09", indicators_sheet=IND),
    ),
    finding(
        "start-after-end",
        ERROR,
        "{sheet} rij {row}: '{column}' ({start}) ligt na '{end_column}' ({end}). Corrigeer één van beide.",
        description="Startjaar ligt niet na Eindjaar (Acties); Van jaar niet na Tot jaar (Budget).",
        example=dict(
            sheet=A,
            row=4,
            column=contract.COL_START_YEAR,
            cell="F4",
            start=2027,
            end=2026,
            end_column=contract.COL_END_YEAR,
        ),
    ),
)
