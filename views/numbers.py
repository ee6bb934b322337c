"""Every chart's numbers as a table of text: what a screen reader, a keyboard or a printout reads instead.

WCAG 1.1.1: a chart is an image; its numbers must also be there as text. Each view that has a chart gives a
``ChartNumbers``: the expander's label, the key it is remembered by, and a small frame of strings in Dutch formats,
one row per bar (or per bar and round), one column per status or amount. The page shows it under the chart.

    numbers = status_numbers(counts, "Doelstelling", key="overzicht-doel")   # from domain.status.status_counts
    numbers.table.columns  ->  ["Doelstelling", "Afgerond", "Loopt", ..., "Totaal"]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from domain.budget import REST, Composition
from domain.columns import COL_AMOUNT_TEXT, COL_COUNT, COL_LABEL, COL_PART, COL_STATUS, COL_TOTAL
from workbook import contract, nl

LABEL = "De cijfers van deze grafiek"
COL_WHAT = "Onderdeel"
REST_LABEL = "Niet uitgesplitst"  #: the part of a whole its parts leave unexplained (as in the chart)


@dataclass(frozen=True)
class ChartNumbers:
    """A chart's numbers: ``table`` (strings only, Dutch formats) under an expander called ``label``."""

    table: pd.DataFrame
    key: str
    label: str = LABEL
    stem: str = ""  #: with a stem, the table is offered as CSV and Excel too (large tables)
    download: pd.DataFrame | None = None  #: what to download when it differs from ``table``
    name: str = "Tabel"  #: the download buttons' word for the table

    @property
    def empty(self) -> bool:
        return self.table.empty


def _ranked(statuses: Sequence[str]) -> list[str]:
    return sorted(dict.fromkeys(statuses), key=contract.status_key)


def status_numbers(
    counts: pd.DataFrame,
    category_title: str,
    *,
    key: str,
    category: str | None = COL_LABEL,
    order: Sequence[str] | None = None,
) -> ChartNumbers:
    """Per category (a row) the number of actions per status (a column, in the legend's order) and the total.

    ``counts`` as from ``domain.status.status_counts`` or ``domain.parties.party_status_counts``; a status no
    action has is not a column (as it is not a bar); a category without actions is not a row.
    """
    if counts.empty:
        return ChartNumbers(pd.DataFrame(), key)
    statuses = _ranked(counts[COL_STATUS].tolist())
    group = category if category else "_alle"
    frame = counts if category else counts.assign(_alle="Alle acties")
    wide = frame.pivot_table(index=group, columns=COL_STATUS, values=COL_COUNT, aggfunc="sum", fill_value=0)
    wide = wide.reindex(columns=statuses, fill_value=0)
    rows = [c for c in (order or []) if c in wide.index] + [c for c in wide.index if c not in set(order or [])]
    wide = wide.loc[rows]
    wide[COL_TOTAL] = wide.sum(axis=1)
    table = wide.map(lambda n: nl.number(int(n))).reset_index()
    table.columns = [category_title, *statuses, COL_TOTAL]
    return ChartNumbers(table.astype(str), key)


def status_round_numbers(frame: pd.DataFrame, *, key: str, by_goal: bool, rounds: Sequence[str]) -> ChartNumbers:
    """Per round (and per goal when ``by_goal``) the number of actions per status and the total.

    ``frame`` as from ``domain.status.status_by_round``.
    """
    if frame.empty:
        return ChartNumbers(pd.DataFrame(), key)
    statuses = _ranked(frame[COL_STATUS].tolist())
    group = [COL_LABEL, contract.COL_ROUND] if by_goal else [contract.COL_ROUND]
    wide = frame.pivot_table(index=group, columns=COL_STATUS, values=COL_COUNT, aggfunc="sum", fill_value=0)
    wide = wide.reindex(columns=statuses, fill_value=0)
    round_rank = {name: i for i, name in enumerate(rounds)}
    labels = list(dict.fromkeys(frame[COL_LABEL])) if by_goal else []
    label_rank = {name: i for i, name in enumerate(labels)}

    def rank(index) -> tuple:
        goal, name = index if by_goal else (None, index)
        return (label_rank.get(goal, 0), round_rank.get(name, len(round_rank)))

    wide = wide.loc[sorted(wide.index, key=rank)]
    wide[COL_TOTAL] = wide.sum(axis=1)
    table = wide.map(lambda n: nl.number(int(n))).reset_index()
    table.columns = [*(["Doelstelling"] if by_goal else []), "Ronde", *statuses, COL_TOTAL]
    return ChartNumbers(table.astype(str), key)


