"""The workbooks the tests and the benchmarks build: a small hand-written sample and synthetic ones of any size.

Both are made of the same rows (:func:`priority`, :func:`goal`, :func:`party`, :func:`reporting_round`,
:func:`action`, :func:`budget_line`, :func:`source`) and written by the same :func:`build` (``workbook.writer``).

* ``sample_data()`` returns the sample's content, fresh each call, so a test can change a cell without affecting
  others; ``build(tmp_path, data)`` writes it (``overview`` also checks it and builds the domain's overview).
* ``synthetic_data(n)`` is a valid workbook's content with ``n`` actions, in the proportions of the canonical
  workbook (78 actions): 12 goals, 38 parties, an action text of 100-2 100 characters (about 530 on average),
  progress texts of about 200-350 characters, 1-5 parties per action with a lead or "andere partijen" now and
  then, 25 budget lines. ``synthetic_workbook(n)`` keeps the file in artifacts/benchmarks/ and reuses it (the name
  carries the generator's version).
"""

from __future__ import annotations

import copy
import datetime as dt
import random
from pathlib import Path

from workbook import contract
from workbook.writer import default_columns, write_workbook

ROOT = Path(__file__).resolve().parent.parent


# --- rows ---------------------------------------------------------------------------------------------------------
def priority(number: int, title: str, ambition: str) -> dict:
    return {contract.COL_PRIORITY: number, contract.COL_TITLE: title, contract.COL_AMBITION: ambition}


def goal(code: str, priority_number: int, title: str, description: str) -> dict:
    return {
        contract.COL_GOAL: code,
        contract.COL_PRIORITY: priority_number,
        contract.COL_TITLE: title,
        contract.COL_DESCRIPTION: description,
    }


def party(name: str, full_name: str, kind: str, aliases: str | None = None) -> dict:
    return {
        contract.COL_PARTY: name,
        contract.COL_FULL_NAME: full_name,
        contract.COL_KIND: kind,
        contract.COL_ALIASES: aliases,
    }


def reporting_round(name: str, date: dt.date, source: str) -> dict:
    return {contract.COL_ROUND: name, contract.COL_DATE: date, contract.COL_SOURCE: source}


def source(key: str, title: str, date: str | None = None, reference: str | None = None, url: str | None = None) -> dict:
    """A row of Bronnen: a document's key as the Bron cells name it, its title, date, kenmerk and web address."""
    return {
        contract.COL_SOURCE: key,
        contract.COL_TITLE: title,
        contract.COL_DATE: date,
        contract.COL_REFERENCE: reference,
        contract.COL_URL: url,
    }


def action(
    action_id: str,
    what: str,
    who: str,
    when: str,
    start: int | None,
    end: int | None,
    progress: dict[str, tuple[str | None, str]],
) -> dict:
    """An action of the goal its ID names; ``progress``: round -> (progress text, status)."""
    row = {
        contract.COL_ACTION_ID: action_id,
        contract.COL_GOAL: action_id.split("-")[0],
        contract.COL_WHAT: what,
        contract.COL_WHO: who,
        contract.COL_WHEN: when,
        contract.COL_START_YEAR: start,
        contract.COL_END_YEAR: end,
    }
    for round_name, (text, status) in progress.items():
        row[f"{contract.PROGRESS_PREFIX}{round_name}"] = text
        row[f"{contract.STATUS_PREFIX}{round_name}"] = status
    return row


def budget_line(
    budget_id: str,
    description: str,
    amount: float,
    kind: str,
    years: tuple[int | None, int | None],
    source: str,
    priority_number: int | None = None,
    goal_code: str | None = None,
    part_of: str | None = None,
) -> dict:
    return {
        contract.COL_BUDGET_ID: budget_id,
        contract.COL_DESCRIPTION: description,
        contract.COL_AMOUNT: amount,
        contract.COL_KIND: kind,
        contract.COL_FROM_YEAR: years[0],
        contract.COL_TO_YEAR: years[1],
        contract.COL_PRIORITY: priority_number,
        contract.COL_GOAL: goal_code,
        contract.COL_PART_OF: part_of,
        contract.COL_SOURCE: source,
    }


# --- the sample ---------------------------------------------------------------------------------------------------
ROUNDS = ("zomer 2024", "najaar 2025")
SUMMER, AUTUMN = ROUNDS

