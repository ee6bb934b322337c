"""Run a sheet's pandera model and turn its failure cases into findings.

pandera collects every failure of a lazy validation in one table whose
``index`` column is the frame's index: here the Excel row number. This module
maps each failure to a stable code from :mod:`workbook.messages`:

* a cell that cannot be read as its column's type was found when the sheet
  was parsed (:mod:`schemas.typed`): it is reported once, as a coercion
  failure, and the schema validates the parsed sheet, where that cell is
  empty, so the other cells of the column are still checked (and the empty
  cell is not also reported as empty);
* a column the reader reported missing gives no per-cell findings;
* a cell gets one finding from the schema: the most basic problem wins
  (type, then empty, then value, then uniqueness);
* a copied row is reported once as ``duplicate-row``, not also per ID.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from workbook import messages
from workbook.findings import Finding
from workbook.reader import SheetTable

from .sheets import CHECK_CODES, COLUMN_TYPE_CODES, INTEGER_HINTS, PATTERN_HINTS, TEXT_CODE, TYPE_CODES
from .typed import TypedSheet, column_schema, sheet_schema

#: Which finding wins when one cell fails several checks (lower first).
_RANK = dict.fromkeys((*TYPE_CODES.values(), *COLUMN_TYPE_CODES.values(), TEXT_CODE), 0) | {
    "required-value": 1,
    "invalid-pattern": 2,
    "invalid-value": 2,
    "year-out-of-range": 2,
    "negative-amount": 2,
    "duplicate-id": 3,
    "duplicate-row": 4,
}
_SHOWN_OTHER_ROWS = 5
_FAILURE_COLUMNS = ["schema_context", "column", "check", "check_number", "failure_case", "index"]


def check_sheet(sheet: str, table: SheetTable, typed: TypedSheet, limit: int) -> list[Finding]:
    """Validate one parsed sheet; at most ``limit`` findings per column and problem."""
    schema = sheet_schema(sheet)
    coercion = _coercion_failures(schema, table.frame, typed)
    failures = _failure_cases(schema, typed.for_schema)
    if not coercion.empty:
        was_blanked = pd.MultiIndex.from_frame(failures[["column", "index"]]).isin(
            pd.MultiIndex.from_frame(coercion[["column", "index"]])
        )
        failures = pd.concat([coercion, failures[~(was_blanked & (failures["check"] == "not_nullable"))]])
    if failures.empty:
        return []
    failures = failures[failures["index"].notna() & ~failures["column"].isin(table.missing_columns)]
    rows = _classify(schema, failures.reset_index(drop=True))
    if rows.empty:
        return []
    rows = _one_per_cell(rows)
    return _to_findings(sheet, table, rows, limit)


def _coercion_failures(schema: pa.DataFrameSchema, raw: pd.DataFrame, typed: TypedSheet) -> pd.DataFrame:
    """One failure case per cell that did not parse, shaped as pandera's own (its raw value as the case)."""
    parts = []
    for column, bad in typed.bad.items():
        dtype = column_schema(schema, column).dtype
        rows = raw.index[bad.to_numpy()]
        parts.append(
            pd.DataFrame(
                {
                    "schema_context": "Column",
                    "column": column,
                    "check": f"coerce_dtype('{dtype}')",
                    "check_number": None,
                    "failure_case": raw.loc[rows, column].to_numpy(dtype=object),
                    "index": rows,
                }
            )
        )
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=_FAILURE_COLUMNS)


def _failure_cases(schema: pa.DataFrameSchema, frame: pd.DataFrame) -> pd.DataFrame:
    try:
        schema.validate(frame, lazy=True)
    except SchemaErrors as exc:
        cases = exc.failure_cases.copy()
        cases["check"] = cases["check"].astype(str)
        return cases
    return pd.DataFrame(columns=_FAILURE_COLUMNS)


def _classify(schema: pa.DataFrameSchema, failures: pd.DataFrame) -> pd.DataFrame:
    """Add ``code`` and ``params`` per failure group; unknown failures are dropped."""
    parts = []
    keys = ["schema_context", "column", "check", "check_number"]
    for (context, column, check, number), group in failures.groupby(keys, sort=False, dropna=False):
        code, params = _code_for(schema, context, column, check, number)
        if code is None:
            continue
        group = group.assign(code=code)
        group["params"] = [params] * len(group)
        if context == "DataFrameSchema":  # a row-level check reports every cell of the row
            group = group.drop_duplicates("index").assign(column=None)
        parts.append(group)
    if not parts:
        return pd.DataFrame()
    rows = pd.concat(parts, ignore_index=True)
    rows["index"] = rows["index"].astype("int64")
    rows["rank"] = rows["code"].map(_RANK).fillna(9)
    return rows