def budget_numbers(
    rows: pd.DataFrame, *, key: str, by: str | None = None, totals: pd.DataFrame | None = None
) -> ChartNumbers:
    """One row per budget line the chart draws: [by,] Budget-ID, Omschrijving, Soort, Bedrag (text).

    ``totals`` (``by``, ``Bedrag`` as text: what a chart per year writes on top of each column, e.g. ``ten hoogste
    € 920 mln``) adds a row "Totaal <year>" after each group, unless the group's one line already says it all.
    """
    if rows.empty:
        return ChartNumbers(pd.DataFrame(), key)
    columns = [c for c in (by, contract.COL_BUDGET_ID, contract.COL_DESCRIPTION, contract.COL_KIND) if c]
    written = dict(zip(totals[by], totals[COL_AMOUNT_TEXT])) if by and totals is not None and len(totals) else {}
    records: list[dict] = []
    groups = rows.groupby(by, sort=True) if by else [(None, rows)]
    for group, part in groups:
        amounts = [nl.euro_mln(v) for v in part[contract.COL_AMOUNT].tolist()]
        for row, amount in zip(part.to_dict("records"), amounts):
            records.append({**{c: _text(row.get(c)) for c in columns}, COL_AMOUNT_TEXT: amount})
        total = written.get(group)
        if total is not None and (len(part) > 1 or total != amounts[0]):
            blank = dict.fromkeys(columns, "")
            records.append(
                blank | {by: _text(group), contract.COL_DESCRIPTION: f"Totaal {_text(group)}", COL_AMOUNT_TEXT: total}
            )
    return ChartNumbers(pd.DataFrame(records, columns=[*columns, COL_AMOUNT_TEXT]), key)


def composition_numbers(comp: Composition, *, key: str) -> ChartNumbers:
    """The whole and each of its parts as the composition chart draws them, the unexplained rest included."""
    whole = comp.whole
    records = [
        {
            COL_WHAT: "Geheel",
            contract.COL_BUDGET_ID: _text(whole.get(contract.COL_BUDGET_ID)),
            contract.COL_DESCRIPTION: _text(whole.get(contract.COL_DESCRIPTION)),
            COL_AMOUNT_TEXT: nl.euro_mln(whole[contract.COL_AMOUNT]),
        },
    ]
    for row in comp.parts.to_dict("records"):
        rest = row.get(COL_PART) == REST
        records.append(
            {
                COL_WHAT: REST_LABEL if rest else "Onderdeel",
                contract.COL_BUDGET_ID: "" if rest else _text(row.get(contract.COL_BUDGET_ID)),
                contract.COL_DESCRIPTION: "" if rest else _text(row.get(contract.COL_DESCRIPTION)),
                COL_AMOUNT_TEXT: nl.euro_mln(row[contract.COL_AMOUNT]),
            }
        )
    columns = [COL_WHAT, contract.COL_BUDGET_ID, contract.COL_DESCRIPTION, COL_AMOUNT_TEXT]
    return ChartNumbers(pd.DataFrame(records, columns=columns), key)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


__all__ = [
    "COL_WHAT",
    "LABEL",
    "ChartNumbers",
    "budget_numbers",
    "composition_numbers",
    "status_numbers",
    "status_round_numbers",
]
