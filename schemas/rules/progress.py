"""Years and progress: a start before its end, and warnings on end years, empty latest rounds and 'Idem.'."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pandas as pd

from workbook import contract
from workbook.findings import Finding

from ..typed import TypedWorkbook
from .common import EMPTY, make, matches

# --- years ---------------------------------------------------------------------------------------------------
_YEAR_PAIRS = (
    (contract.SHEET_ACTIONS, contract.COL_START_YEAR, contract.COL_END_YEAR),
    (contract.SHEET_BUDGET, contract.COL_FROM_YEAR, contract.COL_TO_YEAR),
)


def start_not_after_end(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Startjaar <= Eindjaar (and Van jaar <= Tot jaar in Budget)."""
    findings = []
    for sheet, start_column, end_column in _YEAR_PAIRS:
        frame = book.columns(sheet, start_column, end_column)
        if frame is None:
            continue
        start, end = frame[start_column], frame[end_column]
        bad = (start > end).fillna(False).astype(bool)
        findings += [
            make(
                "start-after-end",
                book,
                sheet,
                row,
                start_column,
                int(first),
                start=int(first),
                end=int(last),
                end_column=end_column,
            )
            for row, first, last in zip(frame.index[bad], start[bad].tolist(), end[bad].tolist())
        ]
    return findings


# --- warnings about progress ------------------------------------------------------------------------------------
def _status(frame: pd.DataFrame, round_name: str) -> pd.Series:
    return frame[contract.RoundColumns(round_name).status]


def past_end_year_still_open(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Warning: the end year has passed but the latest status is not Afgerond or Gestopt."""
    actions = book.columns(contract.SHEET_ACTIONS, contract.COL_END_YEAR)
    rounds = book.round_columns
    if actions is None or not rounds:
        return []
    latest = _status(actions, rounds[-1].name)
    end = actions[contract.COL_END_YEAR]
    bad = (end < today.year).fillna(False).astype(bool) & ~latest.isin(contract.CLOSED_STATUSES)
    return [
        make(
            "past-end-year", book, contract.SHEET_ACTIONS, row, contract.COL_END_YEAR, int(year), status=status or EMPTY
        )
        for row, year, status in zip(actions.index[bad], end[bad].tolist(), latest[bad].tolist())
    ]


def latest_round_filled(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Warning: no progress text or no status in the latest round.

    An action that was already Afgerond or Gestopt in the previous round and
    still is needs no new text.
    """
    actions = book.columns(contract.SHEET_ACTIONS)
    rounds = book.round_columns
    if actions is None or not rounds:
        return []
    latest = rounds[-1]
    progress = actions[latest.progress]
    status = _status(actions, latest.name)
    settled = pd.Series(False, index=actions.index)
    if len(rounds) > 1:
        previous = _status(actions, rounds[-2].name)
        settled = previous.isin(contract.CLOSED_STATUSES) & (status == previous)
    findings = [
        make("empty-latest-progress", book, contract.SHEET_ACTIONS, row, latest.progress, round=latest.name)
        for row in actions.index[progress.isna() & ~settled]
    ]
    findings += [
        make(
            "empty-latest-status",
            book,
            contract.SHEET_ACTIONS,
            row,
            latest.status,
            round=latest.name,
            allowed=", ".join(contract.STATUSES),
        )
        for row in actions.index[status.isna()]
    ]
    return findings


def idem_keeps_status(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Warning: the progress text says 'Idem.' (nothing changed) but the status changed."""
    actions = book.columns(contract.SHEET_ACTIONS)
    rounds = book.round_columns
    if actions is None or len(rounds) < 2:
        return []
    findings = []
    for before, current in itertools.pairwise(rounds):
        idem = matches(actions[current.progress], contract.IDEM_PATTERN, re.IGNORECASE)
        previous, status = _status(actions, before.name), _status(actions, current.name)
        changed = idem & previous.notna() & status.notna() & (previous != status)
        findings += [
            make("idem-status-changed", book, contract.SHEET_ACTIONS, row, current.status, now, previous=then)
            for row, now, then in zip(actions.index[changed], status[changed].tolist(), previous[changed].tolist())
        ]
    return findings
