"""Doelstellingen: per goal its wording, its status mix per round and its actions with their progress."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from domain import status
from domain.columns import COL_NOTES
from domain.labels import goal_labels
from domain.model import COL_LATEST_STATUS, COL_PAST_END, Overview
from domain.search import ActionQuery, filter_actions
from workbook import contract, nl
from workbook.findings import Finding, Report

from . import indicators as indicator_views
from . import sentences
from .files import stem
from .indicators import IndicatorView
from .numbers import ChartNumbers, status_round_numbers

TITLE = "Doelstellingen"
INTRO = (
    "Per doelstelling: de tekst, de indicatoren met hun metingen, de status per rapportageronde en de acties met "
    "hun voortgang. "
    "Uw keuze staat in de adresbalk: kopieer de link om precies deze weergave te delen."
)
NO_TEXT = "(geen voortgangstekst)"


@dataclass(frozen=True)
class RoundText:
    round: str
    status: str
    text: str  # the progress text, or '' when there is none


@dataclass(frozen=True)
class ActionCard:
    action_id: str
    what: str
    headline: str  # the start of Wat, on one line
    who: str
    when: str
    status: str  # in the chosen round
    notes: tuple[str, ...]
    rounds: tuple[RoundText, ...]  # newest first


@dataclass(frozen=True)
class GoalSection:
    code: str
    label: str
    description: str
    summary: tuple[str, ...]  # the status mix, what moved, the actions past their end year
    actions: tuple[ActionCard, ...]
    indicators: tuple[IndicatorView, ...] = ()  # the goal's effect indicators (sheet Indicatoren)


@dataclass(frozen=True)
class GoalsView:
    count: str  # "5 acties"
    count_rest: str  # "van de 78 die aan de filters voldoen"
    table: pd.DataFrame
    stem: str
    empty: bool
    chart: pd.DataFrame
    chart_title: str
    chart_description: str
    chart_numbers: ChartNumbers
    by_goal: bool
    goal_order: tuple[str, ...]
    sections: tuple[GoalSection, ...]
    other_indicators: tuple[IndicatorView, ...] = ()  # indicators of no goal (shown when no goal is chosen)
    other_heading: str = indicator_views.NO_GOAL_HEADING


def action_notes(overview: Overview, findings: Sequence[Finding] = ()) -> dict[int, list[str]]:
    """Excel row of an action -> the warnings to show on it (past end year; findings on its row)."""
    notes: dict[int, list[str]] = {}
    actions = overview.actions
    past = actions[actions[COL_PAST_END]]
    for row, end_year, latest in zip(past.index, past[contract.COL_END_YEAR], past[COL_LATEST_STATUS]):
        notes.setdefault(int(row), []).append(sentences.past_end_note(end_year, latest))
    rows = {int(r) for r in actions.index}
    for finding in findings:
        if finding.sheet != contract.SHEET_ACTIONS or finding.row not in rows or finding.code == "past-end-year":
            continue  # past-end-year is said above, in words for a reader rather than a maintainer
        text = f"{finding.severity.capitalize()}: {finding.message}"
        if text not in notes.get(finding.row, []):
            notes.setdefault(finding.row, []).append(text)
    return notes


def action_table(overview: Overview, actions: pd.DataFrame, notes: dict[int, list[str]]) -> pd.DataFrame:
    """The actions as a table for the screen and downloads: fixed columns, then each round, then the signals."""
    columns = [
        contract.COL_ACTION_ID,
        contract.COL_GOAL,
        contract.COL_WHAT,
        contract.COL_WHO,
        contract.COL_WHEN,
        contract.COL_START_YEAR,
        contract.COL_END_YEAR,
    ]
    for r in overview.round_list:
        columns += [r.status, r.progress]
    table = actions[columns].copy()
    table[COL_LATEST_STATUS] = actions[COL_LATEST_STATUS]
    table[COL_NOTES] = [" ".join(notes.get(int(row), [])) for row in actions.index]
    return table.reset_index(drop=True)


def previous_round(overview: Overview, round_name: str | None) -> str | None:
    """The round before ``round_name`` (default: the latest), or None."""
    rounds = overview.rounds
    latest = round_name or overview.latest_round
    return rounds[rounds.index(latest) - 1] if latest in rounds and rounds.index(latest) > 0 else None


def goal_summary(
    overview: Overview, actions: pd.DataFrame, round_name: str | None, moved: pd.DataFrame | None = None
) -> tuple[str, ...]:
    """A few sentences on a goal's actions: the status mix, what moved since the previous round, past end years.

    ``moved``: :func:`domain.status.moved_actions` from the previous round to ``round_name`` (of all actions).
    """
    latest = round_name or overview.latest_round
    counts = status.count_statuses(actions[overview.status_column(latest)])
    previous = previous_round(overview, latest)
    lines = [sentences.status_mix_of(counts, latest)]
    if previous:
        moved = status.moved_actions(overview, previous, latest) if moved is None else moved
        subset = moved[moved[contract.COL_ACTION_ID].isin(set(actions[contract.COL_ACTION_ID]))]
        found = status.count_moved(subset)
        lines.append(sentences.moves_summary(found, previous, latest))
    past = actions.loc[actions[COL_PAST_END], contract.COL_ACTION_ID].tolist()
    if past:
        lines.append(sentences.past_end([str(i) for i in past]))
    return tuple(lines)


#: The columns an action card shows (besides its rounds' texts and statuses).
CARD_COLUMNS = (contract.COL_ACTION_ID, contract.COL_WHAT, contract.COL_WHO, contract.COL_WHEN)


def view(overview: Overview, query: ActionQuery, *, report: Report) -> GoalsView:
    labels = goal_labels(overview)
    actions = filter_actions(overview, query)
    notes = action_notes(overview, report.findings)
    table = action_table(overview, actions, notes)
    status_col = overview.status_column(query.round)
    count = nl.count(len(actions), "actie", "acties")
    suffix = " (alle acties)" if query.empty else " die aan de filters voldoen"
    by_goal = query.goal is None
    subject = "per doelstelling" if by_goal else f"van doelstelling {query.goal}"
    goals = overview.goals.drop_duplicates(contract.COL_GOAL).set_index(contract.COL_GOAL, drop=False)
    present = [g for g in labels if g in set(actions[contract.COL_GOAL])]
    previous = previous_round(overview, query.round)
    moved = status.moved_actions(overview, previous, query.round or overview.latest_round) if previous else None
    round_columns = tuple((r.name, r.status, r.progress) for r in reversed(overview.round_list))  # newest first
    card_columns = list(dict.fromkeys([*CARD_COLUMNS, status_col, *(c for _, *cs in round_columns for c in cs)]))
    sections = []
    for code in present:
        goal_actions = actions[actions[contract.COL_GOAL] == code]
        description = goals.loc[code, contract.COL_DESCRIPTION] if code in goals.index else None
        cards = tuple(
            _card(row, dict(zip(card_columns, values)), round_columns, status_col, notes)
            for row, *values in zip(goal_actions.index, *(goal_actions[c].tolist() for c in card_columns))
        )  # plain values column by column: a Series per row (iterrows) costs 0,1 ms, 5 s at 50 000 actions
        summary = goal_summary(overview, goal_actions, query.round, moved)
        shown = indicator_views.for_goal(overview, code)
        sections.append(GoalSection(code, labels[code], description or "", summary, cards, shown))
    per_round = status.status_by_round(overview, actions, by_goal=by_goal) if overview.rounds else pd.DataFrame()
    return GoalsView(
        count=count,
        count_rest=f"van de {nl.number(len(overview.actions))}{suffix}",
        table=table,
        stem=stem("acties", query.goal, query.party, query.status, query.round, query.text),
        empty=actions.empty,
        chart=per_round,
        chart_title=f"Status per ronde {subject}",
        chart_description=f"Aantal getoonde acties {subject} per status, voor elke rapportageronde naast elkaar.",
        chart_numbers=status_round_numbers(
            per_round, key="doelstellingen-per-ronde", by_goal=by_goal, rounds=overview.rounds
        ),
        by_goal=by_goal,
        goal_order=tuple(labels.values()),
        sections=tuple(sections),
        other_indicators=indicator_views.for_goal(overview, None) if by_goal and not actions.empty else (),
    )


def _card(
    row: int,
    action: dict,
    round_columns: tuple[tuple[str, str, str], ...],
    status_col: str,
    notes: dict[int, list[str]],
) -> ActionCard:
    rounds = tuple(
        RoundText(name, action[status], action[progress] if isinstance(action[progress], str) else "")
        for name, status, progress in round_columns
    )
    return ActionCard(
        action_id=action[contract.COL_ACTION_ID] or "",
        what=action[contract.COL_WHAT] or "",
        headline=nl.shorten(action[contract.COL_WHAT], 100),
        who=action[contract.COL_WHO] or "",
        when=action[contract.COL_WHEN] or "",
        status=action[status_col],
        notes=tuple(notes.get(int(row), [])),
        rounds=rounds,
    )
