"""The budget tree and the counting rule: parts, overlaps (with their closure), clipping and the precision of a sum.

Every table has one line per case: what the tree is, what is counted, what is left out and why.
"""

from __future__ import annotations

import pandas as pd
import pytest

from domain import budget
from domain.budget_count import LEFT_OUT_OVERLAP, LEFT_OUT_PART, LeftOut, count, sum_precision
from domain.columns import COL_REASON, COL_YEAR
from support import sample
from views import sentences
from workbook import contract
from workbook.budget_tree import Tree, holds_in, split_ids, whole_years


@pytest.mark.parametrize(
    ("cell", "ids"),
    [
        ("B22; B23", ["B22", "B23"]),
        ("B22;B23 ; ", ["B22", "B23"]),
        ("B22, B23; B22", ["B22", "B23"]),  # a comma works too; a repeat counts once
        ("", []),
        (None, []),
    ],
)
def test_split_ids(cell, ids):
    assert split_ids(cell) == ids


#: B01 > B02 > B03; B22 overlaps B02; B15 overlaps B02 and has the part B16.
TREE = Tree.of(
    ["B01", "B02", "B03", "B22", "B15", "B16", "B07"],
    [None, "B01", "B02", None, None, "B15", None],
    [None, None, None, "B02", "B02", None, None],
)


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("B22", "B02", True),  # declared
        ("B02", "B22", True),  # both ways
        ("B01", "B22", True),  # a whole of a line that overlaps shares money too
        ("B22", "B15", False),  # both overlap B02, but not each other
        ("B22", "B03", False),  # B22 shares money with B02, not necessarily with a part of it
        ("B16", "B02", False),  # a part of B15 need not be in the money B15 shares
        ("B02", "B03", False),  # a whole and its part: 'Onderdeel van', not an overlap
        ("B07", "B02", False),
    ],
)
def test_an_overlap_holds_for_the_wholes_of_both_lines(a, b, shared):
    assert TREE.overlap(a, b) is shared


@pytest.mark.parametrize(
    ("candidates", "amounts", "kept", "left_out"),
    [
        (  # the part rule names the whole that is counted and the lines between
            ["B01", "B03"],
            {"B01": 4000, "B03": 367},
            ("B01",),
            (LeftOut("B03", LEFT_OUT_PART, "B01", ("B02",)),),
        ),
        (  # of two lines that share money, the larger counts
            ["B02", "B22", "B07"],
            {"B02": 900, "B22": 704, "B07": 20},
            ("B02", "B07"),
            (LeftOut("B22", LEFT_OUT_OVERLAP, "B02"),),
        ),
        (  # the larger may be the one that declares the overlap
            ["B02", "B22"],
            {"B02": 100, "B22": 704},
            ("B22",),
            (LeftOut("B02", LEFT_OUT_OVERLAP, "B22"),),
        ),
        (  # parts first: B16 goes with its whole B15, which then yields to B02
            ["B02", "B15", "B16"],
            {"B02": 900, "B15": 142, "B16": 52},
            ("B02",),
            (LeftOut("B16", LEFT_OUT_PART, "B15"), LeftOut("B15", LEFT_OUT_OVERLAP, "B02")),
        ),
        (  # both overlap B02, which is not in this sum: they do not overlap each other
            ["B22", "B15"],
            {"B22": 704, "B15": 142},
            ("B22", "B15"),
            (),
        ),
    ],
)
def test_the_counting_rule(candidates, amounts, kept, left_out):
    counted = count(candidates, TREE, amounts)
    assert (counted.kept, counted.left_out) == (kept, left_out)


def test_equal_amounts_the_line_with_more_years_counts_then_the_first_id():
    tree = Tree.of(["A1", "A2"], [None, None], ["A2", None])
    assert count(["A1", "A2"], tree, {"A1": 10, "A2": 10}, {"A1": 1, "A2": 5}).kept == ("A2",)
    assert count(["A2", "A1"], tree, {"A1": 10, "A2": 10}).kept == ("A1",)


