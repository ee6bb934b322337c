"""diff_workbooks: one kind of change per case, keyed on Actie-ID / Budget-ID / Partij; text, records and the
command."""

from __future__ import annotations

import json

import pytest

from support import sample
from workbook import cli, read_workbook
from workbook import contract as s
from workbook.diff import (
    ADDED,
    CHANGED,
    COLUMN_ADDED,
    COLUMN_REMOVED,
    RECORD_COLUMNS,
    REMOVED,
    STATUS,
    diff_workbooks,
    text,
)


def action(data, action_id):
    return next(r for r in data[s.SHEET_ACTIONS] if r[s.COL_ACTION_ID] == action_id)


def budget(data, budget_id):
    return next(r for r in data[s.SHEET_BUDGET] if r[s.COL_BUDGET_ID] == budget_id)


def party(data, name):
    return next(r for r in data[s.SHEET_PARTIES] if r[s.COL_PARTY] == name)


def add_action(data):
    data[s.SHEET_ACTIONS].append(dict(action(data, "1.1-01"), **{s.COL_ACTION_ID: "1.1-03"}))


def add_budget(data):
    data[s.SHEET_BUDGET].append(dict(budget(data, "B04"), **{s.COL_BUDGET_ID: "B05"}))


def add_party(data):
    data[s.SHEET_PARTIES].append(
        {s.COL_PARTY: "SZW", s.COL_FULL_NAME: "Ministerie van SZW", s.COL_KIND: "overheid", s.COL_ALIASES: None}
    )


def add_round(data):
    data[s.SHEET_ROUNDS].append({s.COL_ROUND: "voorjaar 2026", s.COL_DATE: None, s.COL_SOURCE: "Brief"})
    for row in data[s.SHEET_ACTIONS]:
        row["Voortgang voorjaar 2026"], row["Status voorjaar 2026"] = "Idem.", row["Status najaar 2025"]


def drop_column(data):
    """Delete the Aliassen column from Partijen; returns the header to write."""
    header = [c for c in sample.writer_columns(s.SHEET_PARTIES, data) if c != s.COL_ALIASES]
    return {"columns": {s.SHEET_PARTIES: header}}


#: (case, change to the sample, expected (sheet, kind, key, column, old, new))
CASES = [
    ("no change", lambda d: None, []),
    ("action added", add_action, [(s.SHEET_ACTIONS, ADDED, "1.1-03", None, None, None)]),
    (
        "action removed",
        lambda d: d[s.SHEET_ACTIONS].remove(action(d, "2.1-01")),
        [(s.SHEET_ACTIONS, REMOVED, "2.1-01", None, None, None)],
    ),
    (
        "action text changed",
        lambda d: action(d, "1.2-01").update({s.COL_WHAT: "Een nieuwe monitor."}),
        [(s.SHEET_ACTIONS, CHANGED, "1.2-01", s.COL_WHAT, "Een monitor integrale veiligheid.", "Een nieuwe monitor.")],
    ),
    (
        "action year cleared",
        lambda d: action(d, "1.2-01").update({s.COL_END_YEAR: None}),
        [(s.SHEET_ACTIONS, CHANGED, "1.2-01", s.COL_END_YEAR, "2026", "(leeg)")],
    ),
    (
        "status moved",
        lambda d: action(d, "1.1-01").update({"Status najaar 2025": s.STATUS_DONE}),
        [(s.SHEET_ACTIONS, STATUS, "1.1-01", "Status najaar 2025", s.STATUS_RUNNING, s.STATUS_DONE)],
    ),
    (
        "status moved in an earlier round",
        lambda d: action(d, "2.1-01").update({"Status zomer 2024": s.STATUS_DELAYED}),
        [(s.SHEET_ACTIONS, STATUS, "2.1-01", "Status zomer 2024", s.STATUS_NOT_STARTED, s.STATUS_DELAYED)],
    ),
    (
        "progress text changed",
        lambda d: action(d, "1.1-02").update({"Voortgang najaar 2025": "Afgerond in 2024."}),
        [(s.SHEET_ACTIONS, CHANGED, "1.1-02", "Voortgang najaar 2025", "(leeg)", "Afgerond in 2024.")],
    ),
    (
        "new round: two columns and a round",
        add_round,
        [
            (s.SHEET_ACTIONS, COLUMN_ADDED, None, "Voortgang voorjaar 2026", None, "5 gevulde cellen"),
            (s.SHEET_ACTIONS, COLUMN_ADDED, None, "Status voorjaar 2026", None, "5 gevulde cellen"),
            (s.SHEET_ROUNDS, ADDED, "voorjaar 2026", None, None, None),
        ],
    ),
    ("budget line added", add_budget, [(s.SHEET_BUDGET, ADDED, "B05", None, None, None)]),
    (
        "budget line removed",
        lambda d: d[s.SHEET_BUDGET].remove(budget(d, "B03")),
        [(s.SHEET_BUDGET, REMOVED, "B03", None, None, None)],
    ),
    (
        "budget amount changed",
        lambda d: budget(d, "B04").update({s.COL_AMOUNT: 3.75}),
        [(s.SHEET_BUDGET, CHANGED, "B04", s.COL_AMOUNT, "2,5", "3,75")],
    ),
    ("party added", add_party, [(s.SHEET_PARTIES, ADDED, "SZW", None, None, None)]),
    (
        "party removed",
        lambda d: d[s.SHEET_PARTIES].remove(party(d, "VWS")),
        [(s.SHEET_PARTIES, REMOVED, "VWS", None, None, None)],
    ),
    (
        "party kind changed",
        lambda d: party(d, "JOB").update({s.COL_KIND: "overig"}),
        [(s.SHEET_PARTIES, CHANGED, "JOB", s.COL_KIND, "studenten", "overig")],
    ),
    ("column removed", drop_column, [(s.SHEET_PARTIES, COLUMN_REMOVED, None, s.COL_ALIASES, "3 gevulde cellen", None)]),
    ("rows sorted differently: no change", lambda d: d[s.SHEET_ACTIONS].sort(key=lambda r: r[s.COL_WHAT]), []),
    ("spaces around a value: no change", lambda d: action(d, "1.1-01").update({s.COL_WHEN: " Doorlopend "}), []),
]


