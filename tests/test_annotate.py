"""The annotated copy: coloured cells with comments, a first sheet Controle with links; the input untouched."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from schemas import check
from support import badfiles, sample
from tests.test_bad_files import LAYOUT
from workbook import contract
from workbook.annotate import FILLS, annotate
from workbook.findings import ERROR, WARNING, WorkbookError

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def defective(tmp_path):
    """One error (Acties!D2), one warning (Acties!J4) and one row-level error (Acties row 7)."""
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0][contract.COL_WHO] = "OCW, MBO-raad"
    data[contract.SHEET_ACTIONS][2]["Voortgang najaar 2025"] = None
    data[contract.SHEET_ACTIONS].append(dict(data[contract.SHEET_ACTIONS][4]))
    return sample.build(tmp_path, data)


def _annotated(path, out):
    report = check(path, today=TODAY).report
    annotate(path, report, out)
    return report


def _fill(cell) -> str:
    return cell.fill.fgColor.rgb[-6:]


def test_input_bytes_are_unchanged(defective, tmp_path):
    before = defective.read_bytes()
    _annotated(defective, tmp_path / "uit.xlsx")
    assert defective.read_bytes() == before


def test_check_sheet_is_first_and_active(defective, tmp_path):
    _annotated(defective, tmp_path / "uit.xlsx")
    book = load_workbook(tmp_path / "uit.xlsx")
    assert book.sheetnames[0] == contract.SHEET_CHECK
    assert book.active.title == contract.SHEET_CHECK
    assert book.sheetnames[1:] == load_workbook(defective).sheetnames


def test_check_sheet_lists_every_finding_with_a_link(defective, tmp_path):
    report = _annotated(defective, tmp_path / "uit.xlsx")
    sheet = load_workbook(tmp_path / "uit.xlsx")[contract.SHEET_CHECK]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert [(r[0], r[2], r[5]) for r in rows] == [(f.severity, f.location, f.code) for f in report.findings]
    assert [(r[0], r[2], r[5]) for r in rows] == [
        (ERROR, "Acties!D2", "unknown-party"),
        (WARNING, "Acties!J4", "empty-latest-progress"),
        (ERROR, "Acties rij 7", "duplicate-row"),
    ]
    links = [sheet.cell(row=r, column=3).hyperlink for r in range(4, 7)]
    assert [link.location for link in links] == ["'Acties'!D2", "'Acties'!J4", "'Acties'!A7"]
    assert sheet["A1"].value == report.summary()


def test_cells_are_coloured_and_commented(defective, tmp_path):
    report = _annotated(defective, tmp_path / "uit.xlsx")
    actions = load_workbook(tmp_path / "uit.xlsx")[contract.SHEET_ACTIONS]
    assert _fill(actions["D2"]) == FILLS[ERROR].fgColor.rgb[-6:]
    assert _fill(actions["J4"]) == FILLS[WARNING].fgColor.rgb[-6:]
    assert _fill(actions["A7"]) == FILLS[ERROR].fgColor.rgb[-6:]
    assert report.findings[0].message in actions["D2"].comment.text
    assert actions["D3"].comment is None and _fill(actions["D3"]) != FILLS[ERROR].fgColor.rgb[-6:]


def test_values_are_kept(defective, tmp_path):
    _annotated(defective, tmp_path / "uit.xlsx")
    original, copy = load_workbook(defective), load_workbook(tmp_path / "uit.xlsx")
    for name in original.sheetnames:
        assert [list(r) for r in original[name].iter_rows(values_only=True)] == [
            list(r) for r in copy[name].iter_rows(values_only=True)
        ]


def test_annotated_copy_validates_the_same(defective, tmp_path):
    report = _annotated(defective, tmp_path / "uit.xlsx")
    again = check(tmp_path / "uit.xlsx", today=TODAY).report
    assert again.flatten() == report.flatten()


def test_bytes_in_buffer_out(defective):
    content = defective.read_bytes()
    report = check(content, name="upload.xlsx", today=TODAY).report
    buffer = io.BytesIO()
    annotate(content, report, buffer)
    book = load_workbook(io.BytesIO(buffer.getvalue()))
    assert book.sheetnames[0] == contract.SHEET_CHECK


def test_two_findings_in_one_cell_share_one_comment(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0][contract.COL_WHO] = "MBO-raad, Gemeente Utrecht"
    path = sample.build(tmp_path, data)
    report = _annotated(path, tmp_path / "uit.xlsx")
    comment = load_workbook(tmp_path / "uit.xlsx")[contract.SHEET_ACTIONS]["D2"].comment.text
    assert len(report.findings) == 2 and all(f.message in comment for f in report.findings)


def test_annotating_an_annotated_copy_replaces_the_check_sheet(defective, tmp_path):
    _annotated(defective, tmp_path / "een.xlsx")
    _annotated(tmp_path / "een.xlsx", tmp_path / "twee.xlsx")
    names = load_workbook(tmp_path / "twee.xlsx").sheetnames
    assert names.count(contract.SHEET_CHECK) == 1 and names[0] == contract.SHEET_CHECK


def test_finding_on_a_missing_sheet_is_listed_without_link(tmp_path):
    path = badfiles.edited(tmp_path, lambda book: book.remove(book[contract.SHEET_BUDGET]))
    _annotated(path, tmp_path / "uit.xlsx")
    sheet = load_workbook(tmp_path / "uit.xlsx")[contract.SHEET_CHECK]
    assert sheet["F4"].value == "missing-sheet" and sheet["C4"].hyperlink is None


def test_valid_workbook_gets_an_empty_check_sheet(sample_workbook, tmp_path):
    _annotated(sample_workbook, tmp_path / "uit.xlsx")
    sheet = load_workbook(tmp_path / "uit.xlsx")[contract.SHEET_CHECK]
    assert sheet["A1"].value.startswith("Het werkboek is in orde") and sheet.max_row == 3


def test_unreadable_source_raises_workbook_error(tmp_path):
    report = check(badfiles.truncated(tmp_path)).report
    with pytest.raises(WorkbookError):
        annotate(badfiles.truncated(tmp_path), report, tmp_path / "uit.xlsx")


@pytest.mark.libreoffice
def test_libreoffice_opens_the_annotated_copy(defective, tmp_path):
    from support.libreoffice import resave_as_xlsx

    (tmp_path / "in").mkdir()
    _annotated(defective, tmp_path / "in" / "geannoteerd.xlsx")
    converted = resave_as_xlsx(tmp_path / "in" / "geannoteerd.xlsx", tmp_path / "uit")
    book = load_workbook(converted)
    assert book.sheetnames[0] == contract.SHEET_CHECK
    assert book[contract.SHEET_ACTIONS]["D2"].comment is not None


def test_finding_inside_merged_cells_marks_the_merged_area(tmp_path):
    path = badfiles.edited(tmp_path, lambda book: book[contract.SHEET_ACTIONS].merge_cells("C2:C3"))
    report = _annotated(path, tmp_path / "uit.xlsx")
    assert [f.cell for f in report.findings] == ["C2", "C3"]  # merged-cells, and C3 is empty
    comment = load_workbook(tmp_path / "uit.xlsx")[contract.SHEET_ACTIONS]["C2"].comment.text
    assert all(f.message in comment for f in report.findings)


@pytest.mark.parametrize(("defect", "change", "expected"), LAYOUT, ids=[c[0] for c in LAYOUT])
def test_every_broken_layout_can_be_annotated(tmp_path, defect, change, expected):
    path = badfiles.edited(tmp_path, change)
    report = _annotated(path, tmp_path / "uit.xlsx")
    book = load_workbook(tmp_path / "uit.xlsx")
    assert book.sheetnames[0] == contract.SHEET_CHECK
    assert book[contract.SHEET_CHECK].max_row == 3 + len(report.findings)
