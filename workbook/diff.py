"""What changed between two versions of the workbook, row by row and cell by cell.

Rows are matched on their key (``Actie-ID``, ``Budget-ID``, ``Partij``, ...), not
on their position, so sorting or inserting rows is no change. Status columns
of a round give a "statuswijziging" per action; other columns an old and a new
text. A column that appears or disappears (a new round) is one change, not one
per cell.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from . import contract, nl
from .reader import WorkbookData

#: The column that identifies a row, per sheet.
KEYS: dict[str, str] = {
    contract.SHEET_PRIORITIES: contract.COL_PRIORITY,
    contract.SHEET_GOALS: contract.COL_GOAL,
    contract.SHEET_PARTIES: contract.COL_PARTY,
    contract.SHEET_ROUNDS: contract.COL_ROUND,
    contract.SHEET_ACTIONS: contract.COL_ACTION_ID,
    contract.SHEET_BUDGET: contract.COL_BUDGET_ID,
    contract.SHEET_INDICATORS: contract.COL_INDICATOR_ID,
    contract.SHEET_MEASUREMENTS: contract.COL_INDICATOR_ID,  # with Jaar: "I04 2021/2022" (see _keyed)
    contract.SHEET_SOURCES: contract.COL_SOURCE,
}
#: Order in which sheets are reported: what readers care about most first.
SHEET_ORDER = (
    contract.SHEET_ACTIONS,
    contract.SHEET_BUDGET,
    contract.SHEET_INDICATORS,
    contract.SHEET_MEASUREMENTS,
    contract.SHEET_SOURCES,
    contract.SHEET_PARTIES,
    contract.SHEET_ROUNDS,
    contract.SHEET_GOALS,
    contract.SHEET_PRIORITIES,
)

ADDED = "toegevoegd"
REMOVED = "verwijderd"
CHANGED = "gewijzigd"
STATUS = "statuswijziging"
COLUMN_ADDED = "kolom toegevoegd"
COLUMN_REMOVED = "kolom verwijderd"
KINDS = (ADDED, REMOVED, CHANGED, STATUS, COLUMN_ADDED, COLUMN_REMOVED)

#: Headers of the table shown on the page and offered as download.
RECORD_COLUMNS = ("Blad", "Sleutel", "Wijziging", "Kolom", "Oud", "Nieuw")
EMPTY = "(leeg)"

#: What one row of a sheet is called, singular and plural.
_NOUNS: dict[str, tuple[str, str]] = {
    contract.SHEET_ACTIONS: ("actie", "acties"),
    contract.SHEET_BUDGET: ("budgetregel", "budgetregels"),
    contract.SHEET_INDICATORS: ("indicator", "indicatoren"),
    contract.SHEET_MEASUREMENTS: ("meting", "metingen"),
    contract.SHEET_SOURCES: ("bron", "bronnen"),
    contract.SHEET_PARTIES: ("partij", "partijen"),
    contract.SHEET_ROUNDS: ("ronde", "rondes"),
    contract.SHEET_GOALS: ("doelstelling", "doelstellingen"),
    contract.SHEET_PRIORITIES: ("prioriteit", "prioriteiten"),
}
_ROW = ("rij", "rijen")


def nouns(sheet: str) -> tuple[str, str]:
    """What one row of ``sheet`` is called, singular and plural: ``("actie", "acties")``."""
    return _NOUNS.get(sheet, _ROW)


@dataclass(frozen=True)
class Change:
    """One difference: a row added or removed, a cell changed, a status moved, a column added or removed."""

    sheet: str
    kind: str
    key: str | None = None
    column: str | None = None
    old: Any = None
    new: Any = None
    round: str | None = None  # for status moves
    closed_round: str | None = None  # a cell of a round that was closed (published): it should not change
    cell: str | None = None  # the cell in the new version (for cells of a closed round)

    def as_line(self) -> str:
        if self.closed_round:
            return f"Vastgestelde ronde '{self.closed_round}' gewijzigd, {self.sheet}!{self.cell}: " + self._line()
        return self._line()

    def _line(self) -> str:
        noun = _NOUNS.get(self.sheet, _ROW)[0]
        if self.kind == ADDED:
            return f"{self.sheet}: {noun} {self.key} is toegevoegd."
        if self.kind == REMOVED:
            return f"{self.sheet}: {noun} {self.key} is verwijderd."
        if self.kind == STATUS:
            return f"{self.sheet}: {noun} {self.key}, status {self.round}: {text(self.old)} -> {text(self.new)}."
        if self.kind == COLUMN_ADDED:
            return f"{self.sheet}: kolom '{self.column}' is toegevoegd ({self.new})."
        if self.kind == COLUMN_REMOVED:
            return f"{self.sheet}: kolom '{self.column}' is verwijderd ({self.old})."
        return f"{self.sheet}: {noun} {self.key}, kolom '{self.column}': '{text(self.old)}' -> '{text(self.new)}'."

    def as_record(self) -> dict[str, str]:
        return dict(
            zip(
                RECORD_COLUMNS,
                (self.sheet, self.key or "", self.kind, self.column or "", text(self.old), text(self.new)),
            )
        )


@dataclass
class WorkbookDiff:
    """All changes from ``old_name`` to ``new_name``, in report order."""

    old_name: str
    new_name: str
    changes: list[Change] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.changes

    def closed_changes(self) -> list[Change]:
        """Cells of a closed (published) round that changed: each should be undone or the round reopened."""
        return [c for c in self.changes if c.closed_round]

    def of(self, sheet: str | None = None, kind: str | None = None) -> list[Change]:
        return [c for c in self.changes if (sheet is None or c.sheet == sheet) and (kind is None or c.kind == kind)]

    def counts(self) -> dict[tuple[str, str], int]:
        """Number of changes per (sheet, kind); cell changes count the rows they are in once."""
        counts: Counter = Counter()
        seen: set[tuple[str, str, str | None]] = set()
        for change in self.changes:
            if change.kind == CHANGED:
                if (change.sheet, change.kind, change.key) in seen:
                    continue
                seen.add((change.sheet, change.kind, change.key))
            counts[(change.sheet, change.kind)] += 1
        return dict(counts)

    def status_moves(self) -> list[tuple[str, contract.Move]]:
        """(round, move) for each status changed between the versions: per round in column order, most frequent
        first."""
        rounds = list(dict.fromkeys(c.round for c in self.changes if c.kind == STATUS))
        return [
            (name, move)
            for name in rounds
            for move in contract.count_moves(
                (c.key, text(c.old), text(c.new)) for c in self.changes if c.kind == STATUS and c.round == name
            )
        ]

    def status_move_lines(self) -> list[str]:
        """``najaar 2025: 2 acties van Loopt naar Afgerond``, one per move."""
        return [f"{name}: {nl.status_move(move.count, move.old, move.new)}" for name, move in self.status_moves()]

    def summary(self) -> str:
        if self.empty:
            return f"Geen verschillen tussen '{self.old_name}' en '{self.new_name}'."
        parts = []
        for (sheet, kind), number in self.counts().items():
            if kind in (COLUMN_ADDED, COLUMN_REMOVED):
                parts.append(f"{sheet}: {nl.count(number, 'kolom', 'kolommen')} {kind.split()[-1]}")
            elif kind == STATUS:
                parts.append(f"{sheet}: {nl.count(number, 'statuswijziging', 'statuswijzigingen')}")
            else:
                parts.append(f"{sheet}: {nl.count(number, *_NOUNS.get(sheet, _ROW))} {kind}")
        closed = self.closed_changes()
        if closed:
            parts.append(f"waarvan {nl.count(len(closed), 'cel', 'cellen')} in een vastgestelde ronde")
        return f"Van '{self.old_name}' naar '{self.new_name}': " + "; ".join(parts) + "."

    def as_text(self) -> str:
        lines = [self.summary()]
        moves = self.status_move_lines()
        if moves:
            lines.append("")
            lines.append("Statuswijzigingen:")
            lines += [f"  {line}" for line in moves]
        if self.changes:
            lines.append("")
            lines += [change.as_line() for change in self.changes]
        return "\n".join(lines)

    def as_records(self) -> list[dict[str, str]]:
        return [change.as_record() for change in self.changes]

    def as_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.as_records(), columns=list(RECORD_COLUMNS))


def text(value: Any) -> str:
    """A cell value as a person reads it: empty as '(leeg)', otherwise as typed (:func:`workbook.nl.typed`)."""
    value = _clean(value)
    if value is None:
        return EMPTY
    if isinstance(value, (dt.datetime, pd.Timestamp)) and (value.hour, value.minute) != (0, 0):
        return f"{nl.date_numeric(value)} {value:%H:%M}"
    return nl.typed(value)


def _clean(value: Any) -> Any:
    """One representation per value: NaN/NaT/blank text are empty, 2023.0 is 2023, text is stripped."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return float(value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _same(a: Any, b: Any) -> bool:
    a, b = _clean(a), _clean(b)
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=0, abs_tol=1e-9)
    if isinstance(a, dt.datetime) and isinstance(b, dt.date) and not isinstance(b, dt.datetime):
        return a.date() == b and (a.hour, a.minute, a.second) == (0, 0, 0)
    if isinstance(b, dt.datetime) and isinstance(a, dt.date) and not isinstance(a, dt.datetime):
        return _same(b, a)
    return a == b


