"""Set cell texts in a workbook by editing one sheet's XML, leaving every other part of the file as it was.

``collect`` fills the open round's cells of many actions in a workbook of any size. Loading and saving the
whole workbook with openpyxl would take seconds and rewrite every part (styles, validations, tables); here
only the ``<c>`` elements of the target cells change, in the sheet's XML:

1. find the sheet's part (``xl/worksheets/sheetN.xml``) through ``xl/workbook.xml`` and its relations;
2. per target row, replace the cell (keeping its style ``s``) or insert it in column order, as an inline
   string (``t="inlineStr"``: no change to the shared strings);
3. write a new zip with that part replaced and every other part copied;
4. read both files with calamine and check that only the target cells differ, each with its new text.

A cell holding a formula, a row without cell references, or anything unexpected raises
:class:`PatchError`; the caller then uses openpyxl (:func:`set_cells_openpyxl`), checked the same way.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from typing import Any

import python_calamine
from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from ..reader.headers import sheet_key
from ..reader.xmlscan import sheet_xml_paths

_ROW = re.compile(rb"<(?P<p>(?:\w+:)?)row\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</(?P=p)row>)", re.S)
_CELL = re.compile(rb"<(?P<p>(?:\w+:)?)c\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</(?P=p)c>)", re.S)
_R = re.compile(rb'\br="([A-Z]{1,3})?(\d+)"')
_S = re.compile(rb'\bs="(\d+)"')
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4})_")


class PatchError(Exception):
    """The sheet's XML is not as expected; nothing was written (use openpyxl instead)."""


