"""Files a person might upload that are no (usable) workbook: never a crash, always one clear Dutch finding.

Unreadable files give ``(None, report)`` with ``readable=False`` and exactly one
finding; readable files with a broken layout give structure findings with the
Excel row a person sees.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile

import pytest

from schemas import check
from support import badfiles, sample
from workbook import WorkbookError, contract, read_workbook
from workbook.catalogue import FINDINGS

TODAY = dt.date(2026, 6, 1)
E, W = "fout", "waarschuwing"
A = contract.SHEET_ACTIONS


@pytest.mark.parametrize(
    ("defect", "builder", "code"), [(k, *v) for k, v in badfiles.UNREADABLE.items()], ids=list(badfiles.UNREADABLE)
)
def test_unreadable_file_gives_one_finding(tmp_path, defect, builder, code):
    path = builder(tmp_path)
    checked = check(path)
    data, report = checked.data, checked.report
    assert data is None
    assert not report.readable and not report.valid
    assert report.flatten() == [(E, None, None, None, code)]
    assert report.findings[0].message == report.findings[0].message.strip() and len(report.findings[0].message) > 40
    with pytest.raises(WorkbookError):
        read_workbook(path)


@pytest.mark.parametrize(
    ("defect", "builder", "code"),
    [(k, *v) for k, v in badfiles.UNREADABLE.items() if k != "missing-file"],
    ids=[k for k in badfiles.UNREADABLE if k != "missing-file"],
)
def test_unreadable_bytes_give_the_same_finding(tmp_path, defect, builder, code):
    content = builder(tmp_path).read_bytes()
    checked = check(content, name="upload.xlsx")
    data, report = checked.data, checked.report
    assert data is None and report.flatten() == [(E, None, None, None, code)]
    assert report.source_name == "upload.xlsx"


def test_real_password_protected_workbook(tmp_path):
    if not os.environ.get("CI"):
        pytest.importorskip("msoffcrypto", reason="pip install msoffcrypto-tool (requirements-dev.txt)")
    checked = check(badfiles.real_encrypted(tmp_path))
    data, report = checked.data, checked.report
    assert data is None and report.flatten() == [(E, None, None, None, "encrypted")]
    assert "wachtwoord" in report.findings[0].message


def test_too_large_file_is_not_read(tmp_path):
    report = check(badfiles.too_large(tmp_path)).report
    assert f"de grens is {contract.MAX_FILE_BYTES // 1024 // 1024} MB" in report.findings[0].message


def test_zip_bomb_is_refused_before_unpacking(tmp_path, monkeypatch):
    """Decided from the sizes in the zip's directory: not one part is unpacked (python -m benchmarks times it)."""
    path = badfiles.zip_bomb(tmp_path)
    assert path.stat().st_size < contract.MAX_FILE_BYTES
    opened, open_part = [], zipfile.ZipFile.open

    def spy(archive, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return open_part(archive, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    report = check(path).report
    assert report.flatten() == [(E, None, None, None, "zip-bomb")]
    assert opened == []


@pytest.mark.slow
def test_million_rows_are_bounded(tmp_path):
    path = badfiles.million_rows(tmp_path)
    checked = check(path, today=TODAY)  # how long it takes: python -m benchmarks
    data, report = checked.data, checked.report
    assert data is not None and len(data.frame(A)) == contract.MAX_ROWS_PER_SHEET
    assert report.findings[0].as_tuple() == (E, A, None, None, "too-many-rows")
    # every kind of problem is shown at most MAX_FINDINGS_PER_CHECK times, then counted
    kinds = {(f.column, f.code) for f in report.findings if f.code not in {"too-many-rows", "more-findings"}}
    assert len(report.findings) <= 1 + len(kinds) * (contract.MAX_FINDINGS_PER_CHECK + 1)
    assert any(f.code == "more-findings" for f in report.findings)


# --- readable, but the layout is broken ------------------------------------------------------------------
def _insert_rows_above_header(book):
    book[A].insert_rows(1, 2)
    book[A]["D4"] = "OCW, MBO-raad"  # first action, now on row 4


def _rename_other_case(book):
    book[A].title = "tijdelijk"  # openpyxl refuses a name that equals another one without case
    book["tijdelijk"].title = "acties "


def _merge(book):
    book[A].merge_cells("C2:C3")


def _hide_row(book):
    book[A].row_dimensions[4].hidden = True


def _blank_row(book):
    book[A].insert_rows(4)


def _delete_column(book):
    book[A].delete_cols(4)  # Wie


def _duplicate_header(book):
    ws = book[A]
    ws.cell(row=1, column=ws.max_column + 1, value="wie ")


def _formula_problems(book):
    ws = book[A]
    ws["F3"] = "#DIV/0!"  # an error value as Excel stores it
    ws["G4"] = "=F4+3"  # a formula never calculated (openpyxl writes no cached value)


def _empty_sheet(book):
    ws = book[contract.SHEET_ROUNDS]
    ws.delete_rows(1, ws.max_row)


LAYOUT = [
    (
        "missing-sheet",
        lambda book: book.remove(book[contract.SHEET_BUDGET]),
        [(E, contract.SHEET_BUDGET, None, None, "missing-sheet")],
    ),
    ("renamed-sheet", lambda book: setattr(book[A], "title", "Actie"), [(E, A, None, None, "sheet-renamed")]),
    ("sheet-name-other-case-and-spaces", _rename_other_case, []),
    (
        "header-on-row-3",
        _insert_rows_above_header,
        [(W, A, 3, None, "header-not-first-row"), (E, A, 4, contract.COL_WHO, "unknown-party")],
    ),
    ("merged-cells", _merge, [(E, A, 2, None, "merged-cells"), (E, A, 3, contract.COL_WHAT, "required-value")]),
    ("hidden-row", _hide_row, [(W, A, 4, None, "hidden-rows")]),
    ("blank-row-between", _blank_row, [(W, A, 4, None, "blank-row")]),
    ("deleted-column", _delete_column, [(E, A, 1, contract.COL_WHO, "missing-column")]),
    ("duplicate-header", _duplicate_header, [(E, A, 1, contract.COL_WHO, "duplicate-column")]),
    (
        "formula-error-and-uncalculated",
        _formula_problems,
        [
            (E, A, 3, contract.COL_START_YEAR, "formula-error"),
            (E, A, 4, contract.COL_END_YEAR, "formula-without-value"),
        ],
    ),
    ("sheet-without-header", _empty_sheet, [(E, contract.SHEET_ROUNDS, None, None, "empty-sheet")]),
]


@pytest.mark.parametrize(("defect", "change", "expected"), LAYOUT, ids=[c[0] for c in LAYOUT])
def test_broken_layout(tmp_path, defect, change, expected):
    checked = check(badfiles.edited(tmp_path, change), today=TODAY)
    data, report = checked.data, checked.report
    assert data is not None and report.readable
    assert report.flatten() == expected


def test_cells_point_at_the_excel_row_below_a_moved_header(tmp_path):
    report = check(badfiles.edited(tmp_path, _insert_rows_above_header), today=TODAY).report
    assert report.findings[1].location == "Acties!D4"


def test_blank_row_shifts_nothing_silently(tmp_path):
    data = check(badfiles.edited(tmp_path, _blank_row), today=TODAY).data
    assert list(data.frame(A).index) == [2, 3, 5, 6, 7]


def test_every_unreadable_code_is_registered():
    assert all(code in FINDINGS for _, code in badfiles.UNREADABLE.values())


def test_sample_builds_without_tables_too(tmp_path):
    assert check(sample.build(tmp_path, as_table=False), today=TODAY).report.flatten() == []
