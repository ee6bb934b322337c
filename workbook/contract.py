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
SHEET_INDICATORS = "Indicatoren"  # optional: the agenda's effect indicators
SHEET_MEASUREMENTS = "Metingen"  # optional: one row per measurement of an indicator
SHEET_SOURCES = "Bronnen"  # optional: the source documents the Bron cells name, each with its title and date
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
COL_OVERLAPS = "Overlapt met"  # optional Budget column: Budget-IDs that share money with this line, "; " between
COL_PRECISION = "Precisie"  # optional Budget column (and a Metingen column): "ongeveer", "meer dan"...
COL_INDICATOR_ID = "Indicator-ID"
COL_INDICATOR = "Indicator"
COL_UNIT = "Eenheid"
COL_DIRECTION = "Richting"
COL_BASE_YEAR = "Basisjaar"
COL_BASE_VALUE = "Basiswaarde"
COL_TARGET = "Streefwaarde"
COL_TARGET_YEAR = "Streefjaar"
COL_YEAR = "Jaar"
COL_VALUE = "Waarde"
COL_VALUE_TEXT = "Waarde (bron)"
COL_REMARK = "Opmerking"
COL_REPORTER = "Rapporteur"  # Acties: the party that reports on the action, when not the one Wie says
COL_CLOSED = "Vastgesteld"  # Rondes: the date the round was published and frozen
COL_FINGERPRINT = "Vingerafdruk"  # Rondes: the sha256 of a closed round's texts and statuses
COL_LETTER_DATE = "Kamerbrief"  # Rondes: the date of the letter to the Tweede Kamer the appendix goes with
#: Bronnen: the document's own reference (a letter's kenmerk, a Kamerstuk number); Rondes: the kenmerk of the letter
#: the round's appendix goes with, printed on its cover
COL_REFERENCE = "Kenmerk"
COL_PAPER = "Kamerstuk"  # Rondes: the Kamerstuk number of the letter ("31 524, nr. 617")
COL_URL = "Adres"  # Bronnen: where the document can be read (a web address)

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
#: Sheets a workbook may leave out; when a sheet is there, its headers above are required like any other's.
#: Indicatoren has one row per indicator, Metingen one row per measurement of an indicator, Bronnen one row per
#: source document.
OPTIONAL_SHEET_COLUMNS: dict[str, tuple[str, ...]] = {
    SHEET_INDICATORS: (
        COL_INDICATOR_ID,
        COL_INDICATOR,
        COL_GOAL,
        COL_UNIT,
        COL_DIRECTION,
        COL_BASE_YEAR,
        COL_BASE_VALUE,
        COL_TARGET,
        COL_TARGET_YEAR,
        COL_SOURCE,
    ),
    SHEET_MEASUREMENTS: (COL_INDICATOR_ID, COL_YEAR, COL_VALUE, COL_VALUE_TEXT, COL_PRECISION, COL_SOURCE),
    # one row per source document: its key exactly as the Bron cells of the other sheets name it (a file name),
    # and the title and date a reader sees instead
    SHEET_SOURCES: (COL_SOURCE, COL_TITLE, COL_DATE),
}
SHEET_COLUMNS.update(OPTIONAL_SHEET_COLUMNS)
OPTIONAL_SHEETS: tuple[str, ...] = tuple(OPTIONAL_SHEET_COLUMNS)
DATA_SHEETS: tuple[str, ...] = tuple(sheet for sheet in SHEET_COLUMNS if sheet not in OPTIONAL_SHEETS)
#: Every sheet the reader reads and the schemas check (an optional one only when it is there).
CONTRACT_SHEETS: tuple[str, ...] = (*DATA_SHEETS, *OPTIONAL_SHEETS)
ALL_SHEETS: tuple[str, ...] = (SHEET_README, *CONTRACT_SHEETS)
#: Columns a sheet may leave out; recognised (whatever their case and spacing) and checked when they are there.
OPTIONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    SHEET_ROUNDS: (COL_CLOSED, COL_FINGERPRINT, COL_LETTER_DATE, COL_REFERENCE, COL_PAPER),
    SHEET_ACTIONS: (COL_REPORTER,),
    SHEET_BUDGET: (COL_OVERLAPS, COL_PRECISION),
    SHEET_SOURCES: (COL_REFERENCE, COL_URL),
}

