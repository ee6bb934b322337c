"""Strict pandera data types for cells the reader has already normalised, and their parsers.

:mod:`schemas.typed` parses every sheet once with the parsers here; the schema then validates the
parsed frame, and the types below accept what is parsed already as it is.

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
from pandera.engines import numpy_engine, pandas_engine
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


_EXACT = 2**53  # beyond this an int is no longer exact as a float: leave it to the general path


def _plain_floats(series: pd.Series) -> np.ndarray | None:
    """The cells as float64 (NaN when empty) if every cell is empty or an int or float below 2**53; else None.

    That is nearly every column the reader gives (it turns numbers typed as text into
    numbers): one pass in Python and numpy instead of a chain of pandas operations
    on a nullable column, which costs more than the cells themselves on small sheets.
    """
    values = series.tolist()
    for v in values:
        kind = v.__class__
        if not (v is None or ((kind is int or kind is float) and -_EXACT < v < _EXACT)):
            return None  # also NaN (no comparison holds) and -0.0 below: pandas has its own ways with them
    floats = np.array([np.nan if v is None else v for v in values], dtype=float)
    if np.signbit(floats[floats == 0]).any():
        return None
    return floats


def parse_whole_numbers(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(values as nullable Int64, mask of filled cells that are no whole number)."""
    floats = _plain_floats(series)
    if floats is None:
        numbers = _real_numbers(series)
        whole = (numbers.notna() & (numbers == numbers.round())).fillna(False).astype(bool)
        bad = series.notna() & ~whole
        return numbers.where(~bad).round().astype("Int64"), bad
    present = ~np.isnan(floats)
    rounded = np.round(floats)
    whole = present & (floats == rounded)
    integers = pd.arrays.IntegerArray(np.where(whole, rounded, 0).astype(np.int64), ~whole)
    values = pd.Series(integers, index=series.index, name=series.name)
    return values, pd.Series(present & ~whole, index=series.index, name=series.name)


def parse_numbers(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(values as nullable Float64, mask of filled cells that are no number)."""
    floats = _plain_floats(series)
    if floats is None:
        numbers = _real_numbers(series)
        bad = series.notna() & numbers.isna()
        return numbers.where(~bad), bad
    missing = np.isnan(floats)
    numbers = pd.arrays.FloatingArray(np.where(missing, 0.0, floats), missing)
    return pd.Series(numbers, index=series.index, name=series.name), pd.Series(
        np.zeros(len(floats), dtype=bool), index=series.index, name=series.name
    )


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
        if isinstance(data_container.dtype, pd.Int64Dtype):
            return data_container  # parsed already (schemas.typed)
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
        if isinstance(data_container.dtype, pd.Float64Dtype):
            return data_container  # parsed already (schemas.typed)
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


@pandas_engine.Engine.register_dtype
@dtypes.immutable(init=True)
class Text(pandas_engine.STRING):
    """Text as the reader leaves it: str or empty, in an object column.

    The verdict is pandera's own ``str`` check (a cell passes when it holds a str or is
    empty); a column whose filled cells are all text passes in one vectorised test.
    Only a column holding something else (a date, a number) gets pandera's per-cell
    result, so its failure cases are exactly the same.
    """

    def check(self, pandera_dtype, data_container=None):  # type: ignore[override]
        if (
            data_container is not None
            and len(data_container)
            and isinstance(pandera_dtype, numpy_engine.Object)
            and pd.api.types.infer_dtype(data_container, skipna=True) in ("string", "empty")
        ):
            return True
        return super().check(pandera_dtype, data_container)
