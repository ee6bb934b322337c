"""The domain's figures (domain/: labels, search, status, parties, time line, budget) on small workbooks from
tests/sample.py."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from domain import budget, labels, parties, status, timeline
from domain import columns as col
from domain.model import build_overview
from domain.search import ActionQuery, filter_actions
from schemas import check
from support import sample
from views import sentences
from views.about import round_table
from views.budget import amount_texts
from views.goals import action_notes, action_table
from views.timeline import with_periods
from workbook import contract

TODAY = dt.date(2026, 11, 22)
ACTION_IDS = ["1.1-01", "1.1-02", "1.2-01", "2.1-01", "3.1-01"]


def overview_of(tmp_path, data=None, today=TODAY):
    return sample.overview(tmp_path, data, today)


@pytest.fixture
def overview(tmp_path):
    return overview_of(tmp_path)


def ids(frame: pd.DataFrame) -> list[str]:
    return list(frame[contract.COL_ACTION_ID])


def set_action(data, action_id, **values):
    row = next(r for r in data[contract.SHEET_ACTIONS] if r[contract.COL_ACTION_ID] == action_id)
    row.update(values)
    return row


# --- labels --------------------------------------------------------------------------------------
def test_goal_and_priority_labels_in_order(overview):
    assert labels.goal_labels(overview) == {
        "1.1": "1.1 Gelijkwaardigheid",
        "1.2": "1.2 Welzijn",
        "2.1": "2.1 Studiekeuze",
        "3.1": "3.1 Taal en rekenen",
    }
    assert labels.priority_labels(overview) == {
        1: "1 Gelijke kansen",
        2: "2 Onderwijs sluit aan op de arbeidsmarkt",
        3: "3 Onderwijs voor de toekomst",
    }


def test_a_goal_only_named_in_acties_still_gets_a_label(tmp_path, sample_data):
    set_action(sample_data, "3.1-01", **{contract.COL_GOAL: "3.4"})
    overview = overview_of(tmp_path, sample_data)
    assert list(labels.goal_labels(overview))[-1] == "3.4"
    counts = status.status_counts(overview, by=contract.COL_GOAL)
    assert ("3.4", "3.4", contract.STATUS_STOPPED, 1) in set(
        counts[[contract.COL_GOAL, col.COL_LABEL, col.COL_STATUS, col.COL_COUNT]].itertuples(index=False, name=None)
    )


# --- filtering -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (ActionQuery(), ACTION_IDS),
        (ActionQuery(goal="1.1"), ["1.1-01", "1.1-02"]),
        (ActionQuery(priority=1), ["1.1-01", "1.1-02", "1.2-01"]),
        (ActionQuery(party="JOB"), ["1.1-01", "2.1-01"]),
        (ActionQuery(party="OCW", role=contract.ROLE_LEAD), ["1.1-01"]),
        (ActionQuery(role=contract.ROLE_OTHER), ["1.2-01"]),
        (ActionQuery(status=contract.STATUS_RUNNING), ["1.1-01", "1.2-01", "2.1-01"]),
        (ActionQuery(status=contract.STATUS_NOT_STARTED, round="zomer 2024"), ["2.1-01"]),
        (ActionQuery(status=contract.STATUS_NOT_STARTED), []),
        (ActionQuery(text="orientatie"), ["2.1-01"]),  # accents do not count: loopbaanoriëntatie
        (ActionQuery(text="IDEM"), ["1.1-01"]),  # progress texts are searched too
        (ActionQuery(text="vws monitor"), ["1.2-01"]),  # every word must occur
        (ActionQuery(text="2.1-01"), ["2.1-01"]),
        (ActionQuery(goal="1.1", party="JOB"), ["1.1-01"]),
        (ActionQuery(goal="1.1", party="VWS"), []),
    ],
)
def test_filter_actions(overview, query, expected):
    assert ids(filter_actions(overview, query)) == expected


def test_empty_query_is_empty():
    assert ActionQuery().empty
    assert ActionQuery(round="zomer 2024").empty  # a round alone filters nothing
    assert not ActionQuery(text=" stage ").empty


# --- headline and status counts ---------------------------------------------------------------------
def test_latest_status_mix_past_end_and_structural_budget(overview):
    assert (len(overview.actions), overview.latest_round) == (5, "najaar 2025")
    assert overview.round("najaar 2025").date == dt.date(2025, 11, 1)
    assert status.latest_counts(overview) == {
        "Afgerond": 1,
        "Loopt": 3,
        "Vertraagd": 0,
        "Niet gestart": 0,
        "Gestopt": 1,
        "Onbekend": 0,
    }
    assert status.past_end_count(overview) == 0  # 1.2-01 ends in 2026: not yet past in November 2026
    lines = budget.budget_lines(overview)
    # B02 (367, structural) is part of B01 (900): the structural total is 900, not 1267
    structural = budget.budget_sum(lines, contract.KIND_STRUCTURAL)
    assert (structural.amount, structural.ids, structural.precision) == (900.0, ("B01",), "")
    assert structural.left_out[[contract.COL_BUDGET_ID, col.COL_REASON, budget.COL_WHOLE]].values.tolist() == [
        ["B02", budget.LEFT_OUT_PART, "B01"]
    ]
    assert (
        budget.budget_sum(lines, contract.KIND_TOTAL).amount,
        budget.budget_sum(lines, contract.KIND_TOTAL).ids,
    ) == (None, ())


@pytest.mark.parametrize(
    ("today", "year", "amount", "ids"),
    [
        (
            dt.date(2024, 3, 1),
            2024,
            900.0 + 704.0,
            ("B01", "B03"),
        ),  # B03 (704) holds only in 2024 and is no part of B01
        (dt.date(2026, 11, 22), 2026, 900.0, ("B01",)),
        (dt.date(2031, 1, 1), 2027, 900.0, ("B01",)),  # after the budget's last year: its last year
        (dt.date(2019, 1, 1), 2023, 900.0 + 2.5, ("B01", "B04")),
    ],
)
def test_budget_of_this_year(tmp_path, today, year, amount, ids):
    overview = overview_of(tmp_path, today=today)
    per_year = budget.budget_per_year(budget.budget_lines(overview))
    total = budget.budget_in_year(per_year, overview.today.year)
    assert (total.year, total.amount, total.ids) == (year, amount, ids)


def test_actions_past_their_end_year_are_counted(tmp_path):
    overview = overview_of(tmp_path, today=dt.date(2027, 1, 2))
    assert (
        status.past_end_count(overview) == 1
    )  # 1.2-01 ended in 2026 and still Loopt; 3.1-01 ended in 2023 but is Gestopt


def test_structural_total_adds_lines_that_are_not_parts(tmp_path, sample_data):
    sample_data[contract.SHEET_BUDGET][1][contract.COL_PART_OF] = None
    lines = budget.budget_lines(overview_of(tmp_path, sample_data))
    total = budget.budget_sum(lines, contract.KIND_STRUCTURAL)
    assert (total.amount, total.ids) == (1267.0, ("B01", "B02"))


def test_status_counts_per_priority(overview):
    counts = status.status_counts(overview, by=contract.COL_PRIORITY)
    assert list(counts.itertuples(index=False, name=None)) == [
        (1, "1 Gelijke kansen", "Afgerond", 1, 3, pytest.approx(1 / 3)),
        (1, "1 Gelijke kansen", "Loopt", 2, 3, pytest.approx(2 / 3)),
        (2, "2 Onderwijs sluit aan op de arbeidsmarkt", "Loopt", 1, 1, 1.0),
        (3, "3 Onderwijs voor de toekomst", "Gestopt", 1, 1, 1.0),
    ]


def test_status_counts_in_an_earlier_round_and_for_some_actions(overview):
    counts = status.status_counts(overview, round_name="zomer 2024")
    assert dict(zip(counts[col.COL_STATUS], counts[col.COL_COUNT])) == {"Afgerond": 1, "Loopt": 3, "Niet gestart": 1}
    some = filter_actions(overview, ActionQuery(goal="1.1"))
    counts = status.status_counts(overview, by=contract.COL_GOAL, actions=some)
    assert list(counts[[col.COL_LABEL, col.COL_STATUS, col.COL_COUNT]].itertuples(index=False, name=None)) == [
        ("1.1 Gelijkwaardigheid", "Afgerond", 1),
        ("1.1 Gelijkwaardigheid", "Loopt", 1),
    ]


def test_status_by_round_side_by_side(overview):
    frame = status.status_by_round(overview, filter_actions(overview, ActionQuery(goal="2.1")))
    assert list(frame[[contract.COL_ROUND, col.COL_STATUS, col.COL_COUNT]].itertuples(index=False, name=None)) == [
        ("zomer 2024", "Niet gestart", 1),
        ("najaar 2025", "Loopt", 1),
    ]
    per_goal = status.status_by_round(overview, by_goal=True)
    assert list(per_goal.columns[:3]) == [contract.COL_GOAL, col.COL_LABEL, contract.COL_ROUND]
    assert per_goal.groupby(contract.COL_ROUND)[col.COL_COUNT].sum().to_dict() == {"najaar 2025": 5, "zomer 2024": 5}


# --- what changed ----------------------------------------------------------------------------------
def test_status_moves_and_sentences(tmp_path, sample_data):
    set_action(sample_data, "1.1-01", **{"Status najaar 2025": "Afgerond", "Voortgang najaar 2025": "Afgerond."})
    set_action(sample_data, "1.2-01", **{"Status najaar 2025": "Afgerond"})
    overview = overview_of(tmp_path, sample_data)
    moves = status.status_moves(overview)
    assert [(m.old, m.new, m.count, m.ids) for m in moves] == [
        ("Loopt", "Afgerond", 2, ("1.1-01", "1.2-01")),
        ("Niet gestart", "Loopt", 1, ("2.1-01",)),
        ("Loopt", "Gestopt", 1, ("3.1-01",)),
    ]
    assert sentences.moves(moves) == [
        "2 acties van Loopt naar Afgerond",
        "1 actie van Niet gestart naar Loopt",
        "1 actie van Loopt naar Gestopt",
    ]
    assert ids(status.moved_actions(overview, "zomer 2024", "najaar 2025")) == ["1.1-01", "1.2-01", "2.1-01", "3.1-01"]


def test_no_moves_with_one_round(overview):
    assert status.status_moves(overview, "najaar 2025", "najaar 2025") == []
    assert status.moved_actions(overview, "najaar 2025", "najaar 2025").empty


# --- notes on actions ----------------------------------------------------------------------------
def test_action_notes_name_past_end_years_and_the_findings_on_the_row(tmp_path, sample_data):
    set_action(sample_data, "1.1-01", **{"Status najaar 2025": "Afgerond"})  # "Idem." but another status: a warning
    today = dt.date(2027, 3, 1)
    checked = check(sample.build(tmp_path, sample_data), today=today)
    overview = build_overview(checked.workbook, today)
    notes = action_notes(overview, checked.report.findings)
    assert notes[4] == ["Eindjaar 2026 is verstreken, maar de actie staat nog op 'Loopt'."]  # 1.2-01 on Excel row 4
    assert len(notes[2]) == 1 and notes[2][0].startswith("Waarschuwing: ") and "Idem" in notes[2][0]
    assert set(notes) == {2, 4}
    table = action_table(overview, overview.actions, notes)
    assert table.loc[table[contract.COL_ACTION_ID] == "1.2-01", col.COL_NOTES].item().startswith("Eindjaar 2026")
    assert table.loc[table[contract.COL_ACTION_ID] == "2.1-01", col.COL_NOTES].item() == ""


def test_action_table_has_every_round(overview):
    table = action_table(overview, overview.actions, {})
    assert list(table.columns) == [
        "Actie-ID",
        "Doelstelling",
        "Wat",
        "Wie",
        "Wanneer",
        "Startjaar",
        "Eindjaar",
        "Status zomer 2024",
        "Voortgang zomer 2024",
        "Status najaar 2025",
        "Voortgang najaar 2025",
        "Laatste status",
        "Signalen",
    ]
    assert ids(table) == ACTION_IDS


# --- parties -----------------------------------------------------------------------------------------
def test_party_matrix_counts_per_role(overview):
    matrix = parties.party_matrix(overview)
    cell = matrix[(matrix[contract.COL_PARTY] == "OCW") & (matrix[contract.COL_GOAL] == "1.1")].iloc[0]
    assert (
        cell[col.COL_COUNT],
        cell[contract.ROLE_LEAD],
        cell[contract.ROLE_INVOLVED],
        cell[contract.ROLE_OTHER],
        cell[col.COL_TOTAL],
    ) == (
        2,
        1,
        1,
        0,
        2,
    )
    assert len(matrix) == 5 * 4  # every party x every goal, zeros included
    assert int(matrix[col.COL_COUNT].sum()) == len(overview.action_parties)
    assert parties.party_order(matrix) == ["OCW", "JOB", "Mbo-scholen", "MBO Raad", "VWS"]


def test_party_matrix_for_one_role(overview):
    matrix = parties.party_matrix(overview, role=contract.ROLE_LEAD)
    assert {
        (p, g) for p, g, n in zip(matrix[contract.COL_PARTY], matrix[contract.COL_GOAL], matrix[col.COL_COUNT]) if n
    } == {
        ("OCW", "1.1"),
        ("Mbo-scholen", "2.1"),
    }
    assert parties.party_order(matrix) == ["Mbo-scholen", "OCW"]
    wide = parties.party_matrix_wide(matrix, parties.party_order(matrix))
    assert list(wide.columns) == [contract.COL_PARTY, "1.1", "1.2", "2.1", "3.1", col.COL_TOTAL]
    assert wide.values.tolist() == [["Mbo-scholen", 0, 0, 1, 0, 1], ["OCW", 1, 0, 0, 0, 1]]


def test_party_actions_and_profile(overview):
    listed = parties.party_actions(overview, "OCW")
    assert list(zip(listed[contract.COL_ACTION_ID], listed["Rol"])) == [
        ("1.1-01", contract.ROLE_LEAD),
        ("1.1-02", contract.ROLE_INVOLVED),
        ("1.2-01", contract.ROLE_INVOLVED),
        ("3.1-01", contract.ROLE_INVOLVED),
    ]
    assert ids(parties.party_actions(overview, "OCW", goal="1.2")) == ["1.2-01"]
    assert ids(parties.party_actions(overview, goal="1.1", role=contract.ROLE_LEAD)) == ["1.1-01"]
    profile = parties.party_profile(overview, "OCW")
    assert (profile.full_name, profile.kind, profile.actions) == (
        "Ministerie van Onderwijs, Cultuur en Wetenschap",
        "overheid",
        4,
    )
    assert profile.role_counts == {contract.ROLE_LEAD: 1, contract.ROLE_INVOLVED: 3, contract.ROLE_OTHER: 0}
    assert profile.status_counts[contract.STATUS_DONE] == 1 and profile.status_counts[contract.STATUS_RUNNING] == 2
    assert profile.lead_status_counts[contract.STATUS_RUNNING] == 1
    assert profile.goals == ["1.1", "1.2", "3.1"]
    per_role = parties.party_status_counts(overview, "OCW")
    assert list(per_role[["Rol", col.COL_STATUS, col.COL_COUNT]].itertuples(index=False, name=None)) == [
        (contract.ROLE_LEAD, "Loopt", 1),
        (contract.ROLE_INVOLVED, "Afgerond", 1),
        (contract.ROLE_INVOLVED, "Loopt", 1),
        (contract.ROLE_INVOLVED, "Gestopt", 1),
    ]


# --- time line -----------------------------------------------------------------------------------------
def test_timeline_bars(overview):
    assert timeline.timeline_axis(overview) == (2022, 2027)
    frame = with_periods(timeline.timeline(overview))
    rows = frame.set_index(contract.COL_ACTION_ID)
    # (Begin, Einde = the year after the last, Doorlopend, Startjaar onbekend, Periode)
    assert rows.loc[
        "1.1-01", [col.COL_BEGIN, col.COL_END, col.COL_OPEN, col.COL_START_UNKNOWN, col.COL_PERIOD]
    ].tolist() == [2022, 2028, True, True, "doorlopend (geen jaren genoemd)"]
    assert rows.loc["1.1-02", [col.COL_BEGIN, col.COL_END, col.COL_OPEN, col.COL_PERIOD]].tolist() == [
        2023,
        2024,
        False,
        "2023",
    ]
    assert rows.loc["1.2-01", [col.COL_BEGIN, col.COL_END, col.COL_PERIOD]].tolist() == [2023, 2027, "2023 - 2026"]
    assert rows.loc["2.1-01", [col.COL_BEGIN, col.COL_END, col.COL_OPEN, col.COL_PERIOD]].tolist() == [
        2024,
        2028,
        True,
        "2024 - doorlopend",
    ]
    assert rows.loc["3.1-01", "Laatste status"] == contract.STATUS_STOPPED


@pytest.mark.parametrize(
    ("zomer", "najaar", "expected"),
    [
        ("Afgerond", "Afgerond", [2025, False, "2024"]),  # finished since zomer 2024: ends in 2024
        ("Loopt", "Gestopt", [2026, False, "2024 - 2025"]),  # stopped in najaar 2025: ends in 2025
        ("Gestopt", "Afgerond", [2026, False, "2024 - 2025"]),  # closed twice, differently: since the latest
        ("Afgerond", "Loopt", [2028, True, "2024 - doorlopend"]),  # reopened: runs on
    ],
)
def test_timeline_ends_a_finished_open_ended_action_in_the_year_it_closed(
    tmp_path, sample_data, zomer, najaar, expected
):
    set_action(sample_data, "2.1-01", **{"Status zomer 2024": zomer, "Status najaar 2025": najaar})  # no end year
    rows = with_periods(timeline.timeline(overview_of(tmp_path, sample_data))).set_index(contract.COL_ACTION_ID)
    assert rows.loc["2.1-01", [col.COL_END, col.COL_OPEN, col.COL_PERIOD]].tolist() == expected


def test_timeline_passes_over_a_round_without_a_date_when_it_ends_a_closed_action(tmp_path, sample_data):
    set_action(sample_data, "2.1-01", **{"Status zomer 2024": "Afgerond", "Status najaar 2025": "Afgerond"})
    sample_data[contract.SHEET_ROUNDS][0][contract.COL_DATE] = (
        None  # zomer 2024 without a date: the closing year known is 2025
    )
    rows = with_periods(timeline.timeline(overview_of(tmp_path, sample_data))).set_index(contract.COL_ACTION_ID)
    assert rows.loc["2.1-01", [col.COL_END, col.COL_OPEN]].tolist() == [2026, False]


def test_timeline_axis_widens_to_late_years_and_today(tmp_path, sample_data):
    set_action(sample_data, "1.2-01", **{contract.COL_END_YEAR: 2030})
    assert timeline.timeline_axis(overview_of(tmp_path, sample_data)) == (2022, 2030)
    assert timeline.timeline_axis(overview_of(tmp_path, sample_data, today=dt.date(2031, 5, 1)))[1] == 2031


def test_timeline_draws_an_end_before_the_start_as_one_year(tmp_path, sample_data):
    set_action(
        sample_data, "1.2-01", **{contract.COL_START_YEAR: 2026, contract.COL_END_YEAR: 2024}
    )  # a fout the check reports
    rows = with_periods(timeline.timeline(overview_of(tmp_path, sample_data))).set_index(contract.COL_ACTION_ID)
    assert rows.loc["1.2-01", [col.COL_BEGIN, col.COL_END]].tolist() == [2026, 2027]


# --- budget ------------------------------------------------------------------------------------------------
def budget_row(**values):
    row = dict.fromkeys(contract.SHEET_COLUMNS[contract.SHEET_BUDGET])
    row.update(values)
    return row


def test_budget_per_year_never_adds_a_part_to_its_whole(overview):
    figure = budget.budget_per_year(budget.budget_lines(overview))
    totals = figure.rows.groupby(col.COL_YEAR)[contract.COL_AMOUNT].sum().to_dict()
    assert totals == {2023: 902.5, 2024: 1604.0, 2025: 900.0, 2026: 900.0, 2027: 900.0}
    assert "B02" not in set(figure.rows[contract.COL_BUDGET_ID])
    assert figure.left_out[[contract.COL_BUDGET_ID, col.COL_REASON, budget.COL_WHOLE]].values.tolist() == [
        ["B02", budget.LEFT_OUT_PART, "B01"]
    ]
    assert sentences.left_out(figure.left_out) == "Niet opgeteld in deze grafiek: B02 (onderdeel van B01)."
    # traceable: each drawn amount carries its id and source (the document by its title, from Bronnen)
    b03 = amount_texts(figure.rows)[figure.rows[contract.COL_BUDGET_ID] == "B03"].iloc[0]
    assert (b03[col.COL_YEAR], b03[contract.COL_SOURCE], b03[col.COL_AMOUNT_TEXT]) == (
        2024,
        "Voortgangsbrief Werkagenda mbo en Stagepact mbo, najaar 2025: tabel",
        "€ 704 mln",
    )


def test_budget_per_year_never_counts_a_part_outside_the_years_of_its_whole(tmp_path, sample_data):
    sample_data[contract.SHEET_BUDGET].append(
        budget_row(
            **{
                contract.COL_BUDGET_ID: "B05",
                contract.COL_DESCRIPTION: "Deel",
                contract.COL_AMOUNT: 100.0,
                contract.COL_KIND: "per jaar",
                contract.COL_FROM_YEAR: 2024,
                contract.COL_TO_YEAR: 2025,
                contract.COL_PART_OF: "B03",
                contract.COL_SOURCE: "test",
            }
        )
    )
    sample_data[contract.SHEET_BUDGET].append(
        budget_row(
            **{
                contract.COL_BUDGET_ID: "B06",
                contract.COL_DESCRIPTION: "Over de hele looptijd",
                contract.COL_AMOUNT: 4000.0,
                contract.COL_KIND: "totaal looptijd",
                contract.COL_FROM_YEAR: 2023,
                contract.COL_TO_YEAR: 2027,
                contract.COL_SOURCE: "000",
            }
        )
    )
    lines = budget.budget_lines(overview_of(tmp_path, sample_data))
    figure = budget.budget_per_year(lines)
    assert "B05" not in set(figure.rows[contract.COL_BUDGET_ID])  # 2024: its whole B03 is drawn; 2025: B03 has ended
    by_year = figure.left_out_by_year
    b05 = by_year[by_year[contract.COL_BUDGET_ID] == "B05"]
    assert b05[[col.COL_YEAR, col.COL_REASON, budget.COL_WHOLE]].values.tolist() == [
        [2024, budget.LEFT_OUT_PART, "B03"],
        [2025, budget.LEFT_OUT_OUTSIDE, "B03"],
    ]
    assert [sentences.left_out_reason(r, w) for r, w in zip(b05[col.COL_REASON], b05[budget.COL_WHOLE])] == [
        "onderdeel van B03",
        "buiten de jaren van zijn geheel B03",
    ]
    reasons = zip(
        figure.left_out[contract.COL_BUDGET_ID], figure.left_out[col.COL_REASON], figure.left_out[budget.COL_WHOLE]
    )
    assert {i: sentences.left_out_reason(reason, whole) for i, reason, whole in reasons} == {
        "B02": "onderdeel van B01",
        "B05": "onderdeel van B03",
        "B06": "totaal over de looptijd, niet per jaar te verdelen",
    }
    total = budget.budget_sum(lines, contract.KIND_TOTAL)
    assert (total.amount, total.ids) == (4000.0, ("B06",))


@pytest.mark.parametrize(
    ("ids_", "parent_of", "kept", "dropped"),
    [
        (
            ["A", "B", "C"],
            {"B": "A", "C": "B"},
            ["A"],
            {"B": "A", "C": "B"},
        ),  # the nearest whole in the figure is named
        (["B", "C"], {"B": "A", "C": "B"}, ["B"], {"C": "B"}),  # the whole is not in this figure
        (["A", "B"], {"A": "B", "B": "A"}, [], {"A": "B", "B": "A"}),  # a cycle (a fout) ends
        (["A", "A"], {}, ["A"], {}),
    ],
)
def test_without_parts(ids_, parent_of, kept, dropped):
    assert budget.without_parts(ids_, parent_of) == (kept, dropped)


def test_composition_of_a_whole(overview):
    lines = budget.budget_lines(overview)
    assert budget.budget_wholes(lines) == ["B01"]
    comp = budget.composition(lines, "B01")
    assert comp.parts[[contract.COL_BUDGET_ID, contract.COL_AMOUNT, col.COL_PART]].values.tolist() == [
        ["B02", 367.0, "onderdeel"],
        ["", 533.0, "niet uitgesplitst"],
    ]
    assert (comp.rest, comp.parts_total) == (533.0, 367.0)
    with pytest.raises(KeyError):
        budget.composition(lines, "B99")


def test_composition_whose_parts_exceed_the_whole(tmp_path, sample_data):
    sample_data[contract.SHEET_BUDGET][2][contract.COL_PART_OF] = "B01"  # 704 + 367 > 900 (the check reports it)
    comp = budget.composition(budget.budget_lines(overview_of(tmp_path, sample_data)), "B01")
    assert comp.rest == pytest.approx(900 - 367 - 704)
    assert list(comp.parts[col.COL_PART]) == ["onderdeel", "onderdeel"]  # no negative rest bar
    assert comp.overlapping


def test_a_yearly_part_of_a_total_over_the_period_is_not_drawn_as_its_share(tmp_path, sample_data):
    """0,9 mld per year is part of 'more than 4 mld over the period', but not 900 of its 4 000."""
    sheet = sample_data[contract.SHEET_BUDGET]
    sheet.append(
        budget_row(
            **{
                contract.COL_BUDGET_ID: "B09",
                contract.COL_DESCRIPTION: "Totaal over de looptijd",
                contract.COL_AMOUNT: 4000.0,
                contract.COL_KIND: "totaal looptijd",
                contract.COL_SOURCE: "000",
            }
        )
    )
    sheet[0][contract.COL_PART_OF] = "B09"  # B01: 900 per year
    lines = budget.budget_lines(overview_of(tmp_path, sample_data))
    assert "B09" not in budget.budget_wholes(lines)  # nothing to draw: its only part is per year
    comp = budget.composition(lines, "B09")
    assert comp.other_basis == ("B01",)
    assert list(comp.parts[col.COL_PART]) == ["niet uitgesplitst"] and comp.rest == 4000.0
    assert budget.budget_wholes(lines) == ["B01"]  # B01 still has its structural part B02


def test_parts_that_leave_a_rest_do_not_overlap(overview):
    assert not budget.composition(budget.budget_lines(overview), "B01").overlapping


def test_quality_agenda_years(tmp_path, sample_data):
    sheet = sample_data[contract.SHEET_BUDGET]
    sheet[2][contract.COL_DESCRIPTION] = "Kwaliteitsagenda's 2024"
    for bid, year, amount in (("B10", 2025, 539.0), ("B11", 2026, 539.0), ("B12", 2027, 540.0)):
        sheet.append(
            budget_row(
                **{
                    contract.COL_BUDGET_ID: bid,
                    contract.COL_DESCRIPTION: f"Kwaliteitsagenda's {year}",
                    contract.COL_AMOUNT: amount,
                    contract.COL_KIND: "per jaar",
                    contract.COL_FROM_YEAR: year,
                    contract.COL_TO_YEAR: year,
                    contract.COL_SOURCE: "004: tabel",
                }
            )
        )
    figure = budget.quality_agenda(budget.budget_lines(overview_of(tmp_path, sample_data)))
    assert list(zip(figure.rows[col.COL_YEAR], figure.rows[contract.COL_AMOUNT])) == [
        (2024, 704.0),
        (2025, 539.0),
        (2026, 539.0),
        (2027, 540.0),
    ]
    assert figure.total == 704 + 539 + 539 + 540


def test_quality_agenda_keeps_years_that_are_part_of_a_whole_it_does_not_show(tmp_path, sample_data):
    """The canonical workbook links each quality-agenda year to the Werkagenda's 0,9 mld per year."""
    sheet = sample_data[contract.SHEET_BUDGET]
    sheet[2][contract.COL_DESCRIPTION] = "Kwaliteitsagenda's 2024"
    sheet.append(
        budget_row(
            **{
                contract.COL_BUDGET_ID: "B20",
                contract.COL_DESCRIPTION: "Werkagenda per jaar (bestaand budget kwaliteitsafspraken + extra)",
                contract.COL_AMOUNT: 900.0,
                contract.COL_KIND: "per jaar",
                contract.COL_FROM_YEAR: 2023,
                contract.COL_TO_YEAR: 2027,
                contract.COL_SOURCE: "000",
            }
        )
    )
    sheet[2][contract.COL_PART_OF] = "B20"
    lines = budget.budget_lines(overview_of(tmp_path, sample_data))
    figure = budget.quality_agenda(lines)
    assert list(zip(figure.rows[col.COL_YEAR], figure.rows[contract.COL_BUDGET_ID])) == [
        (2024, sheet[2][contract.COL_BUDGET_ID])
    ]
    # while the overall per-year figure counts the whole, not the part
    per_year = budget.budget_per_year(lines)
    assert sheet[2][contract.COL_BUDGET_ID] in set(per_year.left_out[contract.COL_BUDGET_ID])