#: Columns holding whole numbers (years, priorities) and decimals, per sheet.
INTEGER_COLUMNS: dict[str, tuple[str, ...]] = {
    SHEET_PRIORITIES: (COL_PRIORITY,),
    SHEET_GOALS: (COL_PRIORITY,),
    SHEET_ACTIONS: (COL_START_YEAR, COL_END_YEAR),
    SHEET_BUDGET: (COL_FROM_YEAR, COL_TO_YEAR, COL_PRIORITY),
}
DECIMAL_COLUMNS: dict[str, tuple[str, ...]] = {
    SHEET_BUDGET: (COL_AMOUNT,),
    SHEET_INDICATORS: (COL_BASE_VALUE, COL_TARGET),
    SHEET_MEASUREMENTS: (COL_VALUE,),
}
DATE_COLUMNS: dict[str, tuple[str, ...]] = {SHEET_ROUNDS: (COL_DATE, COL_CLOSED, COL_LETTER_DATE)}
#: Text columns that hold a date as a document writes it ("najaar 2025"): a cell Excel made a date of becomes that
#: date in Dutch words ("15 juli 2022"), never a fout.
DATE_TEXT_COLUMNS: dict[str, tuple[str, ...]] = {SHEET_SOURCES: (COL_DATE,)}
#: Columns whose values are codes that look like numbers ("1.1") and must stay text.
CODE_COLUMNS: dict[str, tuple[str, ...]] = {
    SHEET_GOALS: (COL_GOAL,),
    SHEET_ACTIONS: (COL_GOAL,),
    SHEET_BUDGET: (COL_GOAL,),
    SHEET_INDICATORS: (COL_GOAL, COL_BASE_YEAR, COL_TARGET_YEAR),
    SHEET_MEASUREMENTS: (COL_YEAR,),
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
#: An empty status cell in a round: nobody reported on the action (no answer came in, or the source has no text for
#: that round). Never a status: counted apart everywhere, and never a move from or to a status.
NO_ANSWER = "Geen antwoord"
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
#: The parts of a whole may add up to this much more than the whole (in millions) before the check says so:
#: amounts carry at most one decimal, so ten parts round off by at most 0,5 mln; the smallest real excess is a
#: line of 1 mln or more.
BUDGET_TOLERANCE_MLN = 0.5
#: The years of the Werkagenda: a whole without years of its own (or of a whole above it) covers these.
AGENDA_FIRST_YEAR = 2023
AGENDA_LAST_YEAR = 2027

#: How exact an amount or a measurement is (``Precisie``); empty means exact as stated.
PRECISION_ABOUT = "ongeveer"
PRECISION_MORE_THAN = "meer dan"
PRECISION_JUST_OVER = "ruim"
PRECISION_NEARLY = "bijna"
PRECISION_RISING_TO = "oplopend tot"  # rising to this yearly level: less in the first years
PRECISIONS: tuple[str, ...] = (
    PRECISION_ABOUT,
    PRECISION_MORE_THAN,
    PRECISION_JUST_OVER,
    PRECISION_NEARLY,
    PRECISION_RISING_TO,
)
#: The amount is a lower bound / an upper bound.
LOWER_BOUNDS: tuple[str, ...] = (PRECISION_MORE_THAN, PRECISION_JUST_OVER)
UPPER_BOUNDS: tuple[str, ...] = (PRECISION_NEARLY, PRECISION_RISING_TO)
#: The precision of a sum of upper bounds (no cell holds it: a source sentence never needs it).
PRECISION_AT_MOST = "ten hoogste"

DIRECTION_HIGHER = "hoger is beter"
DIRECTION_LOWER = "lager is beter"
DIRECTIONS: tuple[str, ...] = (DIRECTION_HIGHER, DIRECTION_LOWER)  # empty: the source does not say

#: Columns whose cells must hold one word of a vocabulary. The reader restores
#: the canonical spelling of a word typed in another case ("loopt" -> "Loopt");
#: the schemas refuse anything else. Round status columns use ``STATUSES``.
VOCABULARIES: dict[str, dict[str, tuple[str, ...]]] = {
    SHEET_PARTIES: {COL_KIND: PARTY_KINDS},
    SHEET_BUDGET: {COL_KIND: BUDGET_KINDS, COL_PRECISION: PRECISIONS},
    SHEET_INDICATORS: {COL_DIRECTION: DIRECTIONS},
    SHEET_MEASUREMENTS: {COL_PRECISION: PRECISIONS},
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
INDICATOR_ID_PATTERN = r"^I\d{2,3}$"
#: A calendar year (2024) or a school year as the sources write it (2021/2022).
MEASUREMENT_YEAR_PATTERN = r"^20\d{2}(/20\d{2})?$"
#: A web address (Bronnen, Adres).
URL_PATTERN = r"^https?://[^\s/]+\.[^\s]+$"
#: A reference to a file in a Bron text ("002_17ac8c011985482e.txt", "Kamerbrief.pdf"), case-insensitive: a name
#: (not part of a path or web address) that ends in a document's extension.
FILE_REFERENCE_PATTERN = r"(?<![\w./\\-])\w[\w.-]*\.(?:txt|pdf|docx?|odt|xlsx?|ods|csv|html?)(?!\w)"


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
