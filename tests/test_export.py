"""Downloads (dashboard/export.py): CSV for Dutch Excel and .xlsx, never able to run a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard import export
from views.files import stem

DANGEROUS = ["=1+1", "+31 6 1234", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd", '=HYPERLINK("http://x","klik")']


@pytest.mark.parametrize("value", DANGEROUS)
def test_text_that_starts_like_a_formula_is_neutralised(value):
    assert export.neutralise_value(value) == "'" + value


@pytest.mark.parametrize("value", ["Loopt", "", " =1", "2.1-01", "e.v.", 5, -5, 2.5, None, dt.date(2025, 1, 1)])
def test_other_values_are_left_alone(value):
    assert export.neutralise_value(value) == value


@pytest.fixture
def frame():
    return pd.DataFrame(
        {
            "Actie-ID": ["1.1-01", "1.1-02", "1.2-01"],
            "Wat": ["=1+1", "Gewone tekst; met puntkomma", "@SUM(A1)"],
            "Startjaar": pd.array([2023, None, 2024], dtype="Int64"),
            "Bedrag (mln €)": [1234.5, None, -2.5],
            "Datum": [dt.date(2025, 11, 1), None, dt.date(2024, 7, 1)],
            "=kop": ["a", "b", "c"],  # a header from the workbook (round names) is neutralised too
        }
    )


def test_csv_opens_in_dutch_excel_and_runs_no_formula(frame):
    content = export.csv_bytes(frame)
    assert content.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Actie-ID", "Wat", "Startjaar", "Bedrag (mln €)", "Datum", "'=kop"]
    assert rows[1] == ["1.1-01", "'=1+1", "2023", "1234,5", "2025-11-01", "a"]
    assert rows[2] == ["1.1-02", "Gewone tekst; met puntkomma", "", "", "", "b"]
    assert rows[3] == ["1.2-01", "'@SUM(A1)", "2024", "-2,5", "2024-07-01", "c"]
    # only a plain number may start with "-": Excel reads it as that number, never as a formula
    risky = [cell for row in rows for cell in row if cell.startswith(export.FORMULA_STARTS)]
    assert risky == ["-2,5"] and re.fullmatch(r"-\d+(,\d+)?", risky[0])


def test_xlsx_has_text_and_numbers_and_no_formula(frame):
    book = load_workbook(io.BytesIO(export.xlsx_bytes(frame, "Acties")))
    sheet = book["Acties"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Actie-ID", "Wat", "Startjaar", "Bedrag (mln €)", "Datum", "'=kop"]
    assert values[1][:4] == ["1.1-01", "'=1+1", 2023, 1234.5]
    assert values[2][2:4] == [None, None]
    assert values[3][1] == "'@SUM(A1)" and values[3][3] == -2.5
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert sheet.freeze_panes == "A2"


def test_xlsx_of_an_empty_table_has_its_header():
    empty = pd.DataFrame(columns=["Actie-ID", "Wat"])
    sheet = load_workbook(io.BytesIO(export.xlsx_bytes(empty, "Leeg"))).active
    assert [c.value for c in next(sheet.iter_rows())] == ["Actie-ID", "Wat"]
    assert sheet.max_row == 1


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Acties", "Acties"), ("a/b:c*d?[e]", "a b c d  e"), ("x" * 40, "x" * 31), ("", "Gegevens"), ("'", "Gegevens")],
)
def test_sheet_title(name, expected):
    assert export.sheet_title(name) == expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("acties", "2.2", "JOB"), "acties-2.2-JOB"),
        (("acties", None, "", "najaar 2025"), "acties-najaar-2025"),
        (("acties", "../../etc/passwd"), "acties-etc-passwd"),
        ((None,), "tabel"),
    ],
)
def test_file_stem(parts, expected):
    assert stem(*parts) == expected