@pytest.fixture
def old(tmp_path):
    return read_workbook(sample.build(tmp_path, name="oud.xlsx"))


@pytest.mark.parametrize(("case", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_change(tmp_path, old, case, change, expected):
    data = sample.sample_data()
    options = change(data) or {}
    new = read_workbook(sample.build(tmp_path, data, name="nieuw.xlsx", **options))
    result = diff_workbooks(old, new)
    shown = lambda c, value: text(value) if c.kind in (CHANGED, STATUS) else value  # noqa: E731
    got = [(c.sheet, c.kind, c.key, c.column, shown(c, c.old), shown(c, c.new)) for c in result.changes]
    assert got == expected
    assert result.empty == (not expected)


def test_text_records_and_status_summary(tmp_path, old):
    data = sample.sample_data()
    for action_id in ("1.1-01", "1.2-01"):
        action(data, action_id)["Status najaar 2025"] = s.STATUS_DONE
    add_action(data)
    budget(data, "B01")[s.COL_AMOUNT] = 950.0
    result = diff_workbooks(old, read_workbook(sample.build(tmp_path, data, name="nieuw.xlsx")))
    assert [(name, m.old, m.new, m.ids) for name, m in result.status_moves()] == [
        ("najaar 2025", s.STATUS_RUNNING, s.STATUS_DONE, ("1.1-01", "1.2-01"))
    ]
    assert result.status_move_lines() == ["najaar 2025: 2 acties van Loopt naar Afgerond"]
    assert result.summary() == (
        "Van 'oud.xlsx' naar 'nieuw.xlsx': Acties: 1 actie toegevoegd; Acties: 2 statuswijzigingen; Budget: 1 "
        "budgetregel gewijzigd."
    )
    text = result.as_text()
    assert "  najaar 2025: 2 acties van Loopt naar Afgerond" in text
    assert "Acties: actie 1.1-01, status najaar 2025: Loopt -> Afgerond." in text
    assert "Budget: budgetregel B01, kolom 'Bedrag (mln €)': '900' -> '950'." in text
    frame = result.as_frame()
    assert list(frame.columns) == list(RECORD_COLUMNS) and len(frame) == 4
    assert frame.iloc[0].to_dict() == {
        "Blad": "Acties",
        "Sleutel": "1.1-03",
        "Wijziging": "toegevoegd",
        "Kolom": "",
        "Oud": "(leeg)",
        "Nieuw": "(leeg)",
    }


def test_a_repeated_or_missing_key_does_not_break_the_diff(tmp_path, old):
    data = sample.sample_data()
    data[s.SHEET_ACTIONS].append(dict(action(data, "1.1-01"), **{s.COL_WHAT: "dubbel"}))
    data[s.SHEET_ACTIONS].append(dict(action(data, "1.1-02"), **{s.COL_ACTION_ID: None}))
    result = diff_workbooks(old, read_workbook(sample.build(tmp_path, data, name="nieuw.xlsx")))
    assert result.empty  # the first row of a repeated key counts; the check reports the rest


def test_diff_command(tmp_path, capsys, old):
    data = sample.sample_data()
    action(data, "1.1-01")["Status najaar 2025"] = s.STATUS_DONE
    old_path, new_path = tmp_path / "oud.xlsx", sample.build(tmp_path, data, name="nieuw.xlsx")
    assert cli.main(["diff", str(old_path), str(old_path)]) == 0
    assert "Geen verschillen" in capsys.readouterr().out
    assert cli.main(["diff", str(old_path), str(new_path)]) == 1
    assert "status najaar 2025: Loopt -> Afgerond" in capsys.readouterr().out
    assert cli.main(["diff", str(old_path), str(new_path), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["wijzigingen"] == [
        {
            "Blad": "Acties",
            "Sleutel": "1.1-01",
            "Wijziging": "statuswijziging",
            "Kolom": "Status najaar 2025",
            "Oud": "Loopt",
            "Nieuw": "Afgerond",
        }
    ]
    (tmp_path / "kapot.xlsx").write_bytes(b"geen werkboek")
    assert cli.main(["diff", str(old_path), str(tmp_path / "kapot.xlsx")]) == 2
