"""The sources: every file a Bron cell names is listed in Bronnen, so that a reader sees its title, not its file name.

Bronnen is optional: without it the pages show the Bron texts as they are, and there is nothing to check. With it,
a Bron cell of any other sheet (a contract column or a column of its own, as in Prioriteiten) that names a file
(``002_17ac8c011985482e.txt``, ``brief.pdf``: :data:`workbook.contract.FILE_REFERENCE_PATTERN`) not listed there
is a warning: the pages would show that file name to readers.
"""

from __future__ import annotations

import datetime as dt
import re

from workbook import contract
from workbook.findings import Finding

from ..typed import TypedWorkbook
from .common import make

_FILE_REFERENCE = re.compile(contract.FILE_REFERENCE_PATTERN, re.IGNORECASE)


def sources_are_listed(book: TypedWorkbook, today: dt.date) -> list[Finding]:
    """Each file a Bron cell names is a key of Bronnen (only when the workbook has a Bronnen sheet)."""
    listed = book.columns(contract.SHEET_SOURCES, contract.COL_SOURCE)
    if listed is None:
        return []
    known = {key.strip() for key in listed[contract.COL_SOURCE].dropna()}
    findings = []
    for sheet in contract.CONTRACT_SHEETS:
        if sheet == contract.SHEET_SOURCES or book.table(sheet) is None:
            continue
        frame = book.frame(sheet)
        if contract.COL_SOURCE not in frame:
            continue
        for row, text in frame[contract.COL_SOURCE].dropna().items():
            unknown = dict.fromkeys(m.group(0) for m in _FILE_REFERENCE.finditer(text) if m.group(0) not in known)
            findings.extend(
                make(
                    "unknown-source",
                    book,
                    sheet,
                    row,
                    contract.COL_SOURCE,
                    reference,
                    sources_sheet=contract.SHEET_SOURCES,
                )
                for reference in unknown
            )
    return findings
