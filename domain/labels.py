"""Names and natural order of priorities, goals and parties, as the workbook spells them."""

from __future__ import annotations

import pandas as pd

from workbook import contract

from .memo import per_overview
from .model import Overview

NO_GOAL = "Zonder doelstelling"
NO_PRIORITY = "Zonder prioriteit"


@per_overview
def goal_labels(overview: Overview) -> dict[str, str]:
    """Goal code -> ``"1.1 Gelijkwaardigheid"``, in goal order (goals only named in Acties last)."""
    labels: dict[str, str] = {}
    for goal, title in zip(overview.goals[contract.COL_GOAL], overview.goals[contract.COL_TITLE]):
        if not isinstance(goal, str):
            continue
        labels[goal] = f"{goal} {title}" if isinstance(title, str) and title.strip() else goal
    named = {g for g in overview.actions[contract.COL_GOAL].tolist() if isinstance(g, str)}
    for goal in sorted(named - set(labels), key=contract.goal_sort_key):
        labels[goal] = goal
    return dict(sorted(labels.items(), key=lambda item: contract.goal_sort_key(item[0])))


@per_overview
def priority_labels(overview: Overview) -> dict[int, str]:
    """Priority -> ``"1 Gelijke kansen"``."""
    labels: dict[int, str] = {}
    for priority, title in zip(overview.priorities[contract.COL_PRIORITY], overview.priorities[contract.COL_TITLE]):
        if priority is None or pd.isna(priority):
            continue
        number = int(priority)
        labels[number] = f"{number} {title}" if isinstance(title, str) and title.strip() else str(number)
    return dict(sorted(labels.items()))


@per_overview
def party_names(overview: Overview) -> list[str]:
    """Parties of the Partijen sheet, in sheet order."""
    names = [p.strip() for p in overview.parties.get(contract.COL_PARTY, pd.Series(dtype=object)) if isinstance(p, str)]
    return [n for n in dict.fromkeys(names) if n]


@per_overview
def group_order(overview: Overview, by: str) -> list[str]:
    """Labels of priorities or goals in their natural order, then the group without one (for chart axes)."""
    if by == contract.COL_PRIORITY:
        return [*priority_labels(overview).values(), NO_PRIORITY]
    return [*goal_labels(overview).values(), NO_GOAL]


#: The figures this module computes (what ``python -m benchmarks`` counts per page).
FIGURES = (
    "goal_labels",
    "group_order",
    "party_names",
    "priority_labels",
)
