"""Reporting rounds as published: a closed round keeps its texts, and a chosen reporter is a known party.

A round is closed when Rondes gives it a ``Vastgesteld`` date (``python -m workbook close-round``); its
``Vingerafdruk`` is then the fingerprint of its texts and statuses (:func:`round_fingerprint_of`). Any
change to those cells afterwards is a fout, until the round is reopened deliberately by emptying both
cells. Which cells changed, with the old and the new text, is what the comparison with the previous
version (the diff) shows.
"""

from __future__ import annotations

import datetime as dt

from workbook import contract, nl
from workbook.findings import Finding
from workbook.fingerprint import looks_like_fingerprint, normal, round_fingerprint

from ..typed import TypedWorkbook
from .common import make


def round_fingerprint_of(book: TypedWorkbook, round_name: str) -> str | None:
    """The fingerprint of a round's texts and statuses now (None when Acties lacks its columns)."""
    actions = book.frame(contract.SHEET_ACTIONS)
    columns = contract.RoundColumns(round_name)
    if columns.progress not in actions or columns.status not in actions:
        return None
    return round_fingerprint(zip(actions[contract.COL_ACTION_ID], actions[columns.progress], actions[columns.status]))


def closed_rounds_unchanged(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A closed round's texts and statuses still match the fingerprint taken when it was closed."""
    rounds = book.columns(contract.SHEET_ROUNDS, contract.COL_ROUND)
    if rounds is None or contract.COL_CLOSED not in rounds:
        return []
    prints = rounds[contract.COL_FINGERPRINT] if contract.COL_FINGERPRINT in rounds else [None] * len(rounds)
    findings = []
    names = dict(closed_column=contract.COL_CLOSED, fingerprint_column=contract.COL_FINGERPRINT)
    for row, name, closed, stored in zip(rounds.index, rounds[contract.COL_ROUND], rounds[contract.COL_CLOSED], prints):
        if name is None or not isinstance(closed, dt.date):
            continue
        if not looks_like_fingerprint(stored):
            column = contract.COL_FINGERPRINT if contract.COL_FINGERPRINT in rounds else contract.COL_CLOSED
            findings.append(
                make("closed-round-fingerprint-missing", book, contract.SHEET_ROUNDS, row, column, name, **names)
            )
            continue
        now = round_fingerprint_of(book, name)
        if now is not None and now != normal(stored).lower():
            findings.append(
                make(
                    "closed-round-changed",
                    book,
                    contract.SHEET_ROUNDS,
                    row,
                    contract.COL_FINGERPRINT,
                    name,
                    closed=nl.date_numeric(closed),
                    **names,
                )
            )
    return findings


def reporter_is_a_party(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A ``Rapporteur`` cell (optional column of Acties) names a party or alias of Partijen."""
    actions = book.columns(contract.SHEET_ACTIONS)
    parties = book.columns(contract.SHEET_PARTIES, contract.COL_PARTY)
    if actions is None or contract.COL_REPORTER not in actions or parties is None or parties.empty:
        return []
    index = book.party_index
    findings = []
    for row, value in actions[contract.COL_REPORTER].dropna().items():
        if index.resolve(value) is None:
            guess = index.suggest(value)
            findings.append(
                make(
                    "unknown-reporter",
                    book,
                    contract.SHEET_ACTIONS,
                    row,
                    contract.COL_REPORTER,
                    value,
                    suggestion=f" Bedoelde u '{guess}'?" if guess else "",
                    parties_sheet=contract.SHEET_PARTIES,
                )
            )
    return findings
