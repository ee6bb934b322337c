"""One pandera model per sheet: types, required cells, ranges, patterns, vocabularies, uniqueness.

The frames come from :func:`workbook.reader.read_workbook`: object columns
indexed by the Excel row number, so every failure case pandera reports carries
the row a person sees. Column names are the Dutch headers from
:mod:`workbook.settings` (as aliases); attribute names are English.

How a failure becomes a finding code is declared here too, next to the
checks (``CHECK_CODES``, ``TYPE_CODES``), together with the words that make a
message helpful (``PATTERN_HINTS``, ``INTEGER_HINTS``).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from workbook import contract

from .dtypes import Day, Number, Text, WholeNumber

YEARS = {"min_value": contract.YEAR_MIN, "max_value": contract.YEAR_MAX}
PROGRESS_COLUMNS = rf"^{re.escape(contract.PROGRESS_PREFIX)}\S.*$"
STATUS_COLUMNS = rf"^{re.escape(contract.STATUS_PREFIX)}\S.*$"


class SheetModel(pa.DataFrameModel):
    """Shared configuration: extra columns are allowed; a row may not appear twice."""

    class Config:
        strict = False  # people add their own columns (notes, filters); that is fine

    @pa.dataframe_check
    def no_duplicate_rows(cls, frame: pd.DataFrame) -> pd.Series:
        """A pasted copy of an earlier row (the first one counts as the original)."""
        return ~duplicated_rows(frame)


def duplicated_rows(frame: pd.DataFrame) -> pd.Series:
    """``frame.duplicated(keep="first")``, comparing whole rows only where the first column repeats.

    A copy of a row repeats its first cell (the ID), so rows whose first cell occurs
    once cannot be copies: hashing every long text of every row (the Acties sheet)
    is left to the few rows that can. The first cells are compared as the full check
    compares cells (``pd.factorize``: every kind of empty is one value).
    """
    if frame.shape[1] < 2 or frame.empty:
        return frame.duplicated(keep="first")
    codes, _ = pd.factorize(frame.iloc[:, 0].array)
    candidates = np.bincount(codes + 1)[codes + 1] > 1  # code -1 (empty) counts as a value too
    copies = np.zeros(len(frame), dtype=bool)
    if candidates.any():
        copies[candidates] = frame[candidates].duplicated(keep="first").to_numpy()
    return pd.Series(copies, index=frame.index)


class Priorities(SheetModel):
    priority: Series[WholeNumber] = pa.Field(
        alias=contract.COL_PRIORITY, coerce=True, isin=list(contract.PRIORITIES), unique=True
    )
    title: Series[Text] = pa.Field(alias=contract.COL_TITLE)
    ambition: Series[Text] = pa.Field(alias=contract.COL_AMBITION, nullable=True)


class Goals(SheetModel):
    goal: Series[Text] = pa.Field(alias=contract.COL_GOAL, str_matches=contract.GOAL_PATTERN, unique=True)
    priority: Series[WholeNumber] = pa.Field(alias=contract.COL_PRIORITY, coerce=True, isin=list(contract.PRIORITIES))
    title: Series[Text] = pa.Field(alias=contract.COL_TITLE)
    description: Series[Text] = pa.Field(alias=contract.COL_DESCRIPTION, nullable=True)


class Parties(SheetModel):
    party: Series[Text] = pa.Field(alias=contract.COL_PARTY, unique=True)
    full_name: Series[Text] = pa.Field(alias=contract.COL_FULL_NAME, nullable=True)
    kind: Series[Text] = pa.Field(alias=contract.COL_KIND, isin=list(contract.PARTY_KINDS))
    aliases: Series[Text] = pa.Field(alias=contract.COL_ALIASES, nullable=True)


class Rounds(SheetModel):
    round: Series[Text] = pa.Field(alias=contract.COL_ROUND, unique=True)
    date: Series[Day] = pa.Field(alias=contract.COL_DATE, coerce=True)
    source: Series[Text] = pa.Field(alias=contract.COL_SOURCE, nullable=True)
    # optional: a closed round (close-round); checked in rules/closed.py
    closed: Series[Day] = pa.Field(alias=contract.COL_CLOSED, coerce=True, nullable=True, required=False)
    fingerprint: Series[Text] = pa.Field(alias=contract.COL_FINGERPRINT, nullable=True, required=False)
    # optional: what the appendix for the Tweede Kamer names on its cover (the letter it goes with)
    letter_date: Series[Day] = pa.Field(alias=contract.COL_LETTER_DATE, coerce=True, nullable=True, required=False)
    reference: Series[Text] = pa.Field(alias=contract.COL_REFERENCE, nullable=True, required=False)
    paper: Series[Text] = pa.Field(alias=contract.COL_PAPER, nullable=True, required=False)


class Actions(SheetModel):
    action_id: Series[Text] = pa.Field(
        alias=contract.COL_ACTION_ID, str_matches=contract.ACTION_ID_PATTERN, unique=True
    )
    goal: Series[Text] = pa.Field(alias=contract.COL_GOAL, str_matches=contract.GOAL_PATTERN)
    what: Series[Text] = pa.Field(alias=contract.COL_WHAT)
    who: Series[Text] = pa.Field(alias=contract.COL_WHO)
    when: Series[Text] = pa.Field(alias=contract.COL_WHEN, nullable=True)
    reporter: Series[Text] = pa.Field(alias=contract.COL_REPORTER, nullable=True, required=False)  # a party: rules
    start_year: Series[WholeNumber] = pa.Field(
        alias=contract.COL_START_YEAR, coerce=True, nullable=True, in_range=YEARS
    )
    end_year: Series[WholeNumber] = pa.Field(alias=contract.COL_END_YEAR, coerce=True, nullable=True, in_range=YEARS)
    # two columns per reporting round, recognised by their header: a new round needs no code
    progress: Series[Text] = pa.Field(alias=PROGRESS_COLUMNS, regex=True, nullable=True, required=False)
    status: Series[Text] = pa.Field(
        alias=STATUS_COLUMNS, regex=True, nullable=True, required=False, isin=list(contract.STATUSES)
    )


class Budget(SheetModel):
    budget_id: Series[Text] = pa.Field(
        alias=contract.COL_BUDGET_ID, str_matches=contract.BUDGET_ID_PATTERN, unique=True
    )
    description: Series[Text] = pa.Field(alias=contract.COL_DESCRIPTION)
    amount: Series[Number] = pa.Field(alias=contract.COL_AMOUNT, coerce=True, ge=0)
    kind: Series[Text] = pa.Field(alias=contract.COL_KIND, isin=list(contract.BUDGET_KINDS))
    from_year: Series[WholeNumber] = pa.Field(alias=contract.COL_FROM_YEAR, coerce=True, nullable=True, in_range=YEARS)
    to_year: Series[WholeNumber] = pa.Field(alias=contract.COL_TO_YEAR, coerce=True, nullable=True, in_range=YEARS)
    priority: Series[WholeNumber] = pa.Field(
        alias=contract.COL_PRIORITY, coerce=True, nullable=True, isin=list(contract.PRIORITIES)
    )
    goal: Series[Text] = pa.Field(alias=contract.COL_GOAL, nullable=True, str_matches=contract.GOAL_PATTERN)
    part_of: Series[Text] = pa.Field(alias=contract.COL_PART_OF, nullable=True)  # checked against Budget-ID in rules
    source: Series[Text] = pa.Field(alias=contract.COL_SOURCE, nullable=True)
    # optional columns: Budget-IDs separated by "; " (checked in rules), and how exact the amount is
    overlaps: Series[Text] = pa.Field(alias=contract.COL_OVERLAPS, nullable=True, required=False)
    precision: Series[Text] = pa.Field(
        alias=contract.COL_PRECISION, nullable=True, required=False, isin=list(contract.PRECISIONS)
    )


class Indicators(SheetModel):
    indicator_id: Series[Text] = pa.Field(
        alias=contract.COL_INDICATOR_ID, str_matches=contract.INDICATOR_ID_PATTERN, unique=True
    )
    indicator: Series[Text] = pa.Field(alias=contract.COL_INDICATOR)
    goal: Series[Text] = pa.Field(alias=contract.COL_GOAL, nullable=True, str_matches=contract.GOAL_PATTERN)
    unit: Series[Text] = pa.Field(alias=contract.COL_UNIT)
    direction: Series[Text] = pa.Field(alias=contract.COL_DIRECTION, nullable=True, isin=list(contract.DIRECTIONS))
    base_year: Series[Text] = pa.Field(
        alias=contract.COL_BASE_YEAR, nullable=True, str_matches=contract.MEASUREMENT_YEAR_PATTERN
    )
    base_value: Series[Number] = pa.Field(alias=contract.COL_BASE_VALUE, coerce=True, nullable=True)
    target: Series[Number] = pa.Field(alias=contract.COL_TARGET, coerce=True, nullable=True)
    target_year: Series[Text] = pa.Field(
        alias=contract.COL_TARGET_YEAR, nullable=True, str_matches=contract.MEASUREMENT_YEAR_PATTERN
    )
    source: Series[Text] = pa.Field(alias=contract.COL_SOURCE, nullable=True)


class Measurements(SheetModel):
    indicator_id: Series[Text] = pa.Field(alias=contract.COL_INDICATOR_ID)  # checked against Indicatoren in rules
    year: Series[Text] = pa.Field(alias=contract.COL_YEAR, nullable=True, str_matches=contract.MEASUREMENT_YEAR_PATTERN)
    value: Series[Number] = pa.Field(alias=contract.COL_VALUE, coerce=True, nullable=True)
    value_text: Series[Text] = pa.Field(alias=contract.COL_VALUE_TEXT, nullable=True)
    precision: Series[Text] = pa.Field(alias=contract.COL_PRECISION, nullable=True, isin=list(contract.PRECISIONS))
    source: Series[Text] = pa.Field(alias=contract.COL_SOURCE, nullable=True)


class Sources(SheetModel):
    source: Series[Text] = pa.Field(alias=contract.COL_SOURCE, unique=True)  # the key the Bron cells use
    title: Series[Text] = pa.Field(alias=contract.COL_TITLE)
    date: Series[Text] = pa.Field(alias=contract.COL_DATE, nullable=True)  # as the document dates itself
    reference: Series[Text] = pa.Field(alias=contract.COL_REFERENCE, nullable=True, required=False)
    url: Series[Text] = pa.Field(
        alias=contract.COL_URL, nullable=True, required=False, str_matches=contract.URL_PATTERN
    )


#: The model of each data sheet, in contract order.
SHEET_MODELS: dict[str, type[SheetModel]] = {
    contract.SHEET_PRIORITIES: Priorities,
    contract.SHEET_GOALS: Goals,
    contract.SHEET_PARTIES: Parties,
    contract.SHEET_ROUNDS: Rounds,
    contract.SHEET_ACTIONS: Actions,
    contract.SHEET_BUDGET: Budget,
    contract.SHEET_INDICATORS: Indicators,
    contract.SHEET_MEASUREMENTS: Measurements,
    contract.SHEET_SOURCES: Sources,
}

# --- from pandera failure to finding code -------------------------------------------------------
#: pandera check name (built-in, or the method name of a custom check) -> finding code.
#: Years are the only columns with ``in_range`` and amounts the only ones with ``ge``.
CHECK_CODES: dict[str, str] = {
    "not_nullable": "required-value",
    "field_uniqueness": "duplicate-id",
    "isin": "invalid-value",
    "str_matches": "invalid-pattern",
    "in_range": "year-out-of-range",
    "greater_than_or_equal_to": "negative-amount",
    "no_duplicate_rows": "duplicate-row",
}
#: A cell that cannot be read as its column's type.
TYPE_CODES: dict[type, str] = {
    WholeNumber: "not-an-integer",
    Number: "not-a-number",
    Day: "not-a-date",
}
TEXT_CODE = "not-text"
#: A column whose cells that are no number get their own code (the message says what to type instead).
COLUMN_TYPE_CODES: dict[str, str] = {
    contract.COL_VALUE: "measurement-not-a-number",
    contract.COL_BASE_VALUE: "measurement-not-a-number",
    contract.COL_TARGET: "measurement-not-a-number",
}

#: How a pattern reads to a person, with an example.
PATTERN_HINTS: dict[str, tuple[str, str]] = {
    contract.GOAL_PATTERN: ("prioriteit.nummer", "1.2"),
    contract.ACTION_ID_PATTERN: ("doelstelling-volgnummer", "1.2-03"),
    contract.BUDGET_ID_PATTERN: ("B gevolgd door twee tot vier cijfers", "B07"),
    contract.INDICATOR_ID_PATTERN: ("I gevolgd door twee of drie cijfers", "I04"),
    contract.MEASUREMENT_YEAR_PATTERN: ("een jaar of een schooljaar", "2024' of '2021/2022"),
    contract.URL_PATTERN: ("een webadres dat begint met https://", "https://www.rijksoverheid.nl"),
}
#: (hint, example) for whole-number columns.
INTEGER_HINTS: dict[str, tuple[str, str]] = {
    contract.COL_START_YEAR: (" (een jaartal)", "2024"),
    contract.COL_END_YEAR: (" (een jaartal)", "2026"),
    contract.COL_FROM_YEAR: (" (een jaartal)", "2024"),
    contract.COL_TO_YEAR: (" (een jaartal)", "2026"),
    contract.COL_PRIORITY: (" (het nummer van de prioriteit)", "2"),
}
