"""What calamine does not give: hidden rows and formulas, found in the sheets' XML.

calamine shows an uncalculated formula or an error value as an empty cell, and does not expose hidden
rows; both are scanned for here in the raw XML. A large sheet without any marker (the usual case) is
never held in memory as a whole: it is unpacked in chunks and dropped as soon as it proves clean.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Collection, Mapping
from xml.etree import ElementTree

from .. import messages
from ..findings import Finding

_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ATTR_R = re.compile(rb'\br="(\d+)"')
_HIDDEN = re.compile(rb'hidden="(?:1|true)"')  # one pass over the sheet instead of two
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_FORMULA = re.compile(rb"<f[> ]")  # faster than ``b"<f" in xml`` on a large sheet
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_XML_CHUNK = 1 << 22
_MARKER_OVERLAP = len(b'hidden="true"') - 1  # the longest marker, less one byte: a marker split over two chunks
_UNREADABLE = (KeyError, zipfile.BadZipFile, EOFError, zlib.error)


def sheet_xml_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip part of its XML (``xl/worksheets/sheet3.xml``); {} when the workbook part is odd."""
    try:
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
        rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # a broken part: calamine reads the sheets; only these extra checks are skipped
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "").lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        targets[rel.get("Id")] = target
    paths = {}
    for sheet in workbook.iterfind("m:sheets/m:sheet", ns):
        rid = sheet.get(rel_ns)
        if rid in targets:
            paths[sheet.get("name", "")] = targets[rid]
    return paths


def _sheet_xml(archive: zipfile.ZipFile, xml_path: str | None) -> bytes:
    if not xml_path:
        return b""
    try:
        return archive.read(xml_path)
    except _UNREADABLE:
        return b""  # calamine read the sheet; only the extra checks on its XML are skipped


def marked_xml(archive: zipfile.ZipFile, xml_path: str | None) -> bytes:
    """The sheet's XML if it holds a marker of a hidden row or a formula, else b"".

    The markers are those :func:`hidden_rows` and :func:`formula_cells` start with, so
    their findings are the same as on the whole XML.
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
    except _UNREADABLE:
        return b""
    return b""


def hidden_rows(xml: bytes, sheet: str, data_rows: Collection[int]) -> list[Finding]:
    """``hidden-rows`` for each hidden row among the data rows."""
    if not _HIDDEN.search(xml):
        return []
    found = []
    for match in _ROW_TAG.finditer(xml):
        attrs = match.group(1)
        if b'hidden="1"' in attrs or b'hidden="true"' in attrs:
            number = _ATTR_R.search(attrs)
            if number and int(number.group(1)) in data_rows:
                found.append(messages.make("hidden-rows", sheet=sheet, row=int(number.group(1))))
    return found


def formula_cells(xml: bytes, sheet: str, letters: Mapping[str, str], data_rows: Collection[int]) -> list[Finding]:
    """``formula-error`` for a cell showing #DEEL/0! and the like; ``formula-without-value`` for a formula
    never calculated. ``letters``: column header -> its letter."""
    if b't="e"' not in xml and not _FORMULA.search(xml):
        return []
    columns = {letter: column for column, letter in letters.items()}
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
            if column is None or row not in data_rows or cell in found:
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
