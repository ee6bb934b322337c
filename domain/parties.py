"""Who carries which actions: the responsibility matrix (party x goal, by role) and one party's share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from workbook import contract

from .columns import COL_COUNT, COL_LABEL, COL_SHARE, COL_STATUS, COL_TOTAL
from .labels import goal_labels, party_names
from .model import COL_LATEST_STATUS, COL_ROLE, Overview
from .status import count_statuses


def party_matrix(overview: Overview, role: str | None = None, actions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The responsibility matrix, long: one row per party and goal.

    Columns: Partij, Doelstelling, Naam (goal label), Aantal (actions in ``role``, all roles when None),
    then one count column per role, and Totaal (all roles). Every party of the Partijen sheet and every
    goal appears (zeros included), so the grid is complete; ``party_order`` sorts parties by load.
    """
    links = overview.action_parties
    if actions is not None:
        links = links[links[contract.COL_ACTION_ID].isin(set(actions[contract.COL_ACTION_ID]))]
    labels = goal_labels(overview)
    parties = party_names(overview) or sorted(set(links[contract.COL_PARTY]))
    grid = pd.MultiIndex.from_product([parties, list(labels)], names=[contract.COL_PARTY, contract.COL_GOAL])
    per_role = links.groupby([contract.COL_PARTY, contract.COL_GOAL, COL_ROLE]).size().unstack(COL_ROLE)
    per_role = per_role.reindex(columns=list(contract.ROLES)).reindex(grid).fillna(0).astype(int)
    frame = per_role.reset_index()
    frame.columns.name = None
    frame[COL_TOTAL] = frame[list(contract.ROLES)].sum(axis=1)
    frame[COL_COUNT] = frame[role] if role in contract.ROLES else frame[COL_TOTAL]
    frame.insert(2, COL_LABEL, frame[contract.COL_GOAL].map(labels))
    return frame[[contract.COL_PARTY, contract.COL_GOAL, COL_LABEL, COL_COUNT, *contract.ROLES, COL_TOTAL]]


def party_order(matrix: pd.DataFrame, drop_empty: bool = True) -> list[str]:
    """Parties by number of actions (most first), ties in name order; parties without any left out."""
    totals: dict[str, int] = {}
    for party, count in zip(matrix[contract.COL_PARTY].tolist(), matrix[COL_COUNT].tolist()):
        totals[party] = totals.get(party, 0) + int(count)
    if drop_empty:
        totals = {party: total for party, total in totals.items() if total > 0}
    return sorted(totals, key=lambda party: (-totals[party], str(party).casefold()))


def party_matrix_wide(matrix: pd.DataFrame, parties: Sequence[str] | None = None) -> pd.DataFrame:
    """The matrix as a table: one row per party, one column per goal (the counts shown), and Totaal."""
    parties = list(parties) if parties is not None else party_order(matrix, drop_empty=False)
    goals = list(dict.fromkeys(matrix[contract.COL_GOAL]))
    sums: dict[tuple[str, str], int] = {}
    for party, goal, count in zip(
        matrix[contract.COL_PARTY].tolist(), matrix[contract.COL_GOAL].tolist(), matrix[COL_COUNT]
    ):
        sums[party, goal] = sums.get((party, goal), 0) + int(count)
    wide = pd.DataFrame(
        {goal: np.array([sums.get((party, goal), 0) for party in parties], dtype=np.int64) for goal in goals},
        index=pd.Index(parties, name=contract.COL_PARTY, dtype=object),
        columns=pd.Index(goals),
    )
    wide[COL_TOTAL] = wide.sum(axis=1)
    return wide.reset_index()


