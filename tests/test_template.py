"""Template and format: contract sheets and headers, dropdowns from the settings, no value lost, backups, round
trips."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.datavalidation import DataValidation

from schemas import check
from support import sample
from workbook import cli, contract
from workbook.dropdowns import DEFAULT_GOALS, MIN_VALIDATED_ROW, help_text
from workbook.history import history_dir
from workbook.template import TemplateError, compare_values, format_workbook, write_template

ROOT = Path(__file__).resolve().parent.parent
CANONICAL = ROOT / "workbook" / "actieoverzicht.xlsx"
STATUS_LIST = '"' + ",".join(contract.STATUSES) + '"'


# --- helpers ------------------------------------------------------------------------------------------
def validations(path: Path, sheet: str) -> list[DataValidation]:
    return list(load_workbook(path)[sheet].data_validations.dataValidation)


def rule_on(path: Path, sheet: str, header: str) -> DataValidation | None:
    """The validation on the data cells of ``header`` (row 2 of its column), or None."""
    ws = load_workbook(path)[sheet]
    letter = next(c.column_letter for c in ws[1] if c.value == header)
    for validation in ws.data_validations.dataValidation:
        if f"{letter}2" in validation.sqref and validation.type is not None:
            return validation
    return None


def prompt_on_header(path: Path, sheet: str, header: str) -> str | None:
    ws = load_workbook(path)[sheet]
    ref = next(c.coordinate for c in ws[1] if c.value == header)
    for validation in ws.data_validations.dataValidation:
        if ref in validation.sqref and validation.showInputMessage:
            return validation.prompt
    return None


def all_values(path: Path) -> dict[str, dict[str, object]]:
    """Independent of workbook.template: every cell value of every sheet, read by openpyxl."""
    book = load_workbook(path)
    return {
        ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}
        for ws in book.worksheets
    }


def fill(path: Path, data: dict[str, list[dict]]) -> None:
    """Type ``data`` into a template under its headers, as a person would (row 2 on)."""
    book = load_workbook(path)
    for sheet, rows in data.items():
        ws = book[sheet]
        header = [c.value for c in ws[1]]
        for number, row in enumerate(rows, start=2):
            for key, value in row.items():
                ws.cell(row=number, column=header.index(key) + 1, value=value)
    book.save(path)


def many_parties(data: dict, count: int = 40) -> dict:
    data[contract.SHEET_PARTIES] += [
        {
            contract.COL_PARTY: f"Partij nummer {i}",
            contract.COL_FULL_NAME: f"Voluit partij {i}",
            contract.COL_KIND: "overig",
            contract.COL_ALIASES: None,
        }
        for i in range(count)
    ]
    return data


# --- template -----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return write_template(tmp_path_factory.mktemp("sjabloon") / "sjabloon.xlsx", rounds=sample.ROUNDS)


def test_template_has_every_sheet_and_header_in_contract_order(template):
    book = load_workbook(template)
    assert book.sheetnames == [*contract.ALL_SHEETS, contract.SHEET_LISTS]
    for sheet, columns in contract.SHEET_COLUMNS.items():
        header = [c.value for c in book[sheet][1] if c.value is not None]
        assert header[: len(columns)] == list(columns)
    # the rounds right after the contract columns (where new-round adds the next one), then the optional ones
    rest = [c.value for c in book[contract.SHEET_ACTIONS][1]][len(contract.SHEET_COLUMNS[contract.SHEET_ACTIONS]) :]
    assert rest == [
        "Voortgang zomer 2024",
        "Status zomer 2024",
        "Voortgang najaar 2025",
        "Status najaar 2025",
        *contract.OPTIONAL_COLUMNS[contract.SHEET_ACTIONS],
    ]
    assert book[contract.SHEET_LISTS].sheet_state == "hidden"
    assert book[contract.SHEET_ACTIONS].freeze_panes == "A2"
    toelichting = "\n".join(str(c.value) for c in book[contract.SHEET_README]["A"] if c.value)
    for header in contract.SHEET_COLUMNS[contract.SHEET_BUDGET]:
        assert f"{header}: " in toelichting


@pytest.mark.parametrize("sheet", contract.CONTRACT_SHEETS)
def test_every_header_explains_its_column_in_an_input_message(template, sheet):
    for header in (*contract.SHEET_COLUMNS[sheet], *contract.OPTIONAL_COLUMNS.get(sheet, ())):
        prompt = prompt_on_header(template, sheet, header)
        assert prompt == help_text(sheet, header) and len(prompt) <= 255, (sheet, header)


@pytest.mark.parametrize(
    ("sheet", "header", "kind", "formula1", "formula2"),
    [
        (contract.SHEET_ACTIONS, "Status zomer 2024", "list", STATUS_LIST, None),
        (contract.SHEET_ACTIONS, "Status najaar 2025", "list", STATUS_LIST, None),
        (contract.SHEET_ACTIONS, contract.COL_GOAL, "list", '"' + ",".join(DEFAULT_GOALS) + '"', None),
        (contract.SHEET_BUDGET, contract.COL_GOAL, "list", '"' + ",".join(DEFAULT_GOALS) + '"', None),
        (contract.SHEET_PARTIES, contract.COL_KIND, "list", '"' + ",".join(contract.PARTY_KINDS) + '"', None),
        (contract.SHEET_BUDGET, contract.COL_KIND, "list", '"' + ",".join(contract.BUDGET_KINDS) + '"', None),
        (contract.SHEET_GOALS, contract.COL_PRIORITY, "list", '"1,2,3"', None),
        (contract.SHEET_BUDGET, contract.COL_PRIORITY, "list", '"1,2,3"', None),
        (contract.SHEET_ACTIONS, contract.COL_START_YEAR, "whole", "2020", "2035"),
        (contract.SHEET_ACTIONS, contract.COL_END_YEAR, "whole", "2020", "2035"),
        (contract.SHEET_BUDGET, contract.COL_FROM_YEAR, "whole", "2020", "2035"),
        (contract.SHEET_BUDGET, contract.COL_TO_YEAR, "whole", "2020", "2035"),
        (contract.SHEET_BUDGET, contract.COL_AMOUNT, "decimal", "0", None),
        (contract.SHEET_BUDGET, contract.COL_PRECISION, "list", '"' + ",".join(contract.PRECISIONS) + '"', None),
        (contract.SHEET_INDICATORS, contract.COL_GOAL, "list", '"' + ",".join(DEFAULT_GOALS) + '"', None),
        (contract.SHEET_INDICATORS, contract.COL_DIRECTION, "list", '"' + ",".join(contract.DIRECTIONS) + '"', None),
        (contract.SHEET_INDICATORS, contract.COL_BASE_VALUE, "decimal", "-1E+15", "1E+15"),
        (contract.SHEET_MEASUREMENTS, contract.COL_PRECISION, "list", '"' + ",".join(contract.PRECISIONS) + '"', None),
        (contract.SHEET_MEASUREMENTS, contract.COL_VALUE, "decimal", "-1E+15", "1E+15"),
    ],
)
def test_template_rules_come_from_the_settings(template, sheet, header, kind, formula1, formula2):
    rule = rule_on(template, sheet, header)
    assert rule is not None, (sheet, header)
    assert (rule.type, rule.formula1, rule.formula2) == (kind, formula1, formula2)
    assert rule.showErrorMessage and rule.error  # a Dutch message when a value does not fit
    assert any(r.max_row >= MIN_VALIDATED_ROW for r in rule.sqref.ranges)


def test_free_text_columns_get_no_rule(template):
    for sheet, header in [
        (contract.SHEET_ACTIONS, contract.COL_WHAT),
        (contract.SHEET_ACTIONS, "Voortgang zomer 2024"),
        (contract.SHEET_GOALS, contract.COL_GOAL),
        (contract.SHEET_BUDGET, contract.COL_OVERLAPS),
        (contract.SHEET_MEASUREMENTS, contract.COL_YEAR),  # a year or a school year, as text: no number rule
        (contract.SHEET_MEASUREMENTS, contract.COL_VALUE_TEXT),
        (contract.SHEET_SOURCES, contract.COL_SOURCE),
        (contract.SHEET_SOURCES, contract.COL_DATE),
        (contract.SHEET_SOURCES, contract.COL_URL),
    ]:
        assert rule_on(template, sheet, header) is None


def test_a_sources_date_is_a_text_cell_so_najaar_2025_stays_as_typed(template):
    sheet = load_workbook(template)[contract.SHEET_SOURCES]
    header = [c.value for c in sheet[1]]
    assert header == [
        *contract.SHEET_COLUMNS[contract.SHEET_SOURCES],
        *contract.OPTIONAL_COLUMNS[contract.SHEET_SOURCES],
    ]
    column = header.index(contract.COL_DATE) + 1
    assert {sheet.cell(row=row, column=column).number_format for row in (2, 50, MIN_VALIDATED_ROW)} == {"@"}
    assert sheet.cell(row=2, column=1).number_format == "General"  # only the date column


def test_the_indicators_of_a_measurement_come_from_the_indicators_sheet(tmp_path, template):
    path = tmp_path / "met-indicatoren.xlsx"
    shutil.copy(template, path)
    fill(path, {**sample.sample_data(), **sample.sample_data(indicators=True)})
    format_workbook(path)
    rule = rule_on(path, contract.SHEET_MEASUREMENTS, contract.COL_INDICATOR_ID)
    assert rule.type == "list" and rule.formula1 == '"I01,I02,I03"'
    year = load_workbook(path)[contract.SHEET_MEASUREMENTS]["B2"]
    assert (year.value, year.number_format) == ("2021/2022", "@")  # stays text
    assert check(path).report.valid


def test_a_filled_template_validates(tmp_path, template):
    path = tmp_path / "gevuld.xlsx"
    shutil.copy(template, path)
    fill(path, sample.sample_data())
    report = check(path).report
    assert report.valid, report.as_text()
    assert report.counts == check(sample.build(tmp_path)).report.counts


def test_template_command_writes_and_never_overwrites(tmp_path, capsys):
    out = tmp_path / "nieuw.xlsx"
    assert cli.main(["template", str(out), "--ronde", "voorjaar 2026"]) == 0
    assert "Status voorjaar 2026" in [c.value for c in load_workbook(out)[contract.SHEET_ACTIONS][1]]
    before = out.read_bytes()
    assert cli.main(["template", str(out)]) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert out.read_bytes() == before


# --- format ----------------------------------------------------------------------------------------------------
@pytest.fixture
def rich_workbook(tmp_path) -> Path:
    """The sample with an extra column, an extra sheet, a user's own validation and 45 parties."""
    data = many_parties(sample.sample_data())
    for row in data[contract.SHEET_ACTIONS]:
        row["Opmerking"] = f"notitie bij {row[contract.COL_ACTION_ID]}"
    path = sample.build(tmp_path, data)
    book = load_workbook(path)
    notes = book.create_sheet("Aantekeningen")
    notes["A1"], notes["B3"] = "Eigen blad", 42
    own = DataValidation(type="list", formula1='"ja,nee"')
    letter = next(c.column_letter for c in book[contract.SHEET_ACTIONS][1] if c.value == "Opmerking")
    own.add(f"{letter}2:{letter}50")
    book[contract.SHEET_ACTIONS].add_data_validation(own)
    book[contract.SHEET_ACTIONS].column_dimensions["A"].width = 17
    book.save(path)
    return path


