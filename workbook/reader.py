"""Read an .xlsx workbook into frames indexed by Excel row number.

Tolerant where a person would expect it (stray spaces or other case in
headers, a header a few rows down, trailing blank rows, numbers stored as
text, Dutch decimal commas, formulas with cached values) and strict where a
guess would hide an error: a value that cannot be read as the column's type
is kept as it is, so that the schemas report it with its cell.

python-calamine reads (it is several times faster than openpyxl, see
``docs/prestaties.md``); openpyxl is used only for writing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import re
import zipfile
import zlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pandas as pd
import python_calamine

from . import messages, settings
from .findings import Finding, WorkbookError

ROW_INDEX_NAME = "rij"

_EXCEL_ERRORS = {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA"}
_LONGEST_ERROR = max(len(e) for e in _EXCEL_ERRORS)
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class SheetTable:
    """One contract sheet as read: the frame plus where each cell came from."""

    name: str
    frame: pd.DataFrame
    header_row: int
    letters: dict[str, str] = field(default_factory=dict)  # column -> "D"
    missing_columns: tuple[str, ...] = ()

    def cell(self, column: str | None, row: int | None) -> str | None:
        if row is None:
            return None
        letter = self.letters.get(column or "")
        return f"{letter}{row}" if letter else None


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
        if table is not None:
            return table.frame
        columns = list(settings.SHEET_COLUMNS.get(sheet, ()))
        empty = pd.DataFrame(columns=columns)
        empty.index.name = ROW_INDEX_NAME
        return empty

    def cell(self, sheet: str, column: str | None, row: int | None) -> str | None:
        table = self.sheets.get(sheet)
        return table.cell(column, row) if table else None

    @property
    def rounds(self) -> list[str]:
        """Round names in the order of the Rondes sheet (falling back on Acties columns)."""
        rounds = self.frame(settings.SHEET_ROUNDS)
        names = [str(v) for v in rounds.get(settings.COL_ROUND, pd.Series(dtype=object)).dropna()]
        if names:
            return names
        return settings.round_names_in_columns(list(self.frame(settings.SHEET_ACTIONS).columns))

    @property
    def round_columns(self) -> list[settings.RoundColumns]:
        """Rounds that have both their columns in Acties, in round order."""
        columns = set(self.frame(settings.SHEET_ACTIONS).columns)
        return [
            settings.RoundColumns(name)
            for name in self.rounds
            if settings.RoundColumns(name).progress in columns and settings.RoundColumns(name).status in columns
        ]


# --- entry point ---------------------------------------------------------------------------
def read_workbook(source: str | Path | bytes, name: str | None = None) -> WorkbookData:
    """Read ``source`` (a path or the file's bytes). Raises WorkbookError if unreadable."""
    content, source_name = _load_bytes(source, name)
    _sniff(content, source_name)
    archive = _open_zip(content, source_name)
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(content))
    except Exception as exc:  # calamine raises its own types for broken parts
        raise WorkbookError(messages.make("corrupt-workbook", value=source_name, detail=_short(exc))) from exc

    findings: list[Finding] = []
    sheets: dict[str, SheetTable] = {}
    present = {_norm(n): n for n in book.sheet_names}
    xml_paths = _sheet_xml_paths(archive)
    round_names: list[str] = []
    in_order = [
        (sheet_name, present.get(_norm(sheet_name)))
        for sheet_name in (settings.SHEET_ROUNDS, *[s for s in settings.DATA_SHEETS if s != settings.SHEET_ROUNDS])
    ]
    # The sheets' XML (for hidden rows and formulas, which calamine does not give) is unpacked in a
    # second thread while calamine parses: both release the GIL, so on a large sheet they overlap.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="xml") as pool:
        try:
            marked = {
                actual: pool.submit(_marked_xml, archive, xml_paths.get(actual))
                for _, actual in in_order
                if actual is not None
            }
            for sheet_name, actual in in_order:
                if actual is None:
                    findings.append(_missing_sheet(sheet_name, book.sheet_names))
                    continue
                try:
                    raw_sheet = book.get_sheet_by_name(actual)
                    table, sheet_findings = _read_sheet(sheet_name, raw_sheet, round_names)
                except WorkbookError:
                    raise
                except Exception as exc:
                    raise WorkbookError(
                        messages.make("corrupt-workbook", value=source_name, detail=f"blad {actual}: {_short(exc)}")
                    ) from exc
                xml = marked[actual].result()
                sheet_findings.extend(_hidden_rows(xml, sheet_name, table))
                sheet_findings.extend(_formula_cells(xml, sheet_name, table))
                sheets[sheet_name] = table
                findings.extend(sheet_findings)
                if sheet_name == settings.SHEET_ROUNDS:
                    round_names = [
                        str(v) for v in table.frame.get(settings.COL_ROUND, pd.Series(dtype=object)).dropna()
                    ]
        finally:
            pool.shutdown(cancel_futures=True)  # after a broken sheet: do not unpack the rest
    order = {name: i for i, name in enumerate(settings.DATA_SHEETS)}
    findings.sort(key=lambda f: (order.get(f.sheet or "", -1), _structure_rank(f), f.row or 0))
    return WorkbookData(
        source_name=source_name,
        digest=hashlib.sha256(content).hexdigest(),
        size=len(content),
        sheets={name: sheets[name] for name in settings.DATA_SHEETS if name in sheets},
        findings=findings,
        sheet_names=tuple(book.sheet_names),
    )


