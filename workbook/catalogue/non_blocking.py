"""The warnings: they do not block (the command line exits with 0), but deserve a look."""

from __future__ import annotations

import datetime as dt

from .. import contract, nl
from ..findings import WARNING
from .base import finding, section

A, B = contract.SHEET_ACTIONS, contract.SHEET_BUDGET
TOLERANCE = nl.euro_mln(contract.BUDGET_TOLERANCE_MLN)

CODES = section(
    "Waarschuwingen (blokkeren niet; afsluitcode 0)",
    finding(
        "past-end-year",
        WARNING,
        "{where}: het eindjaar {value} is voorbij, maar de laatste status is '{status}'. Werk de status bij of pas "
        "het eindjaar aan.",
        description="Het eindjaar is voorbij (vóór dit jaar), maar de laatste status is niet Afgerond of Gestopt.",
        example=dict(sheet=A, row=4, column=contract.COL_END_YEAR, cell="G4", value=2025, status="Loopt"),
    ),
    finding(
        "parts-exceed-lower-bound",
        WARNING,
        "{where}: de onderdelen van {value} ({parts}) zijn samen meer dan het geheel ({precision} {whole_amount}): "
        "{years}. Het geheel is een ondergrens ('{precision}'), dus dat kan kloppen. Controleer de bedragen en "
        "'Onderdeel van'.",
        description="Zoals parts-exceed-whole, maar het geheel is een ondergrens (Precisie 'meer dan' of 'ruim'): dan "
        "kan het kloppen.",
        example=dict(
            sheet=B,
            row=2,
            column=contract.COL_AMOUNT,
            cell="C2",
            value="B01",
            whole_amount="€ 4.000 mln",
            parts="B02 en B09",
            years="over de looptijd € 4.040 mln",
            tolerance=TOLERANCE,
            precision="meer dan",
        ),
    ),
    finding(
        "part-other-kind",
        WARNING,
        "{where}: {part} ({kind}) is onderdeel van {value} ({whole_kind}): andere soort, niet opgeteld. Dat kan "
        "kloppen (een bedrag per jaar binnen een totaal over de looptijd, of omgekeerd); is het toch dezelfde soort, "
        "pas dan 'Soort' aan.",
        description="Een onderdeel van een andere soort dan zijn geheel (per jaar binnen totaal looptijd) wordt gemeld "
        "en niet opgeteld.",
        example=dict(
            sheet=B,
            row=21,
            column=contract.COL_PART_OF,
            cell="I21",
            value="B03",
            part="B20",
            kind="totaal looptijd",
            whole_kind="structureel per jaar",
        ),
    ),
    finding(
        "part-outside-whole-years",
        WARNING,
        "{where}: het jaar {value} ligt buiten de jaren van het geheel {whole} ({first} tot en met {last}); in die "
        "jaren telt het dashboard dit onderdeel niet mee. Pas het jaar aan of controleer 'Onderdeel van'.",
        description="Van jaar en Tot jaar van een onderdeel liggen binnen de jaren van zijn geheel.",
        example=dict(
            sheet=B, row=17, column=contract.COL_TO_YEAR, cell="F17", value=2029, whole="B15", first=2024, last=2027
        ),
    ),
    finding(
        "empty-latest-progress",
        WARNING,
        "{where}: er is geen voortgangstekst voor de laatste ronde '{round}'. Vul de voortgang in.",
        description="De voortgang van de laatste ronde is ingevuld (niet nodig als de actie al in de vorige ronde was "
        "afgerond of gestopt).",
        example=dict(sheet=A, row=4, column="Voortgang najaar 2025", cell="J4", round="najaar 2025"),
    ),
    finding(
        "empty-latest-status",
        WARNING,
        "{where}: er is geen status voor de laatste ronde '{round}'. Kies één van: {allowed}.",
        description="De status van de laatste ronde is ingevuld.",
        example=dict(
            sheet=A,
            row=4,
            column="Status najaar 2025",
            cell="K4",
            round="najaar 2025",
            allowed=", ".join(contract.STATUSES),
        ),
    ),
    finding(
        "unknown-source",
        WARNING,
        "{where}: het bestand '{value}' staat niet in het blad '{sources_sheet}', dus lezers zien de bestandsnaam in "
        "plaats van de titel. Voeg in '{sources_sheet}' een rij toe met precies deze naam in de kolom 'Bron' en de "
        "titel en datum van het document, of verbeter de bestandsnaam.",
        description="Elk bestand dat een kolom Bron noemt (zoals 002_17ac8c011985482e.txt of brief.pdf) staat in het "
        "blad Bronnen, met zijn titel en datum (alleen als het werkboek een blad Bronnen heeft).",
        example=dict(
            sheet=B,
            row=4,
            column=contract.COL_SOURCE,
            cell="J4",
            value="002_17ac8c011985482e.txt",
            sources_sheet=contract.SHEET_SOURCES,
        ),
    ),
    finding(
        "idem-status-changed",
        WARNING,
        "{where}: de voortgang is 'Idem.' (niets veranderd), maar de status is '{value}' in plaats van '{previous}' "
        "zoals in de vorige ronde. Controleer de status.",
        description="Bij voortgang 'Idem.' is de status gelijk aan die van de vorige ronde.",
        example=dict(sheet=A, row=2, column="Status najaar 2025", cell="K2", value="Vertraagd", previous="Loopt"),
    ),
    finding(
        "old-workbook",
        WARNING,
        "{where}: de nieuwste ronde '{round}' is van {value}, meer dan {months} maanden geleden. Is dit de nieuwste "
        "versie van het werkboek? Gebruik het actuele bestand of voeg de nieuwe ronde toe.",
        description=f"De nieuwste ronde is niet ouder dan ongeveer {round(contract.STALE_AFTER_DAYS / 30.44)} maanden "
        "(anders is het misschien het bestand van vorig jaar).",
        example=dict(
            sheet=contract.SHEET_ROUNDS,
            row=3,
            column=contract.COL_DATE,
            cell="B3",
            value=dt.date(2024, 7, 1),
            round="zomer 2024",
            months=round(contract.STALE_AFTER_DAYS / 30.44),
        ),
    ),
)
