"""A reporting round for tests and benchmarks: a workbook with an open round, its requests, filled answers.

``round_workbook`` builds the sample with four reporting parties (JOB reports 1.1-01 through the optional
``Rapporteur`` column) and opens round ``voorjaar 2026``; ``fill`` writes an answer as a party would with
openpyxl: texts and statuses in the yellow cells, and optionally other cells changed.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from pathlib import Path

from openpyxl import load_workbook

from schemas import check
from views import round_files
from workbook import contract

from . import sample

ROUND = "voorjaar 2026"
ROUND_DATE = dt.date(2026, 5, 1)
TODAY = dt.date(2026, 6, 1)
PROGRESS, STATUS = contract.RoundColumns(ROUND).progress, contract.RoundColumns(ROUND).status


def round_data() -> dict[str, list[dict]]:
    """The sample, with a Rapporteur column: JOB reports on 1.1-01 (OCW is primair there)."""
    data = sample.sample_data()
    for action in data[contract.SHEET_ACTIONS]:
        action[contract.COL_REPORTER] = "JOB" if action[contract.COL_ACTION_ID] == "1.1-01" else None
    return data


def round_workbook(directory: Path, data: dict | None = None, name: str = "werkboek.xlsx") -> Path:
    """The workbook (default: :func:`round_data`) with round ``voorjaar 2026`` opened, written to ``directory``."""
    path = sample.build(directory, round_data() if data is None else data, name="zonder-ronde.xlsx")
    content = path.read_bytes()
    opened = round_files.new_round(content, check(content, name=name, today=TODAY), ROUND, ROUND_DATE)
    target = Path(directory) / name
    target.write_bytes(opened)
    return target


def write_requests(workbook: Path, folder: Path, deadline: dt.date | None = None) -> dict[str, Path]:
    """Party -> the path of its request for the open round, written into ``folder``."""
    checked = check(workbook, today=TODAY)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for file in round_files.request_files(checked, deadline=deadline):
        paths[file.party] = folder / file.name
        paths[file.party].write_bytes(file.content)
    return paths


def fill(
    request: Path,
    out: Path,
    answers: Mapping[str, tuple[str | None, str | None]],
    cells: Mapping[str, object] | None = None,
) -> Path:
    """Fill ``request`` as a party would: per Actie-ID (text, status) in the open round's columns; ``cells``
    sets any other cell of Acties (``{"C2": "..."}``, e.g. a read-only one). Written to ``out``."""
    book = load_workbook(io.BytesIO(request.read_bytes()))
    ws = book[contract.SHEET_ACTIONS]
    headers = [c.value for c in ws[1]]
    progress, status = headers.index(PROGRESS) + 1, headers.index(STATUS) + 1
    for row in range(2, ws.max_row + 1):
        action = ws.cell(row=row, column=1).value
        if action in answers:
            text, word = answers[action]
            ws.cell(row=row, column=progress).value = text
            ws.cell(row=row, column=status).value = word
    for ref, value in (cells or {}).items():
        ws[ref] = value
    book.save(out)
    return out
