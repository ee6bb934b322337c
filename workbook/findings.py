"""Findings are data: one frozen shape for every problem in a workbook.

A :class:`Finding` names the sheet, the 1-based Excel row a person sees, the
column header and the cell reference (``Acties!D14``), plus a stable English
``code`` and a Dutch ``message`` made by :mod:`workbook.messages` from the
code's template in :mod:`workbook.catalogue`. A :class:`Report` collects them all.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from . import nl

ERROR = "fout"
WARNING = "waarschuwing"
SEVERITIES = (ERROR, WARNING)


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    sheet: str | None = None
    row: int | None = None  # 1-based Excel row number, as a person sees it
    column: str | None = None  # header text, e.g. "Wie"
    cell: str | None = None  # e.g. "D14" (without the sheet)
    value: Any = None

    @property
    def location(self) -> str:
        """Human location, e.g. ``Acties!D14``, ``Acties rij 14`` or ``Acties``."""
        if not self.sheet:
            return "bestand"
        if self.cell:
            return f"{self.sheet}!{self.cell}"
        if self.row is not None:
            return f"{self.sheet} rij {self.row}"
        if self.column:
            return f"{self.sheet} kolom '{self.column}'"
        return self.sheet

    def as_tuple(self) -> tuple[str, str | None, int | None, str | None, str]:
        """The flattened shape the tests compare: (severity, sheet, row, column, code)."""
        return (self.severity, self.sheet, self.row, self.column, self.code)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["value"] = _jsonable(self.value)
        data["location"] = self.location
        return data

    def as_line(self) -> str:
        """One line for a terminal: severity, then the message (which names the place itself)."""
        if not self.sheet or self.message.startswith(self.location):
            return f"{self.severity.upper()}\t{self.message}"
        return f"{self.severity.upper()}\t{self.location}: {self.message}"


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


class WorkbookError(Exception):
    """The file cannot be read as a workbook at all; carries one Finding."""

    def __init__(self, finding: Finding):
        super().__init__(finding.message)
        self.finding = finding


@dataclass
class Report:
    """Everything found in one workbook: structure problems first, then cells."""

    findings: list[Finding] = field(default_factory=list)
    source_name: str = ""
    readable: bool = True

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def valid(self) -> bool:
        """True when nothing blocks: warnings are allowed."""
        return self.readable and not self.errors

    @property
    def counts(self) -> dict[str, int]:
        return {ERROR: len(self.errors), WARNING: len(self.warnings)}

    def extend(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    def flatten(self) -> list[tuple[str, str | None, int | None, str | None, str]]:
        return [f.as_tuple() for f in self.findings]

    def codes(self) -> Counter[str]:
        return Counter(f.code for f in self.findings)

    def by_sheet(self) -> dict[str, list[Finding]]:
        grouped: dict[str, list[Finding]] = {}
        for finding in self.findings:
            grouped.setdefault(finding.sheet or "bestand", []).append(finding)
        return grouped

    # --- renderings (Dutch) -------------------------------------------------
    def summary(self) -> str:
        if not self.readable:
            return "Het bestand kan niet als werkboek worden gelezen."
        n_err, n_warn = len(self.errors), len(self.warnings)
        if not n_err and not n_warn:
            return "Het werkboek is in orde: geen fouten en geen waarschuwingen."
        parts = [nl.count(n_err, "fout", "fouten"), nl.count(n_warn, "waarschuwing", "waarschuwingen")]
        verdict = (
            "Los de fouten op voordat het werkboek gebruikt wordt."
            if n_err
            else "Het werkboek kan gebruikt worden; bekijk de waarschuwingen."
        )
        return f"{' en '.join(parts)} gevonden. {verdict}"

    def as_text(self) -> str:
        lines = [f.as_line() for f in self.findings]
        lines.append(self.summary())
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "bestand": self.source_name,
            "geldig": self.valid,
            "leesbaar": self.readable,
            "aantallen": self.counts,
            "bevindingen": [f.as_dict() for f in self.findings],
        }

    def as_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def as_records(self) -> list[dict[str, Any]]:
        """Rows for a table (Dutch column names), e.g. for a DataFrame in the app."""
        return [
            {
                "Ernst": f.severity,
                "Blad": f.sheet or "",
                "Rij": f.row,
                "Kolom": f.column or "",
                "Cel": f.location,
                "Melding": f.message,
                "Code": f.code,
            }
            for f in self.findings
        ]
