"""The workbook contract: names of sheets and columns, vocabularies, patterns and limits, defined once.

The reader, the schemas, the template writer, the domain and the app all import these constants
(by convention as ``s``: the sheets and their columns); nothing else spells a sheet or header name,
a status or a budget kind. Everything a user sees is Dutch; identifiers are English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CANONICAL_WORKBOOK = PACKAGE_DIR / "actieoverzicht.xlsx"

# --- sheets -----------------------------------------------------------------
SHEET_README = "Toelichting"
SHEET_PRIORITIES = "Prioriteiten"
SHEET_GOALS = "Doelstellingen"
SHEET_PARTIES = "Partijen"
SHEET_ROUNDS = "Rondes"
SHEET_ACTIONS = "Acties"
SHEET_BUDGET = "Budget"
SHEET_LISTS = "Lijsten"  # hidden helper sheet with dropdown lists (template/format)
SHEET_CHECK = "Controle"  # first sheet of an annotated copy

# --- headers ------------------------------------------------------------------
COL_PRIORITY = "Prioriteit"
COL_TITLE = "Titel"
COL_AMBITION = "Ambitie"
COL_GOAL = "Doelstelling"
COL_DESCRIPTION = "Omschrijving"
COL_PARTY = "Partij"
COL_FULL_NAME = "Volledige naam"
COL_KIND = "Soort"
COL_ALIASES = "Aliassen"
COL_ROUND = "Ronde"
COL_DATE = "Datum"
COL_SOURCE = "Bron"
COL_ACTION_ID = "Actie-ID"
COL_WHAT = "Wat"
COL_WHO = "Wie"
COL_WHEN = "Wanneer"
COL_START_YEAR = "Startjaar"
COL_END_YEAR = "Eindjaar"
COL_BUDGET_ID = "Budget-ID"
COL_AMOUNT = "Bedrag (mln €)"
COL_FROM_YEAR = "Van jaar"
COL_TO_YEAR = "Tot jaar"
COL_PART_OF = "Onderdeel van"
# optional columns (a workbook without them is fine; see OPTIONAL_COLUMNS)
COL_REPORTER = "Rapporteur"  # Acties: the party that reports on the action, when not the one Wie says
COL_CLOSED = "Vastgesteld"  # Rondes: the date the round was published and frozen
COL_FINGERPRINT = "Vingerafdruk"  # Rondes: the sha256 of a closed round's texts and statuses

PROGRESS_PREFIX = "Voortgang "
STATUS_PREFIX = "Status "

#: Required headers per data sheet, in contract order. Extra columns are allowed.
#: The Acties sheet also has two columns per reporting round (see ``round_columns``).
SHEET_COLUMNS: dict[str, tuple[str, ...]] = {
    SHEET_PRIORITIES: (COL_PRIORITY, COL_TITLE, COL_AMBITION),
    SHEET_GOALS: (COL_GOAL, COL_PRIORITY, COL_TITLE, COL_DESCRIPTION),
    SHEET_PARTIES: (COL_PARTY, COL_FULL_NAME, COL_KIND, COL_ALIASES),
    SHEET_ROUNDS: (COL_ROUND, COL_DATE, COL_SOURCE),
    SHEET_ACTIONS: (
        COL_ACTION_ID,
        COL_GOAL,
        COL_WHAT,
        COL_WHO,
        COL_WHEN,
        COL_START_YEAR,
        COL_END_YEAR,
    ),
    SHEET_BUDGET: (
        COL_BUDGET_ID,
        COL_DESCRIPTION,
        COL_AMOUNT,
        COL_KIND,
        COL_FROM_YEAR,
        COL_TO_YEAR,
        COL_PRIORITY,
        COL_GOAL,
        COL_PART_OF,
        COL_SOURCE,
    ),
}
DATA_SHEETS: tuple[str, ...] = tuple(SHEET_COLUMNS)
#: Columns a workbook may have and the tools then use; not required (not in ``SHEET_COLUMNS``).
OPTIONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    SHEET_ROUNDS: (COL_CLOSED, COL_FINGERPRINT),
    SHEET_ACTIONS: (COL_REPORTER,),
}
ALL_SHEETS: tuple[str, ...] = (SHEET_README, *DATA_SHEETS)

#: Columns holding whole numbers (years, priorities) and decimals, per sheet.
INTEGER_COLUMNS: dict[str, tuple[str, ...]] = {
    SHEET_PRIORITIES: (COL_PRIORITY,),
    SHEET_GOALS: (COL_PRIORITY,),
    SHEET_ACTIONS: (COL_START_YEAR, COL_END_YEAR),
    SHEET_BUDGET: (COL_FROM_YEAR, COL_TO_YEAR, COL_PRIORITY),
}
DECIMAL_COLUMNS: dict[str, tuple[str, ...]] = {SHEET_BUDGET: (COL_AMOUNT,)}
DATE_COLUMNS: dict[str, tuple[str, ...]] = {SHEET_ROUNDS: (COL_DATE, COL_CLOSED)}
#: Columns whose values are codes that look like numbers ("1.1") and must stay text.
CODE_COLUMNS: dict[str, tuple[str, ...]] = {
    SHEET_GOALS: (COL_GOAL,),
    SHEET_ACTIONS: (COL_GOAL,),
    SHEET_BUDGET: (COL_GOAL,),
}

# --- vocabularies ---------------------------------------------------------------
STATUS_DONE = "Afgerond"
STATUS_RUNNING = "Loopt"
STATUS_DELAYED = "Vertraagd"
STATUS_NOT_STARTED = "Niet gestart"
STATUS_STOPPED = "Gestopt"
STATUS_UNKNOWN = "Onbekend"
STATUSES: tuple[str, ...] = (
    STATUS_DONE,
    STATUS_RUNNING,
    STATUS_DELAYED,
    STATUS_NOT_STARTED,
    STATUS_STOPPED,
    STATUS_UNKNOWN,
)
#: Statuses after which an action needs no more attention.
CLOSED_STATUSES: tuple[str, ...] = (STATUS_DONE, STATUS_STOPPED)
#: A status's place in the rubric (the order of ``STATUSES``): charts, tables and sentences list statuses so.
STATUS_RANK: dict[str, int] = {status: i for i, status in enumerate(STATUSES)}


def status_key(status: object) -> tuple[int, str]:
    """Rubric order; a value outside the rubric after it, by name."""
    rank = STATUS_RANK.get(status, len(STATUS_RANK)) if isinstance(status, str) else len(STATUS_RANK)
    return rank, status if isinstance(status, str) else ""


@dataclass(frozen=True)
class Move:
    """Actions whose status went from ``old`` to ``new``: how many, and which."""

    old: str
    new: str
    ids: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.ids)


def count_moves(changes: Iterable[tuple[str, str, str]]) -> list[Move]:
    """(id, old status, new status) per changed action -> one Move per (old, new), most frequent first.

    Ties in rubric order of the new status, then of the old one; ids in the order given. Between two
    rounds of one workbook (the domain) and between two versions of one round (the diff) alike.
    """
    grouped: dict[tuple[str, str], list[str]] = {}
    for action_id, old, new in changes:
        grouped.setdefault((old, new), []).append(action_id)
    moves = [Move(old, new, tuple(ids)) for (old, new), ids in grouped.items()]
    return sorted(moves, key=lambda m: (-m.count, status_key(m.new), status_key(m.old)))


PARTY_KINDS: tuple[str, ...] = (
    "overheid",
    "sectororganisatie",
    "studenten",
    "werkgevers",
    "werknemers",
    "gemeenten",
    "onderwijsinstellingen",
    "uitvoeringsorganisatie",
    "kennisinstelling",
    "overig",
)

KIND_STRUCTURAL = "structureel per jaar"
KIND_PER_YEAR = "per jaar"
KIND_ONE_OFF = "eenmalig"
KIND_TOTAL = "totaal looptijd"
BUDGET_KINDS: tuple[str, ...] = (KIND_STRUCTURAL, KIND_PER_YEAR, KIND_ONE_OFF, KIND_TOTAL)
#: A budget kind's place in ``BUDGET_KINDS``: charts and tables list kinds so.
KIND_RANK: dict[str, int] = {kind: i for i, kind in enumerate(BUDGET_KINDS)}
#: Kinds whose amount holds for each year of its period: they add up per year.
YEARLY_KINDS: tuple[str, ...] = (KIND_STRUCTURAL, KIND_PER_YEAR)
#: Two amounts (in millions) closer than this are equal: half a cent of a million, the rounding of a source.
AMOUNT_TOLERANCE = 0.005

#: Columns whose cells must hold one word of a vocabulary. The reader restores
#: the canonical spelling of a word typed in another case ("loopt" -> "Loopt");
#: the schemas refuse anything else. Round status columns use ``STATUSES``.
VOCABULARIES: dict[str, dict[str, tuple[str, ...]]] = {
    SHEET_PARTIES: {COL_KIND: PARTY_KINDS},
    SHEET_BUDGET: {COL_KIND: BUDGET_KINDS},
}

#: A progress text that means "nothing changed since the previous round".
IDEM_PATTERN = r"^\s*idem\.?\s*$"

PRIORITIES: tuple[int, ...] = (1, 2, 3)
YEAR_MIN = 2020
YEAR_MAX = 2035

# Roles of a party in an action's Wie cell.
ROLE_LEAD = "primair"
ROLE_INVOLVED = "betrokken"
ROLE_OTHER = "andere partijen"
ROLES: tuple[str, ...] = (ROLE_LEAD, ROLE_INVOLVED, ROLE_OTHER)

# --- patterns ---------------------------------------------------------------------
GOAL_PATTERN = r"^[1-3]\.[1-9]$"
ACTION_ID_PATTERN = r"^[1-3]\.[1-9]-\d{2,5}$"  # up to 99 999 actions per goal: files may grow
BUDGET_ID_PATTERN = r"^B\d{2,4}$"


def goal_sort_key(goal: object) -> tuple[int, int, str]:
    """``1.2`` before ``1.10`` before ``2.1``; a code that is no goal code last, by its text."""
    try:
        major, minor = str(goal).split(".")
        return int(major), int(minor), ""
    except ValueError:
        return 99, 99, str(goal)


# --- limits (documented in docs/validatie.md) ---------------------------------------------
MAX_FILE_BYTES = 25 * 1024 * 1024  #: a workbook larger than this is refused
MAX_UNCOMPRESSED_BYTES = 250 * 1024 * 1024  #: zip-bomb guard: total unpacked size
MAX_ROWS_PER_SHEET = 100_000  #: rows beyond this are not read
MAX_HEADER_SEARCH_ROWS = 10  #: the header may stand on one of the first rows
MAX_FINDINGS_PER_CHECK = 100  #: per sheet, column and problem; the rest is counted in one finding
STALE_AFTER_DAYS = 548  #: a newest round older than this (about 18 months) suggests an old file
#: Sheets that must hold at least one data row (Budget may be empty).
SHEETS_WITH_ROWS: tuple[str, ...] = (SHEET_PRIORITIES, SHEET_GOALS, SHEET_PARTIES, SHEET_ROUNDS, SHEET_ACTIONS)


# --- reporting rounds -------------------------------------------------------------------------
@dataclass(frozen=True)
class RoundColumns:
    """The two Acties columns that belong to one reporting round."""

    name: str

    @property
    def progress(self) -> str:
        return f"{PROGRESS_PREFIX}{self.name}"

    @property
    def status(self) -> str:
        return f"{STATUS_PREFIX}{self.name}"


_ROUND_COLUMN = re.compile(rf"^(?P<kind>{PROGRESS_PREFIX.strip()}|{STATUS_PREFIX.strip()})\s+(?P<name>\S.*)$")


def parse_round_column(header: str) -> tuple[str, str] | None:
    """Return ("Voortgang"|"Status", round name) for a round column header, else None."""
    match = _ROUND_COLUMN.match(header.strip())
    if not match:
        return None
    return match["kind"], match["name"].strip()


def round_names_in_columns(columns: list[str] | tuple[str, ...]) -> list[str]:
    """Round names that appear in Acties headers, in column order, each once."""
    names: list[str] = []
    for column in columns:
        parsed = parse_round_column(str(column))
        if parsed and parsed[1] not in names:
            names.append(parsed[1])
    return names
