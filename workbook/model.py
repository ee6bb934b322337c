"""Typed, derived views of a workbook for the app and reports.

``build_overview`` turns the frames the reader produced into typed frames
(years as nullable integers, amounts as floats, dates as dates) and adds what
every page needs: the priority of each action, its latest status, whether its
end year has passed, and one row per (action, party, role). Cells that cannot
be read as their type become empty here; the validation report names them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from . import settings as s
from .parties import PartyIndex, party_pairs
from .reader import WorkbookData

COL_LATEST_STATUS = "Laatste status"
COL_PAST_END = "Eindjaar verstreken"
COL_ROLE = "Rol"


@dataclass(frozen=True)
class Overview:
    priorities: pd.DataFrame
    goals: pd.DataFrame
    parties: pd.DataFrame
    rounds: list[str]
    round_dates: dict[str, dt.date | None]
    actions: pd.DataFrame
    action_parties: pd.DataFrame  # Actie-ID, Doelstelling, Prioriteit, Partij, Rol
    budget: pd.DataFrame
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def latest_round(self) -> str | None:
        return self.rounds[-1] if self.rounds else None

    @property
    def previous_round(self) -> str | None:
        return self.rounds[-2] if len(self.rounds) >= 2 else None

    def status_column(self, round_name: str) -> str:
        return s.RoundColumns(round_name).status

    def progress_column(self, round_name: str) -> str:
        return s.RoundColumns(round_name).progress


def _ints(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce").round().astype("Int64")


def _floats(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce").astype("Float64")


def _texts(series: pd.Series) -> pd.Series:
    values = [None if v is None or (isinstance(v, float) and v != v) else str(v) for v in series.tolist()]
    return pd.Series(values, index=series.index, name=series.name).astype(object)


def _goal_sort_key(goal: object) -> tuple[int, int]:
    try:
        major, minor = str(goal).split(".")
        return int(major), int(minor)
    except ValueError:
        return 99, 99


def build_overview(data: WorkbookData, today: dt.date | None = None) -> Overview:
    today = today or dt.date.today()

    priorities = data.frame(s.SHEET_PRIORITIES).copy()
    priorities[s.COL_PRIORITY] = _ints(priorities[s.COL_PRIORITY])

    goals = data.frame(s.SHEET_GOALS).copy()
    goals[s.COL_PRIORITY] = _ints(goals[s.COL_PRIORITY])
    goals[s.COL_GOAL] = _texts(goals[s.COL_GOAL])
    goals = goals.sort_values(s.COL_GOAL, key=lambda col: col.map(_goal_sort_key), kind="stable")

    parties = data.frame(s.SHEET_PARTIES).copy()

    rounds_frame = data.frame(s.SHEET_ROUNDS)
    available = {rc.name for rc in data.round_columns}
    rounds = [r for r in data.rounds if r in available]
    round_dates = {}
    for name, date in zip(rounds_frame.get(s.COL_ROUND, []), rounds_frame.get(s.COL_DATE, [])):
        if name in available:
            round_dates[str(name)] = date if isinstance(date, dt.date) else None

    actions = data.frame(s.SHEET_ACTIONS).copy()
    for column in (s.COL_START_YEAR, s.COL_END_YEAR):
        actions[column] = _ints(actions[column])
    for column in (s.COL_ACTION_ID, s.COL_GOAL, s.COL_WHAT, s.COL_WHO, s.COL_WHEN):
        actions[column] = _texts(actions[column])
    goal_priority = dict(zip(goals[s.COL_GOAL], goals[s.COL_PRIORITY]))
    actions[s.COL_PRIORITY] = pd.array([goal_priority.get(g) for g in actions[s.COL_GOAL]], dtype="Int64")
    for name in rounds:
        status = s.RoundColumns(name).status
        actions[status] = actions[status].where(actions[status].isin(s.STATUSES), s.STATUS_UNKNOWN)
    if rounds:
        latest = actions[s.RoundColumns(rounds[-1]).status]
    else:
        latest = pd.Series(s.STATUS_UNKNOWN, index=actions.index, dtype=object)
    actions[COL_LATEST_STATUS] = latest
    actions[COL_PAST_END] = (
        actions[s.COL_END_YEAR].notna()
        & (actions[s.COL_END_YEAR].fillna(9999) < today.year)
        & ~latest.isin(s.CLOSED_STATUSES)
    ).astype(bool)

    pairs = party_pairs(actions[s.COL_WHO].tolist(), PartyIndex.from_frame(parties))
    rows = [
        (action_id, goal, priority, party, role)
        for action_id, goal, priority, action_pairs in zip(
            actions[s.COL_ACTION_ID].tolist(), actions[s.COL_GOAL].tolist(), actions[s.COL_PRIORITY].tolist(), pairs
        )
        for party, role in action_pairs
    ]
    links = pd.DataFrame(rows, columns=[s.COL_ACTION_ID, s.COL_GOAL, s.COL_PRIORITY, s.COL_PARTY, COL_ROLE])
    links[s.COL_PRIORITY] = links[s.COL_PRIORITY].astype("Int64")

    budget = data.frame(s.SHEET_BUDGET).copy()
    budget[s.COL_AMOUNT] = _floats(budget[s.COL_AMOUNT])
    for column in (s.COL_FROM_YEAR, s.COL_TO_YEAR, s.COL_PRIORITY):
        budget[column] = _ints(budget[column])
    for column in (s.COL_BUDGET_ID, s.COL_GOAL, s.COL_PART_OF, s.COL_KIND):
        budget[column] = _texts(budget[column])

    return Overview(
        priorities=priorities,
        goals=goals,
        parties=parties,
        rounds=rounds,
        round_dates=round_dates,
        actions=actions,
        action_parties=links,
        budget=budget,
        today=today,
    )
