"""Rapportageronde: how far the open round is, the reminders for late parties, and what collect did per file.

Every sentence the page shows is built here from :mod:`domain.rounds` and :mod:`domain.collect`; the page
only renders. A reminder is plain text, and its ``mailto:`` link is URL-encoded here, so workbook text never
becomes markup or a second header.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

import pandas as pd

from domain import collect as decide
from domain import rounds
from schemas import Checked
from workbook import contract, nl
from workbook.findings import WARNING
from workbook.rounds.names import request_file_names

PROGRESS_COLUMNS = ("Partij", "Gevraagd", "Beantwoord", "Nog leeg")
TAKEN_COLUMNS = ("Actie-ID", "Kolom", "Antwoordcel", "Werkboekcel", "Oud", "Nieuw")
REFUSED_COLUMNS = ("Ernst", "Cel", "Melding")
MAX_REMINDER_ACTIONS = 15  # a mailto: link longer than about 2 000 characters fails in some mail programs
MAILTO_LIMIT = 1800


@dataclass(frozen=True)
class Reminder:
    """A ready reminder for one late party: the text to copy, and the same as an e-mail draft."""

    party: str
    subject: str
    body: str
    mailto: str
    label: str


@dataclass(frozen=True)
class RoundView:
    round_name: str | None
    closed_on: dt.date | None
    sentence: str
    silent: str
    table: pd.DataFrame
    reminders: tuple[Reminder, ...]
    parties: tuple[str, ...]
    file_names: dict[str, str]
    closable: tuple[str, ...]  # rounds that can be closed (listed, with columns, not closed yet)
    closed: tuple[str, ...]  # closed rounds, with their date, as sentences

    @property
    def heading(self) -> str:
        """``Open ronde: voorjaar 2026``, or ``Laatste ronde: najaar 2025 (vastgesteld)`` once it is closed."""
        if self.round_name is None:
            return ""
        return f"Laatste ronde: {self.round_name} (vastgesteld)" if self.closed_on else f"Open ronde: {self.round_name}"

    @property
    def closed_note(self) -> str:
        """Said under the progress of a closed round: nothing to chase, the next step is a new round."""
        if not self.closed_on:
            return ""
        return (
            f"Deze ronde is vastgesteld op {nl.date(self.closed_on)}; er hoeft niemand meer te antwoorden. "
            "Open hieronder een nieuwe ronde voor de volgende rapportage."
        )


def mailto(subject: str, body: str) -> str:
    """``mailto:?subject=...&body=...``, every character outside the unreserved set percent-encoded."""
    return f"mailto:?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def reminder(party: str, round_name: str, actions: Sequence[tuple[str, str]], deadline: dt.date | None, file: str):
    """The reminder for ``party``: its open actions (Actie-ID, Wat) and the deadline."""
    subject = f"Herinnering: voortgangsrapportage Werkagenda mbo, ronde {round_name}"
    shown = [f"- {action}: {nl.shorten(what, 90)}" for action, what in actions[:MAX_REMINDER_ACTIONS]]
    if len(actions) > MAX_REMINDER_ACTIONS:
        shown.append(f"- en nog {nl.count(len(actions) - MAX_REMINDER_ACTIONS, 'actie', 'acties')}")
    when = f"uiterlijk {nl.date(deadline)}" if deadline else "zo snel mogelijk"
    body = "\n".join(
        [
            f"Beste collega's van {party},",
            "",
            f"Voor de voortgangsrapportage van de Werkagenda mbo (ronde {round_name}) missen we nog uw voortgang en "
            f"status voor {nl.count(len(actions), 'actie', 'acties')}:",
            *shown,
            "",
            f"Wilt u het verzoek ({file}) {when} ingevuld terugsturen? Vul alleen de gele cellen in en sla het "
            "bestand op als Excel-werkmap (.xlsx).",
            "",
            "Met vriendelijke groet,",
        ]
    )
    link = mailto(subject, body)
    if len(link) > MAILTO_LIMIT:  # a long list: the draft names the count; the full text is there to copy
        short = body.split("\n")
        link = mailto(subject, "\n".join([*short[:3], f"(zie de lijst van {len(actions)} acties in het verzoek)"]))
    return Reminder(party, subject, body, link, f"E-mail aan {party} opstellen")


def view(checked: Checked, deadline: dt.date | None = None) -> RoundView:
    """The round's progress, per party, with a reminder for each party that has actions still empty."""
    book = checked.workbook
    empty = pd.DataFrame(columns=list(PROGRESS_COLUMNS))
    closed = rounds.closed_rounds(book) if book is not None else {}
    closed_lines = tuple(f"{name}: vastgesteld op {nl.date(day)}" for name, day in closed.items())
    current = rounds.open_round(book) if book is not None else None
    if current is None:
        sentence = "Er is nog geen ronde. Open hieronder een nieuwe ronde."
        return RoundView(None, None, sentence, "", empty, (), (), {}, (), closed_lines)
    progress = rounds.progress(book)
    actions = book.frame(contract.SHEET_ACTIONS)
    what = {str(a): t for a, t in zip(actions[contract.COL_ACTION_ID], actions[contract.COL_WHAT])}
    names = request_file_names([p.party for p in progress.parties], current.name)
    rows = [
        {"Partij": p.party, "Gevraagd": len(p.asked), "Beantwoord": len(p.answered), "Nog leeg": len(p.empty)}
        for p in progress.parties
    ]
    sentence = (
        f"{nl.number(progress.answered)} van {nl.count(progress.total, 'actie', 'acties')} "
        f"{'heeft' if progress.answered == 1 else 'hebben'} voortgang voor {current.name}."
    )
    silent = [p.party for p in progress.parties if p.silent]
    silent_line = (
        f"Nog niets ontvangen van {nl.enumeration(silent)}." if silent else "Van elke partij is iets ontvangen."
    )
    reminders = tuple(
        reminder(p.party, current.name, [(a, what.get(a) or "") for a in p.empty], deadline, names[p.party])
        for p in progress.parties
        if p.empty and current.name not in closed  # a closed round is not chased
    )
    closable = tuple(c.name for c in book.round_columns if c.name not in closed)
    return RoundView(
        current.name,
        closed.get(current.name),
        sentence,
        silent_line,
        pd.DataFrame(rows, columns=list(PROGRESS_COLUMNS)),
        reminders,
        tuple(p.party for p in progress.parties),
        names,
        closable,
        closed_lines,
    )


