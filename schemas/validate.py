"""Check a workbook: the reader's structure findings, each sheet's schema, the rules - parsed once.

:func:`check` reads and checks a file and never raises for a bad file; :func:`check_data` checks
what was read already. Both return a :class:`Checked`: the report together with the workbook parsed
once (:class:`~schemas.typed.TypedWorkbook`), which the domain builds its model from - nothing parses
the cells again. Findings are listed structure first (missing sheets and columns, the header), then
cell by cell in sheet, row and column order. A cell that already has an error is not reported again
by a later stage: a malformed goal code is not also an unknown goal.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from workbook import contract, messages
from workbook.findings import ERROR, Finding, Report, WorkbookError
from workbook.reader import WorkbookData, digest, read_workbook
from workbook.reader.files import load_bytes

from .failures import check_sheet, more_findings
from .rules import RULES
from .typed import TypedWorkbook

log = logging.getLogger(__name__)

#: Codes about the file's layout rather than one cell: listed before any cell problem.
STRUCTURE_CODES = frozenset(
    {
        "file-missing", "file-empty", "file-too-large", "old-xls", "encrypted", "csv-not-xlsx",
        "not-a-workbook", "corrupt-workbook", "zip-bomb",
        "missing-sheet", "sheet-renamed", "empty-sheet", "no-rows", "missing-column", "duplicate-column",
        "header-not-first-row", "too-many-rows", "merged-cells",
        "round-columns-missing", "round-not-listed", "round-order",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Checked:
    """One version of a workbook, checked: its name and digest, the report, and the workbook parsed once.

    ``workbook`` is None when the file could not be read at all (``report.readable`` is False then).
    """

    name: str
    digest: str
    report: Report
    workbook: TypedWorkbook | None = None

    @property
    def data(self) -> WorkbookData | None:
        return self.workbook.data if self.workbook is not None else None


def check(source: str | Path | bytes, name: str | None = None, today: dt.date | None = None) -> Checked:
    """Read and check ``source`` (a path or the file's bytes). Never raises for a bad file."""
    source_name = name or (Path(source).name if isinstance(source, (str, Path)) else "upload.xlsx")
    try:
        content, source_name = load_bytes(source, name or source_name)
        version = digest(content)
        data = read_workbook(content, name=source_name)
    except WorkbookError as exc:
        return Checked(source_name, _digest_of(source), Report([exc.finding], source_name=source_name, readable=False))
    except Exception as exc:  # a file so odd that a library fails on it: still unreadable, not a crash
        log.exception("Could not read %s", source_name)
        finding = messages.make("corrupt-workbook", value=source_name, detail=_short(exc))
        return Checked(source_name, _digest_of(source), Report([finding], source_name=source_name, readable=False))
    checked = check_data(data, today=today)
    return Checked(source_name, version, checked.report, checked.workbook)


def check_data(data: WorkbookData, today: dt.date | None = None) -> Checked:
    """Check a workbook that was read already (``today`` decides which end years have passed)."""
    today = today or dt.date.today()
    book = TypedWorkbook.of(data)
    limit = contract.MAX_FINDINGS_PER_CHECK
    findings = list(data.findings)
    for sheet in contract.CONTRACT_SHEETS:
        table = data.sheets.get(sheet)
        if table is None or len(table.missing_columns) == len(contract.SHEET_COLUMNS[sheet]):
            continue  # no sheet or no header: the reader said so
        sheet_findings = _guarded(f"blad {sheet}", check_sheet, sheet, table, book.sheets[sheet], limit)
        findings += _not_covered(sheet_findings, findings)
    from_rules: list[Finding] = []
    for rule in RULES:
        from_rules += _guarded(rule.__name__, rule, book, today)
    findings += _not_covered(from_rules, findings)
    findings = _capped(findings, limit)
    findings.sort(key=_order(data))
    return Checked(data.source_name, data.digest, Report(findings, source_name=data.source_name), book)


def _digest_of(source: str | Path | bytes) -> str:
    """The digest of an unreadable file's bytes when there are any (a missing file has none)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return digest(bytes(source))
    try:
        return digest(Path(source).read_bytes())
    except OSError:
        return ""


def _guarded(check: str, function, *args) -> list[Finding]:
    """Run one check; a bug in it becomes a finding (and a log entry) instead of a crash."""
    try:
        return function(*args)
    except Exception as exc:
        log.exception("Check %s failed", check)
        return [messages.make("check-crashed", value=check, detail=_short(exc))]


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:160] if text else type(exc).__name__


def _not_covered(new: Iterable[Finding], earlier: list[Finding]) -> list[Finding]:
    """Drop findings on a cell that already has an error, or on a row that is a copy."""
    cells = {(f.sheet, f.row, f.column) for f in earlier if f.severity == ERROR and f.row is not None and f.column}
    copies = {(f.sheet, f.row) for f in earlier if f.code == "duplicate-row"}
    return [f for f in new if (f.sheet, f.row, f.column) not in cells and (f.sheet, f.row) not in copies]


def _capped(findings: list[Finding], limit: int) -> list[Finding]:
    """At most ``limit`` cell findings per sheet, column and code; one more finding counts the rest."""
    seen: dict[tuple, list[Finding]] = {}
    kept: list[Finding] = []
    extra: dict[tuple, int] = {}
    for finding in findings:
        if finding.row is None or finding.code in STRUCTURE_CODES or finding.code == "more-findings":
            kept.append(finding)
            continue
        key = (finding.sheet, finding.column, finding.code)
        shown = seen.setdefault(key, [])
        if len(shown) < limit:
            shown.append(finding)
            kept.append(finding)
        else:
            extra[key] = extra.get(key, 0) + 1
    for key, count in extra.items():
        kept.append(more_findings(seen[key][-1], count))
    return kept


def _order(data: WorkbookData):
    sheets = {name: i for i, name in enumerate(contract.CONTRACT_SHEETS)}

    def position(finding: Finding) -> int:
        table = data.sheets.get(finding.sheet or "")
        letter = table.letters.get(finding.column or "") if table else None
        if not letter:
            return -1 if finding.column is None else 10**6
        number = 0
        for char in letter:
            number = number * 26 + ord(char) - 64
        return number

    def key(finding: Finding) -> tuple:
        structure = finding.code in STRUCTURE_CODES or (finding.row is None and finding.code != "more-findings")
        row = finding.row if finding.row is not None else (10**9 if finding.code == "more-findings" else 0)
        return (0 if structure else 1, sheets.get(finding.sheet or "", -1), row, position(finding))

    return key
