"""A reporting round from the workbook itself: the open round, who reports each action, what each party is
asked, and how far the answers are.

Who reports an action: the party in its ``Rapporteur`` cell (an optional Acties column) when that is a
known party; else the party marked ``(primair)`` in ``Wie``; else the first party ``Wie`` names. A party
is *involved* in every action ``Wie`` names it in. The open round is the newest round that has its two
Acties columns; it is closed when Rondes gives it a ``Vastgesteld`` date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from schemas import TypedWorkbook
from workbook import contract
from workbook.fingerprint import fingerprint, normal
from workbook.rounds.names import READ_ONLY_COLUMNS
from workbook.wie import party_pairs


@dataclass(frozen=True)
class Assignment:
    """One action: its row in Acties, who reports on it, and every party involved (in Wie order)."""

    action_id: str
    row: int
    reporter: str | None
    involved: tuple[str, ...]


@dataclass(frozen=True)
class PartyRequest:
    """What one reporting party is asked: its actions and the ones it only sees, with their fingerprints."""

    party: str
    round_name: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]
    info_rows: tuple[dict[str, Any], ...]
    fingerprints: dict[str, str]


@dataclass(frozen=True)
class PartyProgress:
    """One reporting party in the open round: the actions asked, those with a progress text, those still empty."""

    party: str
    asked: tuple[str, ...]
    answered: tuple[str, ...]
    empty: tuple[str, ...]

    @property
    def silent(self) -> bool:
        """Not one of its actions has a text yet."""
        return bool(self.asked) and not self.answered


@dataclass(frozen=True)
class RoundProgress:
    round_name: str
    parties: tuple[PartyProgress, ...]
    total: int
    answered: int


def open_round(book: TypedWorkbook) -> contract.RoundColumns | None:
    """The newest round with both its Acties columns (None when there is none)."""
    rounds = book.round_columns
    return rounds[-1] if rounds else None


def closed_rounds(book: TypedWorkbook) -> dict[str, dt.date]:
    """Round name -> the date it was closed (``Vastgesteld`` in Rondes)."""
    frame = book.frame(contract.SHEET_ROUNDS)
    if contract.COL_CLOSED not in frame or contract.COL_ROUND not in frame:
        return {}
    return {
        str(name): closed
        for name, closed in zip(frame[contract.COL_ROUND], frame[contract.COL_CLOSED])
        if name is not None and isinstance(closed, dt.date)
    }


def round_dates(book: TypedWorkbook) -> dict[str, dt.date | None]:
    frame = book.frame(contract.SHEET_ROUNDS)
    dates = frame[contract.COL_DATE] if contract.COL_DATE in frame else [None] * len(frame)
    return {str(n): (d if isinstance(d, dt.date) else None) for n, d in zip(frame[contract.COL_ROUND], dates) if n}


def assignments(book: TypedWorkbook) -> list[Assignment]:
    """Every action with its reporter and the parties involved, in sheet order."""
    actions = book.frame(contract.SHEET_ACTIONS)
    index = book.party_index
    pairs = party_pairs(actions[contract.COL_WHO], index)
    override = actions[contract.COL_REPORTER] if contract.COL_REPORTER in actions else [None] * len(actions)
    found = []
    for row, action_id, roles, chosen in zip(actions.index, actions[contract.COL_ACTION_ID], pairs, override):
        if action_id is None:
            continue
        parties = tuple(party for party, _ in roles)
        lead = next((party for party, role in roles if role == contract.ROLE_LEAD), None)
        reporter = (index.resolve(chosen) if isinstance(chosen, str) else None) or lead
        reporter = reporter or (parties[0] if parties else None)
        involved = parties if reporter is None or reporter in parties else (*parties, reporter)
        found.append(Assignment(str(action_id), int(row), reporter, involved))
    return found


def reporters(book: TypedWorkbook) -> list[str]:
    """The reporting parties, in the order of the Partijen sheet (others after them, by name)."""
    named = {a.reporter for a in assignments(book) if a.reporter}
    order = [str(p) for p in book.frame(contract.SHEET_PARTIES).get(contract.COL_PARTY, pd.Series(dtype=object)) if p]
    return [p for p in order if p in named] + sorted(named - set(order), key=str.casefold)


def request_columns(book: TypedWorkbook, round_name: str) -> tuple[str, ...]:
    """The Acties columns of a request: the fixed ones, the earlier rounds, then the open round's two."""
    earlier = []
    for columns in book.round_columns:
        if columns.name == round_name:
            break
        earlier += [columns.progress, columns.status]
    current = contract.RoundColumns(round_name)
    return (*READ_ONLY_COLUMNS, *earlier, current.progress, current.status)


def _row(values: dict[str, Any], columns: Sequence[str]) -> dict[str, Any]:
    """The cells of one action in the request's columns (the typed frame has None for an empty text)."""
    return {c: values.get(c) for c in columns}


def party_requests(book: TypedWorkbook, round_name: str) -> list[PartyRequest]:
    """One request per reporting party for ``round_name``: its actions, and the actions it is involved in."""
    actions = book.frame(contract.SHEET_ACTIONS)
    columns = request_columns(book, round_name)
    read_only = list(columns[:-2])  # everything but the open round's two columns
    present = [c for c in columns if c in actions]
    by_row = dict(zip(actions.index.astype(int), actions[present].to_dict("records")))
    plan = assignments(book)
    requests = []
    for party in reporters(book):
        own = [a for a in plan if a.reporter == party]
        seen = [a for a in plan if a.reporter != party and party in a.involved]
        rows = tuple(_row(by_row[a.row], columns) for a in own)
        info = tuple(_row(by_row[a.row], columns) for a in seen)
        prints = {str(r[contract.COL_ACTION_ID]): fingerprint(r, read_only) for r in rows}
        requests.append(PartyRequest(party, round_name, columns, rows, info, prints))
    return requests


def previous_round(book: TypedWorkbook, round_name: str) -> contract.RoundColumns | None:
    """The round before ``round_name`` (among the rounds with their columns), or None."""
    names = [c.name for c in book.round_columns]
    if round_name not in names or names.index(round_name) == 0:
        return None
    return book.round_columns[names.index(round_name) - 1]


def settled(previous: Any, current: Any) -> bool:
    """Already Afgerond or Gestopt in the previous round and still so: no new text needed."""
    return previous in contract.CLOSED_STATUSES and current == previous


def progress(book: TypedWorkbook) -> RoundProgress | None:
    """Per reporting party in the open round: the actions asked, answered (a progress text) and still empty."""
    current = open_round(book)
    if current is None:
        return None
    actions = book.frame(contract.SHEET_ACTIONS)
    texts = {int(r): normal(v) for r, v in actions[current.progress].items()}
    per_party: dict[str, tuple[list[str], list[str]]] = {}
    for assignment in assignments(book):
        if assignment.reporter is None:
            continue
        asked, answered = per_party.setdefault(assignment.reporter, ([], []))
        asked.append(assignment.action_id)
        if texts.get(assignment.row):
            answered.append(assignment.action_id)
    parties = tuple(
        PartyProgress(party, tuple(asked), tuple(done), tuple(a for a in asked if a not in set(done)))
        for party in reporters(book)
        for asked, done in [per_party.get(party, ([], []))]
    )
    answered = sum(1 for text in texts.values() if text)
    return RoundProgress(current.name, parties, len(texts), answered)
