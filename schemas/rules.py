"""Rules across sheets and rows, each a small named function.

Every rule takes the workbook parsed once (:class:`schemas.typed.TypedWorkbook`: years as ``Int64``,
amounts as ``Float64``, dates as dates, text as ``str``) and today's date, and returns findings.
A rule quietly skips what it cannot judge: a sheet or column that is missing (the reader reported
that already) or a cell whose own value is already wrong (the schema reported that; it is empty in
the parsed frame). Rules work on whole columns where pandas does that easily; per-row Python is
kept to the rows that have a problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pandas as pd

from workbook import contract as s
from workbook import messages, nl
from workbook.findings import Finding
from workbook.wie import party_key, split_aliases, wie_names

from .typed import TypedWorkbook

Rule = Callable[[TypedWorkbook, dt.date], list[Finding]]
_EMPTY = "(leeg)"


# --- helpers ------------------------------------------------------------------------------------
def _matches(series: pd.Series, pattern: str, flags: int = 0) -> pd.Series:
    regex = re.compile(pattern, flags)
    return pd.Series([isinstance(v, str) and regex.match(v) is not None for v in series], index=series.index, dtype=bool)


def _make(
    code: str, book: TypedWorkbook, sheet: str, row: int, column: str | None, value: object = None, **params
) -> Finding:
    cell = book.cell(sheet, column, row)
    return messages.make(code, sheet=sheet, row=int(row), column=column, cell=cell, value=value, **params)


# --- sheets ---------------------------------------------------------------------------------------
def sheets_have_rows(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A sheet with a header but no rows (Budget may be empty)."""
    findings = []
    for sheet in s.SHEETS_WITH_ROWS:
        table = book.table(sheet)
        if table is None or len(table.missing_columns) == len(s.SHEET_COLUMNS[sheet]):
            continue  # missing or without header: reported by the reader
        if table.frame.empty:
            findings.append(messages.make("no-rows", sheet=sheet))
    return findings


# --- priorities and goals ------------------------------------------------------------------------------
def _known_priorities(book: TypedWorkbook) -> set[int] | None:
    priorities = book.columns(s.SHEET_PRIORITIES, s.COL_PRIORITY)
    if priorities is None or priorities.empty:
        return None
    return set(priorities[s.COL_PRIORITY].dropna().astype(int))


def _goal_priorities(book: TypedWorkbook) -> dict[str, int] | None:
    """Goal code -> its priority, for the goals whose code is well formed."""
    goals = book.columns(s.SHEET_GOALS, s.COL_GOAL)
    if goals is None or goals.empty:
        return None
    codes = goals[s.COL_GOAL]
    priorities = goals[s.COL_PRIORITY] if s.COL_PRIORITY in goals else pd.Series(pd.NA, index=goals.index)
    return {code: (None if pd.isna(p) else int(p)) for code, p in zip(codes, priorities) if code is not None}


def _unknown_priority(book: TypedWorkbook, sheet: str) -> list[Finding]:
    frame = book.columns(sheet, s.COL_PRIORITY)
    known = _known_priorities(book)
    if frame is None or not known:
        return []
    values = frame[s.COL_PRIORITY]
    bad = values.notna() & ~values.isin(known)
    return [
        _make("unknown-priority", book, sheet, row, s.COL_PRIORITY, int(value), priorities_sheet=s.SHEET_PRIORITIES)
        for row, value in values[bad].items()
    ]


