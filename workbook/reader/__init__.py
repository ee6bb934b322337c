"""Read an .xlsx workbook into frames indexed by Excel row number.

Split at its seams:

* :mod:`.files` - the file as a whole: its bytes within the limits, what kind of file it is, its zip;
* :mod:`.headers` - where a sheet's header is and what each header cell means in the contract;
* :mod:`.cells` - each cell's value as a person means it (``"2024"``, ``12,5``, ``1-7-2024``);
* :mod:`.xmlscan` - hidden rows and formulas, which calamine does not give;
* :mod:`.sheets` - one sheet: header, columns, rows.

A value that cannot be read as its column's type is kept as it is, so the schemas report it with its
cell. python-calamine reads (it is several times faster than openpyxl, see ``docs/prestaties.md``);
openpyxl is used only for writing.
"""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import python_calamine

from .. import contract, messages
from ..findings import Finding, WorkbookError
from .cells import vocabulary_for
from .files import digest, load_bytes, open_zip, short, sniff
from .headers import missing_sheet, norm, sheet_key
from .sheets import ROW_INDEX_NAME, SheetTable, empty_frame, read_sheet
from .xmlscan import formula_cells, hidden_rows, marked_xml, sheet_xml_paths

__all__ = ["ROW_INDEX_NAME", "SheetTable", "WorkbookData", "digest", "read_workbook", "sheet_key", "vocabulary_for"]

_STRUCTURE = frozenset({"missing-column", "duplicate-column", "header-not-first-row"})


@dataclass
class WorkbookData:
    """Everything read from one workbook file."""

    source_name: str
    digest: str
    size: int
    sheets: dict[str, SheetTable]
    findings: list[Finding]
    sheet_names: tuple[str, ...] = ()

    def frame(self, sheet: str) -> pd.DataFrame:
        """The sheet's frame, or an empty one with the contract columns."""
        table = self.sheets.get(sheet)
        return table.frame if table is not None else empty_frame(sheet)

    def cell(self, sheet: str, column: str | None, row: int | None) -> str | None:
        table = self.sheets.get(sheet)
        return table.cell(column, row) if table else None

    @property
    def rounds(self) -> list[str]:
        """Round names in the order of the Rondes sheet (falling back on Acties columns)."""
        rounds = self.frame(contract.SHEET_ROUNDS)
        names = [str(v) for v in rounds.get(contract.COL_ROUND, pd.Series(dtype=object)).dropna()]
        if names:
            return names
        return contract.round_names_in_columns(list(self.frame(contract.SHEET_ACTIONS).columns))

    @property
    def round_columns(self) -> list[contract.RoundColumns]:
        """Rounds that have both their columns in Acties, in round order."""
        columns = set(self.frame(contract.SHEET_ACTIONS).columns)
        wanted = (contract.RoundColumns(name) for name in self.rounds)
        return [rc for rc in wanted if rc.progress in columns and rc.status in columns]


def read_workbook(source: str | Path | bytes, name: str | None = None) -> WorkbookData:
    """Read ``source`` (a path or the file's bytes). Raises WorkbookError if unreadable."""
    content, source_name = load_bytes(source, name)
    sniff(content, source_name)
    archive = open_zip(content, source_name)
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(content))
    except Exception as exc:  # calamine raises its own types for broken parts
        raise WorkbookError(messages.make("corrupt-workbook", value=source_name, detail=short(exc))) from exc

    findings: list[Finding] = []
    sheets: dict[str, SheetTable] = {}
    present = {norm(n): n for n in book.sheet_names}
    xml_paths = sheet_xml_paths(archive)
    round_names: list[str] = []  # Rondes is read first: Acties spells its round columns as Rondes does
    sheet_order = (
        contract.SHEET_ROUNDS,
        *(sheet for sheet in contract.CONTRACT_SHEETS if sheet != contract.SHEET_ROUNDS),
    )
    in_order = [(sheet, present.get(norm(sheet))) for sheet in sheet_order]
    # The sheets' XML (for hidden rows and formulas, which calamine does not give) is unpacked in a
    # second thread while calamine parses: both release the GIL, so on a large sheet they overlap.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="xml") as pool:
        try:
            marked = {
                actual: pool.submit(marked_xml, archive, xml_paths.get(actual))
                for _, actual in in_order
                if actual is not None
            }
            for sheet_name, actual in in_order:
                if actual is None:
                    if sheet_name not in contract.OPTIONAL_SHEETS:  # an optional sheet may be left out
                        findings.append(missing_sheet(sheet_name, book.sheet_names))
                    continue
                try:
                    table, sheet_findings = read_sheet(sheet_name, book.get_sheet_by_name(actual), round_names)
                except WorkbookError:
                    raise
                except Exception as exc:
                    detail = f"blad {actual}: {short(exc)}"
                    raise WorkbookError(messages.make("corrupt-workbook", value=source_name, detail=detail)) from exc
                xml = marked[actual].result()
                rows = set(table.frame.index)
                sheet_findings.extend(hidden_rows(xml, sheet_name, rows))
                sheet_findings.extend(formula_cells(xml, sheet_name, table.letters, rows))
                sheets[sheet_name] = table
                findings.extend(sheet_findings)
                if sheet_name == contract.SHEET_ROUNDS:
                    round_names = [
                        str(v) for v in table.frame.get(contract.COL_ROUND, pd.Series(dtype=object)).dropna()
                    ]
        finally:
            pool.shutdown(cancel_futures=True)  # after a broken sheet: do not unpack the rest
    order = {name: i for i, name in enumerate(contract.CONTRACT_SHEETS)}
    findings.sort(key=lambda f: (order.get(f.sheet or "", -1), _structure_rank(f), f.row or 0))
    return WorkbookData(
        source_name=source_name,
        digest=digest(content),
        size=len(content),
        sheets={name: sheets[name] for name in contract.CONTRACT_SHEETS if name in sheets},
        findings=findings,
        sheet_names=tuple(book.sheet_names),
    )


def _structure_rank(finding: Finding) -> int:
    return 0 if finding.row is None or finding.code in _STRUCTURE else 1
