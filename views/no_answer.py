"""Geen antwoord: an empty status cell in a round is no status, and the appendix never says it is one.

The model reads an empty status as Onbekend (:func:`domain.model.build_overview`) and keeps which cells were
empty in ``Overview.no_answer``. Here, for the appendix: a row's status is ``contract.NO_ANSWER`` where the
cell was empty, the status mix counts those actions apart ("van 3 acties geen antwoord"), and a move between
two rounds is only a move when both rounds have a status someone wrote.
"""

from __future__ import annotations

import pandas as pd

from domain import status
from domain.model import COL_PAST_END, Overview
from workbook import contract, nl

from . import sentences


def missing(overview: Overview, round_name: str | None) -> frozenset[str]:
    """The ids of the actions without a status in ``round_name``."""
    return overview.no_answer.get(round_name or "", frozenset())


def status_word(overview: Overview, round_name: str, action_id: str, written: object) -> str:
    """The status as written, or ``Geen antwoord`` where the cell was empty."""
    if action_id in missing(overview, round_name) or not isinstance(written, str):
        return contract.NO_ANSWER
    return written


def real_moves(overview: Overview, moved: pd.DataFrame, previous: str, latest: str) -> pd.DataFrame:
    """``moved`` (:func:`domain.status.moved_actions`) without the actions that have no answer in either round."""
    empty = missing(overview, previous) | missing(overview, latest)
    return moved[~moved[contract.COL_ACTION_ID].astype(str).isin(empty)]


def status_mix(overview: Overview, actions: pd.DataFrame, round_name: str) -> str:
    """``Stand in najaar 2025 van de 10 acties: 6 Loopt en 1 Vertraagd; van 3 acties geen antwoord.``"""
    ids = actions[contract.COL_ACTION_ID].astype(str)
    unanswered = ids.isin(missing(overview, round_name))
    counts = status.count_statuses(actions.loc[~unanswered.to_numpy(), overview.status_column(round_name)])
    n_missing = int(unanswered.sum())
    if not n_missing:
        return sentences.status_mix_of(counts, round_name)
    total = nl.count(len(actions), "actie", "acties")
    parts = [f"{nl.number(n)} {word}" for word, n in counts.items() if n]
    silent = f"van {nl.count(n_missing, 'actie', 'acties')} geen antwoord"
    if not parts:
        return f"Stand in {round_name} van de {total}: {silent}."
    return f"Stand in {round_name} van de {total}: {nl.enumeration(parts)}; {silent}."


def goal_sentences(
    overview: Overview, actions: pd.DataFrame, latest: str, previous: str | None, moved: pd.DataFrame | None
) -> tuple[str, ...]:
    """The sentences before a goal's table: the status mix, what moved (only real moves), past end years."""
    lines = [status_mix(overview, actions, latest)]
    if previous:
        moved = status.moved_actions(overview, previous, latest) if moved is None else moved
        moved = real_moves(overview, moved, previous, latest)
        subset = moved[moved[contract.COL_ACTION_ID].isin(set(actions[contract.COL_ACTION_ID]))]
        lines.append(sentences.moves_summary(status.count_moved(subset), previous, latest))
    past = actions.loc[actions[COL_PAST_END], contract.COL_ACTION_ID].tolist()
    if past:
        lines.append(sentences.past_end([str(i) for i in past]))
    return tuple(lines)
