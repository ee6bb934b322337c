"""Budget: the lines per year, per goal, by kind, the quality agendas and the composition of a whole.

The lines are computed once per view; every figure starts from them. A part is never added to its whole.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from domain import budget
from domain.budget import BudgetFigure, Composition
from domain.columns import COL_AMOUNT_TEXT, COL_GROUP, COL_LABEL, COL_YEAR
from domain.labels import goal_labels, priority_labels
from domain.model import Overview
from workbook import contract, nl

from . import sentences
from .common import Metric
from .numbers import ChartNumbers, budget_numbers, composition_numbers

TITLE = "Budget"
INTRO = (
    "De bedragen uit het blad Budget, in miljoenen euro's. Een bedrag dat onderdeel is van een ander bedrag "
    "wordt nooit bij dat geheel opgeteld, en van twee bedragen die geld delen ('Overlapt met') telt alleen het "
    "grootste. Staat er in de bron 'ongeveer', 'meer dan' of 'oplopend tot' bij, dan staat dat bij het bedrag. Elke "
    "regel is herkenbaar aan zijn Budget-ID en bron (zie de tooltips en de tabel)."
)
TABLE_COLUMNS = [
    contract.COL_BUDGET_ID,
    contract.COL_DESCRIPTION,
    contract.COL_AMOUNT,
    contract.COL_PRECISION,
    contract.COL_KIND,
    contract.COL_FROM_YEAR,
    contract.COL_TO_YEAR,
    contract.COL_PRIORITY,
    contract.COL_GOAL,
    contract.COL_PART_OF,
    contract.COL_OVERLAPS,
    contract.COL_SOURCE,
]


@dataclass(frozen=True)
class Chart:
    """One budget chart: its figure, title, description and the sentence on what it leaves out."""

    figure: BudgetFigure
    title: str
    description: str
    numbers: ChartNumbers
    left_out: str = ""


@dataclass(frozen=True)
class WholeView:
    """A whole and its parts (``composition``, amounts also as text), with the words around the chart."""

    whole_id: str
    composition: Composition
    title: str
    description: str
    captions: tuple[str, ...]
    numbers: ChartNumbers


@dataclass(frozen=True)
class BudgetView:
    empty: bool
    metrics: tuple[Metric, ...]
    per_year: Chart | None
    wholes: tuple[str, ...]
    whole_names: dict[str, str]
    whole: WholeView | None
    quality: Chart | None
    quality_table: pd.DataFrame
    quality_download: pd.DataFrame
    by_group: Chart | None
    group_order: tuple[str, ...]
    by_kind: Chart | None
    table: pd.DataFrame
    download: pd.DataFrame


def amount_texts(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the amount as Dutch text in ``Bedrag``, with its precision (``ongeveer € 367 mln``)."""
    precisions = frame[contract.COL_PRECISION].tolist() if contract.COL_PRECISION in frame else [""] * len(frame)
    texts = [nl.with_precision(nl.euro_mln(v), p) for v, p in zip(frame[contract.COL_AMOUNT].tolist(), precisions)]
    return frame.assign(**{COL_AMOUNT_TEXT: texts})


def total_texts(totals: pd.DataFrame | None) -> pd.DataFrame:
    """A figure's totals per year with ``Bedrag`` as text (``ten hoogste € 920 mln``), for the labels on top."""
    if totals is None or totals.empty:
        return pd.DataFrame(columns=[COL_YEAR, contract.COL_AMOUNT, contract.COL_PRECISION, COL_AMOUNT_TEXT])
    texts = [nl.euro_with_precision(a, p) for a, p in zip(totals[contract.COL_AMOUNT], totals[contract.COL_PRECISION])]
    return totals.assign(**{COL_AMOUNT_TEXT: texts})