_SAMPLE = {
    contract.SHEET_PRIORITIES: [
        priority(1, "Gelijke kansen", "Alle studenten krijgen gelijke kansen."),
        priority(2, "Onderwijs sluit aan op de arbeidsmarkt", "Een kansrijke positie."),
        priority(3, "Onderwijs voor de toekomst", "Een goede basis."),
    ],
    contract.SHEET_GOALS: [
        goal("1.1", 1, "Gelijkwaardigheid", "We dragen bij aan het gelijkwaardig behandelen van alle studenten."),
        goal("1.2", 1, "Welzijn", "Het gaat goed met studenten."),
        goal("2.1", 2, "Studiekeuze", "Meer studenten kiezen een passende opleiding."),
        goal("3.1", 3, "Taal en rekenen", "We verbeteren Nederlands en rekenen."),
    ],
    contract.SHEET_PARTIES: [
        party("OCW", "Ministerie van Onderwijs, Cultuur en Wetenschap", "overheid", "ministerie van OCW"),
        party("MBO Raad", "MBO Raad", "sectororganisatie"),
        party("JOB", "Jongeren Organisatie Beroepsonderwijs", "studenten", "JOBmbo"),
        party("Mbo-scholen", "Mbo-instellingen", "onderwijsinstellingen", "scholen; bekostigde mbo-scholen"),
        party("VWS", "Ministerie van Volksgezondheid, Welzijn en Sport", "overheid"),
    ],
    contract.SHEET_ROUNDS: [
        reporting_round(SUMMER, dt.date(2024, 7, 1), "Voortgangsbrief zomer 2024"),
        reporting_round(AUTUMN, dt.date(2025, 11, 1), "Voortgangsbrief najaar 2025"),
    ],
    contract.SHEET_ACTIONS: [
        action(
            "1.1-01",
            "Het mbo gelijkwaardig positioneren.",
            "OCW (primair), Mbo-scholen, JOB",
            "Doorlopend",
            None,
            None,
            {SUMMER: ("Kamerbrief verstuurd.", "Loopt"), AUTUMN: ("Idem.", "Loopt")},
        ),
        action(
            "1.1-02",
            "Een wetsvoorstel over overleg met studenten.",
            "OCW",
            "2023",
            2023,
            2023,
            {SUMMER: ("Uitgevoerd middels reparatiewet OCW 2024", "Afgerond"), AUTUMN: (None, "Afgerond")},
        ),
        action(
            "1.2-01",
            "Een monitor integrale veiligheid.",
            "MBO Raad, OCW; andere partijen: VWS",
            "2023 – 2026",
            2023,
            2026,
            {SUMMER: ("Eerste editie verstuurd.", "Loopt"), AUTUMN: ("Tweede editie in voorbereiding.", "Loopt")},
        ),
        action(
            "2.1-01",
            "Betere loopbaanoriëntatie.",
            "Mbo-scholen (primair), JOB",
            "2024 e.v.",
            2024,
            None,
            {SUMMER: (None, "Niet gestart"), AUTUMN: ("Gestart met pilots.", "Loopt")},
        ),
        action(
            "3.1-01",
            "Verkenning naar een bijdrage.",
            "OCW",
            "2022 – 2023",
            2022,
            2023,
            {SUMMER: ("Loopt.", "Loopt"), AUTUMN: ("Niet uitgevoerd en inmiddels achterhaald.", "Gestopt")},
        ),
    ],
    contract.SHEET_BUDGET: [
        budget_line(
            "B01", "Totaal per jaar", 900.0, "structureel per jaar", (2023, 2027), "000: 0,9 miljard euro per jaar"
        ),
        budget_line(
            "B02",
            "Extra investering",
            367.0,
            "structureel per jaar",
            (2023, None),
            "000: 367 miljoen euro extra per jaar",
            part_of="B01",
        ),
        budget_line("B03", "Kwaliteitsagenda's 2024", 704.0, "per jaar", (2024, 2024), "004: tabel"),
        budget_line("B04", "Stagediscriminatie", 2.5, "eenmalig", (2023, 2023), "001: voorbeeld", 2, "2.1"),
    ],
    # the documents the Bron cells name (by a short key here; the canonical workbook uses the file names)
    contract.SHEET_SOURCES: [
        source("000", "Werkagenda mbo 2023-2027 (samenvatting)"),
        source("001", "Kamerbrief Kaders Werkagenda mbo", "15 juli 2022", "32516382"),
        source("002", "Actie-overzicht Werkagenda mbo", "najaar 2025"),
        source("004", "Voortgangsbrief Werkagenda mbo en Stagepact mbo", "najaar 2025"),
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


# --- synthetic workbooks of any size --------------------------------------------------------------------------------
VERSION = 1
CACHE_DIR = ROOT / "artifacts" / "benchmarks"
GOALS = [f"{p}.{g}" for p in (1, 2, 3) for g in (1, 2, 3, 4)]
SYNTHETIC_ROUNDS = [
    ("zomer 2024", dt.date(2024, 7, 1)),
    ("najaar 2025", dt.date(2025, 11, 1)),
    ("zomer 2026", dt.date(2026, 7, 1)),
]
PARTY_NAMES = (
    "OCW", "MBO Raad", "JOB", "Mbo-scholen", "VWS", "SZW", "BZK", "EZK", "JenV", "DUO", "Inspectie", "SBB", "NRTO",
    "VNG", "Gemeenten", "Werkgevers", "VNO-NCW", "MKB-Nederland", "FNV", "CNV", "AOb", "NJR", "Ingrado", "ECBO",
    "Kennispunt MBO", "Studentenraden", "Hogescholen", "Vereniging Hogescholen", "NCP", "CvTE",
    "Platform Bèta Techniek", "Techniekpact", "Regio's", "Provincies", "UWV", "Sociale partners", "Onderwijsraad",
    "Stichting Burgerschap",
)  # fmt: skip
WORDS = (
    "het", "mbo", "de", "student", "studenten", "scholen", "werkgevers", "in", "samenwerking", "met", "partners",
    "versterken", "wij", "de", "positie", "van", "gelijke", "kansen", "stage", "discriminatie", "aanpak",
    "loopbaanoriëntatie", "begeleiding", "burgerschap", "taal", "rekenen", "digitale", "vaardigheden", "regio",
    "arbeidsmarkt", "kwaliteitsagenda's", "middelen", "monitor", "onderzoek", "wetsvoorstel", "Kamerbrief",
    "uitvoering", "pilot", "evaluatie", "verkenning", "doorlopende", "leerlijnen", "praktijkleren", "docenten",
    "professionalisering",
)  # fmt: skip


def _corpus(rng: random.Random, size: int = 200_000) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(size // 7))


def _text(rng: random.Random, corpus: str, mean: int, low: int, high: int) -> str:
    length = int(min(high, max(low, rng.lognormvariate(0, 0.6) * mean * 0.84)))
    start = rng.randrange(0, len(corpus) - length - 1)
    return corpus[start : start + length].strip().capitalize() + "."


def _who(rng: random.Random) -> str:
    parties = rng.sample(PARTY_NAMES, rng.choice((1, 1, 2, 3, 3, 4, 5)))
    if len(parties) > 1 and rng.random() < 0.3:
        parties[0] += " (primair)"
    if len(parties) > 2 and rng.random() < 0.2:
        return f"{', '.join(parties[:-1])}; andere partijen: {parties[-1]}"
    return ", ".join(parties)


def synthetic_data(actions: int, seed: int = 2027) -> dict[str, list[dict]]:
    """A valid workbook's content with ``actions`` actions."""
    rng = random.Random(seed + actions)
    corpus = _corpus(rng)
    statuses = [st for st in contract.STATUSES if st != contract.STATUS_UNKNOWN]
    rows = []
    counters = dict.fromkeys(GOALS, 0)
    for index in range(actions):
        code = GOALS[index % len(GOALS)]
        counters[code] += 1
        start = rng.choice((None, 2023, 2023, 2024, 2025))
        end = None if start is None or rng.random() < 0.2 else min(2027, start + rng.randrange(0, 4))
        what, who = _text(rng, corpus, 530, 100, 2100), _who(rng)
        when = "Doorlopend" if start is None else (f"{start}" if end == start else f"{start} – {end or 'e.v.'}")
        progress = {}
        for number, (round_name, _) in enumerate(SYNTHETIC_ROUNDS):
            text = (
                None
                if rng.random() < 0.1
                else ("Idem." if number and rng.random() < 0.05 else _text(rng, corpus, 200 + 75 * number, 20, 1500))
            )
            progress[round_name] = (text, rng.choice(statuses))
        rows.append(action(f"{code}-{counters[code]:02d}", what, who, when, start, end, progress))
    titles = ((1, "Gelijke kansen"), (2, "Aansluiting op de arbeidsmarkt"), (3, "Onderwijs voor de toekomst"))
    return {
        contract.SHEET_PRIORITIES: [priority(p, title, "Ambitie " + title.lower() + ".") for p, title in titles],
        contract.SHEET_GOALS: [
            goal(code, int(code[0]), f"Doelstelling {code}", _text(rng, corpus, 250, 80, 600)) for code in GOALS
        ],
        contract.SHEET_PARTIES: [
            party(
                name,
                f"{name} (voluit)",
                contract.PARTY_KINDS[i % len(contract.PARTY_KINDS)],
                f"{name.lower()} nl" if i % 3 == 0 else None,
            )
            for i, name in enumerate(PARTY_NAMES)
        ],
        contract.SHEET_ROUNDS: [
            reporting_round(name, date, f"Voortgangsbrief {name}") for name, date in SYNTHETIC_ROUNDS
        ],
        contract.SHEET_ACTIONS: rows,
        contract.SHEET_BUDGET: [
            budget_line("B01", "Totaal per jaar", 900.0, "structureel per jaar", (2023, 2027), "Werkagenda"),
            *(_synthetic_budget_line(rng, i, code) for i, code in enumerate(GOALS * 2)),
        ],
    }


def _synthetic_budget_line(rng: random.Random, index: int, code: str) -> dict:
    amount, kind = round(rng.uniform(1, 40), 1), rng.choice(("per jaar", "eenmalig"))
    year = rng.choice((2023, 2024, 2025))
    description = f"Middelen doelstelling {code}"
    return budget_line(
        f"B{index + 2:02d}", description, amount, kind, (year, year), "Voortgangsbrief", int(code[0]), code
    )


def synthetic_workbook(actions: int, directory: Path = CACHE_DIR) -> Path:
    """The path of a synthetic workbook with ``actions`` actions (written once, then reused)."""
    path = Path(directory) / f"synthetisch-{actions}-v{VERSION}.xlsx"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        readme = ["Synthetisch werkboek voor benchmarks", f"{actions} acties"]
        partial = build(path.parent, synthetic_data(actions), name=path.with_suffix(".tmp.xlsx").name, readme=readme)
        partial.replace(path)
    return path
