"""Where a sheet's header is, and what each header cell means in the contract.

Tolerant as a person expects: sheet names and headers match whatever their case and spacing
(``acties `` is ``Acties``), the header may stand on one of the first rows, and a round column's
name is spelled as in the Rondes sheet. The template writer uses the same functions, so the
dropdowns land on the columns the reader recognises.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any

from .. import contract, messages
from ..findings import Finding


def norm(text: Any) -> str:
    """How names are compared: spaces collapsed, case folded."""
    return " ".join(str(text).split()).casefold()


def sheet_key(name: Any) -> str:
    """How sheet names are matched: case- and space-insensitive ("acties " is "Acties")."""
    return norm(name)


def present(value: Any) -> bool:
    """A cell that holds something (not empty, not only spaces)."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def missing_sheet(sheet_name: str, existing: Sequence[str]) -> Finding:
    """``sheet-renamed`` when a sheet with a similar name exists, else ``missing-sheet``."""
    candidates = difflib.get_close_matches(norm(sheet_name), [norm(n) for n in existing], n=1, cutoff=0.75)
    if candidates:
        found = next(n for n in existing if norm(n) == candidates[0])
        return messages.make("sheet-renamed", sheet=sheet_name, found=found)
    return messages.make("missing-sheet", sheet=sheet_name)


def column_letter(index: int) -> str:
    """0 -> ``A``, 25 -> ``Z``, 26 -> ``AA``."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_number(letters: str) -> int:
    """``A`` -> 1, ``AA`` -> 27: the inverse of :func:`column_letter` (1-based)."""
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number


def canonical_header(raw: Any, sheet: str, round_names: Sequence[str]) -> str | None:
    """The contract's spelling of a header cell (a round column with the round's own spelling); None if empty."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    text = re.sub(r"\s+", " ", str(raw)).strip()
    lookup = {norm(c): c for c in (*contract.SHEET_COLUMNS[sheet], *contract.OPTIONAL_COLUMNS.get(sheet, ()))}
    if norm(text) in lookup:
        return lookup[norm(text)]
    if sheet == contract.SHEET_ACTIONS:
        parsed = contract.parse_round_column(text)
        if parsed:
            kind, name = parsed
            kind = (
                contract.PROGRESS_PREFIX.strip() if kind.casefold() == "voortgang" else contract.STATUS_PREFIX.strip()
            )
            for known in round_names:
                if norm(known) == norm(name):
                    name = known
                    break
            return f"{kind} {name}"
    return text


def header_score(row: Sequence[Any], sheet: str) -> int:
    """How many of the sheet's contract headers a row holds."""
    wanted = {norm(c) for c in contract.SHEET_COLUMNS[sheet]}
    return sum(1 for value in row if norm(value) in wanted)


def header_row_index(rows: Sequence[Sequence[Any]], sheet: str) -> int | None:
    """The 0-based index of the header among the first rows: the row with most contract headers.

    When no row holds one, the first non-empty row; None for an empty sheet.
    """
    search = rows[: contract.MAX_HEADER_SEARCH_ROWS]
    scores = [header_score(r, sheet) for r in search]
    if not search or max(scores, default=0) == 0:
        return next((i for i, r in enumerate(search) if any(present(v) for v in r)), None)
    return scores.index(max(scores))
