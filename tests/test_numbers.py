"""Every chart's numbers as text (WCAG 1.1.1): views.numbers, and an expander with them under every chart."""

from __future__ import annotations

import pandas as pd
import pytest

from domain import budget, parties, status
from domain.columns import COL_AMOUNT_TEXT, COL_COUNT, COL_STATUS, COL_TOTAL
from domain.model import build_overview
from schemas import check
from tests import apptest
from views import budget as budget_view
from views import numbers
from workbook import contract, nl


@pytest.fixture(scope="module")
def canonical():
    return build_overview(check(contract.CANONICAL_WORKBOOK).workbook, None)


def as_int(text: str) -> int:
    return int(text.replace(".", ""))


def test_status_numbers_has_a_row_per_bar_a_column_per_status_in_legend_order_and_the_total(canonical):
    counts = status.status_counts(canonical, by=contract.COL_GOAL)
    order = list(reversed(list(dict.fromkeys(counts["Naam"]))))  # any order the chart is given
    table = numbers.status_numbers(counts, "Doelstelling", key="k", order=order).table
    assert list(table["Doelstelling"]) == order
    statuses = [c for c in table.columns if c not in ("Doelstelling", COL_TOTAL)]
    assert statuses == sorted(statuses, key=contract.status_key)
    assert set(statuses) == set(counts[COL_STATUS])  # a status no action has is no column
    for row in table.to_dict("records"):
        assert sum(as_int(row[c]) for c in statuses) == as_int(row[COL_TOTAL])
        expected = counts[counts["Naam"] == row["Doelstelling"]]
        assert {st: as_int(row[st]) for st in expected[COL_STATUS]} == dict(
            zip(expected[COL_STATUS], expected[COL_COUNT])
        )
    assert sum(as_int(t) for t in table[COL_TOTAL]) == len(canonical.actions)
    assert all(isinstance(v, str) for v in table.to_numpy().ravel())


def test_status_round_numbers_per_round_adds_up_to_every_action_and_follows_the_rounds(canonical):
    frame = status.status_by_round(canonical, canonical.actions, by_goal=False)
    table = numbers.status_round_numbers(frame, key="k", by_goal=False, rounds=canonical.rounds).table
    assert list(table["Ronde"]) == list(canonical.rounds)
    assert {as_int(t) for t in table[COL_TOTAL]} == {len(canonical.actions)}
    per_goal = numbers.status_round_numbers(
        status.status_by_round(canonical, canonical.actions, by_goal=True),
        key="k",
        by_goal=True,
        rounds=canonical.rounds,
    ).table
    assert list(per_goal.columns[:2]) == ["Doelstelling", "Ronde"]
    assert len(per_goal) == len(set(per_goal["Doelstelling"])) * len(canonical.rounds)
    assert sum(as_int(t) for t in per_goal[COL_TOTAL]) == len(canonical.actions) * len(canonical.rounds)


def test_a_partys_role_numbers_count_its_actions(canonical):
    counts = parties.party_status_counts(canonical, "JOB")
    table = numbers.status_numbers(counts, "Rol", key="k", category="Rol", order=contract.ROLES).table
    assert sum(as_int(t) for t in table[COL_TOTAL]) == int(counts[COL_COUNT].sum())
    assert list(table["Rol"]) == [r for r in contract.ROLES if r in set(counts["Rol"])]


def test_budget_numbers_per_year_list_each_line_and_the_total_the_chart_writes_on_top(canonical):
    view = budget_view.view(canonical)
    rows = view.per_year.figure.rows
    table = view.per_year.numbers.table
    assert list(table.columns) == [
        "Jaar",
        contract.COL_BUDGET_ID,
        contract.COL_DESCRIPTION,
        contract.COL_KIND,
        COL_AMOUNT_TEXT,
    ]
    lines = table[table[contract.COL_BUDGET_ID] != ""]
    assert len(lines) == len(rows)
    on_top = view.per_year.figure.totals  # what the chart writes above each column, with its precision word
    written = dict(zip(on_top["Jaar"], on_top[COL_AMOUNT_TEXT]))
    assert written[2024] == "ten hoogste € 920 mln"  # B02 + B07 ('oplopend tot'); B10 lies inside B03
    for year, part in rows.groupby("Jaar"):
        totals = table[(table["Jaar"] == str(year)) & (table[contract.COL_BUDGET_ID] == "")]
        if len(part) > 1:
            assert list(totals[COL_AMOUNT_TEXT]) == [written[year]]
            assert list(totals[contract.COL_DESCRIPTION]) == [f"Totaal {year}"]
        else:
            assert totals.empty and written[year] == nl.euro_mln(float(part[contract.COL_AMOUNT].sum()))  # says it all
    assert view.by_kind.numbers.table[COL_AMOUNT_TEXT].tolist() == [
        nl.euro_mln(v) for v in view.by_kind.figure.rows[contract.COL_AMOUNT]
    ]