def test_format_keeps_every_value_extra_column_and_sheet(rich_workbook):
    before = all_values(rich_workbook)
    original = load_workbook(rich_workbook)
    format_workbook(rich_workbook)
    after = all_values(rich_workbook)
    assert set(after) == set(before) | {contract.SHEET_LISTS}
    for sheet, cells in before.items():
        assert after[sheet] == cells, sheet  # cell by cell, including the extra column and sheet
    book = load_workbook(rich_workbook)
    assert book.sheetnames[: len(original.sheetnames)] == original.sheetnames
    for ws in original.worksheets:
        new = book[ws.title]
        assert new.freeze_panes == ws.freeze_panes
        assert dict(new.tables.items()) == dict(ws.tables.items())
        for letter, dimension in ws.column_dimensions.items():
            assert new.column_dimensions[letter].width == dimension.width, (ws.title, letter)
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                assert new[cell.coordinate].alignment.wrap_text == cell.alignment.wrap_text
    assert book[contract.SHEET_ACTIONS].column_dimensions["A"].width == 17
    report = check(rich_workbook).report
    assert report.valid, report.as_text()


def test_format_adds_rules_from_the_workbooks_own_lists(rich_workbook):
    format_workbook(rich_workbook)
    goals = rule_on(rich_workbook, contract.SHEET_ACTIONS, contract.COL_GOAL)
    assert goals.formula1 == '"1.1,1.2,2.1,3.1"'  # the goals of this workbook, not the default twelve
    for round_name in sample.ROUNDS:
        assert rule_on(rich_workbook, contract.SHEET_ACTIONS, f"Status {round_name}").formula1 == STATUS_LIST
    who = rule_on(rich_workbook, contract.SHEET_ACTIONS, contract.COL_WHO)
    assert who.formula1.startswith(f"'{contract.SHEET_LISTS}'!$")  # 45 parties do not fit in 255 characters
    assert who.showErrorMessage is False  # several parties in one cell stay possible
    book = load_workbook(rich_workbook)
    column = who.formula1.split("!")[1].split(":")[0].replace("$", "")[0]
    listed = [c.value for c in book[contract.SHEET_LISTS][column][1:] if c.value is not None]
    assert listed == [p[contract.COL_PARTY] for p in many_parties(sample.sample_data())[contract.SHEET_PARTIES]]
    own = [v for v in validations(rich_workbook, contract.SHEET_ACTIONS) if v.formula1 == '"ja,nee"']
    assert len(own) == 1  # the user's own validation survives


