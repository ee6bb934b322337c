"""References between sheets: every goal, priority and party named exists, and agrees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pandas as pd

from workbook import contract, messages
from workbook.findings import Finding
from workbook.wie import party_key, split_aliases, wie_names

from ..typed import TypedWorkbook
from .common import make, matches


# --- sheets ---------------------------------------------------------------------------------------
def sheets_have_rows(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A sheet with a header but no rows (Budget may be empty)."""
    findings = []
    for sheet in contract.SHEETS_WITH_ROWS:
        table = book.table(sheet)
        if table is None or len(table.missing_columns) == len(contract.SHEET_COLUMNS[sheet]):
            continue  # missing or without header: reported by the reader
        if table.frame.empty:
            findings.append(messages.make("no-rows", sheet=sheet))
    return findings


# --- priorities and goals ------------------------------------------------------------------------------
def _known_priorities(book: TypedWorkbook) -> set[int] | None:
    priorities = book.columns(contract.SHEET_PRIORITIES, contract.COL_PRIORITY)
    if priorities is None or priorities.empty:
        return None
    return set(priorities[contract.COL_PRIORITY].dropna().astype(int))


def _goal_priorities(book: TypedWorkbook) -> dict[str, int] | None:
    """Goal code -> its priority, for the goals whose code is well formed."""
    goals = book.columns(contract.SHEET_GOALS, contract.COL_GOAL)
    if goals is None or goals.empty:
        return None
    codes = goals[contract.COL_GOAL]
    priorities = goals[contract.COL_PRIORITY] if contract.COL_PRIORITY in goals else pd.Series(pd.NA, index=goals.index)
    return {code: (None if pd.isna(p) else int(p)) for code, p in zip(codes, priorities) if code is not None}


def _unknown_priority(book: TypedWorkbook, sheet: str) -> list[Finding]:
    frame = book.columns(sheet, contract.COL_PRIORITY)
    known = _known_priorities(book)
    if frame is None or not known:
        return []
    values = frame[contract.COL_PRIORITY]
    bad = values.notna() & ~values.isin(known)
    return [
        make(
            "unknown-priority",
            book,
            sheet,
            row,
            contract.COL_PRIORITY,
            int(value),
            priorities_sheet=contract.SHEET_PRIORITIES,
        )
        for row, value in values[bad].items()
    ]


def goal_priority_exists(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Every goal's priority is listed in Prioriteiten."""
    return _unknown_priority(book, contract.SHEET_GOALS)


def goal_code_matches_priority(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Goal 2.1 belongs to priority 2: the code's first digit."""
    goals = book.columns(contract.SHEET_GOALS, contract.COL_GOAL, contract.COL_PRIORITY)
    if goals is None:
        return []
    codes = goals[contract.COL_GOAL]
    well_formed = matches(goals[contract.COL_GOAL], contract.GOAL_PATTERN)
    expected = codes.where(well_formed).str[0].astype("Float64").astype("Int64")
    actual = goals[contract.COL_PRIORITY]
    bad = well_formed & actual.notna() & (actual != expected).fillna(False).astype(bool)
    return [
        make(
            "goal-priority-mismatch",
            book,
            contract.SHEET_GOALS,
            row,
            contract.COL_PRIORITY,
            int(actual[row]),
            goal=codes[row],
            expected=int(expected[row]),
        )
        for row in goals.index[bad]
    ]


def _unknown_goals(book: TypedWorkbook, sheet: str) -> list[Finding]:
    frame = book.columns(sheet, contract.COL_GOAL)
    known = _goal_priorities(book)
    if frame is None or not known:
        return []
    codes = frame[contract.COL_GOAL]
    bad = matches(frame[contract.COL_GOAL], contract.GOAL_PATTERN) & ~codes.isin(set(known))
    return [
        make("unknown-goal", book, sheet, row, contract.COL_GOAL, code, goals_sheet=contract.SHEET_GOALS)
        for row, code in codes[bad].items()
    ]


def action_goal_exists(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Every action's goal is listed in Doelstellingen."""
    return _unknown_goals(book, contract.SHEET_ACTIONS)


def budget_goal_exists(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A budget line's goal (if any) is listed in Doelstellingen."""
    return _unknown_goals(book, contract.SHEET_BUDGET)


def budget_priority_exists(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A budget line's priority (if any) is listed in Prioriteiten."""
    return _unknown_priority(book, contract.SHEET_BUDGET)


def budget_goal_matches_priority(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A budget line with both a goal and a priority names the goal's priority (goal 2.1: priority 2)."""
    budget = book.columns(contract.SHEET_BUDGET, contract.COL_GOAL, contract.COL_PRIORITY)
    if budget is None:
        return []
    codes = budget[contract.COL_GOAL]
    well_formed = matches(budget[contract.COL_GOAL], contract.GOAL_PATTERN)
    expected = codes.where(well_formed).str[0].astype("Float64").astype("Int64")
    actual = budget[contract.COL_PRIORITY]
    bad = well_formed & actual.notna() & (actual != expected).fillna(False).astype(bool)
    return [
        make(
            "goal-priority-mismatch",
            book,
            contract.SHEET_BUDGET,
            row,
            contract.COL_PRIORITY,
            int(actual[row]),
            goal=codes[row],
            expected=int(expected[row]),
        )
        for row in budget.index[bad]
    ]


# --- parties --------------------------------------------------------------------------------------------
def party_names_unique(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """A name or alias belongs to one party only (case and spaces do not count)."""
    parties = book.columns(contract.SHEET_PARTIES, contract.COL_PARTY)
    if parties is None:
        return []
    aliases = (
        parties[contract.COL_ALIASES]
        if contract.COL_ALIASES in parties
        else pd.Series(None, index=parties.index, dtype=object)
    )
    owners: dict[str, tuple[str, int]] = {}  # key -> (party, row)
    findings = []
    for row, party, alias_cell in zip(parties.index, parties[contract.COL_PARTY], aliases):
        if party is None:
            continue
        for column, name in [(contract.COL_PARTY, party)] + [
            (contract.COL_ALIASES, a) for a in split_aliases(alias_cell)
        ]:
            owner = owners.setdefault(party_key(name), (party, int(row)))
            if owner[0] != party:
                findings.append(
                    make(
                        "duplicate-alias",
                        book,
                        contract.SHEET_PARTIES,
                        row,
                        column,
                        name,
                        other=owner[0],
                        other_row=owner[1],
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
    actions = book.columns(contract.SHEET_ACTIONS, contract.COL_WHO)
    parties = book.columns(contract.SHEET_PARTIES, contract.COL_PARTY)
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
    who = actions[contract.COL_WHO]
    problems = {
        text: _wie_problems(text, resolve, suggestion) for text in who.dropna().unique()
    }  # each distinct text once
    findings = []
    for row, text in who.dropna().items():
        for code, name, suggestion in problems[text]:
            findings.append(
                make(
                    code,
                    book,
                    contract.SHEET_ACTIONS,
                    row,
                    contract.COL_WHO,
                    name,
                    suggestion=suggestion,
                    parties_sheet=contract.SHEET_PARTIES,
                )
            )
    return findings