def sum_metric(label: str, total: budget.BudgetTotal, what: str) -> Metric:
    """A sum of budget lines as a metric: the amount with its precision; the help names what it adds and leaves out."""
    if total.amount is None:
        return Metric(label, "-", f"Geen regels van de soort '{what}'.")
    help_text = f"Som van {nl.enumeration(total.ids)} (soort '{what}')."
    if parts := sentences.left_out_parts(total.left_out):
        help_text += f" Niet opgeteld: {'; '.join(parts)}."
    if note := sentences.sum_precision_note(total.precision):
        help_text += f" {note}"
    return Metric(label, nl.euro_with_precision(total.amount, total.precision), help_text, total.precision)


def view(overview: Overview, whole_id: str | None = None) -> BudgetView:
    lines = budget.budget_lines(overview)
    if lines.empty:
        return BudgetView(
            True,
            (),
            None,
            (),
            {},
            None,
            None,
            pd.DataFrame(),
            pd.DataFrame(),
            None,
            (),
            None,
            pd.DataFrame(),
            pd.DataFrame(),
        )
    metrics = (
        sum_metric(
            "Structureel per jaar", budget.budget_sum(lines, contract.KIND_STRUCTURAL), contract.KIND_STRUCTURAL
        ),
        sum_metric("Totaal over de looptijd", budget.budget_sum(lines, contract.KIND_TOTAL), contract.KIND_TOTAL),
        Metric("Budgetregels", nl.number(len(lines)), "Regels in het blad Budget."),
    )
    axis = budget.budget_axis(lines)
    per_year = budget.budget_per_year(lines, axis)
    per_year_chart = None
    if not per_year.rows.empty:
        per_year_chart = _chart(
            per_year,
            "Budget per jaar",
            "Per jaar de bedragen die voor dat jaar gelden, gestapeld per budgetregel (Budget-ID) en gekleurd naar "
            "soort; boven elke kolom het totaal van dat jaar ('ten hoogste' als er een bedrag 'oplopend tot' "
            "meetelt).",
            key="budget-per-jaar",
            by=COL_YEAR,
        )
    wholes = tuple(budget.budget_wholes(lines))
    names = dict(zip(lines[contract.COL_BUDGET_ID], lines[COL_LABEL]))
    chosen = whole_id if whole_id in wholes else (wholes[0] if wholes else None)
    quality = budget.quality_agenda(lines, axis)
    quality_rows = amount_texts(quality.rows)
    by_group = budget.budget_by_group(lines, goal_labels(overview), priority_labels(overview))
    by_kind = budget.budget_by_kind(lines)
    shown = amount_texts(lines)
    table = shown[TABLE_COLUMNS].copy()
    table[contract.COL_AMOUNT] = shown[COL_AMOUNT_TEXT]
    return BudgetView(
        empty=False,
        metrics=metrics,
        per_year=per_year_chart,
        wholes=wholes,
        whole_names=names,
        whole=_whole(lines, chosen, names) if chosen else None,
        quality=None
        if quality.rows.empty
        else _chart(
            quality,
            "Budget voor de kwaliteitsagenda's per jaar",
            "Het bedrag dat de mbo-instellingen per jaar ontvangen voor de uitvoering van hun kwaliteitsagenda.",
            key="budget-kwaliteitsagendas-grafiek",
            by=COL_YEAR,
        ),
        quality_table=quality_rows[[COL_YEAR, contract.COL_BUDGET_ID, COL_AMOUNT_TEXT, contract.COL_SOURCE]]
        if len(quality_rows)
        else pd.DataFrame(),
        quality_download=quality.rows[
            [COL_YEAR, contract.COL_BUDGET_ID, contract.COL_DESCRIPTION, contract.COL_AMOUNT, contract.COL_SOURCE]
        ]
        if len(quality.rows)
        else pd.DataFrame(),
        by_group=None
        if by_group.rows.empty
        else _chart(
            by_group,
            "Budget per doelstelling of prioriteit",
            "De bedragen die de bron aan een doelstelling of prioriteit koppelt, per soort bedrag naast elkaar "
            "(bedragen per jaar en eenmalige bedragen worden niet opgeteld).",
            key="budget-per-groep",
            by=COL_GROUP,
        ),
        group_order=tuple(dict.fromkeys(by_group.rows["Groep"])) if len(by_group.rows) else (),
        by_kind=_chart(
            by_kind,
            "Alle budgetregels: structureel, per jaar, eenmalig",
            "Elke budgetregel als eigen balk, gegroepeerd naar soort; niets is opgeteld.",
            key="budget-per-soort",
        ),
        table=table,
        download=lines[TABLE_COLUMNS],
    )