def _rows_by_key(frame: pd.DataFrame, key: str) -> dict[str, dict[str, Any]]:
    """Rows by key text; rows without key are skipped, a repeated key keeps its first row (the check reports it)."""
    rows: dict[str, dict[str, Any]] = {}
    if key not in frame.columns:
        return rows
    for record in frame.to_dict("records"):
        value = _clean(record.get(key))
        if value is None:
            continue
        rows.setdefault(text(value), record)
    return rows


def _status_round(sheet: str, column: str) -> str | None:
    if sheet != contract.SHEET_ACTIONS:
        return None
    parsed = contract.parse_round_column(column)
    return parsed[1] if parsed and parsed[0] == contract.STATUS_PREFIX.strip() else None


def diff_sheet(sheet: str, old: pd.DataFrame, new: pd.DataFrame) -> list[Change]:
    """Changes in one sheet, keyed on ``KEYS[sheet]``: rows added and removed, then columns, then cells per row."""
    key = KEYS[sheet]
    old_rows, new_rows = _rows_by_key(old, key), _rows_by_key(new, key)
    changes: list[Change] = []
    for name in old.columns:
        if name not in new.columns:
            changes.append(
                Change(sheet, COLUMN_REMOVED, column=name, old=f"{int(old[name].notna().sum())} gevulde cellen")
            )
    for name in new.columns:
        if name not in old.columns:
            changes.append(
                Change(sheet, COLUMN_ADDED, column=name, new=f"{int(new[name].notna().sum())} gevulde cellen")
            )
    for k in new_rows:
        if k not in old_rows:
            changes.append(Change(sheet, ADDED, key=k))
    for k in old_rows:
        if k not in new_rows:
            changes.append(Change(sheet, REMOVED, key=k))
    shared = [c for c in new.columns if c in old.columns and c != key]
    for k, new_row in new_rows.items():
        old_row = old_rows.get(k)
        if old_row is None:
            continue
        for column in shared:
            before, after = old_row.get(column), new_row.get(column)
            if _same(before, after):
                continue
            round_name = _status_round(sheet, column)
            if round_name:
                changes.append(
                    Change(sheet, STATUS, key=k, column=column, old=_clean(before), new=_clean(after), round=round_name)
                )
            else:
                changes.append(Change(sheet, CHANGED, key=k, column=column, old=_clean(before), new=_clean(after)))
    return changes


