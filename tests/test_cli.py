"""``python -m workbook validate``: one line per finding, exit codes 0 / 1 / 2, JSON, annotated copy."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from schemas import check
from support import badfiles, sample
from support.libreoffice import resave_as_xlsx
from workbook import cli, contract
from workbook.commands import validate as validate_command

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(["validate", *argv])
    return code, capsys.readouterr().out


def build_with(tmp_path, sheet: str, index: int, column: str, value):
    data = sample.sample_data()
    data[sheet][index][column] = value
    return sample.build(tmp_path, data)


def test_valid_workbook_exits_0(capsys, sample_workbook):
    code, out = run(capsys, str(sample_workbook))
    assert code == 0
    assert out.strip().splitlines()[-1] == "Het werkboek is in orde: geen fouten en geen waarschuwingen."


def test_error_exits_1_with_one_line_per_finding(capsys, tmp_path):
    path = build_with(tmp_path, contract.SHEET_ACTIONS, 0, contract.COL_WHO, "OCW, MBO-raad")
    code, out = run(capsys, str(path))
    assert code == 1
    lines = out.strip().splitlines()
    severity, message = lines[0].split("\t")
    assert severity == "FOUT" and message.startswith("Acties!D2 (kolom 'Wie'): ")
    assert "MBO-raad" in message and "Bedoelde u 'MBO Raad'?" in message
    assert lines[-1].startswith("1 fout en 0 waarschuwingen gevonden.")


def test_warnings_only_exit_0(capsys, tmp_path):
    path = build_with(tmp_path, contract.SHEET_ACTIONS, 2, "Voortgang najaar 2025", None)
    code, out = run(capsys, str(path))
    assert code == 0
    assert out.startswith("WAARSCHUWING\tActies!J4 (kolom 'Voortgang najaar 2025'): ")


@pytest.mark.parametrize(
    "defect", ["missing-file", "renamed-csv", "truncated", "encrypted-ole2", "old-xls", "not-a-zip"]
)
def test_unreadable_file_exits_2(capsys, tmp_path, defect):
    builder, expected = badfiles.UNREADABLE[defect]
    path = builder(tmp_path)
    code, out = run(capsys, str(path))
    assert code == 2
    first, verdict = out.strip().splitlines()
    (finding,) = check(path).report.findings  # the one finding that says why and what to do
    assert finding.code == expected and first == f"FOUT\t{finding.message}"
    assert verdict == "Het bestand kan niet als werkboek worden gelezen."


def test_json_report(capsys, tmp_path):
    path = build_with(tmp_path, contract.SHEET_BUDGET, 2, contract.COL_AMOUNT, -1)
    code, out = run(capsys, str(path), "--json")
    report = json.loads(out)
    assert code == 1
    assert report["geldig"] is False and report["leesbaar"] is True
    assert report["aantallen"] == {"fout": 1, "waarschuwing": 0}
    (finding,) = report["bevindingen"]
    assert (finding["sheet"], finding["row"], finding["column"], finding["cell"], finding["code"]) == (
        "Budget",
        4,
        contract.COL_AMOUNT,
        "C4",
        "negative-amount",
    )
    assert finding["location"] == "Budget!C4"


def test_json_report_of_unreadable_file(capsys, tmp_path):
    code, out = run(capsys, str(badfiles.renamed_csv(tmp_path)), "--json")
    assert code == 2
    assert json.loads(out)["leesbaar"] is False


def test_annotate_writes_a_copy_and_keeps_the_exit_code(capsys, tmp_path):
    path = build_with(tmp_path, contract.SHEET_ACTIONS, 0, contract.COL_WHO, "MBO-raad")
    before = path.read_bytes()
    out_path = tmp_path / "gecontroleerd.xlsx"
    code, _ = run(capsys, str(path), "--annotate", str(out_path))
    assert code == 1
    assert out_path.is_file()
    assert path.read_bytes() == before


def test_annotate_refuses_to_overwrite_the_input(capsys, sample_workbook):
    before = sample_workbook.read_bytes()
    code, _ = run(capsys, str(sample_workbook), "--annotate", str(sample_workbook))
    assert code == 2
    assert sample_workbook.read_bytes() == before


def test_annotate_of_unreadable_file_writes_nothing(capsys, tmp_path):
    out_path = tmp_path / "uit.xlsx"
    code, _ = run(capsys, str(badfiles.truncated(tmp_path)), "--annotate", str(out_path))
    assert code == 2 and not out_path.exists()


def test_python_dash_m_workbook(sample_workbook):
    result = subprocess.run(
        [sys.executable, "-m", "workbook", "validate", str(sample_workbook)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "in orde" in result.stdout


def test_help_lists_the_commands():
    result = subprocess.run([sys.executable, "-m", "workbook", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and "validate" in result.stdout


def test_no_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main([])
    assert exc.value.code == 2


@pytest.mark.parametrize("name", list(cli.COMMANDS))
def test_every_command_module_has_the_interface(name):
    module = importlib.import_module(cli.COMMANDS[name])
    assert isinstance(module.HELP, str) and module.HELP
    assert callable(module.add_arguments) and callable(module.run)


@pytest.mark.parametrize(
    ("kind", "constant", "documented"),
    [
        ("valid", "EXIT_OK", "0 without errors"),
        ("fout", "EXIT_ERRORS", "1 with at least one error"),
        ("unreadable", "EXIT_UNREADABLE", "2\nwhen the file cannot be read"),
    ],
)
def test_each_named_exit_code_is_what_validate_returns_and_what_its_help_says(
    capsys, tmp_path, kind, constant, documented
):
    if kind == "valid":
        path = sample.build(tmp_path)
    elif kind == "fout":
        path = build_with(tmp_path, contract.SHEET_ACTIONS, 0, contract.COL_WHO, "OCW, MBO-raad")
    else:
        path = badfiles.renamed_csv(tmp_path)
    code, _ = run(capsys, str(path))
    assert code == getattr(validate_command, constant)
    assert documented.replace("\n", " ") in " ".join(validate_command.__doc__.split())
    assert documented.split()[0] == str(code)


# --- saved by LibreOffice -----------------------------------------------------------------------------
@pytest.mark.libreoffice
def test_sample_saved_by_libreoffice_still_validates(capsys, tmp_path):
    (tmp_path / "in").mkdir()
    converted = resave_as_xlsx(sample.build(tmp_path / "in"), tmp_path / "uit")
    code, out = run(capsys, str(converted))
    assert code == 0, out


@pytest.mark.libreoffice
def test_canonical_workbook_saved_by_libreoffice_still_validates(capsys, tmp_path):
    if not contract.CANONICAL_WORKBOOK.is_file():
        pytest.skip(f"{contract.CANONICAL_WORKBOOK.name} is not in the repository yet")
    converted = resave_as_xlsx(contract.CANONICAL_WORKBOOK, tmp_path / "uit")
    code, out = run(capsys, str(converted))
    assert code == 0, out


@pytest.mark.libreoffice
def test_libreoffice_keeps_rows_and_cells_of_findings(tmp_path):
    from schemas import check

    (tmp_path / "in").mkdir()
    original = build_with(tmp_path / "in", contract.SHEET_ACTIONS, 2, contract.COL_WHO, "OCW, MBO-raad")
    converted = resave_as_xlsx(original, tmp_path / "uit")
    before, after = check(original).report, check(converted).report
    assert after.flatten() == before.flatten() == [("fout", "Acties", 4, contract.COL_WHO, "unknown-party")]
    assert after.findings[0].cell == "D4"