def test_format_twice_gives_the_same_rules(rich_workbook):
    format_workbook(rich_workbook)
    first = [(str(v.sqref), v.type, v.formula1) for v in validations(rich_workbook, contract.SHEET_ACTIONS)]
    format_workbook(rich_workbook)
    second = [(str(v.sqref), v.type, v.formula1) for v in validations(rich_workbook, contract.SHEET_ACTIONS)]
    assert sorted(second) == sorted(first)
    assert len(load_workbook(rich_workbook).sheetnames) == len(set(load_workbook(rich_workbook).sheetnames))


def test_rules_cover_room_for_growth(tmp_path):
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS] = [
        dict(data[contract.SHEET_ACTIONS][0], **{contract.COL_ACTION_ID: f"1.1-{i:03d}"}) for i in range(1, 700)
    ]
    path = sample.build(tmp_path, data)
    format_workbook(path)
    status = rule_on(path, contract.SHEET_ACTIONS, "Status zomer 2024")
    assert max(r.max_row for r in status.sqref.ranges) == 700 + 500


def test_format_keeps_a_backup_first(sample_workbook):
    original = sample_workbook.read_bytes()
    result = format_workbook(sample_workbook)
    assert result.backup.parent == history_dir(sample_workbook)
    assert result.backup.name.startswith(sample_workbook.stem + "-") and result.backup.name.endswith("-opmaak.xlsx")
    assert result.backup.read_bytes() == original
    assert sample_workbook.read_bytes() != original
    assert not [p for p in sample_workbook.parent.iterdir() if p.name.startswith(".werkboek-nieuw-")]


