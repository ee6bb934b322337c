"""The Werkagenda mbo action overview workbook: read, check, write, compare.

``workbook/actieoverzicht.xlsx`` is the single source of truth. This package
reads it (:mod:`workbook.reader`), names its contract once
(:mod:`workbook.settings`) and reports problems as data
(:mod:`workbook.findings`, :mod:`workbook.messages`).
"""

from .contract import CANONICAL_WORKBOOK
from .findings import ERROR, WARNING, Finding, Report, WorkbookError
from .reader import WorkbookData, read_workbook

__all__ = [
    "CANONICAL_WORKBOOK",
    "ERROR",
    "WARNING",
    "Finding",
    "Report",
    "WorkbookData",
    "WorkbookError",
    "read_workbook",
]
