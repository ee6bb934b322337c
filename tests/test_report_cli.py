"""``python -m workbook report``: exit codes 0 / 1 / 2, nothing overwritten, --pdf with and without LibreOffice."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from support import sample
from workbook import cli, contract
from workbook.commands import report as report_command

ROOT = Path(__file__).resolve().parent.parent
#: A stand-in for soffice that writes a small PDF where LibreOffice would (the real one: tests/test_report.py).
FAKE_SOFFICE = """#!/bin/sh
while [ $# -gt 1 ]; do
  if [ "$1" = "--outdir" ]; then out="$2"; fi
  shift
done
printf '%%PDF-1.4 nep' > "$out/$(basename "$1" .docx).pdf"
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["report", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def fake_soffice(tmp_path: Path, script: str) -> Path:
    path = tmp_path / "bin" / "soffice"
    path.parent.mkdir(exist_ok=True)
    path.write_text(script)
    path.chmod(0o755)
    return path


@pytest.fixture
def workbook(tmp_path):
    return sample.build(tmp_path)


def test_writes_the_appendix_and_exits_0(capsys, tmp_path, workbook):
    out = tmp_path / "bijlage.docx"
    code, stdout, _ = run(capsys, workbook, out, "--partij", "JOBmbo", "--ronde", "najaar 2025")
    assert code == report_command.EXIT_WRITTEN == 0
    assert stdout.startswith(
        f"Bijlage geschreven: {out} (najaar 2025, 2 acties; gemaakt uit een bestand dat geen opgeslagen versie is "
    )
    doc = docx.Document(io.BytesIO(out.read_bytes()))
    assert "Selectie: Alleen de acties waarbij partij JOB betrokken is." in [p.text for p in doc.paragraphs]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--round", "winter"], "De ronde 'winter' staat niet in het werkboek."),
        (["--party", "NS"], "De partij 'NS' staat niet in het blad Partijen"),
        (["--goal", "9.9"], "De doelstelling '9.9' bestaat niet."),
    ],
)
def test_an_unknown_round_party_or_goal_is_refused_with_exit_1(capsys, tmp_path, workbook, options, message):
    out = tmp_path / "bijlage.docx"
    code, _, stderr = run(capsys, workbook, out, *options)
    assert code == report_command.EXIT_REFUSED == 1
    assert message in stderr and "De bijlage is niet gemaakt." in stderr
    assert not out.exists()


def test_a_workbook_with_fouten_is_refused_with_exit_1(capsys, tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][1]["Status najaar 2025"] = "Bijna klaar"  # not a status: a fout
    path = sample.build(tmp_path, data, name="fout.xlsx")
    out = tmp_path / "bijlage.docx"
    code, _, stderr = run(capsys, path, out)
    assert code == 1 and "Het werkboek 'fout.xlsx' bevat 1 fout." in stderr and not out.exists()


def test_an_unreadable_workbook_exits_2(capsys, tmp_path):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"dit is geen werkboek")
    code, _, stderr = run(capsys, path, tmp_path / "bijlage.docx")
    assert code == report_command.EXIT_UNREADABLE == 2 and "FOUT" in stderr


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("werkboek.xlsx", "eindigt op .docx"),  # the workbook itself
        ("bijlage.pdf", "eindigt op .docx"),
        ("geen-map/bijlage.docx", "bestaat niet"),
    ],
)
def test_the_output_never_replaces_the_workbook_and_must_be_a_docx(capsys, tmp_path, workbook, out, message):
    before = workbook.read_bytes()
    code, _, stderr = run(capsys, workbook, tmp_path / out)
    assert code == 1 and message in stderr
    assert workbook.read_bytes() == before


def test_the_workbook_named_docx_is_not_overwritten_either(capsys, tmp_path, workbook):
    disguised = workbook.rename(tmp_path / "werkboek.docx")
    before = disguised.read_bytes()
    code, _, stderr = run(capsys, disguised, disguised, "--overschrijven")
    assert code == 1 and "een andere naam krijgen dan het werkboek" in stderr
    assert disguised.read_bytes() == before


def test_an_existing_file_is_only_replaced_when_asked(capsys, tmp_path, workbook):
    out = tmp_path / "bijlage.docx"
    out.write_bytes(b"mijn eigen versie")
    code, _, stderr = run(capsys, workbook, out)
    assert code == 1 and "'bijlage.docx' bestaat al" in stderr and out.read_bytes() == b"mijn eigen versie"
    code, _, _ = run(capsys, workbook, out, "--overschrijven")
    assert code == 0 and out.read_bytes().startswith(b"PK")


