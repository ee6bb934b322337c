"""Which actions match a filter: goal, priority, party, role, status in a round, and words in their texts."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pandas as pd

from workbook import contract

from .memo import per_overview
from .model import COL_ROLE, Overview


@dataclass(frozen=True)
class ActionQuery:
    """Which actions to list; every field optional (None/"" = no filter).

    ``status`` applies to the status in ``round`` (the latest round when None).
    """

    goal: str | None = None
    party: str | None = None
    role: str | None = None
    status: str | None = None
    round: str | None = None
    text: str = ""
    priority: int | None = None

    @property
    def empty(self) -> bool:
        return not any((self.goal, self.party, self.role, self.status, self.text.strip(), self.priority))


def fold(text: object) -> str:
    """Case- and accent-insensitive form for search: ``Oriëntatie`` -> ``orientatie``."""
    if not isinstance(text, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@per_overview
def search_texts(overview: Overview) -> pd.Series:
    """One folded text per action: id, Wat, Wie, Wanneer and every progress text."""
    columns = [
        contract.COL_ACTION_ID,
        contract.COL_WHAT,
        contract.COL_WHO,
        contract.COL_WHEN,
        *(r.progress for r in overview.round_list),
    ]
    columns = [column for column in columns if column in overview.actions]
    if overview.actions.empty:
        return pd.Series([], index=overview.actions.index, dtype=object)
    folded = [[fold(v) for v in overview.actions[column].tolist()] for column in columns]
    return pd.Series([" \n ".join(texts) for texts in zip(*folded)], index=overview.actions.index, dtype=object)


def filter_actions(overview: Overview, query: ActionQuery) -> pd.DataFrame:
    """The actions (rows of ``overview.actions``) that match every field of ``query``."""
    actions = overview.actions
    mask = pd.Series(True, index=actions.index)
    if query.goal:
        mask &= actions[contract.COL_GOAL] == query.goal
    if query.priority:
        mask &= actions[contract.COL_PRIORITY].fillna(-1) == int(query.priority)
    if query.status:
        mask &= actions[overview.status_column(query.round)] == query.status
    if query.party or query.role:
        links = overview.action_parties
        if query.party:
            links = links[links[contract.COL_PARTY] == query.party]
        if query.role:
            links = links[links[COL_ROLE] == query.role]
        mask &= actions[contract.COL_ACTION_ID].isin(set(links[contract.COL_ACTION_ID]))
    words = fold(query.text).split()
    if words:
        texts = search_texts(overview)
        for word in words:
            mask &= texts.str.contains(word, regex=False)
    return actions[mask.astype(bool)]


#: The figures this module computes (what ``python -m benchmarks`` counts per page).
FIGURES = (
    "filter_actions",
    "search_texts",
)
