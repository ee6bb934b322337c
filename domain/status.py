"""The status mix: per round, per priority and goal, and what moved between two rounds.

Statuses keep the rubric order of ``contract.STATUSES``; groups their natural order.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from workbook import contract

from .columns import COL_COUNT, COL_FROM, COL_LABEL, COL_SHARE, COL_STATUS, COL_TO, COL_TOTAL
from .labels import NO_GOAL, NO_PRIORITY, goal_labels, group_order, priority_labels
from .model import COL_LATEST_STATUS, COL_PAST_END, Overview


def count_statuses(statuses: pd.Series) -> dict[str, int]:
    """Status -> number of actions, every status of the rubric (zeros included), in rubric order."""
    counts = Counter(statuses.tolist())
    return {status: counts.get(status, 0) for status in contract.STATUSES}


def latest_counts(overview: Overview) -> dict[str, int]:
    """The status mix of the latest round, over all actions."""
    return count_statuses(overview.actions[COL_LATEST_STATUS])


def past_end_count(overview: Overview) -> int:
    """Actions whose end year has passed while they are still open."""
    return int(overview.actions[COL_PAST_END].sum())


def status_counts(
    overview: Overview, by: str | None = None, round_name: str | None = None, actions: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Actions per status (in ``round_name``, default latest), optionally per ``Prioriteit`` or ``Doelstelling``.

    Columns: [by, Naam,] Status, Aantal, Totaal, Aandeel. Only non-zero rows; groups in priority/goal
    order, statuses in rubric order. ``Naam`` is the group's label (``1.1 Gelijkwaardigheid``).
    Counted in Python: a handful of groups and statuses, where a pandas group-by costs more than the
    counting itself.
    """
    actions = overview.actions if actions is None else actions
    statuses = actions[overview.status_column(round_name)].tolist()
    if by is None:
        counts = Counter(statuses)
        found = sorted((status for status in counts if isinstance(status, str)), key=contract.status_key)
        return _count_frame({}, found, [counts[status] for status in found], [len(statuses)] * len(found))
    if by == contract.COL_PRIORITY:
        labels = priority_labels(overview)
        keys = [None if pd.isna(k) else int(k) for k in actions[contract.COL_PRIORITY].tolist()]
        names = [labels.get(k, NO_PRIORITY) if k is not None else NO_PRIORITY for k in keys]
    elif by == contract.COL_GOAL:
        goal_names = goal_labels(overview)
        keys = [g if isinstance(g, str) else "" for g in actions[contract.COL_GOAL].tolist()]
        names = [goal_names.get(g, g or NO_GOAL) for g in keys]
    else:
        raise ValueError(f"status_counts by {by!r}: use Prioriteit or Doelstelling")
    pairs = Counter(zip(names, statuses))
    totals = Counter(names)
    first = dict(zip(reversed(names), reversed(keys)))  # the key of each label's first row
    group = {label: i for i, label in enumerate(group_order(overview, by))}
    order = sorted(pairs, key=lambda pair: (group.get(pair[0], len(group)), *contract.status_key(pair[1]), pair[0]))
    groups = {
        by: pd.Series([first[label] for label, _ in order], dtype=object),
        COL_LABEL: pd.Series([label for label, _ in order], dtype=object),
    }
    return _count_frame(groups, [st for _, st in order], [pairs[p] for p in order], [totals[lb] for lb, _ in order])


def _count_frame(groups: dict[str, pd.Series], statuses: list, counts: list[int], totals: list[int]) -> pd.DataFrame:
    """[groups,] Status, Aantal, Totaal, Aandeel."""
    number = np.array(counts, dtype=np.int64)
    total = np.array(totals, dtype=np.int64)
    columns = dict(groups)
    columns[COL_STATUS] = pd.Series(statuses, dtype=object)
    columns[COL_COUNT] = number
    columns[COL_TOTAL] = total
    columns[COL_SHARE] = (number / total).astype(float) if len(number) else np.array([], dtype=float)
    return pd.DataFrame(columns)


def status_by_round(overview: Overview, actions: pd.DataFrame | None = None, by_goal: bool = False) -> pd.DataFrame:
    """Status mix of each round, side by side: [Doelstelling, Naam,] Ronde, Status, Aantal, Totaal, Aandeel."""
    actions = overview.actions if actions is None else actions
    parts = []
    for round_name in overview.rounds:
        counts = status_counts(
            overview, by=contract.COL_GOAL if by_goal else None, round_name=round_name, actions=actions
        )
        counts.insert(2 if by_goal else 0, contract.COL_ROUND, round_name)
        parts.append(counts)
    if not parts:
        columns = [contract.COL_GOAL, COL_LABEL] if by_goal else []
        return pd.DataFrame(columns=[*columns, contract.COL_ROUND, COL_STATUS, COL_COUNT, COL_TOTAL, COL_SHARE])
    return pd.concat(parts, ignore_index=True)


def moved_actions(overview: Overview, from_round: str | None, to_round: str | None) -> pd.DataFrame:
    """Per action whose status changed between two rounds: Actie-ID, Doelstelling, Wat, Van, Naar."""
    columns = [contract.COL_ACTION_ID, contract.COL_GOAL, contract.COL_WHAT, COL_FROM, COL_TO]
    if not from_round or not to_round or from_round == to_round:
        return pd.DataFrame(columns=columns)
    actions = overview.actions
    before = actions[overview.status_column(from_round)]
    after = actions[overview.status_column(to_round)]
    changed = actions[before != after]
    frame = changed[[contract.COL_ACTION_ID, contract.COL_GOAL, contract.COL_WHAT]].copy()
    frame[COL_FROM] = before[changed.index]
    frame[COL_TO] = after[changed.index]
    return frame.reset_index(drop=True)


def count_moved(moved: pd.DataFrame) -> list[contract.Move]:
    """The moves in a table of :func:`moved_actions`, most frequent first."""
    ids = [str(i) for i in moved[contract.COL_ACTION_ID].tolist()]
    return contract.count_moves(zip(ids, moved[COL_FROM].tolist(), moved[COL_TO].tolist()))


def status_moves(overview: Overview, from_round: str | None = None, to_round: str | None = None) -> list[contract.Move]:
    """The status moves between two rounds (default: the previous and the latest), most frequent first."""
    return count_moved(
        moved_actions(overview, from_round or overview.previous_round, to_round or overview.latest_round)
    )


#: The figures this module computes (what ``python -m benchmarks`` counts per page).
FIGURES = (
    "latest_counts",
    "moved_actions",
    "past_end_count",
    "status_by_round",
    "status_counts",
    "status_moves",
)
