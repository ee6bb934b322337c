"""Tijdlijn: the actions on a time axis from Startjaar to Eindjaar, coloured by their latest status."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from domain import timeline
from domain.columns import COL_BEGIN, COL_END, COL_OPEN, COL_PERIOD, COL_START_UNKNOWN
from domain.model import COL_LATEST_STATUS, COL_PAST_END, Overview
from domain.search import ActionQuery, filter_actions
from workbook import contract, nl

from . import sentences
from .files import stem
from .numbers import ChartNumbers

TITLE = "Tijdlijn"
INTRO = (
    "Elke actie als balk van haar startjaar tot en met haar eindjaar, gekleurd en benoemd naar de laatste status. "
    "Een actie zonder eindjaar loopt door tot het einde van de as (pijl en 'doorlopend'), tenzij ze is afgerond of "
    "gestopt: dan eindigt de balk in het jaar van de ronde waarin dat gemeld werd."
)
TABLE_COLUMNS = [
    contract.COL_ACTION_ID,
    contract.COL_GOAL,
    contract.COL_WHAT,
    contract.COL_WHEN,
    COL_PERIOD,
    COL_OPEN,
    COL_LATEST_STATUS,
    COL_PAST_END,
]


@dataclass(frozen=True)
class TimelineView:
    count: str  # "2 acties"
    count_rest: str  # "van de 78"
    frame: pd.DataFrame  # one bar per action, with its period in words
    axis: tuple[int, int]
    today: float
    title: str
    description: str
    facts: str
    table: pd.DataFrame
    stem: str
    numbers: ChartNumbers  #: the time line as a table (``table``), to download too


def with_periods(frame: pd.DataFrame) -> pd.DataFrame:
    """The time line frame with ``Periode``: each bar's years in words."""
    spans = list(zip(frame[COL_BEGIN], frame[COL_END], frame[COL_OPEN], frame[COL_START_UNKNOWN]))
    words = {span: sentences.period(*span) for span in set(spans)}  # a few dozen distinct spans
    return frame.assign(**{COL_PERIOD: [words[span] for span in spans]})


def view(overview: Overview, query: ActionQuery) -> TimelineView:
    latest = overview.latest_round or "laatste ronde"
    actions = filter_actions(overview, ActionQuery(goal=query.goal, party=query.party, status=query.status))
    axis = timeline.timeline_axis(overview)
    frame = with_periods(timeline.timeline(overview, actions, axis))
    subject = f"doelstelling {query.goal}" if query.goal else "alle doelstellingen"
    facts = []
    open_count, unknown_start = int(frame[COL_OPEN].sum()), int(frame[COL_START_UNKNOWN].sum())
    if open_count:
        facts.append(
            f"{nl.count(open_count, 'actie is', 'acties zijn')} doorlopend (geen eindjaar en niet afgerond of gestopt)"
        )
    if unknown_start:
        facts.append(
            f"bij {nl.count(unknown_start, 'actie', 'acties')} noemt de planning geen startjaar; die begint op de as "
            f"in {axis[0]}"
        )
    table = frame[TABLE_COLUMNS]
    shown_stem = stem("tijdlijn", query.goal, query.party, query.status)
    return TimelineView(
        count=nl.count(len(frame), "actie", "acties"),
        count_rest=f"van de {nl.number(len(overview.actions))}",
        frame=frame,
        axis=axis,
        today=timeline.year_fraction(overview.today),
        title=f"Acties in de tijd ({subject})",
        description=(
            f"Eén balk per actie van startjaar tot en met eindjaar ({axis[0]} tot en met {axis[1]}); kleur en woord "
            "geven "
            f"de status in {latest}. Een pijl en 'doorlopend' markeren lopende acties zonder eindjaar; de stippellijn "
            "is vandaag."
        ),
        facts=("; ".join(facts).capitalize() + ".") if facts else "",
        table=table,
        stem=shown_stem,
        numbers=ChartNumbers(
            table, key="tijdlijn-tabel", label="De tijdlijn als tabel", stem=shown_stem, name="Tijdlijn"
        ),
    )
