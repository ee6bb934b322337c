"""A small, valid workbook's content, for tests that build workbooks with one defect each.

``sample_data()`` returns fresh dicts each call, so a test can change a cell
without affecting others; ``build(tmp_path, data)`` writes it.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from workbook import contract
from workbook.writer import default_columns, write_workbook

ROUNDS = ("zomer 2024", "najaar 2025")

_SAMPLE = {
    contract.SHEET_PRIORITIES: [
        {
            contract.COL_PRIORITY: 1,
            contract.COL_TITLE: "Gelijke kansen",
            contract.COL_AMBITION: "Alle studenten krijgen gelijke kansen.",
        },
        {
            contract.COL_PRIORITY: 2,
            contract.COL_TITLE: "Onderwijs sluit aan op de arbeidsmarkt",
            contract.COL_AMBITION: "Een kansrijke positie.",
        },
        {
            contract.COL_PRIORITY: 3,
            contract.COL_TITLE: "Onderwijs voor de toekomst",
            contract.COL_AMBITION: "Een goede basis.",
        },
    ],
    contract.SHEET_GOALS: [
        {
            contract.COL_GOAL: "1.1",
            contract.COL_PRIORITY: 1,
            contract.COL_TITLE: "Gelijkwaardigheid",
            contract.COL_DESCRIPTION: "We dragen bij aan het gelijkwaardig behandelen van alle studenten.",
        },
        {
            contract.COL_GOAL: "1.2",
            contract.COL_PRIORITY: 1,
            contract.COL_TITLE: "Welzijn",
            contract.COL_DESCRIPTION: "Het gaat goed met studenten.",
        },
        {
            contract.COL_GOAL: "2.1",
            contract.COL_PRIORITY: 2,
            contract.COL_TITLE: "Studiekeuze",
            contract.COL_DESCRIPTION: "Meer studenten kiezen een passende opleiding.",
        },
        {
            contract.COL_GOAL: "3.1",
            contract.COL_PRIORITY: 3,
            contract.COL_TITLE: "Taal en rekenen",
            contract.COL_DESCRIPTION: "We verbeteren Nederlands en rekenen.",
        },
    ],
    contract.SHEET_PARTIES: [
        {
            contract.COL_PARTY: "OCW",
            contract.COL_FULL_NAME: "Ministerie van Onderwijs, Cultuur en Wetenschap",
            contract.COL_KIND: "overheid",
            contract.COL_ALIASES: "ministerie van OCW",
        },
        {
            contract.COL_PARTY: "MBO Raad",
            contract.COL_FULL_NAME: "MBO Raad",
            contract.COL_KIND: "sectororganisatie",
            contract.COL_ALIASES: None,
        },
        {
            contract.COL_PARTY: "JOB",
            contract.COL_FULL_NAME: "Jongeren Organisatie Beroepsonderwijs",
            contract.COL_KIND: "studenten",
            contract.COL_ALIASES: "JOBmbo",
        },
        {
            contract.COL_PARTY: "Mbo-scholen",
            contract.COL_FULL_NAME: "Mbo-instellingen",
            contract.COL_KIND: "onderwijsinstellingen",
            contract.COL_ALIASES: "scholen; bekostigde mbo-scholen",
        },
        {
            contract.COL_PARTY: "VWS",
            contract.COL_FULL_NAME: "Ministerie van Volksgezondheid, Welzijn en Sport",
            contract.COL_KIND: "overheid",
            contract.COL_ALIASES: None,
        },
    ],
    contract.SHEET_ROUNDS: [
        {
            contract.COL_ROUND: "zomer 2024",
            contract.COL_DATE: dt.date(2024, 7, 1),
            contract.COL_SOURCE: "Voortgangsbrief zomer 2024",
        },
        {
            contract.COL_ROUND: "najaar 2025",
            contract.COL_DATE: dt.date(2025, 11, 1),
            contract.COL_SOURCE: "Voortgangsbrief najaar 2025",
        },
    ],
    contract.SHEET_ACTIONS: [
        {
            contract.COL_ACTION_ID: "1.1-01",
            contract.COL_GOAL: "1.1",
            contract.COL_WHAT: "Het mbo gelijkwaardig positioneren.",
            contract.COL_WHO: "OCW (primair), Mbo-scholen, JOB",
            contract.COL_WHEN: "Doorlopend",
            contract.COL_START_YEAR: None,
            contract.COL_END_YEAR: None,
            "Voortgang zomer 2024": "Kamerbrief verstuurd.",
            "Status zomer 2024": "Loopt",
            "Voortgang najaar 2025": "Idem.",
            "Status najaar 2025": "Loopt",
        },
        {
            contract.COL_ACTION_ID: "1.1-02",
            contract.COL_GOAL: "1.1",
            contract.COL_WHAT: "Een wetsvoorstel over overleg met studenten.",
            contract.COL_WHO: "OCW",
            contract.COL_WHEN: "2023",
            contract.COL_START_YEAR: 2023,
            contract.COL_END_YEAR: 2023,
            "Voortgang zomer 2024": "Uitgevoerd middels reparatiewet OCW 2024",
            "Status zomer 2024": "Afgerond",
            "Voortgang najaar 2025": None,
            "Status najaar 2025": "Afgerond",
        },
        {
            contract.COL_ACTION_ID: "1.2-01",
            contract.COL_GOAL: "1.2",
            contract.COL_WHAT: "Een monitor integrale veiligheid.",
            contract.COL_WHO: "MBO Raad, OCW; andere partijen: VWS",
            contract.COL_WHEN: "2023 – 2026",
            contract.COL_START_YEAR: 2023,
            contract.COL_END_YEAR: 2026,
            "Voortgang zomer 2024": "Eerste editie verstuurd.",
            "Status zomer 2024": "Loopt",
            "Voortgang najaar 2025": "Tweede editie in voorbereiding.",
            "Status najaar 2025": "Loopt",
        },
        {
            contract.COL_ACTION_ID: "2.1-01",
            contract.COL_GOAL: "2.1",
            contract.COL_WHAT: "Betere loopbaanoriëntatie.",
            contract.COL_WHO: "Mbo-scholen (primair), JOB",
            contract.COL_WHEN: "2024 e.v.",
            contract.COL_START_YEAR: 2024,
            contract.COL_END_YEAR: None,
            "Voortgang zomer 2024": None,
            "Status zomer 2024": "Niet gestart",
            "Voortgang najaar 2025": "Gestart met pilots.",
            "Status najaar 2025": "Loopt",
        },
        {
            contract.COL_ACTION_ID: "3.1-01",
            contract.COL_GOAL: "3.1",
            contract.COL_WHAT: "Verkenning naar een bijdrage.",
            contract.COL_WHO: "OCW",
            contract.COL_WHEN: "2022 – 2023",
            contract.COL_START_YEAR: 2022,
            contract.COL_END_YEAR: 2023,
            "Voortgang zomer 2024": "Loopt.",
            "Status zomer 2024": "Loopt",
            "Voortgang najaar 2025": "Niet uitgevoerd en inmiddels achterhaald.",
            "Status najaar 2025": "Gestopt",
        },
    ],
    contract.SHEET_BUDGET: [
        {
            contract.COL_BUDGET_ID: "B01",
            contract.COL_DESCRIPTION: "Totaal per jaar",
            contract.COL_AMOUNT: 900.0,
            contract.COL_KIND: "structureel per jaar",
            contract.COL_FROM_YEAR: 2023,
            contract.COL_TO_YEAR: 2027,
            contract.COL_PRIORITY: None,
            contract.COL_GOAL: None,
            contract.COL_PART_OF: None,
            contract.COL_SOURCE: "000: 0,9 miljard euro per jaar",
        },
        {
            contract.COL_BUDGET_ID: "B02",
            contract.COL_DESCRIPTION: "Extra investering",
            contract.COL_AMOUNT: 367.0,
            contract.COL_KIND: "structureel per jaar",
            contract.COL_FROM_YEAR: 2023,
            contract.COL_TO_YEAR: None,
            contract.COL_PRIORITY: None,
            contract.COL_GOAL: None,
            contract.COL_PART_OF: "B01",
            contract.COL_SOURCE: "000: 367 miljoen euro extra per jaar",
        },
        {
            contract.COL_BUDGET_ID: "B03",
            contract.COL_DESCRIPTION: "Kwaliteitsagenda's 2024",
            contract.COL_AMOUNT: 704.0,
            contract.COL_KIND: "per jaar",
            contract.COL_FROM_YEAR: 2024,
            contract.COL_TO_YEAR: 2024,
            contract.COL_PRIORITY: None,
            contract.COL_GOAL: None,
            contract.COL_PART_OF: None,
            contract.COL_SOURCE: "004: tabel",
        },
        {
            contract.COL_BUDGET_ID: "B04",
            contract.COL_DESCRIPTION: "Stagediscriminatie",
            contract.COL_AMOUNT: 2.5,
            contract.COL_KIND: "eenmalig",
            contract.COL_FROM_YEAR: 2023,
            contract.COL_TO_YEAR: 2023,
            contract.COL_PRIORITY: 2,
            contract.COL_GOAL: "2.1",
            contract.COL_PART_OF: None,
            contract.COL_SOURCE: "001: voorbeeld",
        },
    ],
    # the documents the Bron cells name (by a short key here; the canonical workbook uses the file names)
    contract.SHEET_SOURCES: [
        {
            contract.COL_SOURCE: "000",
            contract.COL_TITLE: "Werkagenda mbo 2023-2027 (samenvatting)",
            contract.COL_DATE: None,
            contract.COL_REFERENCE: None,
            contract.COL_URL: None,
        },
        {
            contract.COL_SOURCE: "001",
            contract.COL_TITLE: "Kamerbrief Kaders Werkagenda mbo",
            contract.COL_DATE: "15 juli 2022",
            contract.COL_REFERENCE: "32516382",
            contract.COL_URL: None,
        },
        {
            contract.COL_SOURCE: "002",
            contract.COL_TITLE: "Actie-overzicht Werkagenda mbo",
            contract.COL_DATE: "najaar 2025",
            contract.COL_REFERENCE: None,
            contract.COL_URL: None,
        },
        {
            contract.COL_SOURCE: "004",
            contract.COL_TITLE: "Voortgangsbrief Werkagenda mbo en Stagepact mbo",
            contract.COL_DATE: "najaar 2025",
            contract.COL_REFERENCE: None,
            contract.COL_URL: None,
        },
    ],
}

README_LINES = ["Actieoverzicht Werkagenda mbo (testbestand)", "Versie 1"]

#: The optional indicator sheets, for tests of the indicators (the sample itself leaves them out; it has Bronnen).
INDICATORS = {
    contract.SHEET_INDICATORS: [
        {
            contract.COL_INDICATOR_ID: "I01",
            contract.COL_INDICATOR: "Aantal nieuwe voortijdig schoolverlaters",
            contract.COL_GOAL: "1.2",
            contract.COL_UNIT: "aantal",
            contract.COL_DIRECTION: "lager is beter",
            contract.COL_BASE_YEAR: "2021/2022",
            contract.COL_BASE_VALUE: 25544.0,
            contract.COL_TARGET: 18000.0,
            contract.COL_TARGET_YEAR: None,
            contract.COL_SOURCE: '004: "Toewerken naar maximaal 18.000 nieuwe vsv’ers;"',
        },
        {
            contract.COL_INDICATOR_ID: "I02",
            contract.COL_INDICATOR: "Aandeel scholen met een studentenkaart",
            contract.COL_GOAL: "1.1",
            contract.COL_UNIT: "%",
            contract.COL_DIRECTION: "hoger is beter",
            contract.COL_BASE_YEAR: "2024",
            contract.COL_BASE_VALUE: 50.0,
            contract.COL_TARGET: None,
            contract.COL_TARGET_YEAR: None,
            contract.COL_SOURCE: '002: "meer dan de helft van de scholen"',
        },
        {
            contract.COL_INDICATOR_ID: "I03",
            contract.COL_INDICATOR: "Aantal mbo-studenten",
            contract.COL_GOAL: None,
            contract.COL_UNIT: "aantal",
            contract.COL_DIRECTION: None,
            contract.COL_BASE_YEAR: None,
            contract.COL_BASE_VALUE: 500000.0,
            contract.COL_TARGET: None,
            contract.COL_TARGET_YEAR: None,
            contract.COL_SOURCE: '000: "Meer dan een half miljoen mbo-studenten"',
        },
    ],
    contract.SHEET_MEASUREMENTS: [
        {
            contract.COL_INDICATOR_ID: "I01",
            contract.COL_YEAR: "2021/2022",
            contract.COL_VALUE: 25544.0,
            contract.COL_VALUE_TEXT: "25.544",
            contract.COL_PRECISION: None,
            contract.COL_SOURCE: '004: "Van 25.544 in 2021/2022 naar 22.308 in 2023/2024"',
        },
        {
            contract.COL_INDICATOR_ID: "I01",
            contract.COL_YEAR: "2023/2024",
            contract.COL_VALUE: 22308.0,
            contract.COL_VALUE_TEXT: "22.308",
            contract.COL_PRECISION: None,
            contract.COL_SOURCE: '004: "Van 25.544 in 2021/2022 naar 22.308 in 2023/2024"',
        },
        {
            contract.COL_INDICATOR_ID: "I02",
            contract.COL_YEAR: "2024",
            contract.COL_VALUE: 50.0,
            contract.COL_VALUE_TEXT: "meer dan de helft",
            contract.COL_PRECISION: "meer dan",
            contract.COL_SOURCE: '002: "meer dan de helft van de scholen"',
        },
        {
            contract.COL_INDICATOR_ID: "I02",
            contract.COL_YEAR: "2025",
            contract.COL_VALUE: 61.0,
            contract.COL_VALUE_TEXT: "61%",
            contract.COL_PRECISION: None,
            contract.COL_SOURCE: '002: "inmiddels 61% van de scholen"',
        },
        {
            contract.COL_INDICATOR_ID: "I03",
            contract.COL_YEAR: None,
            contract.COL_VALUE: 500000.0,
            contract.COL_VALUE_TEXT: "Meer dan een half miljoen",
            contract.COL_PRECISION: "meer dan",
            contract.COL_SOURCE: '000: "Meer dan een half miljoen mbo-studenten"',
        },
    ],
}


def sample_data(indicators: bool = False) -> dict[str, list[dict]]:
    """The valid sample; ``indicators``: with the optional sheets Indicatoren and Metingen."""
    return copy.deepcopy({**_SAMPLE, **(INDICATORS if indicators else {})})


def build(directory: Path, data: dict[str, list[dict]] | None = None, name: str = "werkboek.xlsx", **kwargs) -> Path:
    """Write ``data`` (default: the valid sample) as a workbook in ``directory``."""
    data = sample_data() if data is None else data
    kwargs.setdefault("readme", README_LINES)
    return write_workbook(Path(directory) / name, data, **kwargs)


def writer_columns(sheet: str, data: dict[str, list[dict]]) -> list[str]:
    """The header ``build`` writes for ``sheet`` (to drop or reorder a column in a test)."""
    return default_columns(sheet, data[sheet])


def overview(directory: Path, data: dict[str, list[dict]] | None = None, today: dt.date | None = None):
    """The domain's overview of ``data`` (default: the valid sample) written as a workbook and checked."""
    from domain.model import build_overview
    from schemas import check

    return build_overview(check(build(directory, data), today=today).workbook, today)