def _code_for(
    schema: pa.DataFrameSchema, context: str, column: str, check: str, number: Any
) -> tuple[str | None, dict]:
    if context == "DataFrameSchema":
        checks = schema.checks
        if pd.notna(number) and int(number) < len(checks):
            return CHECK_CODES.get(checks[int(number)].name), {}
        return None, {}
    declared = column_schema(schema, column)
    if declared is None:
        return None, {}
    dtype_code = TYPE_CODES.get(type(declared.dtype))
    if check.startswith("coerce_dtype("):
        if column in COLUMN_TYPE_CODES:
            return COLUMN_TYPE_CODES[column], {}
        if dtype_code == "not-an-integer":
            hint, example = INTEGER_HINTS.get(column, ("", "2024"))
            return dtype_code, {"hint": hint, "example": example}
        return dtype_code, {}
    if check.startswith("dtype("):
        return (TEXT_CODE, {}) if dtype_code is None else (None, {})
    if check in CHECK_CODES:  # not_nullable, field_uniqueness
        return CHECK_CODES[check], {}
    if pd.isna(number) or int(number) >= len(declared.checks):
        return None, {}
    pandera_check = declared.checks[int(number)]
    code = CHECK_CODES.get(pandera_check.name)
    stats = pandera_check.statistics or {}
    if code == "invalid-value":
        return code, {"allowed": ", ".join(str(v) for v in stats.get("allowed_values", ()))}
    if code == "invalid-pattern":
        form, example = PATTERN_HINTS.get(stats.get("pattern", ""), (stats.get("pattern", ""), ""))
        return code, {"pattern": form, "example": example}
    if code == "year-out-of-range":
        return code, {"min": stats.get("min_value"), "max": stats.get("max_value")}
    return code, {}


def _one_per_cell(rows: pd.DataFrame) -> pd.DataFrame:
    rows = rows.sort_values(["index", "rank"], kind="stable")
    cell_level = rows[rows["column"].notna()].drop_duplicates(["index", "column"], keep="first")
    row_level = rows[rows["column"].isna()].drop_duplicates(["index", "code"], keep="first")
    copied = set(row_level.loc[row_level["code"] == "duplicate-row", "index"])
    cell_level = cell_level[~((cell_level["code"] == "duplicate-id") & cell_level["index"].isin(copied))]
    return pd.concat([cell_level, row_level], ignore_index=True)


def _to_findings(sheet: str, table: SheetTable, rows: pd.DataFrame, limit: int) -> list[Finding]:
    findings: list[Finding] = []
    frame = table.frame
    row_hashes: pd.Series | None = None
    for (column, code), group in rows.groupby(["column", "code"], sort=False, dropna=False):
        column = None if pd.isna(column) else column
        if code == "duplicate-id":
            group = _later_duplicates(group, limit)
        group = group.sort_values("index", kind="stable")
        for record in group.head(limit).itertuples(index=False):
            row = int(record.index)
            params = dict(record.params)
            value = record.failure_case
            if code == "duplicate-id":
                params["other_rows"] = _rows_text(record.others)
            elif code == "duplicate-row":
                if row_hashes is None:
                    row_hashes = pd.util.hash_pandas_object(frame.astype(str), index=False)
                same = row_hashes.index[(row_hashes == row_hashes.loc[row]) & (row_hashes.index < row)]
                params["other_rows"] = _rows_text(list(same))
                value = None
            elif code == TEXT_CODE:
                params["hint"] = (
                    " (Excel heeft er waarschijnlijk een datum van gemaakt)"
                    if isinstance(value, (dt.date, dt.time))
                    else ""
                )
            elif code == "required-value":
                value = None
            findings.append(
                messages.make(
                    code, sheet=sheet, row=row, column=column, cell=table.cell(column, row), value=value, **params
                )
            )
        if len(group) > limit:
            findings.append(more_findings(findings[-1], len(group) - limit))
    return findings


def more_findings(last_shown: Finding, count: int) -> Finding:
    """One finding that counts the problems of the same kind that are not listed."""
    return messages.make(
        "more-findings",
        severity=last_shown.severity,
        sheet=last_shown.sheet,
        column=last_shown.column,
        where=f", kolom '{last_shown.column}'" if last_shown.column else "",
        count=f"{count:,}".replace(",", "."),  # Dutch thousands separator
        first=last_shown.location,
    )


def _later_duplicates(group: pd.DataFrame, limit: int) -> pd.DataFrame:
    """pandera reports every row of a duplicated value; the first one is the original.

    Returns all later rows, the first ``limit`` of them with ``others``: the
    other rows holding the same value.
    """
    keyed = group.assign(key=group["failure_case"].map(str)).sort_values("index", kind="stable")
    later = keyed[keyed.duplicated("key", keep="first")].copy()
    rows_by_key = keyed.groupby("key", sort=False)["index"].agg(list) if len(later) else pd.Series(dtype=object)
    later["others"] = None
    shown = later.index[:limit]
    later.loc[shown, "others"] = pd.Series(
        [
            [r for r in rows_by_key[key] if r != row]
            for key, row in zip(later.loc[shown, "key"], later.loc[shown, "index"])
        ],
        index=shown,
        dtype=object,
    )
    return later


def _rows_text(rows: list[int]) -> str:
    rows = sorted(int(r) for r in rows)
    shown = ", ".join(str(r) for r in rows[:_SHOWN_OTHER_ROWS])
    return shown + (f" en nog {len(rows) - _SHOWN_OTHER_ROWS}" if len(rows) > _SHOWN_OTHER_ROWS else "")
