"""A table as the screen shows it: Dutch text for every cell (``1.234,5``, years as ``2023``, empty as empty).

A table shows a missing value as the English word "None"; downloads keep the typed frame.
"""

from __future__ import annotations

import pandas as pd

from workbook import nl


def _plain_column(name: object) -> bool:
    text = str(name).casefold()
    return text.endswith("jaar") or text in {"prioriteit", "rij"}


def _yes_no(value: object) -> str:
    return "ja" if value is True else ("nee" if value is False else "")


def for_display(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` as Dutch text for the screen."""
    shown = frame.copy()
    for column in shown.columns:
        series = shown[column]
        if pd.api.types.is_bool_dtype(series.dtype):
            shown[column] = series.map(_yes_no).astype(object)
        elif pd.api.types.is_integer_dtype(series.dtype) or (
            pd.api.types.is_float_dtype(series.dtype) and _plain_column(column)
        ):
            plain = _plain_column(column)
            shown[column] = series.map(
                lambda v, plain=plain: "" if nl.missing(v) else (str(int(v)) if plain else nl.number(v))
            ).astype(object)
        elif pd.api.types.is_float_dtype(series.dtype):
            shown[column] = series.map(lambda v: "" if nl.missing(v) else nl.amount(v)).astype(object)
        else:
            shown[column] = series.astype(object).map(lambda v: "" if nl.missing(v) else v)
    return shown