def test_pdf_without_libreoffice_says_so_writes_the_docx_and_exits_0(capsys, tmp_path, workbook, monkeypatch):
    empty = tmp_path / "leeg"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no soffice anywhere
    monkeypatch.delenv("SOFFICE", raising=False)
    out = tmp_path / "bijlage.docx"
    code, stdout, stderr = run(capsys, workbook, out, "--pdf")
    assert code == 0 and out.is_file() and not out.with_suffix(".pdf").exists()
    assert "Bijlage geschreven" in stdout
    assert "LibreOffice (soffice) is niet gevonden, dus er is geen PDF gemaakt." in stderr


def test_pdf_with_libreoffice_writes_both(capsys, tmp_path, workbook, monkeypatch):
    monkeypatch.setenv("SOFFICE", str(fake_soffice(tmp_path, FAKE_SOFFICE)))
    out = tmp_path / "bijlage.docx"
    code, stdout, _ = run(capsys, workbook, out, "--pdf")
    assert code == 0 and out.is_file() and out.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert f"PDF geschreven: {out.with_suffix('.pdf')}" in stdout


def test_a_failing_conversion_keeps_the_docx_and_exits_1(capsys, tmp_path, workbook, monkeypatch):
    monkeypatch.setenv("SOFFICE", str(fake_soffice(tmp_path, "#!/bin/sh\necho kapot >&2\nexit 3\n")))
    out = tmp_path / "bijlage.docx"
    code, _, stderr = run(capsys, workbook, out, "--pdf")
    assert code == 1 and out.is_file()
    assert "(afsluitcode 3): kapot" in stderr and "Het Word-document is wel geschreven." in stderr


def test_help_names_the_command_and_its_exit_codes():
    listed = subprocess.run([sys.executable, "-m", "workbook", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert "report" in listed.stdout
    own = subprocess.run(
        [sys.executable, "-m", "workbook", "report", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    text = " ".join(own.stdout.split())
    assert "Afsluitcodes: 0 geschreven; 1 geweigerd" in text and "2 het werkboek kan niet worden gelezen" in text
    assert "--pdf" in text and "afsluitcode 0" in text


def test_readme_and_the_user_guide_name_the_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guide = (ROOT / "docs" / "werkboek.md").read_text(encoding="utf-8")
    assert "python -m workbook report " in readme.split("## Command line", 1)[1].split("##", 1)[0]
    section = guide.split("## De bijlage voor de Kamer maken", 1)[1]
    assert "python -m workbook report " in section and "Bijlage voor de Kamer" in section
    assert (ROOT / "docs" / "img" / "bijlage.png").is_file() and "img/bijlage.png" in section


def test_the_version_is_the_one_history_lists_and_the_letter_goes_on_the_cover(capsys, tmp_path, monkeypatch):
    from views.history import short_id
    from workbook.versions import FolderStore

    path = sample.build(tmp_path)
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    version = FolderStore(path).publish(path.read_bytes(), base=None, message="Eerste versie")
    out = tmp_path / "bijlage.docx"
    code, stdout, _ = run(
        capsys, path, out, "--kenmerk", "2025-0000123456", "--kamerbrief-datum", "12-11-2025", "--kamerstuk", "31 524"
    )
    assert code == 0 and f"gemaakt uit versie {short_id(version.id)} (zie Geschiedenis)" in stdout
    assert cli.main(["history"]) == 0
    listed = capsys.readouterr().out
    assert listed.splitlines()[0].split("\t")[0] == short_id(version.id)
    texts = [p.text for p in docx.Document(io.BytesIO(out.read_bytes())).paragraphs]
    assert "Bijlage bij de Kamerbrief van 12 november 2025" in texts
    assert "Kenmerk: 2025-0000123456" in texts and "Kamerstuk: 31 524" in texts
    with pytest.raises(SystemExit) as refused:  # argparse refuses before anything is made
        cli.main(["report", str(path), str(tmp_path / "x.docx"), "--kamerbrief-datum", "12 nov"])
    assert refused.value.code == 2 and "'12 nov' is geen datum" in capsys.readouterr().err
