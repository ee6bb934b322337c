"""No file name reaches a reader: every page's view and the appendix of the canonical workbook name each source
document by its title and date from the Bronnen sheet (an editing page, a finding or an annotated copy may keep the
file names: they are for the people who keep the workbook)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from collections.abc import Iterator

import docx
import pandas as pd
import pytest

from domain.budget import budget_lines, budget_wholes
from domain.model import build_overview
from domain.search import ActionQuery
from report import docx_bytes
from schemas import check
from views import about, appendix, budget, goals, indicators
from views.catalog import default_views
from workbook import contract

TODAY = dt.date(2026, 11, 22)
FILE_NAME = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
TITLES = (
    "Werkagenda mbo 2023-2027 (samenvatting)",
    "Kamerbrief Kaders Werkagenda mbo, 15 juli 2022",
    "Actie-overzicht Werkagenda mbo (bijlage bij de voortgangsbrief van najaar 2025)",  # the date once
    "Jaarverslag OCW 2022 (Kamerstuk 36 360 VIII, nr. 1), uittreksel, vergaderjaar 2022–2023",
    "Voortgangsbrief Werkagenda mbo en Stagepact mbo, najaar 2025",
)


def texts(value: object, seen: set[int] | None = None) -> Iterator[str]:
    """Every string in a view: its fields, tuples, dicts and every cell, column name and index of its frames."""
    seen = set() if seen is None else seen
    if isinstance(value, str):
        yield value
        return
    if id(value) in seen or value is None or isinstance(value, (int, float, bool, dt.date)):
        return
    seen.add(id(value))
    if isinstance(value, pd.DataFrame):
        yield from (str(c) for c in value.columns)
        for column in value.columns:
            yield from (v for v in value[column].tolist() if isinstance(v, str))
        yield from (str(i) for i in value.index)
    elif isinstance(value, pd.Series):
        yield from (v for v in value.tolist() if isinstance(v, str))
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from texts(getattr(value, field.name), seen)
        for name in ("sentence", "stamp_line"):  # the texts a view derives in a property
            if isinstance(getattr(type(value), name, None), property):
                yield getattr(value, name)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from texts(key, seen)
            yield from texts(item, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from texts(item, seen)


@pytest.fixture(scope="module")
def canonical():
    checked = check(contract.CANONICAL_WORKBOOK, today=TODAY)
    assert checked.report.valid
    return checked, build_overview(checked.workbook, today=TODAY)


@pytest.fixture(scope="module")
def everything_a_reader_sees(canonical) -> list[str]:
    checked, model = canonical
    views: list[object] = list(default_views(model, checked.report).values())
    lines = budget_lines(model)
    views += [budget.view(model, whole) for whole in budget_wholes(lines)]  # each whole's composition
    views += [goals.view(model, ActionQuery(goal=goal), report=checked.report) for goal in model.goals["Doelstelling"]]
    views += [indicators.for_goal(model, goal) for goal in (*model.goals["Doelstelling"], None)]
    document = appendix.view(model, checked.report, name=checked.name, digest=checked.digest, today=TODAY)
    views.append(document)
    word = docx.Document(io.BytesIO(docx_bytes(document)))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return [text for view in views for text in texts(view)] + [p.text for p in word.paragraphs] + cells


def test_the_canonical_workbook_names_its_sources_by_title(canonical):
    _, model = canonical
    assert tuple(s.label for s in model.sources) == TITLES


def test_no_page_and_no_appendix_shows_a_source_file_name(everything_a_reader_sees):
    leaks = sorted({text[:120] for text in everything_a_reader_sees if FILE_NAME.search(text)})
    assert leaks == []


@pytest.mark.parametrize("title", TITLES)
def test_the_titles_are_shown(everything_a_reader_sees, title):
    assert any(title in text for text in everything_a_reader_sees)


def test_over_lists_the_sources_and_the_appendix_budget_names_them(canonical):
    checked, model = canonical
    shown = about.view(model).sources
    assert list(shown.columns) == ["Titel", "Datum", "Kenmerk"]  # no source has a web address: no Adres column
    assert shown.values.tolist()[1] == ["Kamerbrief Kaders Werkagenda mbo", "15 juli 2022", "32516382"]
    document = appendix.view(model, checked.report, name=checked.name, digest=checked.digest, today=TODAY)
    sources = [row.source for row in document.budget.rows]
    assert sources[0] == (
        'Werkagenda mbo 2023-2027 (samenvatting): "Voor de hele looptijd komt dat neer op meer dan vier miljard euro."'
    )
    rounds = about.view(model).rounds
    assert rounds[contract.COL_SOURCE].str.contains("Actie-overzicht Werkagenda mbo").all()


def test_the_file_names_stay_in_the_workbook_for_those_who_keep_it(canonical):
    """The Bron cells themselves are not rewritten: the key is what the check and the sources folder use."""
    checked, _ = canonical
    frame = checked.workbook.frame(contract.SHEET_BUDGET)
    assert all(FILE_NAME.search(text) for text in frame[contract.COL_SOURCE])