def text_str(text: str) -> str:
    """A cell text as OOXML: ``_xHHHH_`` for characters XML cannot hold, entities for ``& < >``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "_x" in text:
        text = _ESCAPE_LIKE.sub(r"_x005F_\1_", text)
    if _INVALID_XML.search(text):
        text = _INVALID_XML.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text or ">" in text:
        text = text.replace("<", "&lt;").replace(">", "&gt;")
    return text


def text_xml(text: str) -> bytes:
    return text_str(text).encode("utf-8")


def _cell_xml(prefix: bytes, ref: str, style: bytes | None, text: str) -> bytes:
    s = b' s="' + style + b'"' if style else b""
    return (
        b"<" + prefix + b'c r="' + ref.encode() + b'"' + s + b' t="inlineStr"><' + prefix + b"is><" + prefix
        + b't xml:space="preserve">' + text_xml(text) + b"</" + prefix + b"t></" + prefix + b"is></" + prefix + b"c>"
    )  # fmt: skip


def _patch_row(body: bytes, prefix: bytes, row: int, cells: dict[int, tuple[str, str]], styles: dict[int, bytes]):
    """The row's body with ``cells`` (column -> (ref, text)) set; ``styles`` holds the last style per column.

    A cell that is there (the usual case: a new round's cells carry their column's style) is found by its
    reference; only a row that lacks one is walked cell by cell, to insert it in column order.
    """
    missing = {}
    for col, (ref, text) in cells.items():
        at = body.find(b' r="' + ref.encode() + b'"')
        start = body.rfind(b"<", 0, at) if at >= 0 else -1
        match = _CELL.match(body, start) if start >= 0 else None
        if match is None:
            missing[col] = (ref, text)
            continue
        if match["body"] and re.search(rb"<(?:\w+:)?f\b", match["body"]):
            raise PatchError(f"{ref}: the cell holds a formula")
        style = _S.search(match["attrs"])
        new = _cell_xml(prefix, ref, style.group(1) if style else styles.get(col), text)
        body = body[: match.start()] + new + body[match.end() :]
    return _insert_cells(body, prefix, row, missing, styles) if missing else body


def _insert_cells(body: bytes, prefix: bytes, row: int, cells: dict[int, tuple[str, str]], styles: dict[int, bytes]):
    """Insert cells that the row lacks, in column order (their style: the column's last one seen above)."""
    parts: list[bytes] = []
    position = 0
    pending = dict(sorted(cells.items()))
    for match in _CELL.finditer(body):
        ref = _R.search(match["attrs"])
        if ref is None or ref.group(1) is None:
            raise PatchError(f"row {row}: a cell without reference")
        col = column_index_from_string(ref.group(1).decode())
        while pending and next(iter(pending)) < col:
            new_col = next(iter(pending))
            new_ref, text = pending.pop(new_col)
            parts += [body[position : match.start()], _cell_xml(prefix, new_ref, styles.get(new_col), text)]
            position = match.start()
    parts.append(body[position:])
    for new_col, (new_ref, text) in pending.items():
        parts.append(_cell_xml(prefix, new_ref, styles.get(new_col), text))
    return b"".join(parts)


def _patch_sheet(xml: bytes, targets: Mapping[str, str]) -> bytes:
    by_row: dict[int, dict[int, tuple[str, str]]] = {}
    for ref, text in targets.items():
        letters, row = coordinate_from_string(ref)
        by_row.setdefault(row, {})[column_index_from_string(letters)] = (f"{letters}{row}", text)
    styles: dict[int, bytes] = {}
    parts: list[bytes] = []
    position = 0
    for match in _ROW.finditer(xml):
        number = _R.search(match["attrs"])
        if number is None:
            raise PatchError("a row without number")
        row = int(number.group(2))
        if row not in by_row:
            if match["body"] and len(styles) < 16384:
                for cell in _CELL.finditer(match["body"]):
                    ref, style = _R.search(cell["attrs"]), _S.search(cell["attrs"])
                    if ref is not None and ref.group(1) and style is not None:
                        styles[column_index_from_string(ref.group(1).decode())] = style.group(1)
            continue
        cells = by_row.pop(row)
        prefix = match["p"]
        body = _patch_row(match["body"] or b"", prefix, row, cells, styles)
        element = b"<" + prefix + b"row" + match["attrs"] + b">" + body + b"</" + prefix + b"row>"
        parts += [xml[position : match.start()], element]
        position = match.end()
    if by_row:
        raise PatchError(f"rows not in the sheet: {sorted(by_row)[:5]}")
    parts.append(xml[position:])
    return b"".join(parts)


def set_cells(content: bytes, sheet: str, targets: Mapping[str, str]) -> bytes:
    """The workbook with the cells ``targets`` (``"J5"`` -> text) of ``sheet`` set. Raises PatchError."""
    if not targets:
        return content
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        paths = {sheet_key(title): path for title, path in sheet_xml_paths(archive).items()}
        part = paths.get(sheet_key(sheet))
        if part is None:
            raise PatchError(f"no part for sheet {sheet!r}")
        xml = _patch_sheet(archive.read(part), targets)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for info in archive.infolist():  # level 1: fast; Excel or LibreOffice packs it again when saving
                data = xml if info.filename == part else archive.read(info.filename)
                out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    result = buffer.getvalue()
    verify(content, result, sheet, targets)
    return result


def set_cells_openpyxl(content: bytes, sheet: str, targets: Mapping[str, str]) -> bytes:
    """The same as :func:`set_cells` through openpyxl (slower; for sheets the XML patch does not handle)."""
    book = load_workbook(io.BytesIO(content), rich_text=True)
    ws = next(w for w in book.worksheets if sheet_key(w.title) == sheet_key(sheet))
    for ref, text in targets.items():
        cell = ws[ref]
        cell.value = text
        cell.data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    result = buffer.getvalue()
    verify(content, result, sheet, targets)
    return result


def _grid(content: bytes, sheet: str) -> list[list[Any]]:
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(content))
    with book:
        title = next(name for name in book.sheet_names if sheet_key(name) == sheet_key(sheet))
        return book.get_sheet_by_name(title).to_python(skip_empty_area=False)


def verify(before: bytes, after: bytes, sheet: str, targets: Mapping[str, str]) -> None:
    """Only the ``targets`` cells of ``sheet`` differ, each holding its text. Raises PatchError.

    The other parts of the file are copied as they were (:func:`set_cells`), so only this sheet is compared.
    """
    expected, found = _grid(before, sheet), _grid(after, sheet)
    height = max(len(expected), len(found))
    width = max([len(line) for line in (*expected, *found)] + [1])
    expected = [[*line, *[""] * (width - len(line))] for line in expected] + [[""] * width] * (height - len(expected))
    found = [[*line, *[""] * (width - len(line))] for line in found] + [[""] * width] * (height - len(found))
    for ref, text in targets.items():
        letters, row = coordinate_from_string(ref)
        if row > height or column_index_from_string(letters) > width:
            raise PatchError(f"{ref}: outside the sheet")
        expected[row - 1] = list(expected[row - 1])
        expected[row - 1][column_index_from_string(letters) - 1] = text.replace("\r\n", "\n").replace("\r", "\n")
    if found != expected:
        bad = next(r for r, (a, b) in enumerate(zip(expected, found)) if a != b)
        raise PatchError(f"{sheet} row {bad + 1}: not as expected")
