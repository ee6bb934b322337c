"""The files of a round: the request workbook's layout, safe names, who reports, new-round and close-round,
the closed-round and Rapporteur checks (exact findings), reminders and the cell patch."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from urllib.parse import parse_qs, urlparse

import pytest
from openpyxl import Workbook, load_workbook

from domain import rounds as plan
from schemas import check
from support import rounds, sample
from views import round_files
from views import rounds as round_view
from workbook import cli, contract, nl
from workbook.fingerprint import round_fingerprint
from workbook.history import versions
from workbook.rounds.names import request_file_names, safe_name
from workbook.rounds.patch import PatchError, set_cells, set_cells_openpyxl

E, A, R = "fout", contract.SHEET_ACTIONS, contract.SHEET_ROUNDS


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- the request workbook ------------------------------------------------------------------------------
def test_a_request_is_protected_with_only_the_open_rounds_cells_to_fill_in(tmp_path):
    workbook = rounds.round_workbook(tmp_path)
    book = load_workbook(workbook)
    book[A]["C3"].value, book[A]["C3"].data_type = "=1+1 is geen formule", "s"  # 1.1-02: a text, as Excel keeps it
    book.save(workbook)
    request = rounds.write_requests(workbook, tmp_path / "v", deadline=dt.date(2026, 4, 15))["OCW"]
    book = load_workbook(request)
    assert book.sheetnames == ["Toelichting", "Acties", "Ter informatie", "Verzoek"]
    assert book["Verzoek"].sheet_state == "veryHidden" and book.security.lockStructure
    readme = [c.value for (c,) in book["Toelichting"].iter_rows(max_col=1)]
    assert readme[:3] == [
        "Voortgangsrapportage Werkagenda mbo, ronde voorjaar 2026",
        "Voor: OCW",
        "Inleveren: 15 april 2026",
    ]
    ws = book[A]
    assert [c.value for c in ws[1]] == [
        "Actie-ID", "Doelstelling", "Wat", "Wie", "Wanneer", "Voortgang zomer 2024", "Status zomer 2024",
        "Voortgang najaar 2025", "Status najaar 2025", rounds.PROGRESS, rounds.STATUS,
    ]  # fmt: skip
    assert [ws.cell(row=r, column=1).value for r in (2, 3)] == ["1.1-02", "3.1-01"]
    assert ws.protection.sheet and not ws.protection.password
    unlocked = {c.coordinate for row in ws.iter_rows(min_row=1, max_row=3) for c in row if not c.protection.locked}
    assert unlocked == {"J2", "K2", "J3", "K3"}
    assert all(c.alignment.wrap_text for row in ws.iter_rows(min_row=2, max_row=3) for c in row)
    assert (ws["C2"].value, ws["C2"].data_type) == ("=1+1 is geen formule", "s")
    lists = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    assert [(str(v.sqref), v.formula1, v.errorStyle) for v in lists] == [
        ("K2:K3", '"' + ",".join(contract.STATUSES) + '"', "stop")
    ]
    prompted = {str(v.sqref) for v in ws.data_validations.dataValidation if v.prompt}
    assert {f"{letter}1" for letter in "ABCDEFGHIJK"} <= prompted
    info = book["Ter informatie"]
    assert [c.value for c in info[1]][-1] == "Status najaar 2025"  # no answer columns
    assert sorted(info.cell(row=r, column=1).value for r in range(2, info.max_row + 1)) == ["1.1-01", "1.2-01"]
    assert all(c.protection.locked for row in info.iter_rows() for c in row)
    props = {p.name: p.value for p in book.custom_doc_props.props}
    assert props["VerzoekPartij"] == "OCW" and props["VerzoekRonde"] == rounds.ROUND
    assert props["VerzoekBron"] == check(workbook).digest


def test_who_reports_each_action(tmp_path):
    book = check(rounds.round_workbook(tmp_path)).workbook
    assert {a.action_id: a.reporter for a in plan.assignments(book)} == {
        "1.1-01": "JOB",  # the Rapporteur column, though OCW is primair
        "1.1-02": "OCW",
        "1.2-01": "MBO Raad",  # no primair: the first party in Wie
        "2.1-01": "Mbo-scholen",  # primair
        "3.1-01": "OCW",
    }
    assert plan.reporters(book) == ["OCW", "MBO Raad", "JOB", "Mbo-scholen"]  # in the order of Partijen


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OCW", "OCW"),
        ("GGD'en/regio", "GGD'en-regio"),
        ('a:b*c?"d<e>f|g\\h', "a-b-c-d-e-f-g-h"),
        ("  .MBO Raad.  ", "MBO Raad"),
        ("CON", "_CON"),
        ("com1.partij", "_com1.partij"),
        ("", "partij"),
        ("x" * 100, "x" * 80),
    ],
)
def test_file_names_are_safe_on_windows(text, expected):
    assert safe_name(text) == expected


def test_two_parties_never_get_one_file_name():
    names = request_file_names(["A/B", "A:B", "a-b", "OCW"], "voorjaar 2026")
    assert names == {
        "A/B": "verzoek voorjaar 2026 - A-B.xlsx",
        "A:B": "verzoek voorjaar 2026 - A-B (2).xlsx",
        "a-b": "verzoek voorjaar 2026 - a-b (3).xlsx",
        "OCW": "verzoek voorjaar 2026 - OCW.xlsx",
    }


# --- new-round --------------------------------------------------------------------------------------------
def test_new_round_columns_follow_the_last_round_with_its_layout(tmp_path, capsys):
    path = sample.build(tmp_path, rounds.round_data())
    before = load_workbook(path)[A]
    assert cli.main(["new-round", str(path), "voorjaar 2026", "--date", "2026-05-01", "--bron", "Brief"]) == 0
    assert len(versions(path)) == 2  # the new version and the previous file, both in history/
    book = load_workbook(path)
    ws = book[A]
    headers = [c.value for c in ws[1]]
    assert headers[9:14] == [
        "Voortgang najaar 2025",
        "Status najaar 2025",
        rounds.PROGRESS,
        rounds.STATUS,
        "Rapporteur",
    ]
    assert ws.column_dimensions["L"].width == before.column_dimensions["J"].width
    assert ws.column_dimensions["M"].width == before.column_dimensions["K"].width
    assert ws.column_dimensions["N"].width == before.column_dimensions["L"].width  # Rapporteur moved along
    assert [ws.cell(row=r, column=14).value for r in range(2, 7)] == ["JOB", None, None, None, None]
    assert ws["L1"].fill.fgColor.rgb == ws["J1"].fill.fgColor.rgb and ws["L2"].alignment.wrap_text
    covered = {str(v.sqref): v for v in ws.data_validations.dataValidation}
    assert covered["M2:M1000"].type == "list" and covered["M2:M1000"].formula1 == covered["K2:K1000"].formula1
    assert "voorjaar 2026" in covered["L1"].prompt and covered["N2:N1000"].type == "list"
    assert ws.tables["tblActies"].ref == "A1:N6"
    assert [c.name for c in ws.tables["tblActies"].tableColumns][11:] == [rounds.PROGRESS, rounds.STATUS, "Rapporteur"]
    rows = list(book[R].iter_rows(min_row=4, values_only=True))
    assert rows == [("voorjaar 2026", dt.datetime(2026, 5, 1), "Brief")]
    assert check(path, today=rounds.TODAY).report.valid


@pytest.mark.parametrize(
    ("name", "date", "defect", "message"),
    [
        ("Najaar 2025", "2026-05-01", None, "Ronde 'Najaar 2025' staat al in het blad 'Rondes'. Kies een andere naam."),
        ("voorjaar 2026", "2025-11-01", None, "De datum 1-11-2025 ligt niet na die van de laatste ronde (1-11-2025)."),
        ("voorjaar 2026", "2026-05-01", "Gemeente X", "Het werkboek bevat 1 fout. Herstel die eerst"),
    ],
)
def test_new_round_refusals(tmp_path, capsys, name, date, defect, message):
    data = rounds.round_data()
    if defect:
        data[A][0][contract.COL_WHO] = defect
    path = sample.build(tmp_path, data)
    before = sha(path)
    assert cli.main(["new-round", str(path), name, "--date", date]) == 1
    assert message in capsys.readouterr().err
    assert sha(path) == before and versions(path) == []


# --- close-round and the checks on closed rounds ----------------------------------------------------------
def test_close_round_freezes_the_texts_until_the_round_is_reopened(tmp_path, capsys):
    path = rounds.round_workbook(tmp_path)
    assert cli.main(["close-round", str(path), "najaar 2025", "--date", "2026-01-15"]) == 0
    assert len(versions(path)) == 2
    assert check(path, today=rounds.TODAY).report.valid
    assert cli.main(["close-round", str(path), "najaar 2025"]) == 1
    assert "al vastgesteld op 15-1-2026" in capsys.readouterr().err
    book = load_workbook(path)
    assert [c.value for c in book[R][1]] == ["Ronde", "Datum", "Bron", "Vastgesteld", "Vingerafdruk"]
    book[A]["J4"] = "Een andere tekst dan gepubliceerd."
    changed = tmp_path / "veranderd.xlsx"
    book.save(changed)
    report = check(changed, today=rounds.TODAY).report
    assert [f.as_tuple() for f in report.errors] == [(E, R, 3, contract.COL_FINGERPRINT, "closed-round-changed")]
    assert cli.main(["diff", str(path), str(changed)]) == 1
    out = capsys.readouterr().out
    assert "Vastgestelde ronde 'najaar 2025' gewijzigd, Acties!J4: Acties: actie 1.2-01" in out
    assert "'Tweede editie in voorbereiding.' -> 'Een andere tekst dan gepubliceerd.'" in out
    book[R]["D3"] = book[R]["E3"] = None  # reopened deliberately
    book.save(changed)
    assert check(changed, today=rounds.TODAY).report.valid


def _closed(data, fingerprint, date=dt.date(2026, 1, 15)):
    for row in data[R]:
        row[contract.COL_CLOSED], row[contract.COL_FINGERPRINT] = None, None
    data[R][1][contract.COL_CLOSED], data[R][1][contract.COL_FINGERPRINT] = date, fingerprint
    return data


def _print(data, round_name="najaar 2025"):
    columns = contract.RoundColumns(round_name)
    return round_fingerprint(
        (a[contract.COL_ACTION_ID], a.get(columns.progress), a.get(columns.status)) for a in data[A]
    )


def closed_unchanged(d):
    _closed(d, _print(d))


def closed_then_changed(d):
    _closed(d, _print(d))
    d[A][2]["Status najaar 2025"] = "Vertraagd"


def closed_then_action_added(d):  # empty in the closed round: its fingerprint stays as it was
    _closed(d, _print(d))
    d[A].append(
        {**d[A][0], contract.COL_ACTION_ID: "1.1-03", "Voortgang najaar 2025": None, "Status najaar 2025": None}
    )


def reporter(name):
    return lambda d: d[A][0].update({contract.COL_REPORTER: name})


MISSING = "closed-round-fingerprint-missing"
RULE_CASES = [
    ("closed-and-unchanged", closed_unchanged, []),
    ("closed-then-changed", closed_then_changed, [(E, R, 3, contract.COL_FINGERPRINT, "closed-round-changed")]),
    ("closed-without-fingerprint", lambda d: _closed(d, None), [(E, R, 3, contract.COL_FINGERPRINT, MISSING)]),
    ("closed-with-garbage", lambda d: _closed(d, "geen"), [(E, R, 3, contract.COL_FINGERPRINT, MISSING)]),
    ("an-action-added-later", closed_then_action_added, []),
    ("reporter-unknown", reporter("MBO-raad"), [(E, A, 2, contract.COL_REPORTER, "unknown-reporter")]),
    ("reporter-alias", reporter("JOBmbo"), []),
]


@pytest.mark.parametrize(("case", "change", "expected"), RULE_CASES, ids=[c[0] for c in RULE_CASES])
def test_closed_round_and_reporter_checks(tmp_path, case, change, expected):
    data = rounds.round_data()
    change(data)
    report = check(sample.build(tmp_path, data), today=dt.date(2026, 1, 20)).report
    assert [f.as_tuple() for f in report.findings if f.severity == E] == expected
    if expected and expected[0][-1] == "unknown-reporter":
        assert "Bedoelde u 'MBO Raad'?" in report.errors[0].message


# --- reminders ---------------------------------------------------------------------------------------------
def test_a_reminder_link_is_url_encoded_and_carries_the_text_whole():
    reminder = round_view.reminder(
        "R&D <b>", "voorjaar 2026", [("1.1-01", "Tekst & meer\nregel=2?")], dt.date(2026, 4, 10), "verzoek.xlsx"
    )
    parsed = urlparse(reminder.mailto)
    assert parsed.scheme == "mailto" and parsed.query.count("&") == 1  # only the separator is a raw &
    fields = parse_qs(parsed.query)
    assert fields["body"] == [reminder.body] and fields["subject"] == [reminder.subject]
    assert "uiterlijk 10 april 2026" in reminder.body and "- 1.1-01: Tekst & meer regel=2?" in reminder.body


def test_progress_counts_answers_from_the_workbook_itself(tmp_path):
    path = rounds.round_workbook(tmp_path)
    book = load_workbook(path)
    book[A]["L3"] = "Al binnen per e-mail."  # 1.1-02 of OCW, typed in by hand
    book.save(path)
    view = round_view.view(check(path), dt.date(2026, 4, 10))
    assert view.sentence == "1 van 5 acties heeft voortgang voor voorjaar 2026."
    assert view.silent == "Nog niets ontvangen van MBO Raad, JOB en Mbo-scholen."
    assert view.table.to_dict("records")[0] == {"Partij": "OCW", "Gevraagd": 2, "Beantwoord": 1, "Nog leeg": 1}
    assert [r.party for r in view.reminders] == ["OCW", "MBO Raad", "JOB", "Mbo-scholen"]
    assert "3.1-01" in view.reminders[0].body and "1.1-02" not in view.reminders[0].body


# --- the cell patch -------------------------------------------------------------------------------------------
def _small(cells: dict[str, object]) -> bytes:
    book = Workbook()
    ws = book.active
    ws.title = A
    for ref, value in cells.items():
        ws[ref] = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_the_patch_inserts_missing_cells_in_order_and_keeps_the_rest():
    content = _small({"A1": "Actie-ID", "A2": "1.1-01", "C2": "rechts", "A3": "1.1-02"})
    patched = set_cells(content, A, {"B2": "midden & <zo>", "D2": " spaties ", "B3": "=geen formule"})
    ws = load_workbook(io.BytesIO(patched))[A]
    assert [ws[ref].value for ref in ("A2", "B2", "C2", "D2", "B3")] == [
        "1.1-01", "midden & <zo>", "rechts", " spaties ", "=geen formule",
    ]  # fmt: skip


def test_a_formula_cell_is_not_patched_but_set_through_openpyxl():
    content = _small({"A1": "Actie-ID", "A2": "1.1-01", "B2": "=1+1"})
    with pytest.raises(PatchError):
        set_cells(content, A, {"B2": "tekst"})
    assert load_workbook(io.BytesIO(set_cells_openpyxl(content, A, {"B2": "tekst"})))[A]["B2"].value == "tekst"


def test_collect_refuses_when_the_workbook_has_no_round(tmp_path):
    data = sample.sample_data()
    path = sample.build(tmp_path, data)
    with pytest.raises(round_files.RoundRefused):
        round_files.request_files(check(path), round_name="voorjaar 2026")


def test_a_closed_round_is_named_so_and_not_chased():
    """The canonical workbook's last round is closed: the page calls it the last round, not the open one, says
    it is closed (Dutch date) and offers no reminders, though some of its actions have no text."""
    view = round_view.view(check(contract.CANONICAL_WORKBOOK, today=dt.date(2026, 12, 1)))
    assert view.round_name == "najaar 2025" and view.closed_on is not None
    assert view.heading == "Laatste ronde: najaar 2025 (vastgesteld)"
    assert view.closed_note.startswith(f"Deze ronde is vastgesteld op {nl.date(view.closed_on)}; ")
    assert view.table["Nog leeg"].sum() > 0 and view.reminders == ()
