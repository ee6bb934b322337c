"""diff_workbooks: one kind of change per case, keyed on Actie-ID / Budget-ID / Partij; text, records and the
command."""

from __future__ import annotations

import json

import pytest

from support import sample
from workbook import cli, contract, read_workbook
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
    return next(r for r in data[contract.SHEET_ACTIONS] if r[contract.COL_ACTION_ID] == action_id)


def budget(data, budget_id):
    return next(r for r in data[contract.SHEET_BUDGET] if r[contract.COL_BUDGET_ID] == budget_id)


def party(data, name):
    return next(r for r in data[contract.SHEET_PARTIES] if r[contract.COL_PARTY] == name)


def add_action(data):
    data[contract.SHEET_ACTIONS].append(dict(action(data, "1.1-01"), **{contract.COL_ACTION_ID: "1.1-03"}))


def add_budget(data):
    data[contract.SHEET_BUDGET].append(dict(budget(data, "B04"), **{contract.COL_BUDGET_ID: "B05"}))


def add_party(data):
    data[contract.SHEET_PARTIES].append(
        {
            contract.COL_PARTY: "SZW",
            contract.COL_FULL_NAME: "Ministerie van SZW",
            contract.COL_KIND: "overheid",
            contract.COL_ALIASES: None,
        }
    )


def add_round(data):
    data[contract.SHEET_ROUNDS].append(
        {contract.COL_ROUND: "voorjaar 2026", contract.COL_DATE: None, contract.COL_SOURCE: "Brief"}
    )
    for row in data[contract.SHEET_ACTIONS]:
        row["Voortgang voorjaar 2026"], row["Status voorjaar 2026"] = "Idem.", row["Status najaar 2025"]


def drop_column(data):
    """Delete the Aliassen column from Partijen; returns the header to write."""
    header = [c for c in sample.writer_columns(contract.SHEET_PARTIES, data) if c != contract.COL_ALIASES]
    return {"columns": {contract.SHEET_PARTIES: header}}