def goal_priority_exists(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Every goal's priority is listed in Prioriteiten."""
    return _unknown_priority(book, s.SHEET_GOALS)


def goal_code_matches_priority(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Goal 2.1 belongs to priority 2: the code's first digit."""
    goals = book.columns(s.SHEET_GOALS, s.COL_GOAL, s.COL_PRIORITY)
    if goals is None:
        return []
    codes = goals[s.COL_GOAL]
    well_formed = _matches(goals[s.COL_GOAL], s.GOAL_PATTERN)
    expected = codes.where(well_formed).str[0].astype("Float64").astype("Int64")
    actual = goals[s.COL_PRIORITY]
    bad = well_formed & actual.notna() & (actual != expected).fillna(False).astype(bool)
    return [
        _make(
            "goal-priority-mismatch",
            book,
            s.SHEET_GOALS,
            row,
            s.COL_PRIORITY,
            int(actual[row]),
            goal=codes[row],
            expected=int(expected[row]),
        )
        for row in goals.index[bad]
    ]


def _unknown_goals(book: TypedWorkbook, sheet: str) -> list[Finding]:
    frame = book.columns(sheet, s.COL_GOAL)
    known = _goal_priorities(book)
    if frame is None or not known:
        return []
    codes = frame[s.COL_GOAL]
    bad = _matches(frame[s.COL_GOAL], s.GOAL_PATTERN) & ~codes.isin(set(known))
    return [
        _make("unknown-goal", book, sheet, row, s.COL_GOAL, code, goals_sheet=s.SHEET_GOALS)
        for row, code in codes[bad].items()
    ]


def action_goal_exists(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Every action's goal is listed in Doelstellingen."""
    return _unknown_goals(book, s.SHEET_ACTIONS)


def budget_goal_exists(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A budget line's goal (if any) is listed in Doelstellingen."""
    return _unknown_goals(book, s.SHEET_BUDGET)


def budget_priority_exists(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A budget line's priority (if any) is listed in Prioriteiten."""
    return _unknown_priority(book, s.SHEET_BUDGET)


def budget_goal_matches_priority(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A budget line with both a goal and a priority names the goal's priority (goal 2.1: priority 2)."""
    budget = book.columns(s.SHEET_BUDGET, s.COL_GOAL, s.COL_PRIORITY)
    if budget is None:
        return []
    codes = budget[s.COL_GOAL]
    well_formed = _matches(budget[s.COL_GOAL], s.GOAL_PATTERN)
    expected = codes.where(well_formed).str[0].astype("Float64").astype("Int64")
    actual = budget[s.COL_PRIORITY]
    bad = well_formed & actual.notna() & (actual != expected).fillna(False).astype(bool)
    return [
        _make(
            "goal-priority-mismatch",
            book,
            s.SHEET_BUDGET,
            row,
            s.COL_PRIORITY,
            int(actual[row]),
            goal=codes[row],
            expected=int(expected[row]),
        )
        for row in budget.index[bad]
    ]


# --- parties --------------------------------------------------------------------------------------------
def party_names_unique(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A name or alias belongs to one party only (case and spaces do not count)."""
    parties = book.columns(s.SHEET_PARTIES, s.COL_PARTY)
    if parties is None:
        return []
    aliases = parties[s.COL_ALIASES] if s.COL_ALIASES in parties else pd.Series(None, index=parties.index, dtype=object)
    owners: dict[str, tuple[str, int]] = {}  # key -> (party, row)
    findings = []
    for row, party, alias_cell in zip(parties.index, parties[s.COL_PARTY], aliases):
        if party is None:
            continue
        for column, name in [(s.COL_PARTY, party)] + [(s.COL_ALIASES, a) for a in split_aliases(alias_cell)]:
            owner = owners.setdefault(party_key(name), (party, int(row)))
            if owner[0] != party:
                findings.append(
                    _make(
                        "duplicate-alias", book, s.SHEET_PARTIES, row, column, name, other=owner[0], other_row=owner[1]
                    )
                )
    return findings


def _wie_problems(
    text: str, resolve: Callable[[str], str | None], suggestion: Callable[[str], str]
) -> list[tuple[str, str, str]]:
    """(code, name, suggestion) for each problem in one Wie cell."""
    problems = []
    mentions = wie_names(text)
    if any(name == "" for name, _ in mentions):
        problems.append(("empty-party", text, ""))
    for name, _ in mentions:
        if name and resolve(name) is None:
            problems.append(("unknown-party", name, suggestion(name)))
    return problems


def action_parties_known(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Every name in Wie is a party or an alias from Partijen ("bedoelde u ...?" for near misses)."""
    actions = book.columns(s.SHEET_ACTIONS, s.COL_WHO)
    parties = book.columns(s.SHEET_PARTIES, s.COL_PARTY)
    if actions is None or parties is None or parties.empty:
        return []
    index = book.party_index
    suggestions: dict[str, str] = {}

    def suggestion(name: str) -> str:  # difflib is slow: once per distinct unknown name
        if name not in suggestions:
            guess = index.suggest(name)
            suggestions[name] = f" Bedoelde u '{guess}'?" if guess else ""
        return suggestions[name]

    resolve = index.resolver()
    who = actions[s.COL_WHO]
    problems = {
        text: _wie_problems(text, resolve, suggestion) for text in who.dropna().unique()
    }  # each distinct text once
    findings = []
    for row, text in who.dropna().items():
        for code, name, suggestion in problems[text]:
            findings.append(
                _make(
                    code,
                    book,
                    s.SHEET_ACTIONS,
                    row,
                    s.COL_WHO,
                    name,
                    suggestion=suggestion,
                    parties_sheet=s.SHEET_PARTIES,
                )
            )
    return findings


# --- rounds ------------------------------------------------------------------------------------------------
def _listed_rounds(book: TypedWorkbook) -> list[tuple[int, str]] | None:
    rounds = book.columns(s.SHEET_ROUNDS, s.COL_ROUND)
    if rounds is None:
        return None
    return [(int(row), name) for row, name in rounds[s.COL_ROUND].dropna().items()]


def rounds_have_columns(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Each round in Rondes has its two Acties columns, and each round column has its round."""
    listed = _listed_rounds(book)
    table = book.table(s.SHEET_ACTIONS)
    if listed is None or table is None:
        return []
    columns = list(table.frame.columns)
    present = set(columns)
    names = [name for _, name in listed]
    findings = []
    for name in dict.fromkeys(names):
        round_columns = s.RoundColumns(name)
        for column in (round_columns.progress, round_columns.status):
            if column not in present:
                findings.append(
                    messages.make(
                        "round-columns-missing",
                        sheet=s.SHEET_ACTIONS,
                        column=column,
                        value=name,
                        rounds_sheet=s.SHEET_ROUNDS,
                    )
                )
    for column in columns:
        parsed = s.parse_round_column(str(column))
        if parsed and parsed[1] not in names:
            findings.append(
                _make(
                    "round-not-listed",
                    book,
                    s.SHEET_ACTIONS,
                    table.header_row,
                    column,
                    parsed[1],
                    rounds_sheet=s.SHEET_ROUNDS,
                )
            )
    in_columns = [name for name in s.round_names_in_columns(columns) if name in names]
    in_sheet = [name for name in dict.fromkeys(names) if name in in_columns]
    if in_columns != in_sheet:
        first = next(a for a, b in zip(in_columns, in_sheet) if a != b)
        findings.append(messages.make("round-order", sheet=s.SHEET_ACTIONS, value=first, rounds_sheet=s.SHEET_ROUNDS))
    return findings


def round_dates_ascending(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Rounds are listed from old to new: each date lies after the previous one."""
    rounds = book.columns(s.SHEET_ROUNDS, s.COL_ROUND, s.COL_DATE)
    if rounds is None:
        return []
    dates = rounds[s.COL_DATE]
    names = rounds[s.COL_ROUND]
    findings = []
    previous = None
    for row, date in dates.items():
        if date is None:
            continue
        if previous is not None and date <= previous:
            findings.append(_make("round-date-order", book, s.SHEET_ROUNDS, row, s.COL_DATE, names[row]))
        previous = date if previous is None else max(previous, date)
    return findings


def newest_round_is_recent(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Warn when the newest round is old: perhaps last year's file was uploaded."""
    rounds = book.columns(s.SHEET_ROUNDS, s.COL_ROUND, s.COL_DATE)
    if rounds is None:
        return []
    dates = rounds[s.COL_DATE]
    bad = book.bad(s.SHEET_ROUNDS, s.COL_DATE)
    named = rounds[s.COL_ROUND].notna()
    dates = dates.dropna()
    if dates.empty or (bad is not None and bad.any()) or len(dates) < named.sum():
        return []  # a round without a readable date: which one is newest is unknown
    row = max(dates.index, key=lambda r: (dates[r], r))
    newest = dates[row]
    if (today - newest).days <= s.STALE_AFTER_DAYS:
        return []
    return [
        _make(
            "old-workbook",
            book,
            s.SHEET_ROUNDS,
            row,
            s.COL_DATE,
            newest,
            round=rounds[s.COL_ROUND][row] or _EMPTY,
            months=round(s.STALE_AFTER_DAYS / 30.44),
        )
    ]


# --- budget -------------------------------------------------------------------------------------------------
def budget_parent_exists_and_is_larger(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """'Onderdeel van' names an existing Budget-ID with a larger amount, without going round in a circle."""
    budget = book.columns(s.SHEET_BUDGET, s.COL_BUDGET_ID, s.COL_PART_OF)
    if budget is None:
        return []
    ids = budget[s.COL_BUDGET_ID]
    parents = budget[s.COL_PART_OF]
    amounts = budget[s.COL_AMOUNT] if s.COL_AMOUNT in budget else pd.Series(pd.NA, index=budget.index)
    row_of: dict[str, int] = {}
    for row, budget_id in ids.dropna().items():
        row_of.setdefault(budget_id, int(row))
    parent_of = {budget_id: parents[row] for budget_id, row in row_of.items() if parents[row] is not None}
    findings = []
    for row, parent in parents.dropna().items():
        if parent not in row_of:
            findings.append(_make("unknown-parent", book, s.SHEET_BUDGET, row, s.COL_PART_OF, parent))
            continue
        if _in_cycle(ids[row], parent_of):
            findings.append(_make("parent-cycle", book, s.SHEET_BUDGET, row, s.COL_PART_OF, parent))
            continue
        amount, parent_amount = amounts[row], amounts[row_of[parent]]
        if pd.notna(amount) and pd.notna(parent_amount) and amount >= parent_amount:
            findings.append(
                _make(
                    "parent-not-larger",
                    book,
                    s.SHEET_BUDGET,
                    row,
                    s.COL_PART_OF,
                    parent,
                    amount=nl.amount(amount),
                    parent_amount=nl.amount(parent_amount),
                )
            )
    return findings


def _in_cycle(start: str | None, parent_of: dict[str, str]) -> bool:
    if start is None:
        return False
    seen = {start}
    current = parent_of.get(start)
    while current is not None:
        if current == start:
            return True
        if current in seen:
            return False  # a circle further up; reported on the lines in it
        seen.add(current)
        current = parent_of.get(current)
    return False


# --- years ---------------------------------------------------------------------------------------------------
_YEAR_PAIRS = ((s.SHEET_ACTIONS, s.COL_START_YEAR, s.COL_END_YEAR), (s.SHEET_BUDGET, s.COL_FROM_YEAR, s.COL_TO_YEAR))


def start_not_after_end(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Startjaar <= Eindjaar (and Van jaar <= Tot jaar in Budget)."""
    findings = []
    for sheet, start_column, end_column in _YEAR_PAIRS:
        frame = book.columns(sheet, start_column, end_column)
        if frame is None:
            continue
        start, end = frame[start_column], frame[end_column]
        bad = (start > end).fillna(False).astype(bool)
        findings += [
            _make(
                "start-after-end",
                book,
                sheet,
                row,
                start_column,
                int(first),
                start=int(first),
                end=int(last),
                end_column=end_column,
            )
            for row, first, last in zip(frame.index[bad], start[bad].tolist(), end[bad].tolist())
        ]
    return findings


# --- warnings about progress ------------------------------------------------------------------------------------
def _status(frame: pd.DataFrame, round_name: str) -> pd.Series:
    return frame[s.RoundColumns(round_name).status]


def past_end_year_still_open(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Warning: the end year has passed but the latest status is not Afgerond or Gestopt."""
    actions = book.columns(s.SHEET_ACTIONS, s.COL_END_YEAR)
    rounds = book.round_columns
    if actions is None or not rounds:
        return []
    latest = _status(actions, rounds[-1].name)
    end = actions[s.COL_END_YEAR]
    bad = (end < today.year).fillna(False).astype(bool) & ~latest.isin(s.CLOSED_STATUSES)
    return [
        _make("past-end-year", book, s.SHEET_ACTIONS, row, s.COL_END_YEAR, int(year), status=status or _EMPTY)
        for row, year, status in zip(actions.index[bad], end[bad].tolist(), latest[bad].tolist())
    ]


def latest_round_filled(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Warning: no progress text or no status in the latest round.

    An action that was already Afgerond or Gestopt in the previous round and
    still is needs no new text.
    """
    actions = book.columns(s.SHEET_ACTIONS)
    rounds = book.round_columns
    if actions is None or not rounds:
        return []
    latest = rounds[-1]
    progress = actions[latest.progress]
    status = _status(actions, latest.name)
    settled = pd.Series(False, index=actions.index)
    if len(rounds) > 1:
        previous = _status(actions, rounds[-2].name)
        settled = previous.isin(s.CLOSED_STATUSES) & (status == previous)
    findings = [
        _make("empty-latest-progress", book, s.SHEET_ACTIONS, row, latest.progress, round=latest.name)
        for row in actions.index[progress.isna() & ~settled]
    ]
    findings += [
        _make(
            "empty-latest-status",
            book,
            s.SHEET_ACTIONS,
            row,
            latest.status,
            round=latest.name,
            allowed=", ".join(s.STATUSES),
        )
        for row in actions.index[status.isna()]
    ]
    return findings


def idem_keeps_status(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Warning: the progress text says 'Idem.' (nothing changed) but the status changed."""
    actions = book.columns(s.SHEET_ACTIONS)
    rounds = book.round_columns
    if actions is None or len(rounds) < 2:
        return []
    findings = []
    for before, current in zip(rounds, rounds[1:]):
        idem = _matches(actions[current.progress], s.IDEM_PATTERN, re.IGNORECASE)
        previous, status = _status(actions, before.name), _status(actions, current.name)
        changed = idem & previous.notna() & status.notna() & (previous != status)
        findings += [
            _make("idem-status-changed", book, s.SHEET_ACTIONS, row, current.status, now, previous=then)
            for row, now, then in zip(actions.index[changed], status[changed].tolist(), previous[changed].tolist())
        ]
    return findings


#: Every rule, in the order its findings are listed for the same cell.
RULES: tuple[Rule, ...] = (
    sheets_have_rows,
    goal_priority_exists,
    goal_code_matches_priority,
    party_names_unique,
    rounds_have_columns,
    round_dates_ascending,
    newest_round_is_recent,
    action_goal_exists,
    action_parties_known,
    start_not_after_end,
    past_end_year_still_open,
    latest_round_filled,
    idem_keeps_status,
    budget_goal_exists,
    budget_priority_exists,
    budget_goal_matches_priority,
    budget_parent_exists_and_is_larger,
)
