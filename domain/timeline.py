"""Each action on a time axis, from its start year to the end of its end year."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np
import pandas as pd

from workbook import contract

from .columns import COL_ACTION, COL_BEGIN, COL_END, COL_LABEL, COL_OPEN, COL_START_UNKNOWN
from .labels import goal_labels
from .model import COL_LATEST_STATUS, COL_PAST_END, Overview

#: The Werkagenda runs 2023-2027: the time axis and open-ended budget lines run at least that far.
AGENDA_FIRST_YEAR = contract.AGENDA_FIRST_YEAR
AGENDA_LAST_YEAR = contract.AGENDA_LAST_YEAR


def year_fraction(day: dt.date) -> float:
    """``2026-12-01`` -> 2026.917: where a day lies on a time axis of years."""
    return day.year + (day.timetuple().tm_yday - 1) / 365.25


def timeline_axis(overview: Overview) -> tuple[int, int]:
    """First and last year of the time axis: the agenda's years, widened to every action's years and today."""
    columns = (contract.COL_START_YEAR, contract.COL_END_YEAR)
    years = np.concatenate([overview.actions[column].dropna().to_numpy(dtype=np.int64) for column in columns])
    if not len(years):
        return AGENDA_FIRST_YEAR, max(AGENDA_LAST_YEAR, overview.today.year)
    return min(AGENDA_FIRST_YEAR, int(years.min())), max(AGENDA_LAST_YEAR, overview.today.year, int(years.max()))


def timeline(
    overview: Overview, actions: pd.DataFrame | None = None, axis: tuple[int, int] | None = None
) -> pd.DataFrame:
    """One bar per action: Begin (first year) to Einde (the year after the last, so a bar covers whole years).

    An action without an end year is ``Doorlopend`` and runs to the end of the axis - unless it is
    finished or stopped: then it ends in the year of the round since which it has had that status.
    One without a start year starts at the axis start (``Startjaar onbekend``).
    Columns: Actie, Actie-ID, Doelstelling, Naam, Wat, Wanneer, Begin, Einde, Doorlopend,
    Startjaar onbekend, Laatste status, Eindjaar verstreken; in goal order, then by start. ``axis``:
    :func:`timeline_axis`.
    """
    actions = overview.actions if actions is None else actions
    first, last = axis or timeline_axis(overview)
    labels = goal_labels(overview)
    start = actions[contract.COL_START_YEAR]
    end = actions[contract.COL_END_YEAR].astype("Float64").fillna(closed_since_year(overview, actions))
    frame = pd.DataFrame(
        {
            COL_ACTION: _action_labels(actions),
            contract.COL_ACTION_ID: actions[contract.COL_ACTION_ID].astype(object),
            contract.COL_GOAL: actions[contract.COL_GOAL].astype(object),
            COL_LABEL: [labels.get(g, g) for g in actions[contract.COL_GOAL].tolist()],
            contract.COL_WHAT: actions[contract.COL_WHAT].astype(object),
            contract.COL_WHEN: actions[contract.COL_WHEN].astype(object),
            COL_BEGIN: start.fillna(first).astype(int).to_numpy(),
            COL_END: (end.fillna(last) + 1).astype(int).to_numpy(),
            COL_OPEN: end.isna().to_numpy(),
            COL_START_UNKNOWN: start.isna().to_numpy(),
            COL_LATEST_STATUS: actions[COL_LATEST_STATUS].astype(object),
            COL_PAST_END: actions[COL_PAST_END].to_numpy(),
        },
        index=actions.index,
    )
    # an end year before the start year (a fout in the workbook): draw the single start year
    backwards = frame[COL_END] <= frame[COL_BEGIN]
    frame.loc[backwards, COL_END] = frame.loc[backwards, COL_BEGIN] + 1
    frame["_goal"] = _goal_ranks(frame[contract.COL_GOAL])
    frame = frame.sort_values(["_goal", COL_BEGIN, contract.COL_ACTION_ID], kind="stable").drop(columns="_goal")
    return frame.reset_index(drop=True)


def closed_since_year(overview: Overview, actions: pd.DataFrame | None = None) -> pd.Series:
    """Per action that is Afgerond or Gestopt in the latest round: the year of the earliest round since which
    it has had that status without a break (from the round's date; a round without a date is passed over);
    otherwise missing."""
    actions = overview.actions if actions is None else actions
    years = pd.Series(np.nan, index=actions.index, dtype="Float64")
    rounds = [r for r in overview.round_list if r.status in actions.columns]
    if not rounds:
        return years
    latest = actions[rounds[-1].status]
    unbroken = latest.isin(contract.CLOSED_STATUSES)
    for r in reversed(rounds):  # newest first: an earlier round with the same status moves the year back
        unbroken &= actions[r.status].eq(latest).fillna(False)
        if r.date is not None:
            years[unbroken] = r.date.year
    return years


def _goal_ranks(goals: pd.Series) -> np.ndarray:
    """Each goal's place in goal order, as an integer to sort on (the key once per distinct goal)."""
    values = goals.tolist()
    keys = {goal: contract.goal_sort_key(goal) for goal in set(values)}
    rank = {key: i for i, key in enumerate(sorted(set(keys.values())))}
    return np.array([rank[keys[goal]] for goal in values], dtype=np.int64)


def _action_labels(actions: pd.DataFrame) -> list[str]:
    """Actie-ID per row; a missing or repeated id gets its Excel row (``1.1-01 (rij 7)``) so rows stay apart."""
    ids = [i.strip() if isinstance(i, str) else "" for i in actions[contract.COL_ACTION_ID].tolist()]
    counts = Counter(ids)
    return [
        i if i and counts[i] == 1 else f"{i or 'zonder Actie-ID'} (rij {row})"
        for i, row in zip(ids, actions.index.tolist())
    ]


#: The figures this module computes (what ``python -m benchmarks`` counts per page).
FIGURES = (
    "closed_since_year",
    "timeline",
    "timeline_axis",
)