def _structure_rank(finding: Finding) -> int:
    return (
        0
        if finding.row is None or finding.code in {"missing-column", "duplicate-column", "header-not-first-row"}
        else 1
    )


# --- the file as a whole -----------------------------------------------------------------------
def _load_bytes(source: str | Path | bytes, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        content = bytes(source)
        source_name = name or "upload.xlsx"
    else:
        path = Path(source)
        source_name = name or path.name
        if not path.is_file():
            raise WorkbookError(messages.make("file-missing", value=str(path)))
        size = path.stat().st_size
        if size > settings.MAX_FILE_BYTES:
            raise WorkbookError(_too_large(size))
        content = path.read_bytes()
    if not content:
        raise WorkbookError(messages.make("file-empty", value=source_name))
    if len(content) > settings.MAX_FILE_BYTES:
        raise WorkbookError(_too_large(len(content)))
    return content, source_name


def _too_large(size: int) -> Finding:
    return messages.make(
        "file-too-large",
        value=size,
        size_mb=f"{size / 1024 / 1024:.1f}".replace(".", ","),
        limit_mb=settings.MAX_FILE_BYTES // (1024 * 1024),
    )


def _sniff(content: bytes, source_name: str) -> None:
    if content.startswith(_ZIP_MAGIC):
        return
    if content.startswith(_OLE2_MAGIC):
        # An encrypted .xlsx is an OLE2 container holding an "EncryptedPackage" stream.
        if "EncryptedPackage".encode("utf-16-le") in content:
            raise WorkbookError(messages.make("encrypted", value=source_name))
        raise WorkbookError(messages.make("old-xls", value=source_name))
    if content.startswith(b"PK"):
        raise WorkbookError(messages.make("corrupt-workbook", value=source_name, detail="onvolledig zip-bestand"))
    head = content[:4096]
    if b"\x00" not in head:
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            text = head.decode("latin-1")
        if text.lstrip().startswith("<"):
            raise WorkbookError(messages.make("not-a-workbook", value=source_name))
        if any(sep in text for sep in (",", ";", "\t")):
            raise WorkbookError(messages.make("csv-not-xlsx", value=source_name))
    raise WorkbookError(messages.make("not-a-workbook", value=source_name))


def _open_zip(content: bytes, source_name: str = "") -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise WorkbookError(
            messages.make("corrupt-workbook", value=source_name, detail="het zip-bestand is onvolledig")
        ) from exc
    total = sum(info.file_size for info in infos)
    if total > settings.MAX_UNCOMPRESSED_BYTES:
        raise WorkbookError(
            messages.make("zip-bomb", value=source_name, limit_mb=settings.MAX_UNCOMPRESSED_BYTES // (1024 * 1024))
        )
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        raise WorkbookError(messages.make("not-a-workbook", value=source_name))
    return archive


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


# --- sheets ---------------------------------------------------------------------------------------
def _norm(text: Any) -> str:
    return " ".join(str(text).split()).casefold()


def sheet_key(name: Any) -> str:
    """How sheet names are matched: case- and space-insensitive ("acties " is "Acties")."""
    return _norm(name)


def _missing_sheet(sheet_name: str, existing: list[str]) -> Finding:
    import difflib

    candidates = difflib.get_close_matches(_norm(sheet_name), [_norm(n) for n in existing], n=1, cutoff=0.75)
    if candidates:
        found = next(n for n in existing if _norm(n) == candidates[0])
        return messages.make("sheet-renamed", sheet=sheet_name, found=found)
    return messages.make("missing-sheet", sheet=sheet_name)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _canonical_header(raw: Any, sheet: str, round_names: list[str]) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    text = re.sub(r"\s+", " ", str(raw)).strip()
    lookup = {_norm(c): c for c in settings.SHEET_COLUMNS[sheet]}
    if _norm(text) in lookup:
        return lookup[_norm(text)]
    if sheet == settings.SHEET_ACTIONS:
        parsed = settings.parse_round_column(text)
        if parsed:
            kind, name = parsed
            kind = (
                settings.PROGRESS_PREFIX.strip() if kind.casefold() == "voortgang" else settings.STATUS_PREFIX.strip()
            )
            for known in round_names:
                if _norm(known) == _norm(name):
                    name = known
                    break
            return f"{kind} {name}"
    return text


def _header_score(row: list[Any], sheet: str) -> int:
    wanted = {_norm(c) for c in settings.SHEET_COLUMNS[sheet]}
    return sum(1 for value in row if _norm(value) in wanted)


def _read_sheet(sheet: str, raw_sheet: Any, round_names: list[str]) -> tuple[SheetTable, list[Finding]]:
    findings: list[Finding] = []
    limit = settings.MAX_ROWS_PER_SHEET
    rows: list[list[Any]] = raw_sheet.to_python(
        skip_empty_area=False, nrows=limit + settings.MAX_HEADER_SEARCH_ROWS + 1
    )
    if raw_sheet.total_height > limit + settings.MAX_HEADER_SEARCH_ROWS:
        findings.append(messages.make("too-many-rows", sheet=sheet, limit=limit))

    # the header: the first rows that hold most contract headers
    search = rows[: settings.MAX_HEADER_SEARCH_ROWS]
    scores = [_header_score(r, sheet) for r in search]
    if not search or max(scores, default=0) == 0:
        nonempty = next((i for i, r in enumerate(search) if any(_present(v) for v in r)), None)
        if nonempty is None:
            findings.append(messages.make("empty-sheet", sheet=sheet))
            frame = pd.DataFrame(columns=list(settings.SHEET_COLUMNS[sheet]))
            frame.index.name = ROW_INDEX_NAME
            return SheetTable(sheet, frame, 1, {}, settings.SHEET_COLUMNS[sheet]), findings
        header_index = nonempty
    else:
        header_index = scores.index(max(scores))
    header_row = header_index + 1
    if header_row > 1:
        findings.append(messages.make("header-not-first-row", sheet=sheet, row=header_row))

    merged = getattr(raw_sheet, "merged_cell_ranges", None) or []
    for (r1, c1), (r2, c2) in merged:
        if r2 >= header_index:
            ref = f"{_column_letter(c1)}{r1 + 1}:{_column_letter(c2)}{r2 + 1}"
            findings.append(
                messages.make("merged-cells", sheet=sheet, row=r1 + 1, cell=f"{_column_letter(c1)}{r1 + 1}", value=ref)
            )

    header = rows[header_index] if header_index < len(rows) else []
    columns: list[tuple[int, str]] = []
    letters: dict[str, str] = {}
    for position, raw in enumerate(header):
        name = _canonical_header(raw, sheet, round_names)
        if name is None:
            continue
        if name in letters:
            findings.append(
                messages.make(
                    "duplicate-column",
                    sheet=sheet,
                    row=header_row,
                    column=name,
                    cell=f"{_column_letter(position)}{header_row}",
                )
            )
            continue
        letters[name] = _column_letter(position)
        columns.append((position, name))
    missing = tuple(c for c in settings.SHEET_COLUMNS[sheet] if c not in letters)
    for column in missing:
        findings.append(messages.make("missing-column", sheet=sheet, row=header_row, column=column))

    # data rows: drop trailing blank rows, report blank rows in between
    body = rows[header_index + 1 : header_index + 1 + limit]
    last = len(body)
    while last and not any(_present(v) for v in body[last - 1]):
        last -= 1
    kept: list[list[Any]] = []
    index: list[int] = []
    for offset, raw_row in enumerate(body[:last]):
        excel_row = header_row + 1 + offset
        if not any(_present(v) for v in raw_row):
            findings.append(messages.make("blank-row", sheet=sheet, row=excel_row))
            continue
        kept.append(raw_row)
        index.append(excel_row)
    # column by column (read_workbook orders the findings by row again): whole numbers stay int
    # (no 2023.0), empty cells stay None
    by_position = list(itertools.zip_longest(*kept))  # the rows' cells column by column (a short row: None)
    values: dict[str, pd.Series] = {}
    for position, name in columns:
        kind, words = _column_kind(sheet, name)
        cells = by_position[position] if position < len(by_position) else (None,) * len(kept)
        converted = _convert_column(kind, words, sheet, name, cells, index, letters[name], findings)
        values[name] = pd.Series(converted, dtype=object)
    ordered = [name for _, name in columns]
    for column in missing:
        ordered.append(column)
        values[column] = pd.Series([None] * len(kept), dtype=object)
    frame = pd.DataFrame(values, columns=ordered)
    frame.index = pd.Index(index, name=ROW_INDEX_NAME, dtype="int64")
    return SheetTable(sheet, frame, header_row, letters, missing), findings


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


# --- cell values ---------------------------------------------------------------------------------
_INT_TEXT = re.compile(r"^[+-]?\d+(?:[.,]0+)?$")
_DUTCH_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^[+-]?\d+,\d+$")
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
_DATE_TEXT = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


INTEGER, DECIMAL, DATE, CODE, TEXT = "integer", "decimal", "date", "code", "text"


def _column_kind(sheet: str, column: str) -> tuple[str, dict[str, str]]:
    """How a column's cells are read (decided once per column), and its vocabulary by key."""
    words = {_norm(word): word for word in vocabulary_for(sheet, column)}
    if column in settings.INTEGER_COLUMNS.get(sheet, ()):
        return INTEGER, words
    if column in settings.DECIMAL_COLUMNS.get(sheet, ()):
        return DECIMAL, words
    if column in settings.DATE_COLUMNS.get(sheet, ()):
        return DATE, words
    if column in settings.CODE_COLUMNS.get(sheet, ()):
        return CODE, words
    return TEXT, words


def _convert_column(
    kind: str,
    words: dict[str, str],
    sheet: str,
    column: str,
    cells: Sequence[Any],
    rows: list[int],
    letter: str,
    findings: list[Finding],
) -> list[Any]:
    """:func:`_convert` for every cell of one column; findings are appended to ``findings``.

    Plain text in a text or code column (most cells) is handled here without a call per
    cell, and a vocabulary word is looked up once per distinct text; the rest goes
    through :func:`_convert`.
    """
    plain_text = kind in (TEXT, CODE)
    vocabulary = words if kind == TEXT and words else None
    known: dict[str, str] = {}
    out: list[Any] = []
    append = out.append
    for value, row in zip(cells, rows):
        if value is None:
            append(None)
            continue
        if plain_text and value.__class__ is str:
            text = value.strip()
            if not text:
                append(None)
                continue
            if len(text) > _LONGEST_ERROR or text not in _EXCEL_ERRORS:  # no hash of every long text
                if vocabulary is not None:
                    word = known.get(text)
                    if word is None:
                        word = known[text] = vocabulary.get(_norm(text), text)
                    text = word
                append(text)
                continue
        converted, finding = _convert(kind, words, sheet, column, value, row, letter)
        if finding:
            findings.append(finding)
        append(converted)
    return out


def _convert(
    kind: str, words: dict[str, str], sheet: str, column: str, value: Any, row: int, letter: str
) -> tuple[Any, Finding | None]:
    """Normalise one cell of a column of ``kind``; return (value, finding-or-None)."""
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None, None
        if value in _EXCEL_ERRORS:
            return value, messages.make(
                "formula-error", sheet=sheet, row=row, column=column, cell=f"{letter}{row}", value=value
            )
        if kind == TEXT:
            return (words.get(_norm(value), value) if words else value), None
    if value is None:
        return None, None
    if kind == INTEGER:
        return _to_int(value), None
    if kind == DECIMAL:
        return _to_number(value), None
    if kind == DATE:
        return _to_date(value), None
    if kind == CODE:
        if isinstance(value, float):
            return (str(int(value)) if value.is_integer() else repr(value)), None
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value), None
        return value, None
    # text columns: a number typed in a text column becomes its text
    if isinstance(value, bool):
        return ("WAAR" if value else "ONWAAR"), None
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else str(value)), None
    if isinstance(value, int):
        return str(value), None
    return value, None  # a date stays a date: the schema reports it in a text column