def _chart(figure: BudgetFigure, title: str, description: str, *, key: str, by: str | None = None) -> Chart:
    """A chart of ``figure``; with ``by``, its lines stacked per ``by`` and (per year) their sum written on top."""
    rows = amount_texts(figure.rows)
    totals = total_texts(figure.totals) if figure.totals is not None else None
    shown = BudgetFigure(rows, figure.left_out, totals, figure.left_out_by_year)
    if by == COL_YEAR and totals is None:  # the chart writes the sum of its segments on top
        totals = total_texts(
            rows.groupby(COL_YEAR, as_index=False)[contract.COL_AMOUNT].sum().assign(**{contract.COL_PRECISION: ""})
        )
    numbers = budget_numbers(rows, key=key, by=by, totals=totals if by == COL_YEAR else None)
    return Chart(shown, title, description, numbers, sentences.left_out(figure.left_out))


def _whole(lines: pd.DataFrame, whole_id: str, names: dict[str, str]) -> WholeView:
    comp = budget.composition(lines, whole_id)
    whole_text = nl.euro_with_precision(comp.whole[contract.COL_AMOUNT], comp.whole.get(contract.COL_PRECISION))
    whole = {
        **comp.whole,
        COL_AMOUNT_TEXT: nl.with_precision(
            nl.euro_mln(comp.whole[contract.COL_AMOUNT]), comp.whole.get(contract.COL_PRECISION)
        ),
    }
    comp = Composition(whole, amount_texts(comp.parts), comp.rest, comp.other_basis, comp.shared)
    if comp.overlapping:
        description = (
            f"Bovenste balk: het geheel {whole_id}; daaronder elke regel die er onderdeel van is, met een eigen balk. "
            "Deze onderdelen overlappen elkaar (ze delen geld, of ze gelden voor verschillende jaren) en zijn daarom "
            "niet opgeteld."
        )
    else:
        rest = (
            f", plus het deel dat niet is uitgesplitst ({nl.euro_short(comp.rest)})"
            if comp.rest > contract.AMOUNT_TOLERANCE
            else ""
        )
        description = f"Bovenste balk: het geheel {whole_id}; onderste balk: de regels die er onderdeel van zijn{rest}."
    captions = []
    if comp.other_basis:
        captions.append(
            f"Ook onderdeel van {whole_id}, maar over een andere periode gemeten (bijvoorbeeld per jaar tegenover de "
            "hele "
            f"looptijd) en daarom niet in deze grafiek: {', '.join(comp.other_basis)}."
        )
    if comp.shared:
        captions.append(
            f"Onderdelen van {whole_id} delen geld met elkaar (kolom 'Overlapt met'); ze zijn daarom niet opgeteld. "
            "Zie de kolom 'Opmerking' in het blad Budget."
        )
    elif comp.overlapping:
        captions.append(
            f"De onderdelen van {whole_id} zijn samen {nl.euro_short(comp.parts_total)}, meer dan het geheel "
            f"({whole_text}): "
            "ze overlappen, bijvoorbeeld een bedrag per jaar naast een bedrag dat daarbinnen valt. "
            "Zie de kolom 'Opmerking' in het blad Budget."
        )
    title = f"Samenstelling van {names.get(whole_id, whole_id)} ({whole_text})"
    numbers = composition_numbers(comp, key="budget-samenstelling")
    return WholeView(whole_id, comp, title, description, tuple(captions), numbers)