def test_budget_by_group_and_by_kind(tmp_path, sample_data):
    sample_data[contract.SHEET_BUDGET].append(
        budget_row(
            **{
                contract.COL_BUDGET_ID: "B07",
                contract.COL_DESCRIPTION: "Gelijke kansen",
                contract.COL_AMOUNT: 10.0,
                contract.COL_KIND: "structureel per jaar",
                contract.COL_FROM_YEAR: 2024,
                contract.COL_PRIORITY: 1,
                contract.COL_SOURCE: "001",
            }
        )
    )
    sample_data[contract.SHEET_BUDGET].append(
        budget_row(
            **{
                contract.COL_BUDGET_ID: "B08",
                contract.COL_DESCRIPTION: "Deel van B04",
                contract.COL_AMOUNT: 1.0,
                contract.COL_KIND: "eenmalig",
                contract.COL_FROM_YEAR: 2023,
                contract.COL_PRIORITY: 2,
                contract.COL_GOAL: "2.1",
                contract.COL_PART_OF: "B04",
                contract.COL_SOURCE: "001",
            }
        )
    )
    overview = overview_of(tmp_path, sample_data)
    lines = budget.budget_lines(overview)
    figure = budget.budget_by_group(lines, labels.goal_labels(overview), labels.priority_labels(overview))
    assert list(zip(figure.rows[col.COL_GROUP], figure.rows[contract.COL_BUDGET_ID])) == [
        ("2.1 Studiekeuze", "B04"),
        ("Prioriteit 1 Gelijke kansen (zonder doelstelling)", "B07"),
    ]
    assert figure.left_out[[contract.COL_BUDGET_ID, col.COL_REASON, budget.COL_WHOLE]].values.tolist() == [
        ["B08", budget.LEFT_OUT_PART, "B04"]
    ]
    by_kind = budget.budget_by_kind(lines)
    assert list(by_kind.rows[contract.COL_BUDGET_ID]) == [
        "B01",
        "B02",
        "B07",
        "B03",
        "B04",
        "B08",
    ]  # by kind, then amount
    assert by_kind.left_out.empty


