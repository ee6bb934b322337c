"""Every figure and table the dashboard shows, computed from an :class:`~workbook.model.Overview`.

Pure functions (no Streamlit, no I/O): the pages only lay out what these
return, and ``tests/test_aggregate.py`` checks them. Frames use the Dutch
column names a visitor sees (and downloads); statuses keep the order of
``settings.STATUSES``.

Budget figures never add a part to its whole: a line whose ``Onderdeel van``
points (directly or further up) to another line in the same figure is left
out of that figure's sums and listed in ``left_out`` with the reason, so every
number can be traced to its ``Budget-ID`` and ``Bron``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import settings as s
from .findings import Finding
from .model import COL_LATEST_STATUS, COL_PAST_END, COL_ROLE, Overview
from .parties import PartyIndex

# --- column names of the derived frames (Dutch: they are shown and downloaded) ----------------
COL_STATUS = "Status"
COL_COUNT = "Aantal"
COL_SHARE = "Aandeel"
COL_TOTAL = "Totaal"
COL_LABEL = "Naam"
COL_FROM = "Van"
COL_TO = "Naar"
COL_ACTIONS = "Acties"
COL_NOTES = "Signalen"
COL_YEAR = "Jaar"
COL_GROUP = "Groep"
COL_BEGIN = "Begin"
COL_END = "Einde"
COL_OPEN = "Doorlopend"
COL_START_UNKNOWN = "Startjaar onbekend"
COL_PERIOD = "Periode"
COL_REASON = "Reden"
COL_AMOUNT_TEXT = "Bedrag"
COL_ACTION = "Actie"  # the action's id as shown on an axis: unique, also for a missing or repeated id (a fout)
COL_PART = "Deel"

#: The Werkagenda runs 2023-2027: the time axis and open-ended budget lines run at least that far.
AGENDA_FIRST_YEAR = 2023
AGENDA_LAST_YEAR = 2027

#: Budget lines of the institutions' quality agendas (kwaliteitsagenda's / kwaliteitsafspraken).
QUALITY_AGENDA_PATTERN = re.compile(r"kwaliteits\s*agenda", re.IGNORECASE)

KIND_STRUCTURAL = "structureel per jaar"
KIND_PER_YEAR = "per jaar"
KIND_ONE_OFF = "eenmalig"
KIND_TOTAL = "totaal looptijd"

NO_GOAL = "(geen doelstelling)"


# --- labels and order ----------------------------------------------------------------------------
def goal_sort_key(goal: object) -> tuple[int, int, str]:
    try:
        major, minor = str(goal).split(".")
        return int(major), int(minor), ""
    except ValueError:
        return 99, 99, str(goal)


def goal_labels(overview: Overview) -> dict[str, str]:
    """Goal code -> ``"1.1 Gelijkwaardigheid"``, in goal order (goals only named in Acties last)."""
    labels: dict[str, str] = {}
    for goal, title in zip(overview.goals[s.COL_GOAL], overview.goals[s.COL_TITLE]):
        if goal is None or pd.isna(goal):
            continue
        labels[str(goal)] = f"{goal} {title}" if isinstance(title, str) and title.strip() else str(goal)
    for goal in sorted(
        {str(g) for g in set(overview.actions[s.COL_GOAL].dropna().tolist())} - set(labels), key=goal_sort_key
    ):
        labels[goal] = goal
    return dict(sorted(labels.items(), key=lambda item: goal_sort_key(item[0])))


def priority_labels(overview: Overview) -> dict[int, str]:
    """Priority -> ``"1 Gelijke kansen"``."""
    labels: dict[int, str] = {}
    for priority, title in zip(overview.priorities[s.COL_PRIORITY], overview.priorities[s.COL_TITLE]):
        if priority is None or pd.isna(priority):
            continue
        labels[int(priority)] = (
            f"{int(priority)} {title}" if isinstance(title, str) and title.strip() else str(int(priority))
        )
    return dict(sorted(labels.items()))


def party_names(overview: Overview) -> list[str]:
    """Parties of the Partijen sheet, in sheet order."""
    names = [str(p).strip() for p in overview.parties.get(s.COL_PARTY, pd.Series(dtype=object)).dropna()]
    return [n for n in dict.fromkeys(names) if n]


def party_index(overview: Overview) -> PartyIndex:
    return PartyIndex.from_frame(overview.parties)


def status_column(overview: Overview, round_name: str | None) -> str:
    """The status column of ``round_name`` (the latest round when None or unknown)."""
    if round_name and round_name in overview.rounds:
        return overview.status_column(round_name)
    return COL_LATEST_STATUS


# --- filtering actions -----------------------------------------------------------------------------
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


def _fold(text: object) -> str:
    """Case- and accent-insensitive form for search: ``Oriëntatie`` -> ``orientatie``."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_texts(overview: Overview) -> pd.Series:
    """One folded text per action: id, Wat, Wie, Wanneer and every progress text."""
    columns = [s.COL_ACTION_ID, s.COL_WHAT, s.COL_WHO, s.COL_WHEN]
    columns += [overview.progress_column(r) for r in overview.rounds]
    columns = [c for c in columns if c in overview.actions]
    if overview.actions.empty:
        return pd.Series([], index=overview.actions.index, dtype=object)
    folded = [[_fold(v) for v in overview.actions[column].tolist()] for column in columns]
    return pd.Series([" \n ".join(texts) for texts in zip(*folded)], index=overview.actions.index, dtype=object)


def filter_actions(overview: Overview, query: ActionQuery) -> pd.DataFrame:
    """The actions (rows of ``overview.actions``) that match every field of ``query``."""
    actions = overview.actions
    mask = pd.Series(True, index=actions.index)
    if query.goal:
        mask &= actions[s.COL_GOAL] == query.goal
    if query.priority:
        mask &= actions[s.COL_PRIORITY].fillna(-1) == int(query.priority)
    if query.status:
        mask &= actions[status_column(overview, query.round)] == query.status
    if query.party or query.role:
        links = overview.action_parties
        if query.party:
            links = links[links[s.COL_PARTY] == query.party]
        if query.role:
            links = links[links[COL_ROLE] == query.role]
        mask &= actions[s.COL_ACTION_ID].isin(set(links[s.COL_ACTION_ID]))
    words = [w for w in _fold(query.text).split() if w]
    if words:
        texts = search_texts(overview)
        for word in words:
            mask &= texts.str.contains(word, regex=False)
    return actions[mask.astype(bool)]


