"""The indicators: every measurement belongs to an indicator in Indicatoren, every indicator's goal exists.

Both sheets are optional: a workbook without them has no indicators and nothing to check. Metingen without
Indicatoren cannot be read (a measurement names its indicator), so that is a fout on the Metingen sheet.
"""

from __future__ import annotations

import datetime as dt

from workbook import contract, messages
from workbook.findings import Finding

from ..typed import TypedWorkbook
from .common import make
from .references import _unknown_goals


def measurements_have_indicators(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Metingen comes with Indicatoren, and each measurement's Indicator-ID is listed there."""
    measurements = book.columns(contract.SHEET_MEASUREMENTS, contract.COL_INDICATOR_ID)
    if measurements is None:
        return []
    if book.table(contract.SHEET_INDICATORS) is None:
        return [
            messages.make(
                "measurements-without-indicators",
                sheet=contract.SHEET_MEASUREMENTS,
                indicators_sheet=contract.SHEET_INDICATORS,
            )
        ]
    indicators = book.columns(contract.SHEET_INDICATORS, contract.COL_INDICATOR_ID)
    if indicators is None:
        return []  # no Indicator-ID column: the reader said so
    known = set(indicators[contract.COL_INDICATOR_ID].dropna())
    ids = measurements[contract.COL_INDICATOR_ID]
    return [
        make(
            "unknown-indicator",
            book,
            contract.SHEET_MEASUREMENTS,
            row,
            contract.COL_INDICATOR_ID,
            value,
            indicators_sheet=contract.SHEET_INDICATORS,
        )
        for row, value in ids.dropna().items()
        if value not in known
    ]


def indicator_goal_exists(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """An indicator's goal (if any) is listed in Doelstellingen."""
    return _unknown_goals(book, contract.SHEET_INDICATORS)
