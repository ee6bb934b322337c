"""A reporting round end to end, and every refusal of ``collect`` with its exact finding (file, sheet, cell, code).

The workbook is the sample with four reporting parties (``support.rounds``): JOB reports 1.1-01 through the
``Rapporteur`` column, OCW 1.1-02 and 3.1-01, MBO Raad 1.2-01 (the first party in Wie), Mbo-scholen 2.1-01
(primair). In a request the open round's columns are J (Voortgang) and K (Status); the actions start on row 2.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from schemas import check
from support import rounds
from support.libreoffice import Edit, edit_cells, soffice_path
from views import round_files
from workbook import cli, contract

OCW, JOB, MBO, SCHOLEN = "OCW", "JOB", "MBO Raad", "Mbo-scholen"
A = contract.SHEET_ACTIONS


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def opened(tmp_path) -> Path:
    return rounds.round_workbook(tmp_path)


@pytest.fixture
def requests(opened, tmp_path) -> dict[str, Path]:
    return rounds.write_requests(opened, tmp_path / "verzoeken")


# --- the whole round ------------------------------------------------------------------------------------
@pytest.mark.libreoffice
def test_a_whole_round_from_new_round_to_diff(tmp_path, capsys):
    soffice_path()
    base = rounds.sample.build(tmp_path, rounds.round_data(), name="werkboek.xlsx")
    opened, folder, merged = tmp_path / "geopend.xlsx", tmp_path / "verzoeken", tmp_path / "samengevoegd.xlsx"
    code, out, err = run_cli(capsys, "new-round", base, rounds.ROUND, "--date", "2026-05-01", "-o", opened)
    assert code == 0, err
    code, out, err = run_cli(capsys, "request", opened, folder, "--deadline", "2026-04-15", "--json")
    assert code == 0, err
    written = {row["partij"]: folder / row["bestand"] for row in json.loads(out)}
    assert sorted(written) == sorted([OCW, JOB, MBO, SCHOLEN])
    answers = [
        rounds.fill(written[OCW], tmp_path / "ocw.xlsx", {"1.1-02": ("Geen nieuws.", "Afgerond"),
                                                          "3.1-01": (None, "Gestopt")}),
        rounds.fill(written[JOB], tmp_path / "job.xlsx", {"1.1-01": ("Studentenpanel gestart.", "Loopt")}),
        rounds.fill(written[SCHOLEN], tmp_path / "scholen.xlsx", {"2.1-01": ("Pilots in 12 regio's.", "loopt")}),
    ]  # fmt: skip
    outcomes = edit_cells(
        written[MBO],
        tmp_path / "mbo-raad.xlsx",
        [Edit(A, "J2", "Monitor 2026 verschenen.\nTweede regel."), Edit(A, "K2", "Afgerond"), Edit(A, "C2", "Anders")],
    )
    assert outcomes == ("ok", "ok", "locked")  # as a person finds it: the read-only cell cannot be typed in
    answers.append(tmp_path / "mbo-raad.xlsx")
    inputs = {path: sha(path) for path in [opened, *answers]}

    code, out, err = run_cli(capsys, "collect", opened, *answers, "-o", merged, "--json")
    result = json.loads(out)
    assert code == 0, out
    assert {f["bestand"]: f["acties_overgenomen"] for f in result["bestanden"]} == {
        "ocw.xlsx": 2, "job.xlsx": 1, "scholen.xlsx": 1, "mbo-raad.xlsx": 1,
    }  # fmt: skip
    assert all(f["meldingen"] == [] for f in result["bestanden"])
    code, out, err = run_cli(capsys, "validate", merged)
    assert code == 0 and "geen fouten" in out, out
    code, out, err = run_cli(capsys, "diff", opened, merged)
    assert code == 1
    for text in ("Studentenpanel gestart.", "Pilots in 12 regio's.", "Monitor 2026 verschenen.", "Geen nieuws."):
        assert text in out, out
    assert "actie 2.1-01, status voorjaar 2026: (leeg) -> Loopt." in out
    assert {path: sha(path) for path in inputs} == inputs  # nothing written into the workbook or an answer
    frame = check(merged).data.frame(A).set_index(contract.COL_ACTION_ID)
    assert frame.loc["1.2-01", rounds.PROGRESS] == "Monitor 2026 verschenen.\nTweede regel."
    assert frame.loc["2.1-01", rounds.STATUS] == "Loopt"  # the rubric's spelling
    assert frame.loc["3.1-01", rounds.STATUS] == "Gestopt" and frame.loc["3.1-01", rounds.PROGRESS] is None


# --- refusals: one per case, with the exact findings -------------------------------------------------------
def _changed_workbook(opened: Path, out: Path, cells: dict[str, object]) -> Path:
    book = load_workbook(opened)
    for ref, value in cells.items():
        book[A][ref] = value
    book.save(out)
    return out


def _delete_row(opened: Path, out: Path, row: int) -> Path:
    book = load_workbook(opened)
    book[A].delete_rows(row)
    book.save(out)
    return out


def _advance(opened: Path, out: Path) -> Path:
    content = opened.read_bytes()
    out.write_bytes(round_files.new_round(content, check(content), "najaar 2026", dt.date(2026, 11, 1)))
    return out


def _close(opened: Path, out: Path) -> Path:
    content = opened.read_bytes()
    out.write_bytes(round_files.close_round(content, check(content), rounds.ROUND, dt.date(2026, 6, 1)))
    return out


def _tamper_identification(path: Path) -> Path:
    book = load_workbook(path)
    book["Verzoek"]["E2"] = "0" * 64
    book.save(path)
    return path


def _text_file(folder: Path) -> Path:
    path = folder / "notities.xlsx"
    path.write_bytes(b"actie;tekst\n1.1-02;klaar\n")
    return path


FILLED = {"1.1-02": ("Wet aangenomen.", "Afgerond")}
#: (case, answers built from (requests, tmp_path), workbook to collect into, expected findings, exit code)
CASES = [
    (
        "read-only-field-changed",
        lambda r, t: [rounds.fill(r[OCW], t / "ocw.xlsx", FILLED, {"C2": "Een ander wetsvoorstel."})],
        None,
        [("ocw.xlsx", A, "C2", "answer-read-only-changed")],
        1,
    ),
    (
        "action-of-another-party",
        lambda r, t: [rounds.fill(r[OCW], t / "ocw.xlsx", {}, {"A4": "2.1-01", "J4": "Van ons.", "K4": "Loopt"})],
        None,
        [("ocw.xlsx", A, "J4", "answer-not-requested"), ("ocw.xlsx", A, "K4", "answer-not-requested")],
        1,
    ),
    (
        "action-removed-from-the-workbook",
        lambda r, t: [rounds.fill(r[OCW], t / "ocw.xlsx", {"3.1-01": ("Gestopt.", "Gestopt")})],
        lambda w, t: _delete_row(w, t / "zonder-actie.xlsx", 6),
        [("ocw.xlsx", A, "J3", "answer-unknown-action"), ("ocw.xlsx", A, "K3", "answer-unknown-action")],
        1,
    ),
    (
        "round-no-longer-open",
        lambda r, t: [rounds.fill(r[OCW], t / "ocw.xlsx", FILLED)],
        lambda w, t: _advance(w, t / "volgende-ronde.xlsx"),
        [("ocw.xlsx", A, "J2", "answer-round-not-open"), ("ocw.xlsx", A, "K2", "answer-round-not-open")],
        1,
    ),
    (
        "round-closed",
        lambda r, t: [rounds.fill(r[OCW], t / "ocw.xlsx", FILLED)],
        lambda w, t: _close(w, t / "vastgesteld.xlsx"),
        [("ocw.xlsx", A, "J2", "answer-round-not-open"), ("ocw.xlsx", A, "K2", "answer-round-not-open")],
        1,
    ),
    (
        "workbook-changed-since-the-request",  # shown, and taken: the answer's read-only fields are as sent
        lambda r, t: [rounds.fill(r[OCW], t / "ocw.xlsx", FILLED)],
        lambda w, t: _changed_workbook(w, t / "bijgewerkt.xlsx", {"C3": "Een wetsvoorstel, aangepast."}),
        [("ocw.xlsx", A, "A2", "answer-workbook-changed")],
        0,
    ),
    (
        "two-answers-differ",
        lambda r, t: [
            rounds.fill(
                r[OCW], t / "ocw.xlsx", {"1.1-02": ("Wet aangenomen.", "Afgerond"), "3.1-01": ("Weg.", "Gestopt")}
            ),
            rounds.fill(r[OCW], t / "ocw-2.xlsx", {"1.1-02": ("Wet in de Eerste Kamer.", "Afgerond")}),
        ],
        None,
        [("ocw.xlsx", A, "J2", "answer-conflict"), ("ocw-2.xlsx", A, "J2", "answer-conflict")],
        1,
    ),
    (
        "status-outside-the-vocabulary",
        lambda r, t: [rounds.fill(r[OCW], t / "ocw.xlsx", {"1.1-02": ("Wet aangenomen.", "Bezig")})],
        None,
        [("ocw.xlsx", A, "K2", "invalid-value")],
        1,
    ),
    (
        "status-without-text",
        lambda r, t: [rounds.fill(r[OCW], t / "ocw.xlsx", {"1.1-02": (None, "Loopt")})],
        None,
        [("ocw.xlsx", A, "K2", "empty-latest-progress")],
        1,
    ),
    (
        "duplicate-row",
        lambda r, t: [rounds.fill(r[OCW], t / "ocw.xlsx", FILLED, {"A3": "1.1-02"})],
        None,
        [("ocw.xlsx", A, "A3", "answer-duplicate-action")],
        1,
    ),
    (
        "hidden-fingerprints-altered",
        lambda r, t: [_tamper_identification(rounds.fill(r[OCW], t / "ocw.xlsx", FILLED))],
        None,
        [("ocw.xlsx", "Verzoek", None, "answer-fingerprints-altered")],
        1,
    ),
    (
        "not-a-request",
        lambda r, t: [rounds.sample.build(t, name="zomaar.xlsx")],
        None,
        [("zomaar.xlsx", "Verzoek", None, "answer-not-a-request")],
        2,
    ),
    ("not-a-workbook", lambda r, t: [_text_file(t)], None, [("notities.xlsx", None, None, "csv-not-xlsx")], 2),
]


@pytest.mark.parametrize(("case", "answers", "workbook", "expected", "exit_code"), CASES, ids=[c[0] for c in CASES])
def test_collect_refuses_with_the_exact_finding(
    opened, requests, tmp_path, case, answers, workbook, expected, exit_code
):
    files = answers(requests, tmp_path)
    target = workbook(opened, tmp_path) if workbook else opened
    content = target.read_bytes()
    merged = round_files.collect_answers(content, check(content, today=rounds.TODAY), [(p.name, p) for p in files])
    found = [d.as_tuple() for f in merged.collected.files for d in f.decisions]
    assert found == expected
    assert merged.collected.exit_code == exit_code
    messages = [d.finding.message for f in merged.collected.files for d in f.decisions]
    assert all(name in message for (name, *_), message in zip(expected, messages) if _[0] == A), messages


def test_a_refused_answer_leaves_the_rest_taken_and_shows_old_and_new(opened, requests, tmp_path):
    answer = rounds.fill(
        requests[OCW], tmp_path / "ocw.xlsx", {"1.1-02": ("Wet.", "Afgerond"), "3.1-01": ("Weg.", "Gestopt")},
        {"D2": "OCW, VWS"},
    )  # fmt: skip
    content = opened.read_bytes()
    merged = round_files.collect_answers(content, check(content, today=rounds.TODAY), [(answer.name, answer)])
    (outcome,) = merged.collected.files
    (refused,) = outcome.decisions
    assert "was: 'OCW'" in refused.finding.message and "nu: 'OCW, VWS'" in refused.finding.message
    assert outcome.actions_taken == 1 and merged.collected.changes == {"L6": "Weg.", "M6": "Gestopt"}
    assert merged.collected.exit_code == 1


def test_an_empty_answer_never_erases_a_text(opened, tmp_path):
    prefilled = _changed_workbook(opened, tmp_path / "met-tekst.xlsx", {"L3": "Al ingevuld door de coördinator."})
    requests = rounds.write_requests(prefilled, tmp_path / "verzoeken")
    answer = rounds.fill(requests[OCW], tmp_path / "ocw.xlsx", {"1.1-02": (None, "Afgerond")})
    content = prefilled.read_bytes()
    merged = round_files.collect_answers(content, check(content, today=rounds.TODAY), [(answer.name, answer)])
    assert merged.collected.changes == {"M3": "Afgerond"}  # the text stays; the status is taken
    frame = check(merged.content).data.frame(A).set_index(contract.COL_ACTION_ID)
    assert frame.loc["1.1-02", rounds.PROGRESS] == "Al ingevuld door de coördinator."


def test_an_answer_equal_to_the_workbook_is_no_conflict(opened, requests, tmp_path):
    first = rounds.fill(requests[OCW], tmp_path / "ocw.xlsx", {"1.1-02": ("Wet.", "Afgerond")})
    again = rounds.fill(requests[OCW], tmp_path / "ocw-2.xlsx", {"1.1-02": ("Wet.", "Afgerond")})
    content = opened.read_bytes()
    merged = round_files.collect_answers(content, check(content), [(first.name, first), (again.name, again)])
    assert merged.collected.exit_code == 0 and merged.collected.changes == {"L3": "Wet.", "M3": "Afgerond"}


def test_collect_cli_writes_what_was_taken_and_exits_1_on_a_refusal(opened, requests, tmp_path, capsys):
    good = rounds.fill(requests[JOB], tmp_path / "job.xlsx", {"1.1-01": ("Panel.", "Loopt")})
    bad = rounds.fill(requests[OCW], tmp_path / "ocw.xlsx", {"1.1-02": ("Wet.", "Bezig")})
    before = sha(opened)
    code, out, err = run_cli(capsys, "collect", opened, good, bad, "-o", tmp_path / "nieuw.xlsx")
    assert code == 1
    assert "job.xlsx (JOB, voorjaar 2026): 1 actie overgenomen." in out
    assert "'ocw.xlsx', Acties!K2 (kolom 'Status voorjaar 2026') bevat 'Bezig'" in out
    assert sha(opened) == before
    frame = check(tmp_path / "nieuw.xlsx").data.frame(A).set_index(contract.COL_ACTION_ID)
    assert frame.loc["1.1-01", rounds.PROGRESS] == "Panel." and frame.loc["1.1-02", rounds.STATUS] is None
    code, out, err = run_cli(capsys, "collect", opened, good, "-o", opened)
    assert code == 2 and "ander bestand" in err and sha(opened) == before