def test_empty_budget_gives_empty_figures(tmp_path, sample_data):
    sample_data[contract.SHEET_BUDGET] = []
    lines = budget.budget_lines(overview_of(tmp_path, sample_data))
    assert lines.empty
    assert budget.budget_per_year(lines).rows.empty
    assert budget.budget_wholes(lines) == []
    total = budget.budget_sum(lines, contract.KIND_STRUCTURAL)
    assert (total.amount, total.ids) == (None, ())


def test_round_table(overview):
    table = round_table(overview)
    assert table.values.tolist() == [
        ["zomer 2024", dt.date(2024, 7, 1), "Voortgangsbrief zomer 2024", 4],
        ["najaar 2025", dt.date(2025, 11, 1), "Voortgangsbrief najaar 2025", 4],  # 1.1-02 has no text
    ]


def test_timeline_keeps_rows_with_a_missing_or_repeated_id_apart(tmp_path, sample_data):
    set_action(sample_data, "1.1-01", **{contract.COL_ACTION_ID: None})
    set_action(sample_data, "2.1-01", **{contract.COL_ACTION_ID: "1.2-01"})  # a repeated id (a fout)
    frame = timeline.timeline(overview_of(tmp_path, sample_data))
    assert sorted(frame[col.COL_ACTION]) == [
        "1.1-02",
        "1.2-01 (rij 4)",
        "1.2-01 (rij 5)",
        "3.1-01",
        "zonder Actie-ID (rij 2)",
    ]
