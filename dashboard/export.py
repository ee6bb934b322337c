"""Downloads of a table as CSV and Excel, safe to open.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return would be run as a formula by Excel or LibreOffice (CSV injection); such
text gets a leading ``'`` so it is shown as typed. Numbers stay numbers. The
CSV is what Dutch Excel opens without a wizard: UTF-8 with BOM, ``;`` between
fields, ``,`` as decimal sign. The Excel file has a frozen header, widths and
a table (:func:`workbook.writer.write_sheet`), and every text cell is stored
as text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pandas as pd
from openpyxl import Workbook

from workbook.writer import write_sheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def neutralise_value(value: Any) -> Any:
    """``"=1+1"`` -> ``"'=1+1"``; anything that is not such text is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _plain(value: Any) -> Any:
    """A cell value as openpyxl and csv can take it: no pandas NA, plain int/float/date."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, (str, bytes, dt.date)):
        return value.item()  # numpy scalars
    return value


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells and column names cannot run as a formula."""
    safe = frame.copy()
    safe.columns = [neutralise_value(str(c)) for c in safe.columns]
    for column in safe.columns:
        series = safe[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
            safe[column] = series.astype(object).map(lambda v: neutralise_value(_plain(v)))
    return safe


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV for Dutch Excel: UTF-8 with BOM, ``;`` separated, decimal comma, formulas neutralised."""
    safe = neutralise(frame)
    return safe.to_csv(index=False, sep=";", decimal=",", lineterminator="\r\n").encode("utf-8-sig")


def sheet_title(name: str) -> str:
    """A valid worksheet name (max 31 characters, no ``[]:*?/\\``)."""
    cleaned = _SHEET_NAME_FORBIDDEN.sub(" ", name).strip().strip("'") or "Gegevens"
    return cleaned[:31]


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "Gegevens") -> bytes:
    """An .xlsx with one sheet holding ``frame`` (header styled and frozen, formulas neutralised)."""
    safe = neutralise(frame)
    columns = [str(c) for c in safe.columns]
    rows = ({c: _plain(v) for c, v in zip(columns, values)} for values in safe.itertuples(index=False, name=None))
    book = Workbook()
    sheet_ws = book.active
    sheet_ws.title = sheet_title(sheet)
    unique = len(set(columns)) == len(columns) and all(columns)
    write_sheet(sheet_ws, columns, rows, as_table=unique)
    for row in sheet_ws.iter_rows(min_row=1):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula (also for the header)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
