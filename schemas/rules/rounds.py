"""The reporting rounds: listed in Rondes with their two Acties columns, in date order, and recent."""

from __future__ import annotations

import datetime as dt

from workbook import contract, messages
from workbook.findings import Finding

from ..typed import TypedWorkbook
from .common import EMPTY, make


# --- rounds ------------------------------------------------------------------------------------------------
def _listed_rounds(book: TypedWorkbook) -> list[tuple[int, str]] | None:
    rounds = book.columns(contract.SHEET_ROUNDS, contract.COL_ROUND)
    if rounds is None:
        return None
    return [(int(row), name) for row, name in rounds[contract.COL_ROUND].dropna().items()]


def rounds_have_columns(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Each round in Rondes has its two Acties columns, and each round column has its round."""
    listed = _listed_rounds(book)
    table = book.table(contract.SHEET_ACTIONS)
    if listed is None or table is None:
        return []
    columns = list(table.frame.columns)
    present = set(columns)
    names = [name for _, name in listed]
    findings = []
    for name in dict.fromkeys(names):
        round_columns = contract.RoundColumns(name)
        for column in (round_columns.progress, round_columns.status):
            if column not in present:
                findings.append(
                    messages.make(
                        "round-columns-missing",
                        sheet=contract.SHEET_ACTIONS,
                        column=column,
                        value=name,
                        rounds_sheet=contract.SHEET_ROUNDS,
                    )
                )
    for column in columns:
        parsed = contract.parse_round_column(str(column))
        if parsed and parsed[1] not in names:
            findings.append(
                make(
                    "round-not-listed",
                    book,
                    contract.SHEET_ACTIONS,
                    table.header_row,
                    column,
                    parsed[1],
                    rounds_sheet=contract.SHEET_ROUNDS,
                )
            )
    in_columns = [name for name in contract.round_names_in_columns(columns) if name in names]
    in_sheet = [name for name in dict.fromkeys(names) if name in in_columns]
    if in_columns != in_sheet:
        first = next(a for a, b in zip(in_columns, in_sheet) if a != b)
        findings.append(
            messages.make("round-order", sheet=contract.SHEET_ACTIONS, value=first, rounds_sheet=contract.SHEET_ROUNDS)
        )
    return findings


def round_dates_ascending(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Rounds are listed from old to new: each date lies after the previous one."""
    rounds = book.columns(contract.SHEET_ROUNDS, contract.COL_ROUND, contract.COL_DATE)
    if rounds is None:
        return []
    dates = rounds[contract.COL_DATE]
    names = rounds[contract.COL_ROUND]
    findings = []
    previous = None
    for row, date in dates.items():
        if date is None:
            continue
        if previous is not None and date <= previous:
            findings.append(make("round-date-order", book, contract.SHEET_ROUNDS, row, contract.COL_DATE, names[row]))
        previous = date if previous is None else max(previous, date)
    return findings


def newest_round_is_recent(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Warn when the newest round is old: perhaps last year's file was uploaded."""
    rounds = book.columns(contract.SHEET_ROUNDS, contract.COL_ROUND, contract.COL_DATE)
    if rounds is None:
        return []
    dates = rounds[contract.COL_DATE]
    bad = book.bad(contract.SHEET_ROUNDS, contract.COL_DATE)
    named = rounds[contract.COL_ROUND].notna()
    dates = dates.dropna()
    if dates.empty or (bad is not None and bad.any()) or len(dates) < named.sum():
        return []  # a round without a readable date: which one is newest is unknown
    row = max(dates.index, key=lambda r: (dates[r], r))
    newest = dates[row]
    if (today - newest).days <= contract.STALE_AFTER_DAYS:
        return []
    return [
        make(
            "old-workbook",
            book,
            contract.SHEET_ROUNDS,
            row,
            contract.COL_DATE,
            newest,
            round=rounds[contract.COL_ROUND][row] or EMPTY,
            months=round(contract.STALE_AFTER_DAYS / 30.44),
        )
    ]