@pytest.mark.parametrize(
    ("precisions", "word"),
    [
        (["", None], ""),
        (["", "oplopend tot"], "ten hoogste"),
        (["bijna", "oplopend tot"], "ten hoogste"),
        (["meer dan", "", "ruim"], "meer dan"),
        (["ongeveer"], "ongeveer"),
        (["meer dan", "bijna"], "ongeveer"),  # lower and upper bounds together
        (["ongeveer", "oplopend tot"], "ongeveer"),
    ],
)
def test_the_precision_of_a_sum(precisions, word):
    assert sum_precision(precisions) == word


@pytest.mark.parametrize(
    ("line", "own", "years"),
    [
        ("B03", {"B02": (2023, 2027)}, ((2023, 2027), True)),  # the years of the nearest whole that has them
        ("B03", {"B03": (2024, None), "B02": (2023, 2027)}, ((2024, 2027), True)),  # each end on its own
        ("B03", {}, ((2023, 2027), False)),  # nobody says: the Werkagenda's years
        ("B03", {"B03": (2028, 2025)}, ((2028, 2028), False)),  # the wrong way round: reported elsewhere
    ],
)
def test_the_years_of_a_whole(line, own, years):
    assert whole_years(line, TREE, own) == years


def test_a_line_without_years_holds_in_every_year_and_an_open_end_runs_on():
    assert holds_in((None, None), 2019) and holds_in((2023, None), 2040)
    assert not holds_in((2024, 2024), 2025)


# --- on a workbook ------------------------------------------------------------------------------------------------
def budget_row(**values):
    row = dict.fromkeys(contract.SHEET_COLUMNS[contract.SHEET_BUDGET])
    row.update(values)
    return row


def test_an_overlap_is_counted_once_per_year_and_traced(tmp_path):
    """The sample's B03 (704 in 2024) shares money with B01 (900): 2024 counts 900, not 1.604."""
    data = sample.sample_data()
    data[contract.SHEET_BUDGET][2][contract.COL_OVERLAPS] = "B01"
    data[contract.SHEET_BUDGET][3][contract.COL_PRECISION] = "ongeveer"
    lines = budget.budget_lines(sample.overview(tmp_path, data))
    figure = budget.budget_per_year(lines)
    totals = figure.totals.set_index(COL_YEAR)
    assert totals.loc[2024, contract.COL_AMOUNT] == 900.0  # was 900 + 704 without 'Overlapt met'
    assert (totals.loc[2023, contract.COL_AMOUNT], totals.loc[2023, contract.COL_PRECISION]) == (
        902.5,
        "ongeveer",
    )  # B04
    in_2024 = budget.budget_in_year(figure, 2024)
    assert in_2024.ids == ("B01",)
    assert sentences.left_out_parts(in_2024.left_out) == [
        "B02 (onderdeel van B01)",
        "B03 (overlapt met B01, dat groter is en telt)",
    ]


def test_parts_that_share_money_are_not_stacked_in_the_composition(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_BUDGET] += [
        budget_row(
            **{
                contract.COL_BUDGET_ID: "B05",
                contract.COL_DESCRIPTION: "Deel",
                contract.COL_AMOUNT: 300.0,
                contract.COL_KIND: "per jaar",
                contract.COL_PART_OF: "B01",
                contract.COL_OVERLAPS: "B02",
                contract.COL_SOURCE: "test",
            }
        ),
    ]
    lines = budget.budget_lines(sample.overview(tmp_path, data))
    composition = budget.composition(lines, "B01")
    assert composition.shared and composition.overlapping  # 367 + 300 fits in 900, but they share money
    assert list(composition.parts[contract.COL_BUDGET_ID]) == ["B02", "B05"]  # no 'niet uitgesplitst' rest


def test_lines_without_the_optional_columns_are_exact_and_overlap_nothing(tmp_path):
    lines = budget.budget_lines(sample.overview(tmp_path))
    assert lines[contract.COL_PRECISION].isna().all() and lines[contract.COL_OVERLAPS].isna().all()
    figure = budget.budget_per_year(lines)
    assert set(figure.totals[contract.COL_PRECISION]) == {""}
    assert isinstance(figure.left_out_by_year, pd.DataFrame) and set(figure.left_out_by_year[COL_REASON]) == {
        LEFT_OUT_PART
    }