def test_composition_numbers_name_the_whole_each_part_and_the_rest(canonical):
    lines = budget.budget_lines(canonical)
    for whole_id in budget.budget_wholes(lines):
        comp = budget.composition(lines, whole_id)
        table = numbers.composition_numbers(comp, key="k").table
        assert table.iloc[0][numbers.COL_WHAT] == "Geheel" and table.iloc[0][contract.COL_BUDGET_ID] == whole_id
        assert len(table) == 1 + len(comp.parts)
        rests = table[table[numbers.COL_WHAT] == numbers.REST_LABEL]
        assert len(rests) == int((comp.parts["Deel"] == budget.REST).sum())


def test_no_actions_no_numbers():
    assert numbers.status_numbers(pd.DataFrame(), "Doelstelling", key="k").empty
    assert numbers.budget_numbers(pd.DataFrame(), key="k").empty


NUMBER_LABELS = (numbers.LABEL, "De matrix als tabel", "De tijdlijn als tabel")
CHART_PAGES = (
    ("overzicht", {}),
    ("doelstellingen", {}),
    ("doelstellingen", {"doel": "1.1"}),
    ("partijen", {"partij": "JOB"}),
    ("budget", {}),
    ("tijdlijn", {}),
)


@pytest.fixture
def run(monkeypatch):
    monkeypatch.setenv("WERKBOEK_PAD", str(contract.CANONICAL_WORKBOOK))
    apptest.install(monkeypatch)
    return apptest.run_page


@pytest.mark.parametrize(("page", "params"), CHART_PAGES, ids=[f"{p}-{'-'.join(q.values())}" for p, q in CHART_PAGES])
def test_every_chart_has_its_numbers_under_it(run, page, params):
    at = run(page, **params)
    charts = at.get("vega_lite_chart")
    boxes = [e for e in at.expander if e.label in NUMBER_LABELS]
    assert charts and len(boxes) == len(charts), (len(charts), [e.label for e in at.expander])
    assert not at.table  # closed: nothing built


def test_an_opened_numbers_table_shows_the_charts_counts_as_text(run, canonical):
    at = run("overzicht", opened=("overzicht-doelstelling-open",))
    (table,) = at.table
    shown = table.value
    assert "Doelstelling" in shown.columns and COL_TOTAL in shown.columns
    assert sum(as_int(str(v)) for v in shown[COL_TOTAL]) == len(canonical.actions)
    latest = status.latest_counts(canonical)
    statuses = [c for c in shown.columns if c not in ("Doelstelling", COL_TOTAL)]
    assert statuses and {word: sum(as_int(str(v)) for v in shown[word]) for word in statuses} == {
        word: latest[word] for word in statuses
    }


def test_an_indicators_numbers_are_its_measurements_baseline_and_target(canonical):
    from views import indicators

    (vsv,) = [i for i in indicators.for_goal(canonical, "1.3") if i.indicator_id == "I04"]
    rows = vsv.numbers.table.to_dict("records")
    measured = [r for r in rows if r["Wat"] == "Meting"]
    assert [(r["Jaar"], r["Waarde"]) for r in measured] == list(zip(vsv.points["Jaar"].astype(str), vsv.points["Naam"]))
    assert [r["Wat"] for r in rows[len(measured) :]] == ["Basiswaarde", "Streefwaarde"]
    assert rows[-1]["Waarde"] == nl.number(18000)  # the target of the source: maximaal 18.000