def diff_workbooks(old_data: WorkbookData, new_data: WorkbookData) -> WorkbookDiff:
    """Everything that changed from ``old_data`` to ``new_data`` (both as read by :func:`workbook.read_workbook`)."""
    result = WorkbookDiff(old_data.source_name, new_data.source_name)
    for sheet in SHEET_ORDER:
        old, new = _present_columns(old_data, sheet), _present_columns(new_data, sheet)
        if sheet in contract.OPTIONAL_SHEETS:  # an optional sheet that comes or goes: its rows, not also its columns
            if sheet not in old_data.sheets:
                old = new.iloc[0:0]
            elif sheet not in new_data.sheets:
                new = old.iloc[0:0]
        result.changes.extend(diff_sheet(sheet, old, new))
    closed = _closed_rounds(old_data)
    if closed:
        result.changes = [_mark_closed(change, closed, new_data) for change in result.changes]
    return result


def _closed_rounds(data: WorkbookData) -> set[str]:
    """Rounds with a Vastgesteld date in Rondes."""
    frame = data.frame(contract.SHEET_ROUNDS)
    if contract.COL_CLOSED not in frame or contract.COL_ROUND not in frame:
        return set()
    return {
        str(n) for n, d in zip(frame[contract.COL_ROUND], frame[contract.COL_CLOSED]) if n and isinstance(d, dt.date)
    }


def _mark_closed(change: Change, closed: set[str], new_data: WorkbookData) -> Change:
    parsed = contract.parse_round_column(change.column or "") if change.sheet == contract.SHEET_ACTIONS else None
    if not parsed or parsed[1] not in closed or change.kind not in (CHANGED, STATUS):
        return change
    frame = new_data.frame(contract.SHEET_ACTIONS)
    rows = (
        frame.index[frame[contract.COL_ACTION_ID].map(lambda v: text(v) == change.key)]
        if contract.COL_ACTION_ID in frame
        else []
    )
    cell = new_data.cell(contract.SHEET_ACTIONS, change.column, int(rows[0])) if len(rows) else None
    return replace(change, closed_round=parsed[1], cell=cell or change.column)


def _present_columns(data: WorkbookData, sheet: str) -> pd.DataFrame:
    """The sheet's frame without the contract columns the reader added empty because the file lacks them."""
    table = data.sheets.get(sheet)
    frame = data.frame(sheet)
    missing = [c for c in (table.missing_columns if table else ()) if c in frame.columns and c != KEYS[sheet]]
    frame = frame.drop(columns=missing) if missing else frame
    return _keyed(frame) if sheet == contract.SHEET_MEASUREMENTS else frame


def _keyed(frame: pd.DataFrame) -> pd.DataFrame:
    """Metingen keyed on indicator and year (``I04 2021/2022``; a repeat gets ``#2``): a measurement has no id."""
    if contract.COL_INDICATOR_ID not in frame or frame.empty:
        return frame
    years = (
        frame[contract.COL_YEAR] if contract.COL_YEAR in frame else pd.Series([None] * len(frame), index=frame.index)
    )
    seen: Counter = Counter()
    keys = []
    for indicator, year in zip(frame[contract.COL_INDICATOR_ID], years):
        if indicator is None or (isinstance(indicator, float) and math.isnan(indicator)):
            keys.append(None)
            continue
        base = f"{indicator} {text(year) if _clean(year) is not None else 'zonder jaar'}"
        seen[base] += 1
        keys.append(base if seen[base] == 1 else f"{base} #{seen[base]}")
    return frame.assign(**{contract.COL_INDICATOR_ID: keys})
