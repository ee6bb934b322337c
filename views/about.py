"""Over: what the data is, where it comes from, what the statuses mean, how the workbook stays current."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from domain.budget import budget_lines
from domain.model import Overview
from domain.sources import cite
from workbook import contract, nl

from .common import Metric

TITLE = "Over dit dashboard"
INTRO = "Wat de gegevens zijn, waar ze vandaan komen en hoe het werkboek actueel blijft."
COL_FILLED = "Acties met voortgangstekst"
#: The columns of the list of sources (Adres only when a source has one).
SOURCE_COLUMNS = (contract.COL_TITLE, contract.COL_DATE, contract.COL_REFERENCE, contract.COL_URL)

#: What each status means (the rubric 1.1 of docs/werkboek.md, short; its rules are tried in a fixed order).
STATUS_MEANINGS: dict[str, str] = {
    contract.STATUS_DONE: (
        "Alles wat de actie vraagt is af: een wet of product is aangenomen, opgeleverd of gaat in op een "
        "vaste datum; een inspanning is beëindigd of structureel geregeld. Vervolgwerk houdt een actie niet open."
    ),
    contract.STATUS_RUNNING: (
        "De tekst meldt activiteit of voorbereiding voor deze actie, of een deel is af terwijl een "
        "ander nog loopt; ook een doorlopende actie met gemelde activiteit."
    ),
    contract.STATUS_DELAYED: (
        "Een deel met een planning is niet af en het is later dan gepland: de geplande tijd of het "
        "begin is voorbij, er is een latere datum of een onvoorziene voorwaarde, of het is niet gelukt."
    ),
    contract.STATUS_NOT_STARTED: (
        "De tekst zegt uitdrukkelijk dat er nog niets is gedaan, en het geplande begin is nog niet voorbij."
    ),
    contract.STATUS_STOPPED: (
        "De tekst zegt dat de actie als geheel niet meer gebeurt: stopgezet, achterhaald, vervangen of losgelaten."
    ),
    contract.STATUS_UNKNOWN: (
        "De voortgangstekst ontbreekt, gaat over ander werk of zegt niets over de voortgang van deze actie."
    ),
}


@dataclass(frozen=True)
class AboutView:
    metrics: tuple[Metric, ...]
    rounds: pd.DataFrame  # typed, for the download
    rounds_shown: pd.DataFrame  # with the date in words
    meanings: tuple[tuple[str, str], ...]
    sources: pd.DataFrame  # the Bronnen sheet: Titel, Datum, Kenmerk (Adres); empty without the sheet


def round_table(overview: Overview) -> pd.DataFrame:
    """Ronde, Datum, Bron, Acties met voortgangstekst (a non-empty progress text) for every round shown."""
    rows = []
    for r in overview.round_list:
        filled = sum(1 for v in overview.actions[r.progress].tolist() if isinstance(v, str) and v.strip())
        rows.append(
            {
                contract.COL_ROUND: r.name,
                contract.COL_DATE: r.date,
                contract.COL_SOURCE: cite(r.source, overview.sources),
                COL_FILLED: filled,
            }
        )
    return pd.DataFrame(rows, columns=[contract.COL_ROUND, contract.COL_DATE, contract.COL_SOURCE, COL_FILLED])


def source_table(overview: Overview) -> pd.DataFrame:
    """Titel, Datum and Kenmerk of every source document, in the order of the Bronnen sheet; Adres when one has it."""
    rows = [(s.title, s.date, s.reference, s.url) for s in overview.sources]
    columns = list(SOURCE_COLUMNS if any(s.url for s in overview.sources) else SOURCE_COLUMNS[:-1])
    return pd.DataFrame([row[: len(columns)] for row in rows], columns=columns)


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
        rounds_shown=rounds.assign(**{contract.COL_DATE: rounds[contract.COL_DATE].map(nl.date)}),
        meanings=tuple(STATUS_MEANINGS.items()),
        sources=source_table(overview),
    )