@pytest.mark.parametrize("defect", ["not-a-workbook", "chart"])
def test_format_refuses_what_it_cannot_keep_and_changes_nothing(tmp_path, defect):
    path = sample.build(tmp_path)
    if defect == "not-a-workbook":
        path.write_bytes(b"dit is geen werkboek")
    else:
        book = load_workbook(path)
        ws = book[contract.SHEET_BUDGET]
        chart = BarChart()
        chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=5), titles_from_data=True)
        ws.add_chart(chart, "N2")
        book.save(path)
    before = path.read_bytes()
    with pytest.raises(TemplateError) as raised:
        format_workbook(path)
    assert "niets veranderd" in str(raised.value)
    assert path.read_bytes() == before
    assert not history_dir(path).exists()


def test_format_command(sample_workbook, capsys):
    assert cli.main(["format", str(sample_workbook)]) == 0
    assert "Kopie van de vorige versie" in capsys.readouterr().out
    assert rule_on(sample_workbook, contract.SHEET_ACTIONS, "Status najaar 2025") is not None
    broken = sample_workbook.with_name("kapot.xlsx")
    broken.write_bytes(b"PK\x03\x04 kapot")
    assert cli.main(["format", str(broken)]) == 2
    assert "niets veranderd" in capsys.readouterr().err


