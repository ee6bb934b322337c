"""One defect per case: build the sample workbook with one change, validate, compare the flattened report.

Each expected tuple is (severity, sheet, Excel row, column, code). The sample's
rows start at Excel row 2 (row 1 is the header), so the sample's n-th action is
on row n + 2 (0-based n).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from schemas import check, check_data
from support import sample
from workbook import contract
from workbook.reader import read_workbook

TODAY = dt.date(2026, 6, 1)
E, W = "fout", "waarschuwing"
A, B, P, G, R, PR = (
    contract.SHEET_ACTIONS,
    contract.SHEET_BUDGET,
    contract.SHEET_PARTIES,
    contract.SHEET_GOALS,
    contract.SHEET_ROUNDS,
    contract.SHEET_PRIORITIES,
)
IND, MEAS, SRC = contract.SHEET_INDICATORS, contract.SHEET_MEASUREMENTS, contract.SHEET_SOURCES
LATEST_PROGRESS, LATEST_STATUS = "Voortgang najaar 2025", "Status najaar 2025"


def edit(sheet: str, index: int, column: str, value) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        data[sheet][index][column] = value

    return change


def edits(*changes: Callable[[dict], None]) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        for one in changes:
            one(data)

    return change


def append_copy(sheet: str, index: int, **overrides) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        data[sheet].append({**data[sheet][index], **overrides})

    return change


def remove(sheet: str, index: int) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        del data[sheet][index]

    return change


def add_budget_line(budget_id: str, amount: float, kind: str, start=None, end=None, **more) -> Callable[[dict], None]:
    """A new line at the end of the sample's Budget sheet (Excel row 6)."""

    def change(data: dict) -> None:
        row = dict.fromkeys(contract.SHEET_COLUMNS[B])
        row.update(
            {
                contract.COL_BUDGET_ID: budget_id,
                contract.COL_DESCRIPTION: "Nieuw",
                contract.COL_AMOUNT: amount,
                contract.COL_KIND: kind,
            }
        )
        row.update({contract.COL_FROM_YEAR: start, contract.COL_TO_YEAR: end, contract.COL_SOURCE: "test", **more})
        data[B].append(row)

    return change


def with_indicators(*changes: Callable[[dict], None]) -> Callable[[dict], None]:
    """The sample with its Indicatoren and Metingen sheets (added when not there yet), then ``changes``."""

    def change(data: dict) -> None:
        fresh = sample.sample_data(indicators=True)
        for sheet in contract.OPTIONAL_SHEETS:
            data.setdefault(sheet, fresh[sheet])
        for one in changes:
            one(data)

    return change


def drop_sheet(sheet: str) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        del data[sheet]

    return change


def add_round(name: str, date) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        data[R].append({contract.COL_ROUND: name, contract.COL_DATE: date, contract.COL_SOURCE: "Voortgangsbrief"})

    return change


