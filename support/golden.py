"""Golden findings: every finding (code, place and Dutch message) of a fixed set of workbooks, kept in a file.

The set: the canonical workbook, every case of a validation corpus (the one in ``tests/test_validation.py``), the
files that cannot be read (``support/badfiles.py``) and three workbooks full of defects built here. A restructure
of the reader, the schemas or the rules must leave these findings exactly as they are; a deliberate change of a
check shows up as a reviewed change of ``tests/golden/findings.json``. ``tests/test_golden.py`` compares them;
``python -m tools.golden`` compares them too (with a diff) and ``--write`` stores those of the current code.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from schemas import check
from support import badfiles, sample
from workbook import contract

ROOT = Path(__file__).resolve().parent.parent
#: A case of the validation corpus: (name, a change of the sample's data, what the test expects).
Case = tuple[str, Callable[[dict], None], Any]

GOLDEN = ROOT / "tests" / "golden" / "findings.json"
TODAY = dt.date(2026, 6, 1)


def _finding(f) -> dict:
    value = f.value if f.value is None or isinstance(f.value, (str, int, bool)) else str(f.value)
    return {
        "code": f.code,
        "severity": f.severity,
        "sheet": f.sheet,
        "row": f.row,
        "column": f.column,
        "cell": f.cell,
        "value": value,
        "message": f.message,
    }


def _report(path: Path, directory: Path | None = None) -> dict:
    report = check(path, today=TODAY).report
    text = dump({"readable": report.readable, "findings": [_finding(f) for f in report.findings]})
    if directory is not None:  # a temporary folder's name differs per run
        text = text.replace(str(directory), "<map>")
    return json.loads(text)


# --- three workbooks full of defects ----------------------------------------------------------------------------
def canonical_with_defects(directory: Path) -> Path:
    """The canonical workbook with 30 cells broken in every way a person breaks them (seeded)."""
    book = load_workbook(contract.CANONICAL_WORKBOOK)
    actions, budget, parties, rounds = (
        book[contract.SHEET_ACTIONS],
        book[contract.SHEET_BUDGET],
        book[contract.SHEET_PARTIES],
        book[contract.SHEET_ROUNDS],
    )
    header = {cell.value: cell.column for cell in actions[1]}
    rng = random.Random(11)
    bad_values = {
        contract.COL_WHO: ["OCW, MBO-raad", "Gemeente Zwolle (primair)", "OCW,, JOB", None],
        contract.COL_START_YEAR: ["2024/2025", 2019, 2026.5, "twintig"],
        contract.COL_END_YEAR: [2036, 2021, "doorlopend"],
        contract.COL_GOAL: ["1.9", "1.10", dt.date(2026, 2, 1)],
        contract.COL_ACTION_ID: ["1.1-1", "1.1-01", None],
        "Status najaar 2025": ["Bezig", "klaar", None],
        "Voortgang najaar 2025": [None, "Idem."],
        contract.COL_WHAT: [None, dt.date(2024, 5, 1)],
    }
    for _ in range(24):
        column = rng.choice(sorted(bad_values))
        row = rng.randint(2, actions.max_row)
        if actions.cell(row=row, column=1).value is None:
            continue
        actions.cell(row=row, column=header[column], value=rng.choice(bad_values[column]))
    actions.merge_cells("L10:M11")
    actions.row_dimensions[20].hidden = True
    budget_header = {cell.value: cell.column for cell in budget[1]}
    budget.cell(row=3, column=budget_header[contract.COL_AMOUNT], value="367 mln")
    budget.cell(row=4, column=budget_header[contract.COL_AMOUNT], value=-5)
    budget.cell(row=5, column=budget_header[contract.COL_PART_OF], value="B99")
    budget.cell(row=6, column=budget_header[contract.COL_KIND], value="jaarlijks")
    budget.cell(row=7, column=budget_header[contract.COL_FROM_YEAR], value="=1/0")
    party_header = {cell.value: cell.column for cell in parties[1]}
    parties.cell(row=4, column=party_header[contract.COL_ALIASES], value="JOBmbo; OCW")
    parties.cell(row=5, column=party_header[contract.COL_KIND], value="koepel")
    rounds.cell(row=3, column=2, value="najaar")
    path = directory / "canoniek-met-fouten.xlsx"
    book.save(path)
    return path


def sample_with_structure_defects(directory: Path) -> Path:
    """The sample with its header rows moved down, a sheet renamed, a column missing and a round without columns."""
    data = sample.sample_data()
    data[contract.SHEET_ROUNDS].append(
        {contract.COL_ROUND: "voorjaar 2026", contract.COL_DATE: dt.date(2026, 4, 1), contract.COL_SOURCE: "brief"}
    )
    columns = [c for c in sample.writer_columns(contract.SHEET_BUDGET, data) if c != contract.COL_SOURCE]
    path = sample.build(
        directory, data, name="structuur.xlsx", columns={contract.SHEET_BUDGET: columns}, as_table=False
    )
    book = load_workbook(path)
    book[contract.SHEET_GOALS].insert_rows(1, amount=2)
    book[contract.SHEET_PARTIES].title = "partijen lijst"
    book[contract.SHEET_ACTIONS].cell(row=9, column=1, value="3.1-02")
    book.save(path)
    return path


def sample_with_every_cell_defect(directory: Path, corpus: Iterable[Case]) -> Path:
    """The sample with the cell defects of the validation corpus applied all at once."""
    data = sample.sample_data()
    for name, change, _ in corpus:
        if name.startswith(("round-", "party-name-missing", "goal-code-twice", "goal-priority-not-listed")):
            continue  # these change which rows exist; each is in the corpus on its own
        try:
            change(data)
        except (IndexError, KeyError):
            continue
    return sample.build(directory, data, name="alle-celfouten.xlsx")


def defect_workbooks(corpus: list[Case]) -> dict[str, Callable[[Path], Path]]:
    """The builders of the three workbooks full of defects, by name."""
    return {
        "canonical_with_defects": canonical_with_defects,
        "sample_with_structure_defects": sample_with_structure_defects,
        "sample_with_every_cell_defect": lambda directory: sample_with_every_cell_defect(directory, corpus),
    }


def findings(corpus: Iterable[Case]) -> dict[str, dict]:
    """The findings of every workbook of the set, by name (``corpus``: the validation corpus' cases)."""
    corpus = list(corpus)
    result: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        result["canoniek"] = _report(contract.CANONICAL_WORKBOOK)
        for name, change, _ in corpus:
            data = sample.sample_data()
            change(data)
            case_dir = directory / name
            case_dir.mkdir()
            result[f"corpus/{name}"] = _report(sample.build(case_dir, data), directory)
        for name, (builder, _) in badfiles.UNREADABLE.items():
            case_dir = directory / f"bad-{name}"
            case_dir.mkdir()
            result[f"onleesbaar/{name}"] = _report(builder(case_dir), directory)
        for name, builder in defect_workbooks(corpus).items():
            case_dir = directory / name
            case_dir.mkdir()
            result[f"defecten/{name}"] = _report(builder(case_dir), directory)
    return result


def dump(value: dict) -> str:
    """The findings as the stored file holds them (sorted keys, one field a line)."""
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
