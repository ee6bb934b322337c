"""What every rule uses: the rule's signature, a finding on a cell, a pattern test on a column."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pandas as pd

from workbook import messages
from workbook.findings import Finding

from ..typed import TypedWorkbook

Rule = Callable[[TypedWorkbook, dt.date], list[Finding]]
EMPTY = "(leeg)"


def matches(series: pd.Series, pattern: str, flags: int = 0) -> pd.Series:
    regex = re.compile(pattern, flags)
    return pd.Series(
        [isinstance(v, str) and regex.match(v) is not None for v in series], index=series.index, dtype=bool
    )


def make(
    code: str, book: TypedWorkbook, sheet: str, row: int, column: str | None, value: object = None, **params
) -> Finding:
    cell = book.cell(sheet, column, row)
    return messages.make(code, sheet=sheet, row=int(row), column=column, cell=cell, value=value, **params)
