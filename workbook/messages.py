"""Make a finding from its code: the severity and the Dutch message template come from the catalogue.

Every finding code, its severity and its one Dutch template are in :mod:`workbook.catalogue` (with the
description and example docs/validatie.md shows). Templates may use ``{sheet}``, ``{row}``, ``{column}``,
``{cell}``, ``{value}``, ``{where}`` and the extra keyword arguments given to :func:`make`. Each message says what
is wrong *and* how to fix it, in words a policy officer uses in Excel.
"""

from __future__ import annotations

from typing import Any

from . import nl
from .catalogue import FINDINGS
from .findings import Finding


def _where(sheet: str, cell: str, column: str | None) -> str:
    """``Acties!D14 (kolom 'Wie')``: sheet, cell and the column's header, as a person looks for it."""
    where = f"{sheet}!{cell}" if sheet else cell
    return f"{where} (kolom '{column}')" if column else where


def make(
    code: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
    cell: str | None = None,
    value: Any = None,
    severity: str | None = None,
    **params: Any,
) -> Finding:
    """Build a Finding for ``code`` with its Dutch message filled in (a KeyError for a code not in the catalogue)."""
    entry = FINDINGS[code]
    fields = {
        "sheet": sheet or "",
        "row": row if row is not None else "",
        "column": column or "",
        "cell": cell or (f"rij {row}" if row is not None else ""),
        "value": "" if value is None else _display(value),
        **params,
    }
    fields.setdefault("where", _where(fields["sheet"], fields["cell"], column))
    return Finding(
        code=code,
        severity=severity or entry.severity,
        message=entry.template.format(**fields),
        sheet=sheet,
        row=row,
        column=column,
        cell=cell,
        value=value,
    )


def _display(value: Any) -> str:
    text = nl.typed(value)
    return text if len(text) <= 80 else text[:77] + "..."
