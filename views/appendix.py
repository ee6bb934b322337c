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
from dataclasses import dataclass, field

import pandas as pd

from domain import status
from domain.labels import goal_labels, party_names
from domain.model import Overview
from domain.search import ActionQuery, filter_actions
from workbook import contract, nl
from workbook.findings import Report

from . import indicators as indicator_views
from . import no_answer
from .appendix_budget import BudgetRow, BudgetSection, budget_section, years_text
from .cover import Letter, Stamp, letter_for, running_header
from .files import stem
from .goals import previous_round
from .programme import programme_name

__all__ = [
    "Appendix",
    "BudgetRow",
    "BudgetSection",
    "Choice",
    "Letter",
    "Refused",
    "Stamp",
    "choose",
    "view",
    "years_text",
]

TITLE = "Actie-overzicht"
SUBTITLE = "Overzicht van de voortgang van de landelijk gemaakte afspraken"
NO_DATE = "datum onbekend"


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
    programme: str = ""  # "Werkagenda mbo 2023-2027"
    letter: Letter = field(default_factory=Letter)

    @property
    def stamp_line(self) -> str:
        """``versie 7218d98 (zie Geschiedenis), ronde najaar 2025 van 1 november 2025`` (see :class:`Stamp`)."""
        return self.stamp.line(self.round_name, self.round_date_text)

    @property
    def header_text(self) -> str:
        """The running header: ``Werkagenda mbo 2023-2027 | Bijlage bij de Kamerbrief van ... | Kenmerk ...``."""
        return running_header(self.programme or self.title, self.letter, self.round_name)


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
    version_id: str | None = None,
    letter: Letter | None = None,
    today: dt.date | None = None,
) -> Appendix:
    """The appendix of the chosen round (default: the latest) next to the round before it; raises :class:`Refused`.

    ``version_id``: the file's id in the version store (None: a file outside it, named by its digest);
    ``letter``: the letter's date, kenmerk and Kamerstuk as given, before what the round's row says.
    """
    choice = choose(overview, report, round_name, party, goal, name=name)
    if not choice.ok:
        raise Refused(choice.problems)
    today = today or overview.today
    latest, previous = choice.round_name, choice.previous_round
    actions = filter_actions(overview, ActionQuery(goal=choice.goal, party=choice.party))
    round_info = overview.round(latest)
    programme = programme_name(overview)
    return Appendix(
        programme=programme,
        letter=letter_for(round_info, letter),
        title=f"{TITLE} {programme}",
        subtitle=f"{SUBTITLE}, bij de voortgangsbrief {latest}",
        round_name=latest,
        round_date_text=nl.date(round_info.date) if round_info and round_info.date else NO_DATE,
        previous_round_name=previous,
        stamp=Stamp(digest, version_id),
        priorities=_priorities(overview, actions, latest, previous, every_goal=not choice.party, only=choice.goal),
        budget=budget_section(overview, choice.goal),
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


def _status(overview: Overview, round_name: str, action: dict, columns: contract.RoundColumns) -> StatusText:
    """The action's status in a round (``Geen antwoord`` where the cell was empty) and its progress text."""
    word = no_answer.status_word(overview, round_name, _text(action[contract.COL_ACTION_ID]), action[columns.status])
    return StatusText(word, _text(action[columns.progress]))


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
                previous=_status(overview, previous, action, before) if before else None,
                current=_status(overview, latest, action, current),
            )
            for action in goal_actions.to_dict("records")
        )
        title = _text(goals.loc[code, contract.COL_TITLE]) if code in goals.index else ""
        description = _text(goals.loc[code, contract.COL_DESCRIPTION]) if code in goals.index else ""
        summary = no_answer.goal_sentences(overview, goal_actions, latest, previous, moved) if rows else ()
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