CASES = [
    # --- Acties: cells -------------------------------------------------------------------------------
    (
        "party-typo",
        edit(A, 0, contract.COL_WHO, "OCW (primair), MBO-raad"),
        [(E, A, 2, contract.COL_WHO, "unknown-party")],
    ),
    (
        "party-unknown",
        edit(A, 1, contract.COL_WHO, "OCW, Gemeente Utrecht"),
        [(E, A, 3, contract.COL_WHO, "unknown-party")],
    ),
    ("party-empty-name", edit(A, 1, contract.COL_WHO, "OCW,, JOB"), [(E, A, 3, contract.COL_WHO, "empty-party")]),
    ("who-empty", edit(A, 2, contract.COL_WHO, None), [(E, A, 4, contract.COL_WHO, "required-value")]),
    ("what-empty", edit(A, 0, contract.COL_WHAT, "  "), [(E, A, 2, contract.COL_WHAT, "required-value")]),
    ("what-is-a-date", edit(A, 0, contract.COL_WHAT, dt.date(2024, 5, 1)), [(E, A, 2, contract.COL_WHAT, "not-text")]),
    (
        "year-two-years",
        edit(A, 1, contract.COL_START_YEAR, "2024/2025"),
        [(E, A, 3, contract.COL_START_YEAR, "not-an-integer")],
    ),
    ("year-decimal", edit(A, 2, contract.COL_END_YEAR, 2026.5), [(E, A, 4, contract.COL_END_YEAR, "not-an-integer")]),
    (
        "year-too-early",
        edit(A, 2, contract.COL_START_YEAR, 2019),
        [(E, A, 4, contract.COL_START_YEAR, "year-out-of-range")],
    ),
    ("year-too-late", edit(A, 2, contract.COL_END_YEAR, 2036), [(E, A, 4, contract.COL_END_YEAR, "year-out-of-range")]),
    (
        "year-bad-and-out-of-range-in-one-column",
        edits(edit(A, 1, contract.COL_START_YEAR, "twintig"), edit(A, 2, contract.COL_START_YEAR, 2019)),
        [(E, A, 3, contract.COL_START_YEAR, "not-an-integer"), (E, A, 4, contract.COL_START_YEAR, "year-out-of-range")],
    ),
    (
        "start-after-end",
        edit(A, 2, contract.COL_START_YEAR, 2027),
        [(E, A, 4, contract.COL_START_YEAR, "start-after-end")],
    ),
    (
        "action-id-pattern",
        edit(A, 0, contract.COL_ACTION_ID, "1.1-1"),
        [(E, A, 2, contract.COL_ACTION_ID, "invalid-pattern")],
    ),
    (
        "action-id-duplicate",
        edit(A, 2, contract.COL_ACTION_ID, "1.1-01"),
        [(E, A, 4, contract.COL_ACTION_ID, "duplicate-id")],
    ),
    ("action-pasted-twice", append_copy(A, 2), [(E, A, 7, None, "duplicate-row")]),
    (
        "action-id-missing",
        edit(A, 3, contract.COL_ACTION_ID, None),
        [(E, A, 5, contract.COL_ACTION_ID, "required-value")],
    ),
    ("goal-unknown", edit(A, 1, contract.COL_GOAL, "1.9"), [(E, A, 3, contract.COL_GOAL, "unknown-goal")]),
    (
        "goal-pattern-not-also-unknown",
        edit(A, 1, contract.COL_GOAL, "1.10"),
        [(E, A, 3, contract.COL_GOAL, "invalid-pattern")],
    ),
    (
        "goal-became-a-date",
        edit(A, 1, contract.COL_GOAL, dt.date(2026, 2, 1)),
        [(E, A, 3, contract.COL_GOAL, "not-text")],
    ),
    ("status-unknown-word", edit(A, 0, LATEST_STATUS, "Bezig"), [(E, A, 2, LATEST_STATUS, "invalid-value")]),
    (
        "status-old-round-unknown-word",
        edit(A, 2, "Status zomer 2024", "Lopend"),
        [(E, A, 4, "Status zomer 2024", "invalid-value")],
    ),
    # --- Acties: warnings ------------------------------------------------------------------------------
    (
        "past-end-year-still-running",
        edit(A, 2, contract.COL_END_YEAR, 2025),
        [(W, A, 4, contract.COL_END_YEAR, "past-end-year")],
    ),
    ("empty-latest-progress", edit(A, 2, LATEST_PROGRESS, None), [(W, A, 4, LATEST_PROGRESS, "empty-latest-progress")]),
    ("empty-latest-status", edit(A, 2, LATEST_STATUS, None), [(W, A, 4, LATEST_STATUS, "empty-latest-status")]),
    (
        "idem-but-status-changed",
        edit(A, 0, LATEST_STATUS, "Vertraagd"),
        [(W, A, 2, LATEST_STATUS, "idem-status-changed")],
    ),
    # --- rounds ----------------------------------------------------------------------------------------
    (
        "round-without-columns",
        add_round("voorjaar 2026", dt.date(2026, 4, 1)),
        [
            (E, A, None, "Voortgang voorjaar 2026", "round-columns-missing"),
            (E, A, None, "Status voorjaar 2026", "round-columns-missing"),
        ],
    ),
    (
        "round-date-not-after-previous",
        edit(R, 0, contract.COL_DATE, dt.date(2025, 12, 1)),
        [(E, R, 3, contract.COL_DATE, "round-date-order")],
    ),
    ("round-date-text", edit(R, 1, contract.COL_DATE, "najaar"), [(E, R, 3, contract.COL_DATE, "not-a-date")]),
    (
        "round-name-duplicate",  # the columns of "najaar 2025" then have no round; "zomer 2024" is the latest
        edit(R, 1, contract.COL_ROUND, "zomer 2024"),
        [
            (E, A, 1, LATEST_PROGRESS, "round-not-listed"),
            (E, A, 1, LATEST_STATUS, "round-not-listed"),
            (E, R, 3, contract.COL_ROUND, "duplicate-id"),
            (W, A, 5, "Voortgang zomer 2024", "empty-latest-progress"),
            (W, A, 6, contract.COL_END_YEAR, "past-end-year"),
        ],
    ),
    # --- Partijen ----------------------------------------------------------------------------------------
    ("party-kind-unknown", edit(P, 1, contract.COL_KIND, "koepel"), [(E, P, 3, contract.COL_KIND, "invalid-value")]),
    (
        "party-alias-of-two-parties",
        edit(P, 4, contract.COL_ALIASES, "JOBmbo"),
        [(E, P, 6, contract.COL_ALIASES, "duplicate-alias")],
    ),
    (
        "party-name-missing",
        edit(P, 4, contract.COL_PARTY, None),
        [(E, P, 6, contract.COL_PARTY, "required-value"), (E, A, 4, contract.COL_WHO, "unknown-party")],
    ),
    (
        "party-listed-twice",
        append_copy(P, 1, **{contract.COL_FULL_NAME: "De MBO Raad"}),
        [(E, P, 7, contract.COL_PARTY, "duplicate-id")],
    ),
    # --- Doelstellingen and Prioriteiten ------------------------------------------------------------------
    (
        "goal-under-wrong-priority",
        edit(G, 2, contract.COL_PRIORITY, 3),
        [(E, G, 4, contract.COL_PRIORITY, "goal-priority-mismatch")],
    ),
    (
        "goal-code-twice",
        edit(G, 1, contract.COL_GOAL, "1.1"),
        [(E, G, 3, contract.COL_GOAL, "duplicate-id"), (E, A, 4, contract.COL_GOAL, "unknown-goal")],
    ),
    ("goal-priority-not-listed", remove(PR, 2), [(E, G, 5, contract.COL_PRIORITY, "unknown-priority")]),
    (
        "priority-out-of-vocabulary",
        edit(PR, 2, contract.COL_PRIORITY, 4),
        [(E, PR, 4, contract.COL_PRIORITY, "invalid-value"), (E, G, 5, contract.COL_PRIORITY, "unknown-priority")],
    ),
    (
        "priority-title-missing",
        edit(PR, 0, contract.COL_TITLE, None),
        [(E, PR, 2, contract.COL_TITLE, "required-value")],
    ),
    # --- Budget ------------------------------------------------------------------------------------------------
    ("amount-negative", edit(B, 2, contract.COL_AMOUNT, -704), [(E, B, 4, contract.COL_AMOUNT, "negative-amount")]),
    ("amount-with-unit", edit(B, 2, contract.COL_AMOUNT, "704 mln"), [(E, B, 4, contract.COL_AMOUNT, "not-a-number")]),
    ("amount-missing", edit(B, 2, contract.COL_AMOUNT, None), [(E, B, 4, contract.COL_AMOUNT, "required-value")]),
    (
        "budget-kind-unknown",
        edit(B, 2, contract.COL_KIND, "jaarlijks"),
        [(E, B, 4, contract.COL_KIND, "invalid-value")],
    ),
    (
        "budget-id-pattern",
        edit(B, 2, contract.COL_BUDGET_ID, "B3"),
        [(E, B, 4, contract.COL_BUDGET_ID, "invalid-pattern")],
    ),
    (
        "budget-parent-unknown",
        edit(B, 1, contract.COL_PART_OF, "B09"),
        [(E, B, 3, contract.COL_PART_OF, "unknown-parent")],
    ),
    (
        "budget-parent-not-larger",
        edit(B, 1, contract.COL_AMOUNT, 950),
        [(E, B, 3, contract.COL_PART_OF, "parent-not-larger")],
    ),
    (
        "budget-parent-cycle",
        edit(B, 0, contract.COL_PART_OF, "B02"),
        [(E, B, 2, contract.COL_PART_OF, "parent-cycle"), (E, B, 3, contract.COL_PART_OF, "parent-cycle")],
    ),
    ("budget-goal-unknown", edit(B, 3, contract.COL_GOAL, "2.9"), [(E, B, 5, contract.COL_GOAL, "unknown-goal")]),
    (
        "budget-goal-other-priority",
        edit(B, 3, contract.COL_PRIORITY, 1),
        [(E, B, 5, contract.COL_PRIORITY, "goal-priority-mismatch")],
    ),
    (
        "budget-years-reversed",
        edit(B, 0, contract.COL_FROM_YEAR, 2028),
        [(E, B, 2, contract.COL_FROM_YEAR, "start-after-end")],
    ),
    # --- Budget: the parts of a whole, overlaps, precision -----------------------------------------------------
    (
        "budget-parts-over-the-whole-in-one-year",  # 2024: 367 (B02) + 600 (B05) = 967 > 900 (B01)
        add_budget_line("B05", 600, "per jaar", 2024, 2024, **{contract.COL_PART_OF: "B01"}),
        [(E, B, 2, contract.COL_AMOUNT, "parts-exceed-whole")],
    ),
    (
        "budget-parts-over-a-lower-bound",
        edits(
            add_budget_line("B05", 600, "per jaar", 2024, 2024, **{contract.COL_PART_OF: "B01"}),
            edit(B, 0, contract.COL_PRECISION, "meer dan"),
        ),
        [(W, B, 2, contract.COL_AMOUNT, "parts-exceed-lower-bound")],
    ),
    (
        "budget-part-of-another-kind",  # a total over the whole period inside an amount per year: not added
        add_budget_line("B05", 600, "totaal looptijd", **{contract.COL_PART_OF: "B01"}),
        [(W, B, 6, contract.COL_PART_OF, "part-other-kind")],
    ),
    (
        "budget-part-outside-the-years-of-its-whole",
        add_budget_line("B05", 10, "per jaar", 2026, 2029, **{contract.COL_PART_OF: "B01"}),
        [(W, B, 6, contract.COL_TO_YEAR, "part-outside-whole-years")],
    ),
    (
        "budget-overlap-unknown",
        edit(B, 2, contract.COL_OVERLAPS, "B01; B09"),
        [(E, B, 4, contract.COL_OVERLAPS, "unknown-overlap")],
    ),
    (
        "budget-overlap-itself",
        edit(B, 2, contract.COL_OVERLAPS, "B03"),
        [(E, B, 4, contract.COL_OVERLAPS, "overlap-with-itself")],
    ),
    (
        "budget-overlap-with-its-own-whole",  # B02 is part of B01 already: it is counted once without 'Overlapt met'
        edit(B, 1, contract.COL_OVERLAPS, "B01"),
        [(E, B, 3, contract.COL_OVERLAPS, "overlap-in-own-tree")],
    ),
    (
        "budget-overlap-with-its-own-part",
        edit(B, 0, contract.COL_OVERLAPS, "B02"),
        [(E, B, 2, contract.COL_OVERLAPS, "overlap-in-own-tree")],
    ),
    (
        "budget-precision-unknown",
        edit(B, 1, contract.COL_PRECISION, "circa"),
        [(E, B, 3, contract.COL_PRECISION, "invalid-value")],
    ),
    # --- Indicatoren and Metingen ------------------------------------------------------------------------------------
    (
        "measurements-without-indicators",
        with_indicators(drop_sheet(IND)),
        [(E, MEAS, None, None, "measurements-without-indicators")],
    ),
    (
        "measurement-of-an-unknown-indicator",
        with_indicators(edit(MEAS, 3, contract.COL_INDICATOR_ID, "I09")),
        [(E, MEAS, 5, contract.COL_INDICATOR_ID, "unknown-indicator")],
    ),
    (
        "indicator-goal-unknown",
        with_indicators(edit(IND, 0, contract.COL_GOAL, "1.9")),
        [(E, IND, 2, contract.COL_GOAL, "unknown-goal")],
    ),
    (
        "indicator-direction-unknown",
        with_indicators(edit(IND, 1, contract.COL_DIRECTION, "omhoog")),
        [(E, IND, 3, contract.COL_DIRECTION, "invalid-value")],
    ),
    (
        "indicator-id-pattern",
        with_indicators(
            edit(IND, 2, contract.COL_INDICATOR_ID, "IND3"), edit(MEAS, 4, contract.COL_INDICATOR_ID, "IND3")
        ),
        [(E, IND, 4, contract.COL_INDICATOR_ID, "invalid-pattern")],
    ),
    (
        "indicator-id-twice",
        with_indicators(edit(IND, 2, contract.COL_INDICATOR_ID, "I01")),
        [
            (E, IND, 4, contract.COL_INDICATOR_ID, "duplicate-id"),
            (E, MEAS, 6, contract.COL_INDICATOR_ID, "unknown-indicator"),
        ],
    ),
    (
        "measurement-value-with-percent-sign",
        with_indicators(edit(MEAS, 3, contract.COL_VALUE, "61%")),
        [(E, MEAS, 5, contract.COL_VALUE, "measurement-not-a-number")],
    ),
    (
        "indicator-target-in-words",
        with_indicators(edit(IND, 0, contract.COL_TARGET, "maximaal 18.000")),
        [(E, IND, 2, contract.COL_TARGET, "measurement-not-a-number")],
    ),
    (
        "measurement-year-two-years-with-a-dash",
        with_indicators(edit(MEAS, 0, contract.COL_YEAR, "2021-2022")),
        [(E, MEAS, 2, contract.COL_YEAR, "invalid-pattern")],
    ),
    (
        "measurement-precision-unknown",
        with_indicators(edit(MEAS, 2, contract.COL_PRECISION, "circa")),
        [(E, MEAS, 4, contract.COL_PRECISION, "invalid-value")],
    ),
    (
        "indicator-unit-missing",
        with_indicators(edit(IND, 1, contract.COL_UNIT, None)),
        [(E, IND, 3, contract.COL_UNIT, "required-value")],
    ),
    # --- Bronnen ----------------------------------------------------------------------------------------------------
    (
        "source-file-not-listed",
        edit(B, 0, contract.COL_SOURCE, '002_17ac8c011985482e.txt: "0,9 miljard euro per jaar"'),
        [(W, B, 2, contract.COL_SOURCE, "unknown-source")],
    ),
    (
        "source-files-not-listed-in-a-column-of-its-own",  # Prioriteiten has no Bron column of its own: one added
        edit(PR, 0, contract.COL_SOURCE, "samenvatting.pdf (titel); brief.DOCX (ambitie)"),
        [(W, PR, 2, contract.COL_SOURCE, "unknown-source"), (W, PR, 2, contract.COL_SOURCE, "unknown-source")],
    ),
    (
        "source-file-not-listed-in-rondes",
        edit(R, 1, contract.COL_SOURCE, "Kolom Voortgang van het actie-overzicht (actieoverzicht-2025.txt)."),
        [(W, R, 3, contract.COL_SOURCE, "unknown-source")],
    ),
    (
        "source-key-twice",
        append_copy(SRC, 1, **{contract.COL_TITLE: "Een andere titel"}),
        [(E, SRC, 6, contract.COL_SOURCE, "duplicate-id")],
    ),
    (
        "source-without-key",
        edit(SRC, 2, contract.COL_SOURCE, None),
        [(E, SRC, 4, contract.COL_SOURCE, "required-value")],
    ),
    (
        "source-without-title",
        edit(SRC, 1, contract.COL_TITLE, " "),
        [(E, SRC, 3, contract.COL_TITLE, "required-value")],
    ),
    (
        "source-address-not-a-web-address",
        edit(SRC, 1, contract.COL_URL, "www.rijksoverheid.nl"),
        [(E, SRC, 3, contract.COL_URL, "invalid-pattern")],
    ),
]


