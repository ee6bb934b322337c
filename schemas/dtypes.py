"""Strict pandera data types for cells the reader has already normalised.

The reader (:mod:`workbook.reader`) is the tolerant layer: it turns ``"2024"``,
``"12,5"`` and ``"1-7-2024"`` into 2024, 12.5 and a date. Whatever it could not
read stays as typed, so these types accept only real numbers and dates and
never guess (``pandas.to_datetime`` would read ``"2024"`` as 1 January 2024;
pandas' own integer cast silently truncates 2024.5). A value that does not fit
fails the coercion with its own row in pandera's failure cases, found in one
vectorised pass.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from pandera import dtypes
from pandera.backends.pandas.error_formatters import reshape_failure_cases
from pandera.engines import pandas_engine
from pandera.errors import ParserError


def _fail(series: pd.Series, bad: pd.Series, kind: str) -> ParserError:
    return ParserError(
        f"{int(bad.sum())} cell(s) cannot be read as {kind}",
        failure_cases=reshape_failure_cases(series[bad], ignore_na=False),
    )


def _real_numbers(series: pd.Series) -> pd.Series:
    """The cells holding an int or float (not a bool, not text), as Float64; others NA."""
    values = series.to_numpy(dtype=object)
    numeric = np.fromiter(
        (isinstance(v, (int, float, np.number)) and not isinstance(v, (bool, np.bool_)) for v in values),
        dtype=bool,
        count=len(values),
    )
    return pd.to_numeric(series.where(numeric), errors="coerce").astype("Float64")


def parse_whole_numbers(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(values as nullable Int64, mask of filled cells that are no whole number)."""
    numbers = _real_numbers(series)
    whole = (numbers.notna() & (numbers == numbers.round())).fillna(False).astype(bool)
    bad = series.notna() & ~whole
    return numbers.where(~bad).round().astype("Int64"), bad


def parse_numbers(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(values as nullable Float64, mask of filled cells that are no number)."""
    numbers = _real_numbers(series)
    bad = series.notna() & numbers.isna()
    return numbers.where(~bad), bad


def parse_dates(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(values as date objects or None, mask of filled cells that are no date)."""

    def as_date(value: object) -> object:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return pd.NA

    present = series.notna()
    dates = series.map(as_date, na_action="ignore")
    bad = present & dates.isna()
    return dates.where(~bad, None).astype(object), bad


@pandas_engine.Engine.register_dtype
@dtypes.immutable
class WholeNumber(pandas_engine.INT64):
    """A whole number (a year, a priority): 2024 and 2024.0 pass; 2024.5, WAAR and '2024/2025' fail."""

    def coerce(self, data_container: pd.Series) -> pd.Series:
        values, bad = parse_whole_numbers(data_container)
        if bad.any():
            raise _fail(data_container, bad, "a whole number")
        return values

    def try_coerce(self, data_container: pd.Series) -> pd.Series:
        return self.coerce(data_container)

    def check(self, pandera_dtype, data_container=None):  # type: ignore[override]
        return isinstance(pandera_dtype, pandas_engine.INT64)

    def __str__(self) -> str:
        return "WholeNumber"


@pandas_engine.Engine.register_dtype
@dtypes.immutable
class Number(pandas_engine.FLOAT64):
    """A decimal number (an amount): 12 and 12.5 pass; '12 mln' and WAAR fail."""

    def coerce(self, data_container: pd.Series) -> pd.Series:
        values, bad = parse_numbers(data_container)
        if bad.any():
            raise _fail(data_container, bad, "a number")
        return values

    def try_coerce(self, data_container: pd.Series) -> pd.Series:
        return self.coerce(data_container)

    def check(self, pandera_dtype, data_container=None):  # type: ignore[override]
        return isinstance(pandera_dtype, pandas_engine.FLOAT64)

    def __str__(self) -> str:
        return "Number"


@pandas_engine.Engine.register_dtype
@dtypes.immutable
class Day(pandas_engine.Date):
    """A calendar date typed as a date; text such as 'juli' fails (it is never guessed)."""

    def coerce(self, data_container: pd.Series) -> pd.Series:
        values, bad = parse_dates(data_container)
        if bad.any():
            raise _fail(data_container, bad, "a date")
        return values

    def try_coerce(self, data_container: pd.Series) -> pd.Series:
        return self.coerce(data_container)

    def __str__(self) -> str:
        return "Day"
