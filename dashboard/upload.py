"""The check-and-take-in flow of the page "Werkboek bijwerken", as pure functions (tested directly and via AppTest).

An uploaded version is read and checked (:func:`dashboard.data.load_bytes`),
marked up in an annotated copy (:func:`workbook.annotate.annotate`) and compared
with the workbook shown now (:func:`workbook.diff.diff_workbooks`). Only a
version without fout can be taken in, and only when the app runs locally; the
take-in itself is :func:`workbook.history.take_in` (backup, then atomic swap).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from workbook import Report
from workbook.annotate import annotate
from workbook.diff import WorkbookDiff, diff_workbooks
from workbook.findings import WorkbookError
from workbook.history import TakeIn, take_in
from workbook.template import write_template

from .data import Loaded, load_bytes

FINDING_COLUMNS = ("Ernst", "Cel", "Melding")  # the message names the column itself
SHEET_COUNT_COLUMNS = ("Blad", "Fouten", "Waarschuwingen")


@dataclass(frozen=True)
class Candidate:
    """An uploaded version, checked: what the page shows about it and whether it may be taken in."""

    name: str
    content: bytes
    loaded: Loaded | None  # None when the file was refused before reading (too large)
    refusal: str | None = None  # Dutch reason the file was not read at all
    annotated: bytes | None = None
    diff: WorkbookDiff | None = None

    @property
    def report(self) -> Report | None:
        return self.loaded.report if self.loaded else None

    @property
    def acceptable(self) -> bool:
        """Readable and without fout (warnings are allowed)."""
        return self.loaded is not None and self.loaded.report.valid


def too_large_message(size: int, max_mb: int) -> str | None:
    if size <= max_mb * 1024 * 1024:
        return None
    return (
        f"Het bestand is {size / (1024 * 1024):.1f} MB; hier kan ten hoogste {max_mb} MB worden aangeleverd. "
        "Verwijder bijvoorbeeld afbeeldingen of oude bladen en probeer het opnieuw."
    ).replace(".", ",", 1)


def check_upload(
    content: bytes, name: str, current: Loaded | None, *, max_mb: int, today: dt.date | None = None
) -> Candidate:
    """Read and check ``content``, mark up a copy, compare with ``current``. Never raises for a bad file."""
    refusal = too_large_message(len(content), max_mb)
    if refusal:
        return Candidate(name, content, None, refusal=refusal)
    loaded = load_bytes(content, name, today)
    return Candidate(
        name, content, loaded, annotated=annotated_copy(content, loaded.report), diff=compare(current, loaded)
    )


def annotated_copy(content: bytes, report: Report) -> bytes | None:
    """The workbook with its findings marked (None when there is nothing to mark or it cannot be opened)."""
    if not report.readable or not report.findings:
        return None
    buffer = io.BytesIO()
    try:
        annotate(content, report, buffer)
    except WorkbookError:
        return None
    return buffer.getvalue()


def compare(current: Loaded | None, new: Loaded) -> WorkbookDiff | None:
    if current is None or current.data is None or new.data is None:
        return None
    return diff_workbooks(current.data, new.data)


def findings_by_sheet(report: Report) -> dict[str, pd.DataFrame]:
    """One table per sheet (file-level findings under 'bestand'), in report order."""
    tables: dict[str, pd.DataFrame] = {}
    for sheet, findings in report.by_sheet().items():
        rows = [{"Ernst": f.severity, "Cel": f.location, "Melding": f.message} for f in findings]
        tables[sheet] = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))
    return tables


def sheet_counts(report: Report) -> pd.DataFrame:
    rows = [
        {
            "Blad": sheet,
            "Fouten": sum(f.severity == "fout" for f in findings),
            "Waarschuwingen": sum(f.severity == "waarschuwing" for f in findings),
        }
        for sheet, findings in report.by_sheet().items()
    ]
    return pd.DataFrame(rows, columns=list(SHEET_COUNT_COLUMNS))


def make_current(candidate: Candidate, path: Path, *, hosted: bool, today: dt.date | None = None) -> TakeIn:
    """Take ``candidate`` in as the workbook at ``path`` (local mode only; checks again before writing)."""
    if hosted:
        raise PermissionError("Op de gedeelde website wordt het werkboek niet vervangen.")
    if not candidate.acceptable:
        raise ValueError("Alleen een versie zonder fouten kan het huidige werkboek worden.")
    return take_in(path, candidate.content, name=candidate.name, today=today)


def template_bytes() -> bytes:
    """An empty workbook with every sheet, header and dropdown (``python -m workbook template``)."""
    buffer = io.BytesIO()
    write_template(buffer)
    return buffer.getvalue()