def _validate(tmp_path, change, today=TODAY):
    data = sample.sample_data()
    change(data)
    report = check(sample.build(tmp_path, data), today=today).report
    return report


@pytest.mark.parametrize(("defect", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_one_defect(tmp_path, defect, change, expected):
    assert _validate(tmp_path, change).flatten() == expected


def test_at_least_thirty_distinct_defects():
    assert len(CASES) >= 30
    assert len({c[0] for c in CASES}) == len(CASES)


def test_sample_has_no_findings(sample_workbook):
    checked = check(sample_workbook, today=TODAY)
    data, report = checked.data, checked.report
    assert data is not None
    assert report.flatten() == []
    assert report.valid and report.readable
    assert report.counts == {"fout": 0, "waarschuwing": 0}


# --- tolerance: what a person may type without a finding ----------------------------------------------------
TOLERATED = [
    ("status-in-lower-case", edit(A, 0, LATEST_STATUS, "loopt")),
    ("status-with-spaces", edit(A, 0, LATEST_STATUS, "  Loopt ")),
    ("year-as-text", edit(A, 1, contract.COL_START_YEAR, "2023")),
    ("year-as-decimal-number", edit(A, 1, contract.COL_START_YEAR, 2023.0)),
    ("amount-dutch-decimal-comma", edit(B, 3, contract.COL_AMOUNT, "2,5")),
    ("amount-with-euro-sign", edit(B, 3, contract.COL_AMOUNT, "€ 2,5")),
    ("goal-typed-as-number", edit(A, 1, contract.COL_GOAL, 1.1)),
    ("party-other-case-and-alias", edit(A, 1, contract.COL_WHO, "ocw, ministerie van OCW, JOBmbo")),
    ("party-kind-other-case", edit(P, 1, contract.COL_KIND, "Sectororganisatie")),
    ("round-date-as-dutch-text", edit(R, 1, contract.COL_DATE, "1-11-2025")),
    ("idem-without-dot", edit(A, 0, LATEST_PROGRESS, "idem")),
    ("extra-column", edit(A, 0, "Opmerking", "zelf toegevoegd")),
    (
        "budget-parts-within-the-rounding-tolerance",  # 367 + 533,4 = 900,4: within 0,5 of 900
        add_budget_line("B05", 533.4, "per jaar", 2024, 2024, **{contract.COL_PART_OF: "B01"}),
    ),
    (
        "budget-part-with-an-overlap-instead",  # the same 600 as a line that shares money with B01: no fout
        add_budget_line("B05", 600, "per jaar", 2024, 2024, **{contract.COL_OVERLAPS: "B01"}),
    ),
    ("budget-precision-other-case", edit(B, 1, contract.COL_PRECISION, "Ongeveer")),
    ("budget-overlaps-with-a-comma", edit(B, 2, contract.COL_OVERLAPS, "B01, B04")),
    ("indicator-sheets", with_indicators()),
    ("measurement-year-as-number", with_indicators(edit(MEAS, 2, contract.COL_YEAR, 2024))),
    ("measurement-value-as-dutch-text", with_indicators(edit(MEAS, 3, contract.COL_VALUE, "61,0"))),
    ("indicator-direction-other-case", with_indicators(edit(IND, 1, contract.COL_DIRECTION, "Hoger is beter"))),
    ("source-date-typed-as-a-date", edit(SRC, 1, contract.COL_DATE, dt.date(2022, 7, 15))),
    ("source-date-as-a-number", edit(SRC, 1, contract.COL_DATE, 2022)),
    (
        "source-file-listed",
        edits(
            edit(SRC, 0, contract.COL_SOURCE, "000_9b853ae40feaaf9d.txt"),
            edit(B, 0, contract.COL_SOURCE, '000_9b853ae40feaaf9d.txt: "0,9 miljard euro per jaar"'),
        ),
    ),
    ("source-file-in-a-web-address", edit(B, 0, contract.COL_SOURCE, "https://www.rijksoverheid.nl/brief.pdf")),
    (
        "file-names-without-a-sources-sheet",  # Bronnen is optional: without it, the Bron texts are shown as they are
        edits(drop_sheet(SRC), edit(B, 0, contract.COL_SOURCE, '002_17ac8c011985482e.txt: "0,9 miljard"')),
    ),
]


@pytest.mark.parametrize(("case", "change"), TOLERATED, ids=[c[0] for c in TOLERATED])
def test_tolerated_input_gives_no_findings(tmp_path, case, change):
    assert _validate(tmp_path, change).flatten() == []


# --- messages say what and where -------------------------------------------------------------------------------
def test_party_typo_suggests_the_party(tmp_path):
    report = _validate(tmp_path, edit(A, 0, contract.COL_WHO, "OCW (primair), MBO-raad"))
    (finding,) = report.findings
    assert finding.cell == "D2" and finding.location == "Acties!D2"
    assert "Bedoelde u 'MBO Raad'?" in finding.message


def test_coercion_failure_is_reported_once_with_its_value(tmp_path):
    report = _validate(tmp_path, edit(A, 1, contract.COL_START_YEAR, "2024/2025"))
    (finding,) = report.findings
    assert finding.value == "2024/2025"
    assert "'2024/2025'" in finding.message and "jaartal" in finding.message


def test_duplicate_id_names_the_other_row(tmp_path):
    report = _validate(tmp_path, edit(A, 2, contract.COL_ACTION_ID, "1.1-01"))
    assert "ook in rij 2" in report.findings[0].message


def test_pasted_row_names_the_original(tmp_path):
    report = _validate(tmp_path, append_copy(A, 2))
    assert "kopie van rij 4" in report.findings[0].message


# --- the current year and an old file --------------------------------------------------------------------------------
def test_last_years_file_is_noticed(sample_workbook):
    data = read_workbook(sample_workbook)
    report = check_data(data, today=dt.date(2027, 12, 1)).report
    assert report.flatten() == [
        (W, R, 3, contract.COL_DATE, "old-workbook"),
        (W, A, 4, contract.COL_END_YEAR, "past-end-year"),
    ]
    assert report.valid  # warnings do not block


def test_today_defaults_to_the_real_date(sample_workbook):
    report = check_data(read_workbook(sample_workbook)).report
    assert all(f.severity == W for f in report.findings)


# --- rows, columns and order --------------------------------------------------------------------------------------
def test_missing_column_gives_no_cell_findings(tmp_path):
    data = sample.sample_data()
    columns = [c for c in sample.writer_columns(A, data) if c != contract.COL_WHO]
    report = check(sample.build(tmp_path, data, columns={A: columns}), today=TODAY).report
    assert report.flatten() == [(E, A, 1, contract.COL_WHO, "missing-column")]


def test_round_columns_without_round(tmp_path):
    report = _validate(tmp_path, remove(R, 1))
    assert report.flatten() == [
        (E, A, 1, LATEST_PROGRESS, "round-not-listed"),
        (E, A, 1, LATEST_STATUS, "round-not-listed"),
        # the latest round is now "zomer 2024", more than 18 months before TODAY
        (W, R, 2, contract.COL_DATE, "old-workbook"),
        (W, A, 5, "Voortgang zomer 2024", "empty-latest-progress"),
        (W, A, 6, contract.COL_END_YEAR, "past-end-year"),
    ]


def test_round_columns_in_other_order(tmp_path):
    data = sample.sample_data()
    columns = list(contract.SHEET_COLUMNS[A]) + [
        LATEST_PROGRESS,
        LATEST_STATUS,
        "Voortgang zomer 2024",
        "Status zomer 2024",
    ]
    report = check(sample.build(tmp_path, data, columns={A: columns}), today=TODAY).report
    assert report.flatten() == [(W, A, None, None, "round-order")]


def test_sheet_without_rows(tmp_path):
    data = sample.sample_data()
    data[A] = []
    columns = sample.writer_columns(A, sample.sample_data())
    report = check(sample.build(tmp_path, data, columns={A: columns}), today=TODAY).report
    assert report.flatten() == [(E, A, None, None, "no-rows")]


def test_structure_comes_before_cells(tmp_path):
    data = sample.sample_data()
    data[A][0][contract.COL_WHO] = "MBO-raad"
    data[B][3][contract.COL_AMOUNT] = -1
    columns = [c for c in sample.writer_columns(B, data) if c != contract.COL_SOURCE]
    report = check(sample.build(tmp_path, data, columns={B: columns}), today=TODAY).report
    assert report.flatten() == [
        (E, B, 1, contract.COL_SOURCE, "missing-column"),
        (E, A, 2, contract.COL_WHO, "unknown-party"),
        (E, B, 5, contract.COL_AMOUNT, "negative-amount"),
    ]


def test_many_equal_problems_are_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(contract, "MAX_FINDINGS_PER_CHECK", 2)
    data = sample.sample_data()
    for action in data[A]:
        action[contract.COL_WHO] = "Onbekende partij"
        action[contract.COL_WHAT] = None
    report = check(sample.build(tmp_path, data), today=TODAY).report
    assert report.flatten() == [
        (E, A, 2, contract.COL_WHAT, "required-value"),
        (E, A, 2, contract.COL_WHO, "unknown-party"),
        (E, A, 3, contract.COL_WHAT, "required-value"),
        (E, A, 3, contract.COL_WHO, "unknown-party"),
        (E, A, None, contract.COL_WHAT, "more-findings"),
        (E, A, None, contract.COL_WHO, "more-findings"),
    ]
    assert "Acties, kolom 'Wie': nog 3 keer hetzelfde probleem als bij Acties!D3" in report.findings[-1].message


def test_validate_data_matches_validate_workbook(sample_workbook):
    data = read_workbook(sample_workbook)
    assert check_data(data, today=TODAY).report.flatten() == check(sample_workbook, today=TODAY).report.flatten()


def test_bytes_are_accepted(sample_workbook):
    checked = check(sample_workbook.read_bytes(), name="upload.xlsx", today=TODAY)
    data, report = checked.data, checked.report
    assert data is not None and report.source_name == "upload.xlsx" and report.valid


def test_report_renderings_are_dutch(tmp_path):
    report = _validate(tmp_path, edit(A, 0, contract.COL_WHO, "MBO-raad"))
    # the line names sheet, cell and column once, then the fix
    assert (
        report.as_text().splitlines()[0].startswith("FOUT\tActies!D2 (kolom 'Wie'): de partij 'MBO-raad' is onbekend.")
    )
    assert report.as_dict()["aantallen"] == {"fout": 1, "waarschuwing": 0}
    assert report.as_records()[0]["Cel"] == "Acties!D2"
    assert '"geldig": false' in report.as_json()


def test_a_bug_in_one_rule_becomes_a_finding(sample_workbook, monkeypatch):
    import schemas.validate as validate_module

    def broken(data, today):
        raise KeyError("Wie")

    broken.__name__ = "broken_rule"
    monkeypatch.setattr(validate_module, "RULES", (broken, *validate_module.RULES))
    report = check_data(read_workbook(sample_workbook), today=TODAY).report
    assert report.flatten() == [(E, None, None, None, "check-crashed")]
    assert "broken_rule" in report.findings[0].message and not report.valid


def test_an_unexpected_read_failure_is_an_unreadable_file(sample_workbook, monkeypatch):
    import schemas.validate as validate_module

    def failing_reader(source, name=None):
        raise RuntimeError("library failure")

    monkeypatch.setattr(validate_module, "read_workbook", failing_reader)
    checked = check(sample_workbook)
    data, report = checked.data, checked.report
    assert data is None and not report.readable
    assert report.flatten() == [(E, None, None, None, "corrupt-workbook")]
