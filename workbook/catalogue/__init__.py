"""The catalogue: every code the toolkit says to its users, as data, in the order docs/validatie.md lists them.

Each entry is a :class:`CodeInfo`: the stable English code, its kind (a finding, or a refusal: a step that is not
done), its severity, its one Dutch message template, a Dutch description of what is checked, the arguments of an
example message and the heading it is listed under. The findings are grouped in one module per subject (the file,
its structure, cells, the rules between sheets, closed rounds, the answers of a round, the warnings, the checker
itself); the refusals form a second part with the same fields (made with :func:`refusal`).

To add a code: add a ``finding(...)`` (or ``refusal(...)``) to the module of its subject, use the code in the
code base (``messages.make(code, ...)`` for a finding), then write the documentation anew::

    python -m workbook.catalogue > docs/validatie.md

tests/test_catalogue.py checks that every entry is complete and its example renders, that the documentation is
the generated text, and tests/test_messages.py that every code the code base uses has an entry (and vice versa).
"""

from __future__ import annotations

from . import answers, cells, checker, closed_rounds, cross_sheet, file, non_blocking, structure
from .base import FINDING, REFUSAL, SEVERITIES, CodeInfo, finding, refusal, section

#: Every entry, in the order of the documentation.
ENTRIES: tuple[CodeInfo, ...] = (
    *file.CODES,
    *structure.CODES,
    *cells.CODES,
    *cross_sheet.CODES,
    *closed_rounds.CODES,
    *answers.CODES,
    *non_blocking.CODES,
    *checker.CODES,
)
#: code -> entry, for every kind.
CATALOGUE: dict[str, CodeInfo] = {entry.code: entry for entry in ENTRIES}
#: code -> entry of every finding (what :func:`workbook.messages.make` can make).
FINDINGS: dict[str, CodeInfo] = {code: entry for code, entry in CATALOGUE.items() if entry.kind == FINDING}

__all__ = ["CATALOGUE", "ENTRIES", "FINDING", "FINDINGS", "REFUSAL", "SEVERITIES", "CodeInfo", "finding", "refusal",
           "section"]  # fmt: skip