# --- notes per action (past end year, findings on its row) -------------------------------------
def past_end_note(end_year: object, status: str) -> str:
    return f"Eindjaar {end_year} is verstreken, maar de actie staat nog op '{status}'."


def action_notes(overview: Overview, findings: Sequence[Finding] = ()) -> dict[int, list[str]]:
    """Excel row of an action -> the warnings to show on it (past end year; findings on its row)."""
    notes: dict[int, list[str]] = {}
    actions = overview.actions
    past = actions[actions[COL_PAST_END]]
    for row, end_year, status in zip(past.index, past[s.COL_END_YEAR], past[COL_LATEST_STATUS]):
        notes.setdefault(int(row), []).append(past_end_note(end_year, status))
    rows = set(int(r) for r in actions.index)
    for finding in findings:
        if finding.sheet != s.SHEET_ACTIONS or finding.row not in rows:
            continue
        if finding.code == "past-end-year":
            continue  # said above, in words for a reader rather than a maintainer
        text = f"{finding.severity.capitalize()}: {finding.message}"
        if text not in notes.get(finding.row, []):
            notes.setdefault(finding.row, []).append(text)
    return notes


def action_table(
    overview: Overview, actions: pd.DataFrame | None = None, notes: dict[int, list[str]] | None = None
) -> pd.DataFrame:
    """The actions as a table for the screen and downloads: fixed columns, then each round."""
    actions = overview.actions if actions is None else actions
    notes = notes or {}
    columns = [s.COL_ACTION_ID, s.COL_GOAL, s.COL_WHAT, s.COL_WHO, s.COL_WHEN, s.COL_START_YEAR, s.COL_END_YEAR]
    for round_name in overview.rounds:
        columns += [overview.status_column(round_name), overview.progress_column(round_name)]
    table = actions[columns].copy()
    table[COL_LATEST_STATUS] = actions[COL_LATEST_STATUS]
    table[COL_NOTES] = [" ".join(notes.get(int(row), [])) for row in actions.index]
    return table.reset_index(drop=True)


# --- status counts ------------------------------------------------------------------------------------
def _count_statuses(statuses: pd.Series) -> dict[str, int]:
    counts = Counter(statuses.tolist())
    return {status: counts.get(status, 0) for status in s.STATUSES}


@dataclass(frozen=True)
class Headline:
    """The figures at the top of the Overzicht page."""

    actions: int
    round: str | None
    round_date: dt.date | None
    status_counts: dict[str, int]
    past_end: int
    budget_per_year: float | None
    budget_per_year_ids: tuple[str, ...]
    budget_total: float | None
    budget_total_ids: tuple[str, ...]
    budget_year: int | None = None  # this year, within the years the budget covers
    budget_in_year: float | None = None  # all yearly lines that hold in budget_year, parts not counted twice
    budget_in_year_ids: tuple[str, ...] = ()

    def share(self, status: str) -> float:
        return self.status_counts.get(status, 0) / self.actions if self.actions else 0.0


def headline(overview: Overview) -> Headline:
    actions = overview.actions
    per_year, per_year_ids = budget_sum(overview, KIND_STRUCTURAL)
    total, total_ids = budget_sum(overview, KIND_TOTAL)
    year, in_year, in_year_ids = budget_this_year(overview)
    return Headline(
        actions=len(actions),
        round=overview.latest_round,
        round_date=overview.round_dates.get(overview.latest_round) if overview.latest_round else None,
        status_counts=_count_statuses(actions[COL_LATEST_STATUS]),
        past_end=int(actions[COL_PAST_END].sum()),
        budget_per_year=per_year,
        budget_per_year_ids=per_year_ids,
        budget_total=total,
        budget_total_ids=total_ids,
        budget_year=year,
        budget_in_year=in_year,
        budget_in_year_ids=in_year_ids,
    )


def budget_this_year(overview: Overview) -> tuple[int | None, float | None, tuple[str, ...]]:
    """The budget of this year (``overview.today``, kept within the budget's years): every yearly and
    one-off line that holds in it, a part never added to its whole. (year, amount, Budget-IDs)."""
    figure = budget_per_year(overview)
    if figure.rows.empty:
        return None, None, ()
    years = sorted(set(figure.rows[COL_YEAR]))
    year = min(max(overview.today.year, years[0]), years[-1])
    rows = figure.rows[figure.rows[COL_YEAR] == year]
    if rows.empty:
        return year, None, ()
    return year, float(rows[s.COL_AMOUNT].sum()), tuple(rows[s.COL_BUDGET_ID])


_STATUS_RANK = {status: i for i, status in enumerate(s.STATUSES)}


def _status_key(status: object) -> tuple[int, str]:
    """Rubric order; a value outside the rubric after it, by name."""
    return _STATUS_RANK.get(status, len(_STATUS_RANK)), status if isinstance(status, str) else ""