def party_actions(
    overview: Overview, party: str | None = None, goal: str | None = None, role: str | None = None
) -> pd.DataFrame:
    """Actions of ``party`` (in ``role``, under ``goal``), with the party's role.

    Columns: Actie-ID, Doelstelling, Rol, Partij, Wat, Wie, Wanneer, Laatste status; in goal order.
    """
    links = overview.action_parties
    if party:
        links = links[links[contract.COL_PARTY] == party]
    if goal:
        links = links[links[contract.COL_GOAL] == goal]
    if role:
        links = links[links[COL_ROLE] == role]
    actions = overview.actions[
        [contract.COL_ACTION_ID, contract.COL_WHAT, contract.COL_WHO, contract.COL_WHEN, COL_LATEST_STATUS]
    ]
    merged = links[[contract.COL_ACTION_ID, contract.COL_GOAL, COL_ROLE, contract.COL_PARTY]].merge(
        actions, on=contract.COL_ACTION_ID, how="left"
    )
    merged = merged.drop_duplicates([contract.COL_ACTION_ID, contract.COL_PARTY])
    merged["_goal"] = merged[contract.COL_GOAL].map(contract.goal_sort_key)
    return (
        merged.sort_values(["_goal", contract.COL_ACTION_ID], kind="stable")
        .drop(columns="_goal")
        .reset_index(drop=True)
    )


@dataclass(frozen=True)
class PartyProfile:
    """What one party carries and how it is going."""

    party: str
    full_name: str
    kind: str
    role_counts: dict[str, int]
    actions: int
    status_counts: dict[str, int]  # latest round, all actions of the party
    lead_status_counts: dict[str, int]  # latest round, actions where it is primair
    goals: list[str] = field(default_factory=list)

    def share(self, status: str) -> float:
        return self.status_counts.get(status, 0) / self.actions if self.actions else 0.0


def _latest_by_action(overview: Overview) -> pd.Series:
    latest = overview.actions.drop_duplicates(contract.COL_ACTION_ID).set_index(contract.COL_ACTION_ID)[
        COL_LATEST_STATUS
    ]
    return latest[latest.index.notna()]


def party_profile(overview: Overview, party: str) -> PartyProfile:
    parties = overview.parties
    row = parties[parties[contract.COL_PARTY] == party]
    full_name = row[contract.COL_FULL_NAME].iloc[0] if len(row) else None
    kind = row[contract.COL_KIND].iloc[0] if len(row) else None
    links = overview.action_parties[overview.action_parties[contract.COL_PARTY] == party]
    statuses = links[contract.COL_ACTION_ID].map(_latest_by_action(overview)).fillna(contract.STATUS_UNKNOWN)
    lead = links[COL_ROLE] == contract.ROLE_LEAD
    return PartyProfile(
        party=party,
        full_name=full_name if isinstance(full_name, str) else party,
        kind=kind if isinstance(kind, str) else "",
        role_counts={role: int((links[COL_ROLE] == role).sum()) for role in contract.ROLES},
        actions=len(links),
        status_counts=count_statuses(statuses),
        lead_status_counts=count_statuses(statuses[lead]),
        goals=sorted({g for g in links[contract.COL_GOAL] if isinstance(g, str)}, key=contract.goal_sort_key),
    )


def party_status_counts(overview: Overview, party: str) -> pd.DataFrame:
    """Status (latest round) of a party's actions per role: Rol, Status, Aantal, Totaal, Aandeel."""
    links = overview.action_parties[overview.action_parties[contract.COL_PARTY] == party]
    statuses = links[contract.COL_ACTION_ID].map(_latest_by_action(overview)).fillna(contract.STATUS_UNKNOWN)
    frame = pd.DataFrame({COL_ROLE: links[COL_ROLE].to_numpy(), COL_STATUS: statuses.to_numpy()})
    counts = frame.groupby([COL_ROLE, COL_STATUS]).size().rename(COL_COUNT).reset_index()
    counts[COL_TOTAL] = counts[COL_ROLE].map(frame.groupby(COL_ROLE).size()).astype(int)
    counts[COL_SHARE] = (counts[COL_COUNT] / counts[COL_TOTAL]).astype(float)
    role_rank = {role: i for i, role in enumerate(contract.ROLES)}
    counts = counts.sort_values(
        [COL_ROLE, COL_STATUS],
        key=lambda col: col.map(role_rank if col.name == COL_ROLE else contract.STATUS_RANK),
        kind="stable",
    )
    return counts.reset_index(drop=True)


#: The figures this module computes (what ``python -m benchmarks`` counts per page).
FIGURES = (
    "party_actions",
    "party_matrix",
    "party_matrix_wide",
    "party_order",
    "party_profile",
    "party_status_counts",
)