def vocabulary_for(sheet: str, column: str) -> tuple[str, ...]:
    """The words allowed in ``column`` of ``sheet`` (round status columns: the statuses), or ()."""
    vocabulary = settings.VOCABULARIES.get(sheet, {}).get(column)
    if vocabulary:
        return vocabulary
    if sheet == settings.SHEET_ACTIONS:
        parsed = settings.parse_round_column(column)
        if parsed and parsed[0] == settings.STATUS_PREFIX.strip():
            return settings.STATUSES
    return ()


def _to_int(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.replace("\u00a0", "").replace(" ", "")
        if _INT_TEXT.match(text):
            return int(re.split(r"[.,]", text)[0])
    return value


def _to_number(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = value.replace("\u00a0", "").replace(" ", "").removeprefix("€")
        if _DUTCH_NUMBER.match(text):
            return float(text.replace(".", "").replace(",", "."))
        if _PLAIN_NUMBER.match(text):
            return float(text)
    return value


def _to_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _DATE_TEXT.match(value)
        try:
            if match:
                day, month, year = (int(g) for g in match.groups())
                return dt.date(year, month, day)
            match = _ISO_DATE.match(value)
            if match:
                year, month, day = (int(g) for g in match.groups())
                return dt.date(year, month, day)
        except ValueError:
            return value
    return value


# --- hidden rows (calamine does not expose them; read the sheet XML) ---------------------------
def _sheet_xml_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    try:
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
        rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        targets[rel.get("Id")] = target
    paths = {}
    for sheet in workbook.iterfind("m:sheets/m:sheet", ns):
        rid = sheet.get(rel_ns)
        if rid in targets:
            paths[sheet.get("name", "")] = targets[rid]
    return paths


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ATTR_R = re.compile(rb'\br="(\d+)"')


def _sheet_xml(archive: zipfile.ZipFile, xml_path: str | None) -> bytes:
    if not xml_path:
        return b""
    try:
        return archive.read(xml_path)
    except (KeyError, zipfile.BadZipFile, EOFError, zlib.error):
        return b""  # calamine read the sheet; only the extra checks on its XML are skipped


_XML_CHUNK = 1 << 22
_MARKER_OVERLAP = len(b'hidden="true"') - 1  # the longest marker, less one byte: a marker split over two chunks


def _marked_xml(archive: zipfile.ZipFile, xml_path: str | None) -> bytes:
    """The sheet's XML if it holds a marker of a hidden row or a formula, else b"".

    The markers are those :func:`_hidden_rows` and :func:`_formula_cells` start with, so
    their findings are the same as on the whole XML. Unpacked in chunks: a large sheet
    without any (the usual case) is never held in memory as a whole.
    """
    if not xml_path:
        return b""
    try:
        with archive.open(xml_path) as stream:
            tail = b""
            while chunk := stream.read(_XML_CHUNK):
                window = tail + chunk
                if _HIDDEN.search(window) or b't="e"' in window or _FORMULA.search(window):
                    return _sheet_xml(archive, xml_path)
                tail = window[-_MARKER_OVERLAP:]
    except (KeyError, zipfile.BadZipFile, EOFError, zlib.error):
        return b""  # as _sheet_xml
    return b""


_HIDDEN = re.compile(
    rb'hidden="(?:1|true)"'
)  # one pass over the sheet instead of two (a regex skips to its literal prefix)


def _hidden_rows(xml: bytes, sheet: str, table: SheetTable) -> list[Finding]:
    if not _HIDDEN.search(xml):
        return []
    data_rows = set(table.frame.index)
    found = []
    for match in _ROW_TAG.finditer(xml):
        attrs = match.group(1)
        if b'hidden="1"' in attrs or b'hidden="true"' in attrs:
            number = _ATTR_R.search(attrs)
            if number and int(number.group(1)) in data_rows:
                found.append(messages.make("hidden-rows", sheet=sheet, row=int(number.group(1))))
    return found


# --- formulas: calamine gives an error value or an uncalculated formula as an empty cell -------
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_FORMULA = re.compile(rb"<f[> ]")  # the markers looked for below; faster than ``b"<f" in xml`` on a large sheet
_VALUE = re.compile(rb"<v>([^<]*)</v>")


def _formula_cells(xml: bytes, sheet: str, table: SheetTable) -> list[Finding]:
    """formula-error for a cell showing #DEEL/0! and the like; formula-without-value for a formula never calculated."""
    if b't="e"' not in xml and not _FORMULA.search(xml):
        return []
    columns = {letter: column for column, letter in table.letters.items()}
    rows = set(table.frame.index)
    found: dict[str, Finding] = {}
    for marker in (b't="e"', b"<f>", b"<f "):
        position = xml.find(marker)
        while position != -1:
            start = xml.rfind(b"<c ", 0, position)
            end = xml.find(b"</c>", position)
            position = xml.find(marker, position + len(marker))
            if start == -1 or end == -1:
                continue
            element = xml[start:end]
            ref = _CELL_REF.search(element)
            if not ref:
                continue
            letter, row = ref.group(1).decode(), int(ref.group(2))
            column = columns.get(letter)
            cell = f"{letter}{row}"
            if column is None or row not in rows or cell in found:
                continue
            value = _VALUE.search(element)
            tag = element[: element.find(b">") + 1]
            if b't="e"' in tag:
                shown = value.group(1).decode("utf-8", "replace") if value else "#FOUT"
                found[cell] = messages.make(
                    "formula-error", sheet=sheet, row=row, column=column, cell=cell, value=shown
                )
            elif value is None or not value.group(1):
                found[cell] = messages.make("formula-without-value", sheet=sheet, row=row, column=column, cell=cell)
    return list(found.values())
