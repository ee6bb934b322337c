"""Bijlage voor de Kamer (the page): what the appendix of the chosen round, party and goal will hold, or why not.

The document itself is :func:`views.appendix.view`; the page shows its outline and offers it as a download
(the .docx, and the PDF where LibreOffice is installed), built only when clicked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from domain.model import Overview
from workbook import nl
from workbook.findings import Report

from . import appendix
from .appendix import Appendix, Choice
from .cover import Letter

TITLE = "Bijlage voor de Kamer"
INTRO = (
    "Het actie-overzicht als bijlage bij de voortgangsbrief aan de Tweede Kamer: per prioriteit en doelstelling de "
    "acties met hun voortgang in de gekozen ronde en de ronde ervoor, en het budget. Als Word-document, gemaakt uit "
    "het werkboek dat hier getoond wordt, met de versie erin vermeld."
)
LETTER_INTRO = (
    "De Kamerbrief waar de bijlage bij hoort, voor het voorblad en de kopregel. Leeg laten mag: dan staat het er niet "
    "in. Vooraf ingevuld uit het blad Rondes (kolommen Kamerbrief, Kenmerk en Kamerstuk)."
)
OPEN_DATA = (
    "Dezelfde gegevens als open data: een Frictionless gegevenspakket (CSV-bestanden met datapackage.json) met een "
    "DCAT-beschrijving voor data.overheid.nl, van de gekozen ronde en de rondes ervoor. Licentie CC0."
)
NO_PDF = (
    "Een PDF kan hier niet worden gemaakt: LibreOffice is op deze server niet geïnstalleerd. Open het Word-document "
    "en kies Opslaan als PDF, of maak de PDF met 'python -m workbook report ... --pdf'."
)


@dataclass(frozen=True)
class AppendixPage:
    choice: Choice
    document: Appendix | None  # None when the choice has problems (they say why)
    facts: tuple[tuple[str, str], ...] = ()
    contents: tuple[str, ...] = ()  # "Doelstelling 1.1: Gelijkwaardige behandeling (10 acties)"

    @property
    def file_stem(self) -> str:
        return self.choice.stem


def view(
    overview: Overview,
    round_name: str | None,
    party: str | None,
    goal: str | None,
    letter: Letter | None = None,
    *,
    report: Report,
    name: str,
    digest: str,
    version_id: str | None = None,
    today: dt.date | None = None,
) -> AppendixPage:
    choice = appendix.choose(overview, report, round_name, party, goal, name=name)
    if not choice.ok:
        return AppendixPage(choice, None)
    document = appendix.view(
        overview,
        report,
        choice.round_name,
        choice.party,
        choice.goal,
        name=name,
        digest=digest,
        version_id=version_id,
        letter=letter,
        today=today,
    )
    goals = [goal for priority in document.priorities for goal in priority.goals]
    actions = sum(len(goal.rows) for goal in goals)
    facts = [
        ("Ronde", f"{document.round_name} ({document.round_date_text})"),
        ("Vergeleken met", document.previous_round_name or "geen eerdere ronde (de eerste ronde)"),
        ("Inhoud", f"{nl.count(len(goals), 'doelstelling', 'doelstellingen')}, {nl.count(actions, 'actie', 'acties')}"),
    ]
    if document.letter.line:
        facts.append(("Kamerbrief", document.letter.line))
    facts += list(document.letter.facts)
    if document.selection_text:
        facts.append(("Selectie", document.selection_text))
    facts.append(("Gemaakt uit", document.stamp_line))
    contents = tuple(
        f"Doelstelling {goal.code}: {goal.title} ({nl.count(len(goal.rows), 'actie', 'acties')})" for goal in goals
    )
    return AppendixPage(choice, document, tuple(facts), contents)


def sheet_letter(overview: Overview, round_name: str | None) -> Letter:
    """What the round's row in Rondes says about its letter: the fields' starting values."""
    found = overview.round(round_name) if round_name else None
    return Letter(found.letter_date, found.reference, found.paper) if found else Letter()
