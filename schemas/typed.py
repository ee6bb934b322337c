"""Parse once: each sheet's cells as their column's type, for the schemas, the rules and the model alike.

The reader leaves a cell it cannot read as its column's type as it was typed (``"2024/2025"`` in a year
column). Here every column is parsed once by the type its sheet model declares (:mod:`schemas.sheets`,
with the parsers of :mod:`schemas.dtypes`): whole numbers become nullable ``Int64``, amounts ``Float64``,
dates ``datetime.date`` objects, text ``str``; a cell that does not fit becomes empty and is marked in
``bad``, so the schema reports it once, with its cell. Nothing downstream parses again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

from workbook import contract
from workbook.reader import SheetTable, WorkbookData
from workbook.reader.sheets import empty_frame
from workbook.wie import PartyIndex

from .dtypes import Day, Number, WholeNumber, parse_dates, parse_numbers, parse_whole_numbers
from .sheets import SHEET_MODELS

_PARSERS = {WholeNumber: parse_whole_numbers, Number: parse_numbers, Day: parse_dates}


@functools.cache
def sheet_schema(sheet: str) -> pa.DataFrameSchema:
    return SHEET_MODELS[sheet].to_schema()


def column_schema(schema: pa.DataFrameSchema, column: str) -> pa.Column | None:
    """The schema's column for a header, also for the round columns matched by a pattern."""
    if column in schema.columns:
        return schema.columns[column]
    for pattern, candidate in schema.columns.items():
        if candidate.regex and re.match(pattern, column):
            return candidate
    return None


def _as_text(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    values = [v if isinstance(v, str) else None for v in series.tolist()]
    typed = pd.Series(values, index=series.index, name=series.name, dtype=object)
    return typed, series.notna() & typed.isna()


@dataclass(frozen=True)
class TypedSheet:
    """One sheet parsed: ``for_schema`` (parsed number and date columns, text as read: the schema judges it),
    ``frame`` (every column typed, text as ``str`` or None) and ``bad`` (column -> cells that did not parse)."""

    for_schema: pd.DataFrame
    frame: pd.DataFrame
    bad: dict[str, pd.Series]


def type_sheet(sheet: str, frame: pd.DataFrame) -> TypedSheet:
    schema = sheet_schema(sheet)
    for_schema, typed = frame.copy(), frame.copy()
    bad: dict[str, pd.Series] = {}
    for column in frame.columns:
        declared = column_schema(schema, column)
        parser = _PARSERS.get(type(declared.dtype)) if declared is not None else None
        if parser is not None:
            values, mask = parser(frame[column])
            for_schema[column] = typed[column] = values
            if mask.any():
                bad[column] = mask
        else:
            typed[column], _ = _as_text(frame[column])
    return TypedSheet(for_schema, typed, bad)


@dataclass(frozen=True)
class TypedWorkbook:
    """A workbook as read (``data``: locations, raw frames) with every sheet parsed once (``sheets``)."""

    data: WorkbookData
    sheets: Mapping[str, TypedSheet]
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, data: WorkbookData) -> TypedWorkbook:
        return cls(data, {name: type_sheet(name, table.frame) for name, table in data.sheets.items()})

    def frame(self, sheet: str) -> pd.DataFrame:
        """The sheet typed, or an empty frame with the contract columns when the sheet is missing."""
        typed = self.sheets.get(sheet)
        return typed.frame if typed is not None else empty_frame(sheet)

    def table(self, sheet: str) -> SheetTable | None:
        return self.data.sheets.get(sheet)

    def columns(self, sheet: str, *columns: str) -> pd.DataFrame | None:
        """The typed frame when the sheet and these columns are in the file, else None (the reader said so)."""
        table = self.data.sheets.get(sheet)
        if table is None or any(column in table.missing_columns for column in columns):
            return None
        return self.sheets[sheet].frame

    def bad(self, sheet: str, column: str) -> pd.Series | None:
        typed = self.sheets.get(sheet)
        return typed.bad.get(column) if typed is not None else None

    def cell(self, sheet: str, column: str | None, row: int | None) -> str | None:
        return self.data.cell(sheet, column, row)

    @property
    def rounds(self) -> list[str]:
        return self.data.rounds

    @property
    def round_columns(self) -> list[contract.RoundColumns]:
        return self.data.round_columns

    @property
    def party_index(self) -> PartyIndex:
        """Names and aliases of the Partijen sheet, built once for the rules and the model."""
        if "party_index" not in self._cache:
            self._cache["party_index"] = PartyIndex.from_frame(self.frame(contract.SHEET_PARTIES))
        return self._cache["party_index"]