#: (case, change to the sample, expected (sheet, kind, key, column, old, new))
CASES = [
    ("no change", lambda d: None, []),
    ("action added", add_action, [(contract.SHEET_ACTIONS, ADDED, "1.1-03", None, None, None)]),
    (
        "action removed",
        lambda d: d[contract.SHEET_ACTIONS].remove(action(d, "2.1-01")),
        [(contract.SHEET_ACTIONS, REMOVED, "2.1-01", None, None, None)],
    ),
    (
        "action text changed",
        lambda d: action(d, "1.2-01").update({contract.COL_WHAT: "Een nieuwe monitor."}),
        [
            (
                contract.SHEET_ACTIONS,
                CHANGED,
                "1.2-01",
                contract.COL_WHAT,
                "Een monitor integrale veiligheid.",
                "Een nieuwe monitor.",
            )
        ],
    ),
    (
        "action year cleared",
        lambda d: action(d, "1.2-01").update({contract.COL_END_YEAR: None}),
        [(contract.SHEET_ACTIONS, CHANGED, "1.2-01", contract.COL_END_YEAR, "2026", "(leeg)")],
    ),
    (
        "status moved",
        lambda d: action(d, "1.1-01").update({"Status najaar 2025": contract.STATUS_DONE}),
        [
            (
                contract.SHEET_ACTIONS,
                STATUS,
                "1.1-01",
                "Status najaar 2025",
                contract.STATUS_RUNNING,
                contract.STATUS_DONE,
            )
        ],
    ),
    (
        "status moved in an earlier round",
        lambda d: action(d, "2.1-01").update({"Status zomer 2024": contract.STATUS_DELAYED}),
        [
            (
                contract.SHEET_ACTIONS,
                STATUS,
                "2.1-01",
                "Status zomer 2024",
                contract.STATUS_NOT_STARTED,
                contract.STATUS_DELAYED,
            )
        ],
    ),
    (
        "progress text changed",
        lambda d: action(d, "1.1-02").update({"Voortgang najaar 2025": "Afgerond in 2024."}),
        [(contract.SHEET_ACTIONS, CHANGED, "1.1-02", "Voortgang najaar 2025", "(leeg)", "Afgerond in 2024.")],
    ),
    (
        "new round: two columns and a round",
        add_round,
        [
            (contract.SHEET_ACTIONS, COLUMN_ADDED, None, "Voortgang voorjaar 2026", None, "5 gevulde cellen"),
            (contract.SHEET_ACTIONS, COLUMN_ADDED, None, "Status voorjaar 2026", None, "5 gevulde cellen"),
            (contract.SHEET_ROUNDS, ADDED, "voorjaar 2026", None, None, None),
        ],
    ),
    ("budget line added", add_budget, [(contract.SHEET_BUDGET, ADDED, "B05", None, None, None)]),
    (
        "budget line removed",
        lambda d: d[contract.SHEET_BUDGET].remove(budget(d, "B03")),
        [(contract.SHEET_BUDGET, REMOVED, "B03", None, None, None)],
    ),
    (
        "budget amount changed",
        lambda d: budget(d, "B04").update({contract.COL_AMOUNT: 3.75}),
        [(contract.SHEET_BUDGET, CHANGED, "B04", contract.COL_AMOUNT, "2,5", "3,75")],
    ),
    ("party added", add_party, [(contract.SHEET_PARTIES, ADDED, "SZW", None, None, None)]),
    (
        "party removed",
        lambda d: d[contract.SHEET_PARTIES].remove(party(d, "VWS")),
        [(contract.SHEET_PARTIES, REMOVED, "VWS", None, None, None)],
    ),
    (
        "party kind changed",
        lambda d: party(d, "JOB").update({contract.COL_KIND: "overig"}),
        [(contract.SHEET_PARTIES, CHANGED, "JOB", contract.COL_KIND, "studenten", "overig")],
    ),
    (
        "column removed",
        drop_column,
        [(contract.SHEET_PARTIES, COLUMN_REMOVED, None, contract.COL_ALIASES, "3 gevulde cellen", None)],
    ),
    (
        "rows sorted differently: no change",
        lambda d: d[contract.SHEET_ACTIONS].sort(key=lambda r: r[contract.COL_WHAT]),
        [],
    ),
    ("spaces around a value: no change", lambda d: action(d, "1.1-01").update({contract.COL_WHEN: " Doorlopend "}), []),
    (
        "source title changed",
        lambda d: d[contract.SHEET_SOURCES][1].update({contract.COL_TITLE: "Kamerbrief Kaders"}),
        [
            (
                contract.SHEET_SOURCES,
                CHANGED,
                "001",
                contract.COL_TITLE,
                "Kamerbrief Kaders Werkagenda mbo",
                "Kamerbrief Kaders",
            )
        ],
    ),
    (
        "sources sheet added: its rows, not its columns",
        None,  # the old workbook is the sample without Bronnen (see the test)
        [(contract.SHEET_SOURCES, ADDED, key, None, None, None) for key in ("000", "001", "002", "004")],
    ),
]


@pytest.fixture
def old(tmp_path):
    return read_workbook(sample.build(tmp_path, name="oud.xlsx"))


@pytest.mark.parametrize(("case", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_change(tmp_path, old, case, change, expected):
    data = sample.sample_data()
    if change is None:  # the sample is the new version; the old one has no Bronnen sheet
        without = {sheet: rows for sheet, rows in data.items() if sheet != contract.SHEET_SOURCES}
        old = read_workbook(sample.build(tmp_path, without, name="zonder-bronnen.xlsx"))
        change = lambda d: None  # noqa: E731
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
        action(data, action_id)["Status najaar 2025"] = contract.STATUS_DONE
    add_action(data)
    budget(data, "B01")[contract.COL_AMOUNT] = 950.0
    result = diff_workbooks(old, read_workbook(sample.build(tmp_path, data, name="nieuw.xlsx")))
    assert [(name, m.old, m.new, m.ids) for name, m in result.status_moves()] == [
        ("najaar 2025", contract.STATUS_RUNNING, contract.STATUS_DONE, ("1.1-01", "1.2-01"))
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
    data[contract.SHEET_ACTIONS].append(dict(action(data, "1.1-01"), **{contract.COL_WHAT: "dubbel"}))
    data[contract.SHEET_ACTIONS].append(dict(action(data, "1.1-02"), **{contract.COL_ACTION_ID: None}))
    result = diff_workbooks(old, read_workbook(sample.build(tmp_path, data, name="nieuw.xlsx")))
    assert result.empty  # the first row of a repeated key counts; the check reports the rest


def test_diff_command(tmp_path, capsys, old):
    data = sample.sample_data()
    action(data, "1.1-01")["Status najaar 2025"] = contract.STATUS_DONE
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
