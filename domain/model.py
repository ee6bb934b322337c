"""Typed, derived frames of a checked workbook: what every figure starts from.

``build_overview`` takes the workbook as the checks parsed it (years ``Int64``, amounts ``Float64``,
dates as dates, text ``str``; a cell that did not parse is empty and the report names it) and adds what
every page needs: the priority of each action, its latest status, whether its end year has passed, and
one row per (action, party, role), and the source documents by their titles. A status outside the rubric
counts as Onbekend here; the report names the cell.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from schemas import TypedWorkbook
from workbook import contract
from workbook.wie import PartyIndex, party_pairs

from .sources import Source, read_sources

COL_LATEST_STATUS = "Laatste status"
COL_PAST_END = "Eindjaar verstreken"
COL_ROLE = "Rol"


@dataclass(frozen=True)
class Round:
    """A reporting round that has both its columns in Acties."""

    name: str
    date: dt.date | None = None
    source: str | None = None
    closed: dt.date | None = None  # Vastgesteld: the day the round was closed (published and frozen)
    letter_date: dt.date | None = None  # Kamerbrief: the date of the letter the appendix goes with
    reference: str | None = None  # Kenmerk of that letter
    paper: str | None = None  # Kamerstuk number of that letter

    @property
    def status(self) -> str:
        return contract.RoundColumns(self.name).status

    @property
    def progress(self) -> str:
        return contract.RoundColumns(self.name).progress


@dataclass(frozen=True, eq=False)
class Overview:
    """One workbook version as the figures see it (``digest`` names the version)."""

    priorities: pd.DataFrame
    goals: pd.DataFrame  # in goal order
    parties: pd.DataFrame
    round_list: tuple[Round, ...]
    actions: pd.DataFrame
    action_parties: pd.DataFrame  # Actie-ID, Doelstelling, Prioriteit, Partij, Rol
    budget: pd.DataFrame
    party_index: PartyIndex
    today: dt.date = field(default_factory=dt.date.today)
    digest: str = ""
    indicators: pd.DataFrame = field(default_factory=pd.DataFrame)  # the optional sheets; empty when left out
    measurements: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: Per round the actions whose status cell is empty (no answer: ``contract.NO_ANSWER``); the status columns
    #: above read Onbekend there, so whoever must tell "no answer" apart from a written Onbekend looks here.
    no_answer: dict[str, frozenset[str]] = field(default_factory=dict)
    #: The Bronnen sheet: the title and date of each document a Bron text names (empty without the sheet:
    #: then the texts are shown as written). See :mod:`domain.sources`.
    sources: tuple[Source, ...] = ()

    @property
    def rounds(self) -> list[str]:
        """Round names, oldest first."""
        return [r.name for r in self.round_list]

    @property
    def round_dates(self) -> dict[str, dt.date | None]:
        return {r.name: r.date for r in self.round_list}

    def round(self, name: str) -> Round | None:
        return next((r for r in self.round_list if r.name == name), None)

    @property
    def latest_round(self) -> str | None:
        return self.round_list[-1].name if self.round_list else None

    @property
    def previous_round(self) -> str | None:
        return self.round_list[-2].name if len(self.round_list) >= 2 else None

    def status_column(self, round_name: str | None) -> str:
        """The status column of ``round_name``; the latest status when the round is None or not in the workbook."""
        if round_name and round_name in self.rounds:
            return contract.RoundColumns(round_name).status
        return COL_LATEST_STATUS

    def progress_column(self, round_name: str) -> str:
        return contract.RoundColumns(round_name).progress


def build_overview(book: TypedWorkbook, today: dt.date | None = None) -> Overview:
    """The overview of a workbook the checks parsed (whatever its findings: what is readable is shown)."""
    today = today or dt.date.today()
    priorities = book.frame(contract.SHEET_PRIORITIES)
    goals = book.frame(contract.SHEET_GOALS)
    goals = goals.sort_values(contract.COL_GOAL, key=lambda col: col.map(contract.goal_sort_key), kind="stable")
    parties = book.frame(contract.SHEET_PARTIES)
    round_list = _rounds(book)

    actions = book.frame(contract.SHEET_ACTIONS).copy()
    goal_priority = dict(zip(goals[contract.COL_GOAL], goals[contract.COL_PRIORITY]))
    actions[contract.COL_PRIORITY] = pd.array([goal_priority.get(g) for g in actions[contract.COL_GOAL]], dtype="Int64")
    no_answer = {
        r.name: frozenset(actions.loc[actions[r.status].map(_empty), contract.COL_ACTION_ID].astype(str))
        for r in round_list
    }
    for r in round_list:
        actions[r.status] = actions[r.status].where(actions[r.status].isin(contract.STATUSES), contract.STATUS_UNKNOWN)
    if round_list:
        latest = actions[round_list[-1].status]
    else:
        latest = pd.Series(contract.STATUS_UNKNOWN, index=actions.index, dtype=object)
    actions[COL_LATEST_STATUS] = latest
    end = actions[contract.COL_END_YEAR]
    actions[COL_PAST_END] = (
        end.notna() & (end.fillna(9999) < today.year) & ~latest.isin(contract.CLOSED_STATUSES)
    ).astype(bool)

    pairs = party_pairs(actions[contract.COL_WHO].tolist(), book.party_index)
    rows = [
        (action_id, goal, priority, party, role)
        for action_id, goal, priority, action_pairs in zip(
            actions[contract.COL_ACTION_ID].tolist(),
            actions[contract.COL_GOAL].tolist(),
            actions[contract.COL_PRIORITY].tolist(),
            pairs,
        )
        for party, role in action_pairs
    ]
    links = pd.DataFrame(
        rows, columns=[contract.COL_ACTION_ID, contract.COL_GOAL, contract.COL_PRIORITY, contract.COL_PARTY, COL_ROLE]
    )
    links[contract.COL_PRIORITY] = links[contract.COL_PRIORITY].astype("Int64")

    return Overview(
        priorities=priorities,
        goals=goals,
        parties=parties,
        round_list=round_list,
        actions=actions,
        action_parties=links,
        budget=book.frame(contract.SHEET_BUDGET),
        party_index=book.party_index,
        today=today,
        digest=book.data.digest,
        indicators=book.frame(contract.SHEET_INDICATORS),
        measurements=book.frame(contract.SHEET_MEASUREMENTS),
        no_answer=no_answer,
        sources=read_sources(book.frame(contract.SHEET_SOURCES)),
    )


def _empty(value: object) -> bool:
    """An empty status cell: nothing, or only spaces."""
    return not (isinstance(value, str) and value.strip())


def _rounds(book: TypedWorkbook) -> tuple[Round, ...]:
    """The rounds that have both their Acties columns, in the order of the Rondes sheet, with what Rondes says."""
    frame = book.frame(contract.SHEET_ROUNDS)
    nothing = [None] * len(frame)
    columns = (contract.COL_DATE, contract.COL_SOURCE, contract.COL_CLOSED, contract.COL_LETTER_DATE)
    columns += (contract.COL_REFERENCE, contract.COL_PAPER)
    details: dict[str, Round] = {}
    for name, date, source, closed, letter, reference, paper in zip(
        frame.get(contract.COL_ROUND, nothing), *(frame.get(c, nothing) for c in columns)
    ):
        if isinstance(name, str) and name not in details:
            details[name] = Round(name, _day(date), source, _day(closed), _day(letter), _text(reference), _text(paper))
    return tuple(details.get(rc.name, Round(rc.name)) for rc in book.round_columns)


def _day(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def _text(value: object) -> str | None:
    return (" ".join(value.split()) or None) if isinstance(value, str) else None