def test_compare_values_sees_a_changed_cell(sample_workbook, tmp_path):
    book = load_workbook(sample_workbook)
    book[contract.SHEET_ACTIONS]["C3"] = "anders"
    changed = tmp_path / "anders.xlsx"
    book.save(changed)
    lines = compare_values(sample_workbook.read_bytes(), changed.read_bytes())
    assert len(lines) == 1 and lines[0].startswith("Acties!C3:")


@pytest.mark.skipif(not CANONICAL.is_file(), reason="the canonical workbook is not in this checkout yet")
def test_format_keeps_every_value_of_the_canonical_workbook(tmp_path):
    copy = tmp_path / CANONICAL.name
    shutil.copy(CANONICAL, copy)
    report_before = check(copy).report
    before = all_values(copy)
    format_workbook(copy)
    after = all_values(copy)
    assert {k: v for k, v in after.items() if k != contract.SHEET_LISTS} == {
        k: v for k, v in before.items() if k != contract.SHEET_LISTS
    }
    assert contract.SHEET_LISTS in after  # rebuilt each time
    report_after = check(copy).report
    assert report_after.as_records() == report_before.as_records()
    assert rule_on(copy, contract.SHEET_ACTIONS, contract.COL_GOAL).formula1 == '"' + ",".join(DEFAULT_GOALS) + '"'


# --- LibreOffice round trips -----------------------------------------------------------------------------------
def _lists_survive(path: Path) -> None:
    status = rule_on(path, contract.SHEET_ACTIONS, "Status najaar 2025")
    assert status is not None and status.type == "list"
    assert [w.strip() for w in status.formula1.strip('"').split(",")] == list(contract.STATUSES)
    years = rule_on(path, contract.SHEET_BUDGET, contract.COL_FROM_YEAR)
    assert years is not None and years.type == "whole"
    who = rule_on(path, contract.SHEET_ACTIONS, contract.COL_WHO)
    assert who is not None and contract.SHEET_LISTS in who.formula1
    assert prompt_on_header(path, contract.SHEET_ACTIONS, contract.COL_ACTION_ID) == help_text(
        contract.SHEET_ACTIONS, contract.COL_ACTION_ID
    )


@pytest.mark.libreoffice
def test_formatted_workbook_saved_by_libreoffice_validates_and_keeps_dropdowns(tmp_path):
    from support.libreoffice import resave_as_xlsx

    path = sample.build(tmp_path, many_parties(sample.sample_data()))
    format_workbook(path)
    resaved = resave_as_xlsx(path, tmp_path / "lo")
    report = check(resaved).report
    assert report.valid, report.as_text()
    _lists_survive(resaved)
    assert load_workbook(resaved)[contract.SHEET_LISTS].sheet_state == "hidden"


@pytest.mark.libreoffice
def test_template_filled_and_saved_by_libreoffice_validates(tmp_path, template):
    from support.libreoffice import resave_as_xlsx

    path = tmp_path / "sjabloon.xlsx"
    shutil.copy(template, path)
    fill(path, many_parties(sample.sample_data()))
    format_workbook(path)  # the filled parties now feed the Wie list
    resaved = resave_as_xlsx(path, tmp_path / "lo")
    report = check(resaved).report
    assert report.valid, report.as_text()
    _lists_survive(resaved)
    format_workbook(resaved)  # and format again after LibreOffice: values still all there
    assert check(resaved).report.valid