# --- what collect did, per file -----------------------------------------------------------------------------
@dataclass(frozen=True)
class FileSummary:
    name: str
    level: str  # "success", "warning" or "error" (how the page shows the sentence)
    sentence: str
    taken: pd.DataFrame
    refused: pd.DataFrame


def file_summaries(collected: decide.Collected) -> list[FileSummary]:
    """Per file: one sentence (how many actions were taken in, how many cells not), and both tables."""
    summaries = []
    for outcome in collected.files:
        refused = outcome.refused
        warnings = [d for d in outcome.decisions if d.finding.severity == WARNING]
        if not outcome.readable:
            level, sentence = "error", f"'{outcome.name}' kon niet worden gelezen; er is niets uit overgenomen."
        else:
            sentence = (
                f"'{outcome.name}' ({outcome.party}, {outcome.round_name}): "
                f"{nl.count(outcome.actions_taken, 'actie', 'acties')} overgenomen"
                + (
                    f", {nl.count(len(refused), 'melding', 'meldingen')} over wat niet is overgenomen."
                    if refused
                    else "."
                )
            )
            level = "error" if refused else ("warning" if warnings else "success")
        taken = pd.DataFrame(
            [
                dict(zip(TAKEN_COLUMNS, (t.action_id, t.column, t.answer_cell, t.target, t.old, t.new)))
                for t in outcome.taken
            ],
            columns=list(TAKEN_COLUMNS),
        )
        notes = pd.DataFrame(
            [{"Ernst": d.finding.severity, "Cel": _where(d), "Melding": d.finding.message} for d in outcome.decisions],
            columns=list(REFUSED_COLUMNS),
        )
        summaries.append(FileSummary(outcome.name, level, sentence, taken, notes))
    return summaries


def collected_sentence(collected: decide.Collected) -> str:
    """``Uit 3 bestanden zijn 12 cellen ingevuld in de nieuwe versie.``"""
    files = nl.count(len(collected.files), "bestand", "bestanden")
    if not collected.changes:
        return f"Uit {files} is niets nieuws overgenomen; het werkboek blijft zoals het is."
    cells = nl.count(len(collected.changes), "cel", "cellen")
    return f"Uit {files} {'is' if len(collected.changes) == 1 else 'zijn'} {cells} ingevuld in de nieuwe versie."


def _where(decision: decide.Decision) -> str:
    finding = decision.finding
    return f"{finding.sheet}!{finding.cell}" if finding.cell else (finding.sheet or "bestand")


# --- a version made on the page: the first line of its version, and what the page says around publishing -----
CHANGED_SINCE = (
    "Het gepubliceerde werkboek is veranderd sinds u de nieuwe versie maakte; die wordt daarom niet meer "
    "aangeboden (er is niets overschreven). Maak de nieuwe versie opnieuw."
)
ANSWERS_AGAIN = "De antwoorden zijn hieronder opnieuw samengevoegd, nu met die nieuwere versie."
MAKE_AGAIN = "Maak de nieuwe versie opnieuw: zij wordt dan op die nieuwere versie gemaakt."


def made_again(what: str) -> str:
    """After a refusal because someone published in between: what happens to the version made here."""
    return ANSWERS_AGAIN if what == "answers" else MAKE_AGAIN


def answers_message(collected: decide.Collected) -> str:
    """``Ronde voorjaar 2026: antwoorden van JOB en OCW overgenomen`` (the first line of the new version)."""
    parties = sorted({f.party for f in collected.files if f.readable and f.actions_taken and f.party})
    who = f" van {nl.enumeration(parties)}" if parties else ""
    return f"Ronde {collected.round_name}: antwoorden{who} overgenomen"


def new_round_message(name: str) -> str:
    return f"Ronde {' '.join(str(name).split())} geopend"


def closed_message(name: str) -> str:
    return f"Ronde {name} vastgesteld"
