"""The structure of the workbook: its sheets, header rows, columns and round columns."""

from __future__ import annotations

from .. import contract, nl
from ..findings import ERROR, WARNING
from .base import finding, section

A, B = contract.SHEET_ACTIONS, contract.SHEET_BUDGET

CODES = section(
    "De opbouw van het werkboek",
    finding(
        "missing-sheet",
        ERROR,
        "Het blad '{sheet}' ontbreekt. Voeg een blad met precies deze naam toe (zie de sjabloon) of herstel de "
        "bladnaam.",
        description="Elk blad is er: " + ", ".join(contract.DATA_SHEETS) + ".",
        example=dict(sheet=B),
    ),
    finding(
        "sheet-renamed",
        ERROR,
        "Het blad '{sheet}' ontbreekt, maar er is een blad '{found}'. Hernoem dat blad naar '{sheet}'.",
        description="Een blad met een bijna goede naam wordt herkend en genoemd.",
        example=dict(sheet=A, found="Actie"),
    ),
    finding(
        "empty-sheet",
        ERROR,
        "Het blad '{sheet}' heeft geen kopregel. Zet de kolomnamen in rij 1 (zie de sjabloon).",
        description="Elk blad heeft een kopregel.",
        example=dict(sheet=contract.SHEET_ROUNDS),
    ),
    finding(
        "no-rows",
        ERROR,
        "Het blad '{sheet}' heeft een kopregel maar geen gegevens eronder. Vul de rijen onder de kopregel in (zie de "
        "sjabloon) of gebruik het volledige werkboek.",
        description="Elk blad behalve Budget heeft ten minste één rij gegevens.",
        example=dict(sheet=A),
    ),
    finding(
        "missing-column",
        ERROR,
        "In blad '{sheet}' ontbreekt de kolom '{column}'. Voeg die kolom toe in de kopregel (rij {row}).",
        description="Elke verplichte kolom staat in de kopregel (hoofdletters en spaties tellen niet).",
        example=dict(sheet=A, row=1, column=contract.COL_WHO),
    ),
    finding(
        "duplicate-column",
        ERROR,
        "In blad '{sheet}' staat de kolom '{column}' twee keer in de kopregel (rij {row}). Verwijder of hernoem één "
        "van beide.",
        description="Geen kolomnaam staat twee keer in de kopregel.",
        example=dict(sheet=A, row=1, column=contract.COL_WHO, cell="L1"),
    ),
    finding(
        "header-not-first-row",
        WARNING,
        "In blad '{sheet}' staat de kopregel op rij {row} in plaats van rij 1. Dat werkt, maar verwijder bij voorkeur "
        "de lege rijen erboven.",
        description=f"De kopregel staat op rij 1 (hij wordt gezocht in de eerste {contract.MAX_HEADER_SEARCH_ROWS} "
        "rijen).",
        example=dict(sheet=A, row=3),
    ),
    finding(
        "too-many-rows",
        ERROR,
        "Het blad '{sheet}' heeft meer dan {limit} rijen; alleen de eerste {limit} zijn gelezen. Verwijder lege of "
        "overbodige rijen onderaan het blad.",
        description=f"Een blad heeft niet meer dan {nl.number(contract.MAX_ROWS_PER_SHEET)} rijen.",
        example=dict(sheet=A, limit=nl.number(contract.MAX_ROWS_PER_SHEET)),
    ),
    finding(
        "merged-cells",
        ERROR,
        "In blad '{sheet}' zijn cellen samengevoegd ({value}). Maak het samenvoegen ongedaan (Start > Samenvoegen en "
        "centreren) en vul elke cel zelf.",
        description="Er zijn geen samengevoegde cellen.",
        example=dict(sheet=A, row=2, cell="C2", value="C2:C3"),
    ),
    finding(
        "hidden-rows",
        WARNING,
        "In blad '{sheet}' is rij {row} verborgen. Maak de rij zichtbaar (rechtsklik > Zichtbaar maken) zodat niemand "
        "gegevens mist.",
        description="Er zijn geen verborgen rijen met gegevens.",
        example=dict(sheet=A, row=4),
    ),
    finding(
        "blank-row",
        WARNING,
        "In blad '{sheet}' is rij {row} leeg tussen gevulde rijen. Verwijder de lege rij.",
        description="Er staan geen lege rijen tussen de gegevens.",
        example=dict(sheet=A, row=4),
    ),
    finding(
        "round-columns-missing",
        ERROR,
        "Ronde '{value}' staat in het blad '{rounds_sheet}', maar in het blad '{sheet}' ontbreekt de kolom "
        "'{column}'. Voeg die kolom toe.",
        description="Elke ronde in Rondes heeft in Acties de kolommen 'Voortgang <ronde>' en 'Status <ronde>'.",
        example=dict(sheet=A, column="Status voorjaar 2026", value="voorjaar 2026", rounds_sheet=contract.SHEET_ROUNDS),
    ),
    finding(
        "round-not-listed",
        ERROR,
        "{sheet}: de kolom '{column}' hoort bij ronde '{value}', maar die ronde staat niet in het blad "
        "'{rounds_sheet}'. Voeg de ronde daar toe of hernoem de kolom.",
        description="Elke rondekolom in Acties hoort bij een ronde in Rondes.",
        example=dict(
            sheet=A,
            row=1,
            column="Status najaar 2025",
            cell="K1",
            value="najaar 2025",
            rounds_sheet=contract.SHEET_ROUNDS,
        ),
    ),
    finding(
        "round-order",
        WARNING,
        "De kolommen van ronde '{value}' staan niet in dezelfde volgorde als de rondes in het blad '{rounds_sheet}'. "
        "Zet de kolommen in de volgorde van de rondes.",
        description="De rondekolommen staan in de volgorde van de rondes.",
        example=dict(sheet=A, value="najaar 2025", rounds_sheet=contract.SHEET_ROUNDS),
    ),
)
