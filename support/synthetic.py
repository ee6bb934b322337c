"""Synthetic workbooks of any size, written with workbook.writer, with realistic text lengths and party lists.

The proportions follow the canonical workbook (78 actions): 12 goals, 38 parties,
an action text of 100-2 100 characters (about 530 on average), progress texts of
about 200-350 characters, 1-5 parties per action with a lead or "andere partijen"
now and then, 25 budget lines. The files are kept in artifacts/benchmarks/ and
reused (the name carries the generator's version).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from workbook import contract
from workbook.writer import write_workbook

VERSION = 1
ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / "artifacts" / "benchmarks"
GOALS = [f"{p}.{g}" for p in (1, 2, 3) for g in (1, 2, 3, 4)]
ROUNDS = [
    ("zomer 2024", dt.date(2024, 7, 1)),
    ("najaar 2025", dt.date(2025, 11, 1)),
    ("zomer 2026", dt.date(2026, 7, 1)),
]
PARTY_NAMES = [
    "OCW",
    "MBO Raad",
    "JOB",
    "Mbo-scholen",
    "VWS",
    "SZW",
    "BZK",
    "EZK",
    "JenV",
    "DUO",
    "Inspectie",
    "SBB",
    "NRTO",
    "VNG",
    "Gemeenten",
    "Werkgevers",
    "VNO-NCW",
    "MKB-Nederland",
    "FNV",
    "CNV",
    "AOb",
    "NJR",
    "Ingrado",
    "ECBO",
    "Kennispunt MBO",
    "Studentenraden",
    "Hogescholen",
    "Vereniging Hogescholen",
    "NCP",
    "CvTE",
    "Platform Bèta Techniek",
    "Techniekpact",
    "Regio's",
    "Provincies",
    "UWV",
    "Sociale partners",
    "Onderwijsraad",
    "Stichting Burgerschap",
]
WORDS = [
    "het",
    "mbo",
    "de",
    "student",
    "studenten",
    "scholen",
    "werkgevers",
    "in",
    "samenwerking",
    "met",
    "partners",
    "versterken",
    "wij",
    "de",
    "positie",
    "van",
    "gelijke",
    "kansen",
    "stage",
    "discriminatie",
    "aanpak",
    "loopbaanoriëntatie",
    "begeleiding",
    "burgerschap",
    "taal",
    "rekenen",
    "digitale",
    "vaardigheden",
    "regio",
    "arbeidsmarkt",
    "kwaliteitsagenda's",
    "middelen",
    "monitor",
    "onderzoek",
    "wetsvoorstel",
    "Kamerbrief",
    "uitvoering",
    "pilot",
    "evaluatie",
    "verkenning",
    "doorlopende",
    "leerlijnen",
    "praktijkleren",
    "docenten",
    "professionalisering",
]


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
        goal = GOALS[index % len(GOALS)]
        counters[goal] += 1
        start = rng.choice((None, 2023, 2023, 2024, 2025))
        end = None if start is None or rng.random() < 0.2 else min(2027, start + rng.randrange(0, 4))
        row = {
            contract.COL_ACTION_ID: f"{goal}-{counters[goal]:02d}",
            contract.COL_GOAL: goal,
            contract.COL_WHAT: _text(rng, corpus, 530, 100, 2100),
            contract.COL_WHO: _who(rng),
            contract.COL_WHEN: "Doorlopend"
            if start is None
            else (f"{start}" if end == start else f"{start} – {end or 'e.v.'}"),
            contract.COL_START_YEAR: start,
            contract.COL_END_YEAR: end,
        }
        for number, (round_name, _) in enumerate(ROUNDS):
            progress = (
                None
                if rng.random() < 0.1
                else ("Idem." if number and rng.random() < 0.05 else _text(rng, corpus, 200 + 75 * number, 20, 1500))
            )
            row[f"{contract.PROGRESS_PREFIX}{round_name}"] = progress
            row[f"{contract.STATUS_PREFIX}{round_name}"] = rng.choice(statuses)
        rows.append(row)
    return {
        contract.SHEET_PRIORITIES: [
            {
                contract.COL_PRIORITY: p,
                contract.COL_TITLE: title,
                contract.COL_AMBITION: "Ambitie " + title.lower() + ".",
            }
            for p, title in (
                (1, "Gelijke kansen"),
                (2, "Aansluiting op de arbeidsmarkt"),
                (3, "Onderwijs voor de toekomst"),
            )
        ],
        contract.SHEET_GOALS: [
            {
                contract.COL_GOAL: goal,
                contract.COL_PRIORITY: int(goal[0]),
                contract.COL_TITLE: f"Doelstelling {goal}",
                contract.COL_DESCRIPTION: _text(rng, corpus, 250, 80, 600),
            }
            for goal in GOALS
        ],
        contract.SHEET_PARTIES: [
            {
                contract.COL_PARTY: name,
                contract.COL_FULL_NAME: f"{name} (voluit)",
                contract.COL_KIND: contract.PARTY_KINDS[i % len(contract.PARTY_KINDS)],
                contract.COL_ALIASES: f"{name.lower()} nl" if i % 3 == 0 else None,
            }
            for i, name in enumerate(PARTY_NAMES)
        ],
        contract.SHEET_ROUNDS: [
            {contract.COL_ROUND: name, contract.COL_DATE: date, contract.COL_SOURCE: f"Voortgangsbrief {name}"}
            for name, date in ROUNDS
        ],
        contract.SHEET_ACTIONS: rows,
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
                contract.COL_SOURCE: "Werkagenda",
            },
        ]
        + [
            {
                contract.COL_BUDGET_ID: f"B{i + 2:02d}",
                contract.COL_DESCRIPTION: f"Middelen doelstelling {goal}",
                contract.COL_AMOUNT: round(rng.uniform(1, 40), 1),
                contract.COL_KIND: rng.choice(("per jaar", "eenmalig")),
                contract.COL_FROM_YEAR: (year := rng.choice((2023, 2024, 2025))),
                contract.COL_TO_YEAR: year,
                contract.COL_PRIORITY: int(goal[0]),
                contract.COL_GOAL: goal,
                contract.COL_PART_OF: None,
                contract.COL_SOURCE: "Voortgangsbrief",
            }
            for i, goal in enumerate(GOALS * 2)
        ],
    }


def synthetic_workbook(actions: int, directory: Path = CACHE_DIR) -> Path:
    """The path of a synthetic workbook with ``actions`` actions (written once, then reused)."""
    path = Path(directory) / f"synthetisch-{actions}-v{VERSION}.xlsx"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp.xlsx")
        write_workbook(
            partial, synthetic_data(actions), readme=["Synthetisch werkboek voor benchmarks", f"{actions} acties"]
        )
        partial.replace(path)
    return path
