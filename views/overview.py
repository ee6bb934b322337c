"""Overzicht: the headline figures, the status per priority and goal, what changed, which workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from domain import budget, status
from domain.labels import group_order
from domain.model import Overview
from workbook import contract, nl
from workbook.findings import Report

from . import sentences
from .common import Metric, check_state
from .numbers import ChartNumbers, status_numbers

TITLE = "Overzicht"
INTRO = (
    "Hoe staan de acties van de Werkagenda mbo 2023-2027 ervoor? De cijfers komen uit het actieoverzicht (het "
    "werkboek)."
)
MAX_SENTENCES = 6  #: the most frequent status moves; all moved actions are in the table


@dataclass(frozen=True)
class StatusChart:
    """The data of one status chart and the words around it."""

    counts: pd.DataFrame
    title: str
    description: str
    order: tuple[str, ...]
    category: str
    numbers: ChartNumbers


@dataclass(frozen=True)
class OverviewView:
    round_heading: str
    metrics: tuple[Metric, ...]
    status_sentence: str
    charts: tuple[StatusChart, ...]
    changes_caption: str
    change_sentences: tuple[str, ...]
    changes_rest: str
    changes_label: str
    moved: pd.DataFrame
    moved_stem: str
    no_changes: str
    facts: tuple[tuple[str, str], ...]  # (label, value) about the workbook shown


def view(overview: Overview, name: str, modified: dt.datetime | None, preview: bool, *, report: Report) -> OverviewView:
    counts = status.latest_counts(overview)
    total = len(overview.actions)
    latest = overview.latest_round or "laatste ronde"
    latest_round = overview.round(overview.latest_round) if overview.latest_round else None
    when = f" ({nl.date(latest_round.date)})" if latest_round and latest_round.date else ""

    metrics = [Metric("Acties", nl.number(total), "Alle acties in het blad Acties.")]
    for word in (contract.STATUS_DONE, contract.STATUS_RUNNING):
        share = counts[word] / total if total else 0.0
        help_text = f"Acties met status '{word}' in de ronde {latest}."
        metrics.append(Metric(word, f"{nl.number(counts[word])} ({nl.percent(share)})", help_text))
    past_help = "Acties waarvan het eindjaar voorbij is, maar die nog niet Afgerond of Gestopt zijn."
    metrics.append(Metric("Eindjaar verstreken", nl.number(status.past_end_count(overview)), past_help))
    metrics.append(_budget_metric(overview))

    charts: list[StatusChart] = []
    if total:
        for by, word, what in (
            (contract.COL_PRIORITY, "prioriteit", "Prioriteit"),
            (contract.COL_GOAL, "doelstelling", "Doelstelling"),
        ):
            per = status.status_counts(overview, by=by)
            order = tuple(group_order(overview, by))
            charts.append(
                StatusChart(
                    per,
                    f"Status per {word} ({latest})",
                    f"Aantal acties per {word}, verdeeld naar hun status in {latest}.",
                    order,
                    what,
                    status_numbers(per, what, key=f"overzicht-{word}", order=order),
                )
            )

    previous = overview.previous_round
    moved = status.moved_actions(overview, previous, overview.latest_round) if previous else pd.DataFrame()
    moves = status.count_moved(moved) if previous else []
    lines = sentences.moves(moves)
    shown = lines[:MAX_SENTENCES]
    rest = sum(move.count for move in moves[len(shown) :])
    moved_count = sum(move.count for move in moves)
    if not previous:
        no_changes = "Er is nog maar één rapportageronde; er is niets om mee te vergelijken."
    elif not moves:
        no_changes = f"Geen enkele actie heeft in {latest} een andere status dan in {previous}."
    else:
        no_changes = ""
    state = f"{check_state(report)}: {nl.count(report.counts['fout'], 'fout', 'fouten')}, "
    state += nl.count(report.counts["waarschuwing"], "waarschuwing", "waarschuwingen")
    facts = [
        ("Bestand", name + (" (uw eigen versie)" if preview else "")),
        ("Gewijzigd", nl.datetime(modified)),
        ("Laatste ronde", f"{latest}{when}"),
        ("Rondes", ", ".join(overview.rounds)),
        ("Controle", state),
    ]
    return OverviewView(
        round_heading=f"Stand in de rapportageronde {latest}{when}",
        metrics=tuple(metrics),
        status_sentence=sentences.status_mix(counts, latest) if total else "Er zijn nog geen acties.",
        charts=tuple(charts),
        changes_caption=f"Statuswijzigingen van {previous} naar {latest}." if previous else "",
        change_sentences=tuple(shown),
        changes_rest=f"En nog {nl.count(rest, 'actie', 'acties')} met een andere wijziging (zie hieronder)."
        if rest
        else "",
        changes_label=f"Welke acties zijn veranderd? ({nl.count(moved_count, 'actie', 'acties')})",
        moved=moved,
        moved_stem=f"statuswijzigingen-{latest}".replace(" ", "-"),
        no_changes=no_changes,
        facts=tuple((label, value) for label, value in facts if value),
    )


def _budget_metric(overview: Overview) -> Metric:
    """The budget of this year (within the budget's years): a part never with its whole, shared money once."""
    lines = budget.budget_lines(overview)
    per_year = budget.budget_per_year(lines, budget.budget_axis(lines))
    total = budget.budget_in_year(per_year, overview.today.year)
    if total.amount is None:
        return Metric("Budget per jaar", "-", "Het blad Budget heeft geen bedragen met jaren.")
    year = total.year
    help_text = f"Som van de budgetregels die in {year} gelden: {nl.enumeration(total.ids)}."
    if parts := sentences.left_out_parts(total.left_out):
        help_text += f" Niet opgeteld in {year}: {'; '.join(parts)}."
    if note := sentences.sum_precision_note(total.precision):
        help_text += f" {note}"
    help_text += " Regels zonder jaren of over de hele looptijd tellen niet per jaar. Zie de pagina Budget."
    value = nl.euro_with_precision(total.amount, total.precision)
    return Metric(f"Budget {year}", value, help_text, total.precision)
