"""The appendix for the Tweede Kamer: the action overview per priority and goal, as the Word writer needs it.

:func:`choose` checks the chosen round, party and goal against the workbook (and refuses a workbook with
fouten) and says in Dutch what is wrong; :func:`view` builds the :class:`Appendix` - plain frozen data
with every text final (Dutch numbers and dates from :mod:`workbook.nl`), so :mod:`report` only lays it
out. The sentences per goal are the ones the Doelstellingen page shows (:func:`views.goals.goal_summary`);
the budget lines come from :mod:`domain.budget` (:func:`~domain.budget.budget_lines`), each with its source
and the line it is part of - listed, never added up, so no part is ever added to its whole.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd

from domain import budget, status
from domain.labels import goal_labels, party_names
from domain.model import Overview
from domain.search import ActionQuery, filter_actions
from workbook import contract, nl
from workbook.findings import Report

from . import indicators as indicator_views
from .files import stem
from .goals import goal_summary, previous_round

TITLE = "Actie-overzicht Werkagenda mbo"
SUBTITLE = "Overzicht van de voortgang van de landelijk gemaakte afspraken"
BUDGET_TITLE = "Budget"
NO_DATE = "datum onbekend"
BUDGET_INTRO = "Alle bedragen uit het blad Budget, in miljoenen euro's, elk met de bron van het bedrag."
PARTS = (
    "Een bedrag dat onderdeel is van een ander bedrag (kolom 'Onderdeel van') valt daarbinnen: het is er nooit "
    "bij opgeteld. De regels komen uit verschillende bronnen en overlappen soms; tel ze daarom niet op."
)


# --- the appendix as the writer takes it ---------------------------------------------------------------------
@dataclass(frozen=True)
class StatusText:
    """A status word and its progress text for one action in one round (``text`` may be empty)."""

    status: str
    text: str


@dataclass(frozen=True)
class ActionRow:
    """One action (a row of a goal's table)."""

    action_id: str
    what: str
    who: str
    when: str
    previous: StatusText | None  # None: the table has no previous round, or the action had no row in it
    current: StatusText


@dataclass(frozen=True)
class Indicator:
    """An effect indicator of a goal: id, name and unit; every figure in one text (as on Doelstellingen)."""

    name: str
    text: str


@dataclass(frozen=True)
class GoalSection:
    """A goal: heading, wording, the sentences before its table, its indicators and its actions."""

    code: str
    title: str
    description: str
    sentences: tuple[str, ...] = ()
    rows: tuple[ActionRow, ...] = ()
    indicators: tuple[Indicator, ...] = ()


@dataclass(frozen=True)
class PrioritySection:
    number: int | str
    title: str
    goals: tuple[GoalSection, ...] = ()


@dataclass(frozen=True)
class BudgetRow:
    """One budget line as text: its amount, kind, years, the line it is part of, and where the figure comes from."""

    budget_id: str
    description: str
    amount_text: str
    kind: str
    years: str
    part_of: str
    source: str


@dataclass(frozen=True)
class BudgetSection:
    title: str
    intro_sentences: tuple[str, ...] = ()
    rows: tuple[BudgetRow, ...] = ()


_HEX = re.compile(r"^[0-9a-fA-F]{12,}$")


@dataclass(frozen=True)
class Stamp:
    """Which version the document came from: the workbook's file name and its sha256 (hex)."""

    source_file: str
    sha256: str

    def __post_init__(self) -> None:
        if not _HEX.match(self.sha256):
            raise ValueError(f"sha256 must be at least 12 hexadecimal characters, not {self.sha256!r}")

    @property
    def version(self) -> str:
        """The first 12 characters of the sha256, lower case."""
        return self.sha256[:12].lower()


@dataclass(frozen=True)
class Appendix:
    """The whole appendix; every text final."""

    title: str
    subtitle: str
    round_name: str
    round_date_text: str
    previous_round_name: str | None
    stamp: Stamp
    priorities: tuple[PrioritySection, ...]
    budget: BudgetSection | None
    generated_on_text: str
    selection_text: str = ""  # "Alleen de acties van partij JOB." ('' for the whole overview)
    empty_text: str = "Er zijn geen acties in deze selectie."
    author: str = ""
    generated_on: dt.date | None = None  # the document's created/modified date

    @property
    def stamp_line(self) -> str:
        """``Gemaakt uit <bestand>, versie <sha256[:12]>, <datum>``."""
        return f"Gemaakt uit {self.stamp.source_file}, versie {self.stamp.version}, {self.generated_on_text}"


# --- what was asked for ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    """The round, party and goal asked for, as the workbook names them; ``problems`` says (in Dutch) why not."""

    round_name: str | None
    previous_round: str | None
    party: str | None
    goal: str | None
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def stem(self) -> str:
        """The file name (without extension) of this appendix: ``bijlage-najaar-2025-JOB``."""
        return stem("bijlage", self.round_name, self.goal, self.party)


class Refused(ValueError):
    """The appendix cannot be made from this workbook or with these choices; ``problems`` in Dutch."""

    def __init__(self, problems: tuple[str, ...]):
        super().__init__(" ".join(problems))
        self.problems = problems


def _fold(text: object) -> str:
    return " ".join(str(text).split()).casefold()


def _match(text: str, options: list[str]) -> str | None:
    return next((option for option in options if _fold(option) == _fold(text)), None)


def _unknown(text: str) -> str:
    shown = " ".join(str(text).split())
    return shown if len(shown) <= 60 else shown[:57] + "..."


def choose(
    overview: Overview | None,
    report: Report,
    round_name: str | None = None,
    party: str | None = None,
    goal: str | None = None,
    *,
    name: str = "het werkboek",
) -> Choice:
    """Resolve the choices (case and spacing do not matter; a party also by another name) and collect every problem."""
    if not report.readable or overview is None:
        reason = report.findings[0].message if report.findings else "het bestand is geen leesbaar werkboek"
        return Choice(None, None, None, None, (f"Het werkboek '{name}' kan niet worden gelezen: {reason}",))
    problems: list[str] = []
    if report.errors:
        problems.append(
            f"Het werkboek '{name}' bevat {nl.count(len(report.errors), 'fout', 'fouten')}. Een bijlage voor de Kamer "
            "wordt alleen gemaakt uit een werkboek zonder fouten: los ze eerst op (zie de controle van het werkboek) "
            "en maak de bijlage daarna opnieuw."
        )
    rounds = overview.rounds
    chosen_round = overview.latest_round
    if not rounds:
        problems.append(
            "Het werkboek heeft nog geen rapportageronde: het blad Acties heeft geen kolommen 'Status <ronde>' en "
            "'Voortgang <ronde>'. Voeg een ronde toe voordat u een bijlage maakt."
        )
    elif round_name:
        chosen_round = _match(round_name, rounds)
        if chosen_round is None:
            choices = nl.enumeration([f"'{r}'" for r in rounds], last="of")
            problems.append(f"De ronde '{_unknown(round_name)}' staat niet in het werkboek. Kies {choices}.")
    chosen_party = None
    if party:
        chosen_party = overview.party_index.resolve(party) or _match(party, party_names(overview))
        if chosen_party is None:
            problems.append(
                f"De partij '{_unknown(party)}' staat niet in het blad Partijen, ook niet als andere naam. Gebruik "
                "de naam uit de kolom Partij, bijvoorbeeld 'OCW' of 'JOB'."
            )
    chosen_goal = None
    if goal:
        codes = list(goal_labels(overview))
        chosen_goal = _match(goal.removeprefix("Doelstelling ").strip(), codes)
        if chosen_goal is None:
            choices = nl.enumeration(codes, last="of")
            problems.append(f"De doelstelling '{_unknown(goal)}' bestaat niet. Kies een van deze codes: {choices}.")
    previous = previous_round(overview, chosen_round) if chosen_round else None
    return Choice(chosen_round, previous, chosen_party, chosen_goal, tuple(problems))


# --- the appendix ---------------------------------------------------------------------------------------------
def view(
    overview: Overview,
    report: Report,
    round_name: str | None = None,
    party: str | None = None,
    goal: str | None = None,
    *,
    name: str,
    digest: str,
    today: dt.date | None = None,
) -> Appendix:
    """The appendix of the chosen round (default: the latest) next to the round before it; raises :class:`Refused`."""
    choice = choose(overview, report, round_name, party, goal, name=name)
    if not choice.ok:
        raise Refused(choice.problems)
    today = today or overview.today
    latest, previous = choice.round_name, choice.previous_round
    actions = filter_actions(overview, ActionQuery(goal=choice.goal, party=choice.party))
    round_info = overview.round(latest)
    return Appendix(
        title=TITLE,
        subtitle=f"{SUBTITLE}, bij de voortgangsbrief {latest}",
        round_name=latest,
        round_date_text=nl.date(round_info.date) if round_info and round_info.date else NO_DATE,
        previous_round_name=previous,
        stamp=Stamp(name, digest),
        priorities=_priorities(overview, actions, latest, previous, every_goal=not choice.party, only=choice.goal),
        budget=_budget(overview, choice.goal),
        generated_on_text=nl.date(today),
        selection_text=_selection(choice),
        generated_on=today,
    )


def _indicators(overview: Overview, goal: str) -> tuple[Indicator, ...]:
    """The goal's indicators as on the Doelstellingen page: "I04 <label>" and its figures."""
    return tuple(Indicator(f"{i.indicator_id} {i.label}", i.figures) for i in indicator_views.for_goal(overview, goal))


def _selection(choice: Choice) -> str:
    if choice.party and choice.goal:
        return f"Alleen de acties van partij {choice.party} bij doelstelling {choice.goal}."
    if choice.party:
        return f"Alleen de acties waarbij partij {choice.party} betrokken is."
    if choice.goal:
        return f"Alleen doelstelling {choice.goal}."
    return ""


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _priorities(
    overview: Overview,
    actions: pd.DataFrame,
    latest: str,
    previous: str | None,
    *,
    every_goal: bool,
    only: str | None,
) -> tuple[PrioritySection, ...]:
    """Per priority (in order) its goals (in goal order), each with its table of ``actions``.

    ``every_goal``: also the goals without actions (they say so), as the published appendix lists every goal;
    otherwise (a party's appendix) only the goals where the party has actions. ``only``: just that goal.
    """
    labels = goal_labels(overview)
    goals = overview.goals.drop_duplicates(contract.COL_GOAL).set_index(contract.COL_GOAL, drop=False)
    moved = status.moved_actions(overview, previous, latest) if previous else None
    current = contract.RoundColumns(latest)
    before = contract.RoundColumns(previous) if previous else None
    sections: dict[object, list[GoalSection]] = {}
    present = set(actions[contract.COL_GOAL])
    for code in (g for g in labels if (g in present or every_goal) and only in (None, g)):
        goal_actions = actions[actions[contract.COL_GOAL] == code]
        rows = tuple(
            ActionRow(
                action_id=_text(action[contract.COL_ACTION_ID]),
                what=_text(action[contract.COL_WHAT]),
                who=_text(action[contract.COL_WHO]),
                when=_text(action[contract.COL_WHEN]),
                previous=StatusText(action[before.status], _text(action[before.progress])) if before else None,
                current=StatusText(action[current.status], _text(action[current.progress])),
            )
            for action in goal_actions.to_dict("records")
        )
        title = _text(goals.loc[code, contract.COL_TITLE]) if code in goals.index else ""
        description = _text(goals.loc[code, contract.COL_DESCRIPTION]) if code in goals.index else ""
        summary = goal_summary(overview, goal_actions, latest, moved) if rows else ()
        section = GoalSection(code, title, description, summary, rows, _indicators(overview, code))
        priority = (
            goals.loc[code, contract.COL_PRIORITY]
            if code in goals.index
            else goal_actions[contract.COL_PRIORITY].iloc[0]
        )
        sections.setdefault(None if pd.isna(priority) else int(priority), []).append(section)
    titles = {
        int(number): _text(title)
        for number, title in zip(overview.priorities[contract.COL_PRIORITY], overview.priorities[contract.COL_TITLE])
        if not pd.isna(number)
    }
    order = sorted(sections, key=lambda number: (number is None, number or 0))
    return tuple(PrioritySection("?" if p is None else p, titles.get(p, ""), tuple(sections[p])) for p in order)


def years_text(start: object, end: object) -> str:
    """A budget line's years in words: ``2023 – 2027``, ``2024``, ``vanaf 2023``, ``tot en met 2027``, ``-``."""
    first = None if nl.missing(start) else int(start)
    last = None if nl.missing(end) else int(end)
    if first is not None and last is not None:
        return str(first) if first == last else f"{first} – {last}"
    if first is not None:
        return f"vanaf {first}"
    if last is not None:
        return f"tot en met {last}"
    return "-"


def _budget(overview: Overview, goal: str | None) -> BudgetSection | None:
    """Every budget line (with a goal: the lines of that goal) with its source and the line it is part of.

    No totals: the lines come from different sources and overlap in ways 'Onderdeel van' does not capture
    (see the Opmerking column of the canonical workbook), so any sum would need an explanation the table cannot give.
    """
    lines = budget.budget_lines(overview)
    if lines.empty:
        return None
    if goal:
        lines = lines[lines[contract.COL_GOAL] == goal]
        if lines.empty:
            return BudgetSection(BUDGET_TITLE, (f"Bij doelstelling {goal} staan geen budgetregels.",), ())
        intro = [
            f"De budgetregels bij doelstelling {goal}, in miljoenen euro's, elk met de bron van het bedrag.",
            PARTS,
        ]
    else:
        intro = [BUDGET_INTRO, PARTS]
    rows = tuple(
        BudgetRow(
            budget_id=_text(line[contract.COL_BUDGET_ID]),
            description=_text(line[contract.COL_DESCRIPTION]),
            amount_text=nl.euro_mln(line[contract.COL_AMOUNT]) or "geen bedrag",
            kind=_text(line[contract.COL_KIND]),
            years=years_text(line[contract.COL_FROM_YEAR], line[contract.COL_TO_YEAR]),
            part_of=_text(line[contract.COL_PART_OF]) or "-",
            source=_text(line[contract.COL_SOURCE]),
        )
        for line in lines.to_dict("records")
    )
    return BudgetSection(BUDGET_TITLE, tuple(intro), rows)