def status_counts(
    overview: Overview, by: str | None = None, round_name: str | None = None, actions: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Actions per status (in ``round_name``, default latest), optionally per ``Prioriteit`` or ``Doelstelling``.

    Columns: [by, Naam,] Status, Aantal, Totaal, Aandeel. Only non-zero rows;
    groups in priority/goal order, statuses in rubric order. ``Naam`` is the
    group's label (``1.1 Gelijkwaardigheid``).

    Counted in Python: a handful of groups and statuses, where a pandas group-by
    costs more than the counting itself.
    """
    actions = overview.actions if actions is None else actions
    statuses = actions[status_column(overview, round_name)].tolist()
    if by is None:
        counts = Counter(statuses)
        found = sorted((status for status in counts if not pd.isna(status)), key=_status_key)
        number = [counts[status] for status in found]
        return _count_frame({}, found, number, [len(statuses)] * len(found))
    if by == s.COL_PRIORITY:
        labels = priority_labels(overview)
        raw = [None if pd.isna(k) else int(k) for k in actions[s.COL_PRIORITY].tolist()]
        names = [labels.get(k, "Zonder prioriteit") if k is not None else "Zonder prioriteit" for k in raw]
        keys = pd.Series(raw, dtype=None if raw else object).tolist()  # as pandas stores them: [2, None] -> [2.0, nan]
    elif by == s.COL_GOAL:
        labels = goal_labels(overview)
        keys = actions[s.COL_GOAL].fillna("").astype(object).tolist()
        names = [labels.get(g, g or "Zonder doelstelling") for g in keys]
    else:
        raise ValueError(f"status_counts by {by!r}: use Prioriteit or Doelstelling")
    pairs = Counter(zip(names, statuses))
    totals = Counter(names)
    first = dict(zip(reversed(names), reversed(keys)))  # the key of each label's first row
    group = {label: i for i, label in enumerate(group_order(overview, by))}
    order = sorted(pairs, key=lambda pair: (group.get(pair[0], len(group)), *_status_key(pair[1]), pair[0]))
    if not order:
        empty = {by: pd.Series([], dtype=object), COL_LABEL: pd.Series([], dtype=float)}
        return _count_frame(empty, [], [], [])
    groups = {
        by: pd.Series([first[label] for label, _ in order], dtype=object),
        COL_LABEL: pd.Series([label for label, _ in order]),
    }
    return _count_frame(
        groups, [status for _, status in order], [pairs[pair] for pair in order], [totals[label] for label, _ in order]
    )


def _count_frame(groups: dict[str, pd.Series], statuses: list, counts: list[int], totals: list[int]) -> pd.DataFrame:
    """[groups,] Status, Aantal, Totaal, Aandeel with the dtypes a pandas group-by gives."""
    number = np.array(counts, dtype=np.int64)
    total = np.array(totals, dtype=np.int64)
    columns = dict(groups)
    columns[COL_STATUS] = pd.Series(statuses, dtype=None if statuses else object)
    columns[COL_COUNT] = number
    columns[COL_TOTAL] = total
    columns[COL_SHARE] = (number / total).astype(float) if len(number) else np.array([], dtype=float)
    return pd.DataFrame(columns)


def group_order(overview: Overview, by: str) -> list[str]:
    """Labels of priorities or goals in their natural order (for chart axes)."""
    if by == s.COL_PRIORITY:
        return list(priority_labels(overview).values()) + ["Zonder prioriteit"]
    return list(goal_labels(overview).values()) + ["Zonder doelstelling"]


def status_by_round(overview: Overview, actions: pd.DataFrame | None = None, by_goal: bool = False) -> pd.DataFrame:
    """Status mix of each round, side by side: [Doelstelling, Naam,] Ronde, Status, Aantal, Totaal, Aandeel."""
    actions = overview.actions if actions is None else actions
    parts = []
    for round_name in overview.rounds:
        counts = status_counts(overview, by=s.COL_GOAL if by_goal else None, round_name=round_name, actions=actions)
        counts.insert(2 if by_goal else 0, s.COL_ROUND, round_name)
        parts.append(counts)
    if not parts:
        columns = ([s.COL_GOAL, COL_LABEL] if by_goal else []) + [
            s.COL_ROUND,
            COL_STATUS,
            COL_COUNT,
            COL_TOTAL,
            COL_SHARE,
        ]
        return pd.DataFrame(columns=columns)
    return pd.concat(parts, ignore_index=True)


# --- what changed since the previous round ------------------------------------------------------
def status_moves(overview: Overview, from_round: str | None = None, to_round: str | None = None) -> pd.DataFrame:
    """Actions whose status differs between two rounds (default: the previous and the latest).

    One row per move: Van, Naar, Aantal, Acties (comma-separated ids), most frequent first.
    """
    from_round = from_round or overview.previous_round
    to_round = to_round or overview.latest_round
    moved = moved_actions(overview, from_round, to_round)
    if moved.empty:
        return pd.DataFrame(columns=[COL_FROM, COL_TO, COL_COUNT, COL_ACTIONS])
    rank = {status: i for i, status in enumerate(s.STATUSES)}
    grouped = (
        moved.groupby([COL_FROM, COL_TO], sort=False)[s.COL_ACTION_ID]
        .agg(lambda ids: ", ".join(str(i) for i in ids))
        .rename(COL_ACTIONS)
        .reset_index()
    )
    grouped.insert(2, COL_COUNT, moved.groupby([COL_FROM, COL_TO], sort=False).size().to_numpy())
    grouped["_to"] = grouped[COL_TO].map(rank)
    grouped["_from"] = grouped[COL_FROM].map(rank)
    grouped = grouped.sort_values([COL_COUNT, "_to", "_from"], ascending=[False, True, True], kind="stable")
    return grouped.drop(columns=["_to", "_from"]).reset_index(drop=True)


def moved_actions(overview: Overview, from_round: str | None, to_round: str | None) -> pd.DataFrame:
    """Per action whose status changed: Actie-ID, Doelstelling, Wat, Van, Naar."""
    columns = [s.COL_ACTION_ID, s.COL_GOAL, s.COL_WHAT, COL_FROM, COL_TO]
    if not from_round or not to_round or from_round == to_round:
        return pd.DataFrame(columns=columns)
    actions = overview.actions
    before = actions[overview.status_column(from_round)]
    after = actions[overview.status_column(to_round)]
    changed = actions[before != after]
    frame = changed[[s.COL_ACTION_ID, s.COL_GOAL, s.COL_WHAT]].copy()
    frame[COL_FROM] = before[changed.index]
    frame[COL_TO] = after[changed.index]
    return frame.reset_index(drop=True)


def move_sentences(moves: pd.DataFrame) -> list[str]:
    """``["7 acties van Loopt naar Afgerond", "1 actie van Niet gestart naar Loopt"]``."""
    return [
        f"{n} {'actie' if n == 1 else 'acties'} van {before} naar {after}"
        for before, after, n in zip(moves[COL_FROM], moves[COL_TO], moves[COL_COUNT])
    ]


# --- parties -------------------------------------------------------------------------------------------
def party_matrix(overview: Overview, role: str | None = None, actions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The responsibility matrix, long: one row per party and goal.

    Columns: Partij, Doelstelling, Naam (goal label), Aantal (actions in ``role``,
    all roles when None), then one count column per role, and Totaal (all roles).
    Every party of the Partijen sheet and every goal appears (zeros included),
    so the grid is complete; ``party_order`` sorts parties by load.
    """
    links = overview.action_parties
    if actions is not None:
        links = links[links[s.COL_ACTION_ID].isin(set(actions[s.COL_ACTION_ID]))]
    labels = goal_labels(overview)
    parties = party_names(overview) or sorted(set(links[s.COL_PARTY]))
    grid = pd.MultiIndex.from_product([parties, list(labels)], names=[s.COL_PARTY, s.COL_GOAL])
    per_role = links.groupby([s.COL_PARTY, s.COL_GOAL, COL_ROLE]).size().unstack(COL_ROLE)
    per_role = per_role.reindex(columns=list(s.ROLES)).reindex(grid).fillna(0).astype(int)
    frame = per_role.reset_index()
    frame.columns.name = None
    frame[COL_TOTAL] = frame[list(s.ROLES)].sum(axis=1)
    frame[COL_COUNT] = frame[role] if role in s.ROLES else frame[COL_TOTAL]
    frame.insert(2, COL_LABEL, frame[s.COL_GOAL].map(labels))
    return frame[[s.COL_PARTY, s.COL_GOAL, COL_LABEL, COL_COUNT, *s.ROLES, COL_TOTAL]]


def party_order(matrix: pd.DataFrame, drop_empty: bool = True) -> list[str]:
    """Parties by number of actions (most first), ties in name order; parties without any left out."""
    totals: dict[str, int] = {}
    for party, count in zip(matrix[s.COL_PARTY].tolist(), matrix[COL_COUNT].tolist()):
        totals[party] = totals.get(party, 0) + int(count)
    if drop_empty:
        totals = {party: total for party, total in totals.items() if total > 0}
    return sorted(totals, key=lambda party: (-totals[party], str(party).casefold()))


def party_actions(
    overview: Overview, party: str | None = None, goal: str | None = None, role: str | None = None
) -> pd.DataFrame:
    """Actions of ``party`` (in ``role``, under ``goal``), with the party's role: Actie-ID, Doelstelling, Rol, Partij, Wat, Wie, Wanneer, Laatste status."""
    links = overview.action_parties
    if party:
        links = links[links[s.COL_PARTY] == party]
    if goal:
        links = links[links[s.COL_GOAL] == goal]
    if role:
        links = links[links[COL_ROLE] == role]
    actions = overview.actions[[s.COL_ACTION_ID, s.COL_WHAT, s.COL_WHO, s.COL_WHEN, COL_LATEST_STATUS]]
    merged = links[[s.COL_ACTION_ID, s.COL_GOAL, COL_ROLE, s.COL_PARTY]].merge(actions, on=s.COL_ACTION_ID, how="left")
    merged = merged.drop_duplicates([s.COL_ACTION_ID, s.COL_PARTY])
    merged["_goal"] = merged[s.COL_GOAL].map(goal_sort_key)
    return merged.sort_values(["_goal", s.COL_ACTION_ID], kind="stable").drop(columns="_goal").reset_index(drop=True)


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


def party_profile(overview: Overview, party: str) -> PartyProfile:
    parties = overview.parties
    row = parties[parties[s.COL_PARTY].astype(str).str.strip() == party]
    full_name = str(row[s.COL_FULL_NAME].iloc[0]) if len(row) and pd.notna(row[s.COL_FULL_NAME].iloc[0]) else party
    kind = str(row[s.COL_KIND].iloc[0]) if len(row) and pd.notna(row[s.COL_KIND].iloc[0]) else ""
    links = overview.action_parties[overview.action_parties[s.COL_PARTY] == party]
    role_counts = {role: int((links[COL_ROLE] == role).sum()) for role in s.ROLES}
    latest = overview.actions.set_index(s.COL_ACTION_ID)[COL_LATEST_STATUS]
    latest = latest[~latest.index.duplicated()]
    statuses = links[s.COL_ACTION_ID].map(latest).fillna(s.STATUS_UNKNOWN)
    lead = links[COL_ROLE] == s.ROLE_LEAD
    goals = sorted({str(g) for g in links[s.COL_GOAL].dropna()}, key=goal_sort_key)
    return PartyProfile(
        party=party,
        full_name=full_name,
        kind=kind,
        role_counts=role_counts,
        actions=len(links),
        status_counts=_count_statuses(statuses),
        lead_status_counts=_count_statuses(statuses[lead]),
        goals=goals,
    )


def party_status_counts(overview: Overview, party: str) -> pd.DataFrame:
    """Status (latest round) of a party's actions per role: Rol, Status, Aantal, Totaal, Aandeel."""
    links = overview.action_parties[overview.action_parties[s.COL_PARTY] == party]
    latest = overview.actions.drop_duplicates(s.COL_ACTION_ID).set_index(s.COL_ACTION_ID)[COL_LATEST_STATUS]
    frame = pd.DataFrame(
        {
            COL_ROLE: links[COL_ROLE].to_numpy(),
            COL_STATUS: links[s.COL_ACTION_ID].map(latest).fillna(s.STATUS_UNKNOWN).to_numpy(),
        }
    )
    counts = frame.groupby([COL_ROLE, COL_STATUS]).size().rename(COL_COUNT).reset_index()
    counts[COL_TOTAL] = counts[COL_ROLE].map(frame.groupby(COL_ROLE).size()).astype(int)
    counts[COL_SHARE] = (counts[COL_COUNT] / counts[COL_TOTAL]).astype(float)
    role_rank = {role: i for i, role in enumerate(s.ROLES)}
    status_rank = {status: i for i, status in enumerate(s.STATUSES)}
    counts = counts.sort_values(
        [COL_ROLE, COL_STATUS],
        key=lambda col: col.map(role_rank if col.name == COL_ROLE else status_rank),
        kind="stable",
    )
    return counts.reset_index(drop=True)


# --- time line -------------------------------------------------------------------------------------
def timeline_axis(overview: Overview) -> tuple[int, int]:
    """First and last year of the time axis: the agenda's years, widened to every action's years and today."""
    years = np.concatenate(
        [overview.actions[column].dropna().to_numpy(dtype=np.int64) for column in (s.COL_START_YEAR, s.COL_END_YEAR)]
    )
    if not len(years):
        return AGENDA_FIRST_YEAR, max(AGENDA_LAST_YEAR, overview.today.year)
    return min(AGENDA_FIRST_YEAR, int(years.min())), max(AGENDA_LAST_YEAR, overview.today.year, int(years.max()))


def timeline(overview: Overview, actions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One bar per action: Begin (first year) to Einde (the year after the last, so a bar covers whole years).

    An action without an end year is ``Doorlopend`` and runs to the end of the
    axis - unless it is finished or stopped: then it ends in the year of the round
    since which it has had that status (an action that was "Doorlopend" but is
    reported Afgerond does not run on). One without a start year starts at the axis
    start (``Startjaar onbekend``).
    Columns: Actie-ID, Doelstelling, Naam, Wat, Wanneer, Begin, Einde, Doorlopend,
    Startjaar onbekend, Periode (Dutch text), Laatste status, Eindjaar verstreken.
    """
    actions = overview.actions if actions is None else actions
    first, last = timeline_axis(overview)
    labels = goal_labels(overview)
    start = actions[s.COL_START_YEAR]
    end = actions[s.COL_END_YEAR].astype("Float64").fillna(closed_since_year(overview, actions))
    frame = pd.DataFrame(
        {
            COL_ACTION: _action_labels(actions),
            s.COL_ACTION_ID: actions[s.COL_ACTION_ID].astype(object),
            s.COL_GOAL: actions[s.COL_GOAL].astype(object),
            COL_LABEL: [labels.get(g, g) for g in actions[s.COL_GOAL].tolist()],
            s.COL_WHAT: actions[s.COL_WHAT].astype(object),
            s.COL_WHEN: actions[s.COL_WHEN].astype(object),
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
    spans = list(
        zip(
            frame[COL_BEGIN].tolist(),
            frame[COL_END].tolist(),
            frame[COL_OPEN].tolist(),
            frame[COL_START_UNKNOWN].tolist(),
        )
    )
    periods = {span: _period(*span) for span in set(spans)}  # a few dozen distinct spans
    frame[COL_PERIOD] = [periods[span] for span in spans]
    frame["_goal"] = _goal_ranks(frame[s.COL_GOAL])
    frame = frame.sort_values(["_goal", COL_BEGIN, s.COL_ACTION_ID], kind="stable").drop(columns="_goal")
    return frame.reset_index(drop=True)


def closed_since_year(overview: Overview, actions: pd.DataFrame | None = None) -> pd.Series:
    """Per action that is Afgerond or Gestopt in the latest round: the year of the earliest round since which it
    has had that status without a break (from the round's date; a round without a date is passed over);
    otherwise missing."""
    actions = overview.actions if actions is None else actions
    years = pd.Series(np.nan, index=actions.index, dtype="Float64")
    rounds = [r for r in overview.rounds if overview.status_column(r) in actions.columns]
    if not rounds:
        return years
    latest = actions[overview.status_column(rounds[-1])]
    unbroken = latest.isin(s.CLOSED_STATUSES)
    for round_name in reversed(rounds):  # newest first: an earlier round with the same status moves the year back
        unbroken &= actions[overview.status_column(round_name)].eq(latest).fillna(False)
        when = overview.round_dates.get(round_name)
        if when is not None:
            years[unbroken] = when.year
    return years


def _goal_ranks(goals: pd.Series) -> np.ndarray:
    """Each goal's place in goal order (``goal_sort_key``), as an integer to sort on: the key is computed
    once per distinct goal instead of once per row."""
    values = goals.tolist()
    keys = {goal: goal_sort_key(goal) for goal in set(values)}
    rank = {key: i for i, key in enumerate(sorted(set(keys.values())))}
    return np.array([rank[keys[goal]] for goal in values], dtype=np.int64)


def _action_labels(actions: pd.DataFrame) -> list[str]:
    """Actie-ID per row; a missing or repeated id gets its Excel row (``1.1-01 (rij 7)``) so rows stay apart."""
    ids = [
        str(i) if i is not None and not (isinstance(i, float) and pd.isna(i)) and str(i).strip() else ""
        for i in actions[s.COL_ACTION_ID].tolist()
    ]
    counts = Counter(ids)
    return [
        i if i and counts[i] == 1 else f"{i or 'zonder Actie-ID'} (rij {row})"
        for i, row in zip(ids, actions.index.tolist())
    ]


def _period(begin: int, end: int, open_ended: bool, start_unknown: bool) -> str:
    start = "startjaar onbekend" if start_unknown else str(begin)
    if open_ended:
        return f"{start} - doorlopend" if not start_unknown else "doorlopend (geen jaren genoemd)"
    if not start_unknown and end - 1 == begin:
        return str(begin)
    return f"{start} - {end - 1}"


# --- budget ----------------------------------------------------------------------------------------------
def budget_lines(overview: Overview) -> pd.DataFrame:
    """The Budget sheet, typed, with ``Naam`` (``B01 Totaal per jaar``) and ``Bedrag`` as Dutch text."""
    budget = overview.budget[overview.budget[s.COL_BUDGET_ID].notna()]  # a new frame
    labels = [
        f"{i} {d}" if isinstance(d, str) and d.strip() else str(i)
        for i, d in zip(budget[s.COL_BUDGET_ID].tolist(), budget[s.COL_DESCRIPTION].tolist())
    ]
    amounts = [_euro(v) for v in budget[s.COL_AMOUNT].tolist()]
    return budget.assign(**{COL_LABEL: labels, COL_AMOUNT_TEXT: amounts}).reset_index(drop=True)


def _euro(value: object) -> str:
    if value is None or pd.isna(value):
        return ""
    number = float(value)
    text = f"{number:,.2f}".rstrip("0").rstrip(".")
    text = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    return f"€ {text} mln"


def parents(lines: pd.DataFrame) -> dict[str, str]:
    """Budget-ID -> the Budget-ID it is part of."""
    return {
        str(i): str(p)
        for i, p in zip(lines[s.COL_BUDGET_ID], lines[s.COL_PART_OF])
        if isinstance(p, str) and p.strip() and str(p) != str(i)
    }


def ancestors(budget_id: str, parent_of: dict[str, str]) -> list[str]:
    """The chain of wholes above ``budget_id`` (nearest first); stops at a cycle."""
    chain: list[str] = []
    current = parent_of.get(budget_id)
    while current is not None and current not in chain and current != budget_id:
        chain.append(current)
        current = parent_of.get(current)
    return chain


def without_parts(ids: Iterable[str], parent_of: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """Split ``ids`` into those to sum and those left out because a whole of theirs is among ``ids``.

    Returns (kept ids, {left-out id: the whole it is part of}).
    """
    ids = list(dict.fromkeys(ids))
    present = set(ids)
    kept: list[str] = []
    dropped: dict[str, str] = {}
    for budget_id in ids:
        whole = next((a for a in ancestors(budget_id, parent_of) if a in present), None)
        if whole is None:
            kept.append(budget_id)
        else:
            dropped[budget_id] = whole
    return kept, dropped


def budget_sum(overview: Overview, kind: str) -> tuple[float | None, tuple[str, ...]]:
    """Sum of the lines of ``kind`` that are not part of another line of that kind, and their ids."""
    all_lines = budget_lines(overview)
    lines = all_lines[(all_lines[s.COL_KIND] == kind) & all_lines[s.COL_AMOUNT].notna()]
    if lines.empty:
        return None, ()
    kept, _ = without_parts(lines[s.COL_BUDGET_ID], parents(all_lines))
    amounts = dict(zip(lines[s.COL_BUDGET_ID], lines[s.COL_AMOUNT]))
    return float(sum(float(amounts[i]) for i in kept)), tuple(kept)


@dataclass(frozen=True)
class BudgetFigure:
    """The rows one budget chart draws, and the lines it leaves out (with the reason)."""

    rows: pd.DataFrame
    left_out: pd.DataFrame  # Budget-ID, Naam, Bedrag, Reden

    @property
    def total(self) -> float:
        return float(self.rows[s.COL_AMOUNT].sum()) if len(self.rows) else 0.0


_LINE_COLUMNS = [
    s.COL_BUDGET_ID,
    s.COL_DESCRIPTION,
    COL_LABEL,
    s.COL_AMOUNT,
    COL_AMOUNT_TEXT,
    s.COL_KIND,
    s.COL_FROM_YEAR,
    s.COL_TO_YEAR,
    s.COL_PRIORITY,
    s.COL_GOAL,
    s.COL_PART_OF,
    s.COL_SOURCE,
]


def _left_out(records: list[tuple[str, str]], lines: pd.DataFrame) -> pd.DataFrame:
    label: dict[str, str] = {}
    amount: dict[str, str] = {}
    for i, name, text in zip(
        lines[s.COL_BUDGET_ID].tolist(), lines[COL_LABEL].tolist(), lines[COL_AMOUNT_TEXT].tolist()
    ):
        label.setdefault(i, name)  # the first line with this id
        amount.setdefault(i, text)
    rows = [
        {s.COL_BUDGET_ID: i, COL_LABEL: label.get(i, i), COL_AMOUNT_TEXT: amount.get(i, ""), COL_REASON: reason}
        for i, reason in dict(records).items()
    ]
    return pd.DataFrame(rows, columns=[s.COL_BUDGET_ID, COL_LABEL, COL_AMOUNT_TEXT, COL_REASON])


def budget_axis(overview: Overview) -> tuple[int, int]:
    """Years of the budget-per-year chart: the agenda's years, widened to the years the lines name."""
    lines = overview.budget
    years = [int(y) for y in (*lines[s.COL_FROM_YEAR].tolist(), *lines[s.COL_TO_YEAR].tolist()) if not pd.isna(y)]
    return min([AGENDA_FIRST_YEAR, *years]), max([AGENDA_LAST_YEAR, *years])


def _yearly_rows(lines: pd.DataFrame, last: int) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Each line in every year it covers (Jaar plus the line's columns), and the lines that have no years."""
    records: list[dict] = []
    reasons: list[tuple[str, str]] = []
    for line in lines.to_dict("records"):
        budget_id, kind, amount = line[s.COL_BUDGET_ID], line[s.COL_KIND], line[s.COL_AMOUNT]
        start, end = line[s.COL_FROM_YEAR], line[s.COL_TO_YEAR]
        if amount is None or pd.isna(amount):
            reasons.append((budget_id, "geen bedrag"))
            continue
        if kind == KIND_TOTAL:
            reasons.append((budget_id, "totaal over de looptijd, niet per jaar te verdelen"))
            continue
        if start is None or pd.isna(start):
            reasons.append((budget_id, "geen 'Van jaar'"))
            continue
        if kind == KIND_ONE_OFF:
            years = [int(start)]
        elif kind in (KIND_STRUCTURAL, KIND_PER_YEAR):
            stop = int(end) if end is not None and not pd.isna(end) else last
            years = list(range(int(start), max(int(start), stop) + 1))
        else:
            reasons.append((budget_id, f"onbekende soort '{kind}'"))
            continue
        for year in years:
            records.append({COL_YEAR: year, **{c: line[c] for c in _LINE_COLUMNS}})
    return pd.DataFrame(records, columns=[COL_YEAR, *_LINE_COLUMNS]), reasons


def _drop_parts_per_year(rows: pd.DataFrame, parent_of: dict[str, str]) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Leave out, year by year, a line whose whole is counted in that year too."""
    years, ids = rows[COL_YEAR].tolist(), rows[s.COL_BUDGET_ID].tolist()
    per_year: dict[int, list[str]] = {}
    for year, budget_id in zip(years, ids):
        per_year.setdefault(year, []).append(budget_id)
    left_out: set[tuple[int, str]] = set()
    reasons: list[tuple[str, str]] = []
    for year in sorted(per_year):
        _, dropped = without_parts(per_year[year], parent_of)
        for budget_id, whole in dropped.items():
            left_out.add((year, budget_id))
            reasons.append((budget_id, f"onderdeel van {whole}"))
    keep = np.array([(year, budget_id) not in left_out for year, budget_id in zip(years, ids)], dtype=bool)
    rows = rows[keep].reset_index(drop=True)
    if len(rows):
        rows[COL_YEAR] = rows[COL_YEAR].astype(int)
    return rows, reasons


def budget_per_year(overview: Overview) -> BudgetFigure:
    """Budget per year: each line in every year it covers, parts left out in a year their whole covers.

    ``structureel per jaar`` and ``per jaar`` count in each year from ``Van jaar``
    to ``Tot jaar`` (an open end runs to the axis end), ``eenmalig`` in its
    ``Van jaar``; ``totaal looptijd`` cannot be split over years and is left out.
    Rows: Jaar plus the line's columns.
    """
    lines = budget_lines(overview)
    rows, reasons = _yearly_rows(lines, budget_axis(overview)[1])
    rows, dropped = _drop_parts_per_year(rows, parents(lines))
    return BudgetFigure(rows, _left_out(reasons + dropped, lines))


def budget_by_group(overview: Overview) -> BudgetFigure:
    """Lines tied to a priority or goal: Groep (goal label, or the priority when no goal), per line.

    A line that is part of another line in this figure is left out; amounts
    of different kinds are kept apart (the chart groups them by ``Soort``).
    """
    lines = budget_lines(overview)
    goal_names = goal_labels(overview)
    priority_names = priority_labels(overview)
    tied = lines[(lines[s.COL_GOAL].notna() | lines[s.COL_PRIORITY].notna()) & lines[s.COL_AMOUNT].notna()].copy()
    groups = []
    for goal, priority in zip(tied[s.COL_GOAL], tied[s.COL_PRIORITY]):
        if isinstance(goal, str) and goal:
            groups.append(goal_names.get(goal, goal))
        else:
            groups.append(f"Prioriteit {priority_names.get(int(priority), int(priority))} {NO_GOAL}")
    tied.insert(0, COL_GROUP, groups)
    kept, dropped = without_parts(tied[s.COL_BUDGET_ID], parents(lines))
    reasons = [(i, f"onderdeel van {whole}") for i, whole in dropped.items()]
    rows = tied[tied[s.COL_BUDGET_ID].isin(kept)]
    order = {label: i for i, label in enumerate(goal_names.values())}
    rows = rows.assign(_order=rows[COL_GROUP].map(lambda g: order.get(g, len(order)))).sort_values(
        ["_order", s.COL_BUDGET_ID], kind="stable"
    )
    return BudgetFigure(
        rows.drop(columns="_order")[[COL_GROUP, *_LINE_COLUMNS]].reset_index(drop=True), _left_out(reasons, lines)
    )


def group_order_budget(figure: BudgetFigure) -> list[str]:
    return list(dict.fromkeys(figure.rows[COL_GROUP]))


def budget_by_kind(overview: Overview) -> BudgetFigure:
    """Every line with an amount, one bar each, ordered by kind then amount: structural next to one-off.

    Nothing is summed, so no line is left out; parts show their whole in ``Onderdeel van``.
    """
    lines = budget_lines(overview)
    with_amount = lines[lines[s.COL_AMOUNT].notna()].copy()
    kind_rank = {kind: i for i, kind in enumerate(s.BUDGET_KINDS)}
    with_amount["_kind"] = with_amount[s.COL_KIND].map(lambda k: kind_rank.get(k, len(kind_rank)))
    rows = with_amount.sort_values(["_kind", s.COL_AMOUNT], ascending=[True, False], kind="stable").drop(
        columns="_kind"
    )
    reasons = [(i, "geen bedrag") for i in lines.loc[lines[s.COL_AMOUNT].isna(), s.COL_BUDGET_ID]]
    return BudgetFigure(rows[_LINE_COLUMNS].reset_index(drop=True), _left_out(reasons, lines))


def quality_agenda(overview: Overview) -> BudgetFigure:
    """Budget for the institutions' quality agendas per year (lines whose Omschrijving names them).

    Only lines with years; a line covering several years counts in each. Only
    the matching lines are compared: they are parts of the Werkagenda's yearly
    budget, which this figure does not show, so they are not left out for it.
    """
    lines = budget_lines(overview)
    matches = lines[
        lines[s.COL_DESCRIPTION].map(lambda d: bool(QUALITY_AGENDA_PATTERN.search(str(d))) if d is not None else False)
    ]
    rows, reasons = _yearly_rows(matches, budget_axis(overview)[1])
    rows, dropped = _drop_parts_per_year(rows, parents(lines))
    return BudgetFigure(
        rows.sort_values([COL_YEAR, s.COL_BUDGET_ID]).reset_index(drop=True), _left_out(reasons + dropped, lines)
    )


def time_basis(kind: object) -> str:
    """What an amount is measured over: 'jaar' (structureel per jaar, per jaar), 'looptijd' or 'eenmalig'.

    Only amounts on the same basis can be compared: 900 mln per year is not a
    part of 4 mld over the whole period in the way 367 mln per year is a part of it.
    """
    if kind in (KIND_STRUCTURAL, KIND_PER_YEAR):
        return "jaar"
    return "looptijd" if kind == KIND_TOTAL else str(kind)


def _comparable_children(lines: pd.DataFrame, whole_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Direct parts of ``whole_id`` on the same time basis as the whole, and the other direct parts."""
    children, same = _children_of(
        lines[s.COL_BUDGET_ID].tolist(), lines[s.COL_KIND].tolist(), lines[s.COL_PART_OF].tolist(), whole_id
    )
    rows = lines[children]
    return rows[same], rows[~same]


def _children_of(ids: list, kinds: list, part_of: list, whole_id: str) -> tuple[np.ndarray, np.ndarray]:
    """(mask of the direct parts of ``whole_id`` among all lines, mask of those parts on the whole's time basis)."""
    basis = next((time_basis(kind) for budget_id, kind in zip(ids, kinds) if budget_id == whole_id), None)
    children = [parent == whole_id and budget_id != whole_id for budget_id, parent in zip(ids, part_of)]
    same = [basis is not None and time_basis(kind) == basis for kind, child in zip(kinds, children) if child]
    return np.array(children, dtype=bool), np.array(same, dtype=bool)


def budget_wholes(overview: Overview) -> list[str]:
    """Budget-IDs of lines that have parts on their own time basis, largest amount first."""
    lines = budget_lines(overview)
    parent_of = parents(lines)
    ids, kinds, part_of = lines[s.COL_BUDGET_ID].tolist(), lines[s.COL_KIND].tolist(), lines[s.COL_PART_OF].tolist()
    wholes = {w for w in set(parent_of.values()) & set(ids) if _children_of(ids, kinds, part_of, w)[1].any()}
    amounts = dict(zip(ids, lines[s.COL_AMOUNT].fillna(0).tolist()))
    return sorted(wholes, key=lambda i: (-float(amounts.get(i, 0)), i))


@dataclass(frozen=True)
class Composition:
    """A whole and its direct parts; ``rest`` is what the parts leave unexplained (negative: parts exceed it).

    'Onderdeel van' says a line lies inside another, not that the parts of a
    whole exclude each other: the yearly quality-agenda budgets and the
    earmarked amounts inside them are all part of the Werkagenda's 0,9 mld per
    year. When the parts add up to more than the whole, see ``overlapping``.
    """

    whole: dict
    parts: pd.DataFrame  # the line columns + Deel ("onderdeel" / "niet uitgesplitst")
    rest: float
    other_basis: tuple[str, ...] = ()  # parts measured over another period (per year under a total): not drawn

    @property
    def parts_total(self) -> float:
        listed = self.parts[self.parts[COL_PART] == "onderdeel"]
        return float(listed[s.COL_AMOUNT].sum())

    @property
    def overlapping(self) -> bool:
        """The parts add up to more than the whole: they overlap (one lies inside another, or they hold
        different years of it), so they are shown side by side and never summed."""
        return self.rest < -0.005


REST_LABEL = "Niet uitgesplitst"


def composition(overview: Overview, whole_id: str) -> Composition:
    """What ``whole_id`` consists of: its direct parts on the same time basis, plus the unexplained rest as its own row."""
    lines = budget_lines(overview)
    by_id = lines.drop_duplicates(s.COL_BUDGET_ID).set_index(s.COL_BUDGET_ID, drop=False)
    if whole_id not in by_id.index:
        raise KeyError(whole_id)
    whole = by_id.loc[whole_id, _LINE_COLUMNS].to_dict()
    children, other = _comparable_children(lines, whole_id)
    parts = children[_LINE_COLUMNS].copy()
    parts[COL_PART] = "onderdeel"
    whole_amount = (
        float(whole[s.COL_AMOUNT]) if whole[s.COL_AMOUNT] is not None and not pd.isna(whole[s.COL_AMOUNT]) else 0.0
    )
    rest = whole_amount - float(parts[s.COL_AMOUNT].fillna(0).sum())
    if rest > 0.005:
        parts = pd.concat(
            [
                parts,
                pd.DataFrame(
                    [{
                        s.COL_BUDGET_ID: "", s.COL_DESCRIPTION: REST_LABEL, COL_LABEL: REST_LABEL,
                        s.COL_AMOUNT: rest, COL_AMOUNT_TEXT: _euro(rest), s.COL_KIND: whole[s.COL_KIND],
                        s.COL_PART_OF: whole_id, s.COL_SOURCE: f"{whole_id} min de onderdelen", COL_PART: "niet uitgesplitst",
                    }]
                ),
            ],
            ignore_index=True,
        )  # fmt: skip
    return Composition(whole, parts.reset_index(drop=True), rest, tuple(other[s.COL_BUDGET_ID]))


def party_matrix_wide(matrix: pd.DataFrame, parties: Sequence[str] | None = None) -> pd.DataFrame:
    """The matrix as a table: one row per party, one column per goal (the counts shown), and Totaal."""
    parties = list(parties) if parties is not None else party_order(matrix, drop_empty=False)
    goals = list(dict.fromkeys(matrix[s.COL_GOAL]))
    sums: dict[tuple[str, str], int] = {}
    for party, goal, count in zip(
        matrix[s.COL_PARTY].tolist(), matrix[s.COL_GOAL].tolist(), matrix[COL_COUNT].tolist()
    ):
        sums[party, goal] = sums.get((party, goal), 0) + count
    wide = pd.DataFrame(
        {goal: np.array([sums.get((party, goal), 0) for party in parties], dtype=np.int64) for goal in goals},
        index=pd.Index(parties, name=s.COL_PARTY, dtype=None if parties else matrix[s.COL_PARTY].dtype),
        columns=pd.Index(goals),
    )
    wide[COL_TOTAL] = wide.sum(axis=1)
    return wide.reset_index()


def round_table(overview: Overview, rounds_sheet: pd.DataFrame) -> pd.DataFrame:
    """Ronde, Datum, Bron, Acties met voortgang (a non-empty progress text) for every round shown."""
    sources = dict(zip(rounds_sheet.get(s.COL_ROUND, []), rounds_sheet.get(s.COL_SOURCE, [])))
    rows = []
    for name in overview.rounds:
        progress = overview.actions[overview.progress_column(name)]
        filled = sum(1 for v in progress.tolist() if isinstance(v, str) and v.strip())
        source = sources.get(name)
        rows.append(
            {
                s.COL_ROUND: name,
                s.COL_DATE: overview.round_dates.get(name),
                s.COL_SOURCE: source if isinstance(source, str) else "",
                "Acties met voortgangstekst": filled,
            }
        )
    return pd.DataFrame(rows, columns=[s.COL_ROUND, s.COL_DATE, s.COL_SOURCE, "Acties met voortgangstekst"])
