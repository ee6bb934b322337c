"""A small, valid workbook's content, for tests that build workbooks with one defect each.

``sample_data()`` returns fresh dicts each call, so a test can change a cell
without affecting others; ``build(tmp_path, data)`` writes it.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from workbook import contract as s
from workbook.writer import default_columns, write_workbook

ROUNDS = ("zomer 2024", "najaar 2025")

_SAMPLE = {
    s.SHEET_PRIORITIES: [
        {s.COL_PRIORITY: 1, s.COL_TITLE: "Gelijke kansen", s.COL_AMBITION: "Alle studenten krijgen gelijke kansen."},
        {
            s.COL_PRIORITY: 2,
            s.COL_TITLE: "Onderwijs sluit aan op de arbeidsmarkt",
            s.COL_AMBITION: "Een kansrijke positie.",
        },
        {s.COL_PRIORITY: 3, s.COL_TITLE: "Onderwijs voor de toekomst", s.COL_AMBITION: "Een goede basis."},
    ],
    s.SHEET_GOALS: [
        {
            s.COL_GOAL: "1.1",
            s.COL_PRIORITY: 1,
            s.COL_TITLE: "Gelijkwaardigheid",
            s.COL_DESCRIPTION: "We dragen bij aan het gelijkwaardig behandelen van alle studenten.",
        },
        {
            s.COL_GOAL: "1.2",
            s.COL_PRIORITY: 1,
            s.COL_TITLE: "Welzijn",
            s.COL_DESCRIPTION: "Het gaat goed met studenten.",
        },
        {
            s.COL_GOAL: "2.1",
            s.COL_PRIORITY: 2,
            s.COL_TITLE: "Studiekeuze",
            s.COL_DESCRIPTION: "Meer studenten kiezen een passende opleiding.",
        },
        {
            s.COL_GOAL: "3.1",
            s.COL_PRIORITY: 3,
            s.COL_TITLE: "Taal en rekenen",
            s.COL_DESCRIPTION: "We verbeteren Nederlands en rekenen.",
        },
    ],
    s.SHEET_PARTIES: [
        {
            s.COL_PARTY: "OCW",
            s.COL_FULL_NAME: "Ministerie van Onderwijs, Cultuur en Wetenschap",
            s.COL_KIND: "overheid",
            s.COL_ALIASES: "ministerie van OCW",
        },
        {s.COL_PARTY: "MBO Raad", s.COL_FULL_NAME: "MBO Raad", s.COL_KIND: "sectororganisatie", s.COL_ALIASES: None},
        {
            s.COL_PARTY: "JOB",
            s.COL_FULL_NAME: "Jongeren Organisatie Beroepsonderwijs",
            s.COL_KIND: "studenten",
            s.COL_ALIASES: "JOBmbo",
        },
        {
            s.COL_PARTY: "Mbo-scholen",
            s.COL_FULL_NAME: "Mbo-instellingen",
            s.COL_KIND: "onderwijsinstellingen",
            s.COL_ALIASES: "scholen; bekostigde mbo-scholen",
        },
        {
            s.COL_PARTY: "VWS",
            s.COL_FULL_NAME: "Ministerie van Volksgezondheid, Welzijn en Sport",
            s.COL_KIND: "overheid",
            s.COL_ALIASES: None,
        },
    ],
    s.SHEET_ROUNDS: [
        {s.COL_ROUND: "zomer 2024", s.COL_DATE: dt.date(2024, 7, 1), s.COL_SOURCE: "Voortgangsbrief zomer 2024"},
        {s.COL_ROUND: "najaar 2025", s.COL_DATE: dt.date(2025, 11, 1), s.COL_SOURCE: "Voortgangsbrief najaar 2025"},
    ],
    s.SHEET_ACTIONS: [
        {
            s.COL_ACTION_ID: "1.1-01",
            s.COL_GOAL: "1.1",
            s.COL_WHAT: "Het mbo gelijkwaardig positioneren.",
            s.COL_WHO: "OCW (primair), Mbo-scholen, JOB",
            s.COL_WHEN: "Doorlopend",
            s.COL_START_YEAR: None,
            s.COL_END_YEAR: None,
            "Voortgang zomer 2024": "Kamerbrief verstuurd.",
            "Status zomer 2024": "Loopt",
            "Voortgang najaar 2025": "Idem.",
            "Status najaar 2025": "Loopt",
        },
        {
            s.COL_ACTION_ID: "1.1-02",
            s.COL_GOAL: "1.1",
            s.COL_WHAT: "Een wetsvoorstel over overleg met studenten.",
            s.COL_WHO: "OCW",
            s.COL_WHEN: "2023",
            s.COL_START_YEAR: 2023,
            s.COL_END_YEAR: 2023,
            "Voortgang zomer 2024": "Uitgevoerd middels reparatiewet OCW 2024",
            "Status zomer 2024": "Afgerond",
            "Voortgang najaar 2025": None,
            "Status najaar 2025": "Afgerond",
        },
        {
            s.COL_ACTION_ID: "1.2-01",
            s.COL_GOAL: "1.2",
            s.COL_WHAT: "Een monitor integrale veiligheid.",
            s.COL_WHO: "MBO Raad, OCW; andere partijen: VWS",
            s.COL_WHEN: "2023 – 2026",
            s.COL_START_YEAR: 2023,
            s.COL_END_YEAR: 2026,
            "Voortgang zomer 2024": "Eerste editie verstuurd.",
            "Status zomer 2024": "Loopt",
            "Voortgang najaar 2025": "Tweede editie in voorbereiding.",
            "Status najaar 2025": "Loopt",
        },
        {
            s.COL_ACTION_ID: "2.1-01",
            s.COL_GOAL: "2.1",
            s.COL_WHAT: "Betere loopbaanoriëntatie.",
            s.COL_WHO: "Mbo-scholen (primair), JOB",
            s.COL_WHEN: "2024 e.v.",
            s.COL_START_YEAR: 2024,
            s.COL_END_YEAR: None,
            "Voortgang zomer 2024": None,
            "Status zomer 2024": "Niet gestart",
            "Voortgang najaar 2025": "Gestart met pilots.",
            "Status najaar 2025": "Loopt",
        },
        {
            s.COL_ACTION_ID: "3.1-01",
            s.COL_GOAL: "3.1",
            s.COL_WHAT: "Verkenning naar een bijdrage.",
            s.COL_WHO: "OCW",
            s.COL_WHEN: "2022 – 2023",
            s.COL_START_YEAR: 2022,
            s.COL_END_YEAR: 2023,
            "Voortgang zomer 2024": "Loopt.",
            "Status zomer 2024": "Loopt",
            "Voortgang najaar 2025": "Niet uitgevoerd en inmiddels achterhaald.",
            "Status najaar 2025": "Gestopt",
        },
    ],
    s.SHEET_BUDGET: [
        {
            s.COL_BUDGET_ID: "B01",
            s.COL_DESCRIPTION: "Totaal per jaar",
            s.COL_AMOUNT: 900.0,
            s.COL_KIND: "structureel per jaar",
            s.COL_FROM_YEAR: 2023,
            s.COL_TO_YEAR: 2027,
            s.COL_PRIORITY: None,
            s.COL_GOAL: None,
            s.COL_PART_OF: None,
            s.COL_SOURCE: "000: 0,9 miljard euro per jaar",
        },
        {
            s.COL_BUDGET_ID: "B02",
            s.COL_DESCRIPTION: "Extra investering",
            s.COL_AMOUNT: 367.0,
            s.COL_KIND: "structureel per jaar",
            s.COL_FROM_YEAR: 2023,
            s.COL_TO_YEAR: None,
            s.COL_PRIORITY: None,
            s.COL_GOAL: None,
            s.COL_PART_OF: "B01",
            s.COL_SOURCE: "000: 367 miljoen euro extra per jaar",
        },
        {
            s.COL_BUDGET_ID: "B03",
            s.COL_DESCRIPTION: "Kwaliteitsagenda's 2024",
            s.COL_AMOUNT: 704.0,
            s.COL_KIND: "per jaar",
            s.COL_FROM_YEAR: 2024,
            s.COL_TO_YEAR: 2024,
            s.COL_PRIORITY: None,
            s.COL_GOAL: None,
            s.COL_PART_OF: None,
            s.COL_SOURCE: "004: tabel",
        },
        {
            s.COL_BUDGET_ID: "B04",
            s.COL_DESCRIPTION: "Stagediscriminatie",
            s.COL_AMOUNT: 2.5,
            s.COL_KIND: "eenmalig",
            s.COL_FROM_YEAR: 2023,
            s.COL_TO_YEAR: 2023,
            s.COL_PRIORITY: 2,
            s.COL_GOAL: "2.1",
            s.COL_PART_OF: None,
            s.COL_SOURCE: "001: voorbeeld",
        },
    ],
}

README_LINES = ["Actieoverzicht Werkagenda mbo (testbestand)", "Versie 1"]

#: The optional sheets, for tests of the indicators (the sample itself leaves them out).
INDICATORS = {
    s.SHEET_INDICATORS: [
        {
            s.COL_INDICATOR_ID: "I01",
            s.COL_INDICATOR: "Aantal nieuwe voortijdig schoolverlaters",
            s.COL_GOAL: "1.2",
            s.COL_UNIT: "aantal",
            s.COL_DIRECTION: "lager is beter",
            s.COL_BASE_YEAR: "2021/2022",
            s.COL_BASE_VALUE: 25544.0,
            s.COL_TARGET: 18000.0,
            s.COL_TARGET_YEAR: None,
            s.COL_SOURCE: '004: "Toewerken naar maximaal 18.000 nieuwe vsv’ers;"',
        },
        {
            s.COL_INDICATOR_ID: "I02",
            s.COL_INDICATOR: "Aandeel scholen met een studentenkaart",
            s.COL_GOAL: "1.1",
            s.COL_UNIT: "%",
            s.COL_DIRECTION: "hoger is beter",
            s.COL_BASE_YEAR: "2024",
            s.COL_BASE_VALUE: 50.0,
            s.COL_TARGET: None,
            s.COL_TARGET_YEAR: None,
            s.COL_SOURCE: '002: "meer dan de helft van de scholen"',
        },
        {
            s.COL_INDICATOR_ID: "I03",
            s.COL_INDICATOR: "Aantal mbo-studenten",
            s.COL_GOAL: None,
            s.COL_UNIT: "aantal",
            s.COL_DIRECTION: None,
            s.COL_BASE_YEAR: None,
            s.COL_BASE_VALUE: 500000.0,
            s.COL_TARGET: None,
            s.COL_TARGET_YEAR: None,
            s.COL_SOURCE: '000: "Meer dan een half miljoen mbo-studenten"',
        },
    ],
    s.SHEET_MEASUREMENTS: [
        {
            s.COL_INDICATOR_ID: "I01",
            s.COL_YEAR: "2021/2022",
            s.COL_VALUE: 25544.0,
            s.COL_VALUE_TEXT: "25.544",
            s.COL_PRECISION: None,
            s.COL_SOURCE: '004: "Van 25.544 in 2021/2022 naar 22.308 in 2023/2024"',
        },
        {
            s.COL_INDICATOR_ID: "I01",
            s.COL_YEAR: "2023/2024",
            s.COL_VALUE: 22308.0,
            s.COL_VALUE_TEXT: "22.308",
            s.COL_PRECISION: None,
            s.COL_SOURCE: '004: "Van 25.544 in 2021/2022 naar 22.308 in 2023/2024"',
        },
        {
            s.COL_INDICATOR_ID: "I02",
            s.COL_YEAR: "2024",
            s.COL_VALUE: 50.0,
            s.COL_VALUE_TEXT: "meer dan de helft",
            s.COL_PRECISION: "meer dan",
            s.COL_SOURCE: '002: "meer dan de helft van de scholen"',
        },
        {
            s.COL_INDICATOR_ID: "I02",
            s.COL_YEAR: "2025",
            s.COL_VALUE: 61.0,
            s.COL_VALUE_TEXT: "61%",
            s.COL_PRECISION: None,
            s.COL_SOURCE: '002: "inmiddels 61% van de scholen"',
        },
        {
            s.COL_INDICATOR_ID: "I03",
            s.COL_YEAR: None,
            s.COL_VALUE: 500000.0,
            s.COL_VALUE_TEXT: "Meer dan een half miljoen",
            s.COL_PRECISION: "meer dan",
            s.COL_SOURCE: '000: "Meer dan een half miljoen mbo-studenten"',
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
