"""Over: what the data is, where it comes from, what the statuses mean, how the workbook stays current."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from domain.budget import budget_lines
from domain.model import Overview
from workbook import contract as s
from workbook import nl

from .common import Metric

TITLE = "Over dit dashboard"
INTRO = "Wat de gegevens zijn, waar ze vandaan komen en hoe het werkboek actueel blijft."
COL_FILLED = "Acties met voortgangstekst"

#: What each status means (the rubric of docs/werkboek.md, short).
STATUS_MEANINGS: dict[str, str] = {
    s.STATUS_DONE: "Wat de actie vroeg is gedaan (wet aangenomen, product opgeleverd, 'uitgevoerd'); er staat niets "
    "meer open.",
    s.STATUS_RUNNING: "Er wordt aan gewerkt of een deel is gedaan; ook een doorlopende actie waarover activiteit "
    "wordt gemeld.",
    s.STATUS_DELAYED: "Later dan gepland of (nog) niet gelukt, maar het blijft de bedoeling.",
    s.STATUS_NOT_STARTED: "Er is nog niets gedaan of het moet nog beginnen.",
    s.STATUS_STOPPED: "Wordt niet meer gedaan: stopgezet, vervangen of achterhaald.",
    s.STATUS_UNKNOWN: "De voortgangstekst ontbreekt of zegt niets over deze actie.",
}


@dataclass(frozen=True)
class AboutView:
    metrics: tuple[Metric, ...]
    rounds: pd.DataFrame  # typed, for the download
    rounds_shown: pd.DataFrame  # with the date in words
    meanings: tuple[tuple[str, str], ...]


def round_table(overview: Overview) -> pd.DataFrame:
    """Ronde, Datum, Bron, Acties met voortgangstekst (a non-empty progress text) for every round shown."""
    rows = []
    for r in overview.round_list:
        filled = sum(1 for v in overview.actions[r.progress].tolist() if isinstance(v, str) and v.strip())
        rows.append({s.COL_ROUND: r.name, s.COL_DATE: r.date, s.COL_SOURCE: r.source or "", COL_FILLED: filled})
    return pd.DataFrame(rows, columns=[s.COL_ROUND, s.COL_DATE, s.COL_SOURCE, COL_FILLED])


def view(overview: Overview) -> AboutView:
    counts = {
        "Prioriteiten": len(overview.priorities),
        "Doelstellingen": len(overview.goals),
        "Partijen": len(overview.parties),
        "Rapportagerondes": len(overview.round_list),
        "Acties": len(overview.actions),
        "Budgetregels": len(budget_lines(overview)),
    }
    rounds = round_table(overview)
    return AboutView(
        metrics=tuple(Metric(label, nl.number(value)) for label, value in counts.items()),
        rounds=rounds,
        rounds_shown=rounds.assign(**{s.COL_DATE: rounds[s.COL_DATE].map(nl.date)}),
        meanings=tuple(STATUS_MEANINGS.items()),
    )
