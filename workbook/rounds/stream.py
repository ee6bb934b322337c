"""Rows of a request streamed in as sheet XML: the first data row (written by openpyxl) gives each column's style.

openpyxl writes a cell in about 30 µs; a request with thousands of actions (and many more it only sees) would
take seconds. Here each row is a few string joins: the texts as inline strings, numbers as values, and a row
height that fits the wrapped texts (neither Excel nor LibreOffice fits heights when a file is opened).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from typing import Any

from openpyxl.utils import get_column_letter

from ..reader.xmlscan import sheet_xml_paths
from .patch import text_str

_ROW_2 = re.compile(rb"<row r=\"2\"[^>]*>(.*?)</row>", re.S)
_CELL_STYLE = re.compile(rb'<c r="([A-Z]+)2"(?: s="(\d+)")?')
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')

LINE_HEIGHT = 15  # points per line of Calibri 11
MAX_ROW_HEIGHT = 409  # Excel's limit
CHARACTERS_PER_WIDTH = 1.2  # a column of width w holds about 1.2 w characters of running text


def lines_of(text: object, width: float) -> int:
    """How many lines a wrapped text takes in a column of ``width``."""
    if text is None or text == "":
        return 1
    per_line = max(1, int(width * CHARACTERS_PER_WIDTH))
    return sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))


def _row_xml(number: int, cells: Sequence[tuple[str, str, str, float]], row: Mapping[str, Any]) -> str:
    """One ``<row>`` with its height for the wrapped texts: per column (header, letter, style, width) its value."""
    n = str(number)
    height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * max(lines_of(row.get(c[0]), c[3]) for c in cells))
    parts = [f'<row r="{n}" ht="{height}" customHeight="1">']
    for header, letter, style, _width in cells:
        value = row.get(header)
        if value is None or value == "":
            parts.append(f'<c r="{letter}{n}"{style}/>')
        elif isinstance(value, str):
            text = text_str(value)
            parts.append(f'<c r="{letter}{n}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            parts.append(f'<c r="{letter}{n}"{style}><v>{value!r}</v></c>')
        else:
            text = text_str(str(value))
            parts.append(f'<c r="{letter}{n}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
    parts.append("</row>")
    return "".join(parts)


def stream_rows(
    content: bytes, tables: Mapping[str, tuple[Sequence[str], Sequence[Mapping[str, Any]]]], widths: Mapping[str, float]
) -> bytes:
    """Put every row of each table into its sheet, as XML with the styles openpyxl gave the first row.

    openpyxl writes a cell in about 30 µs; a request with thousands of actions (and many more it only sees)
    would take seconds. Here each row is a few string joins: the first data row, written by openpyxl, gives
    each column's style id, and rows 2.. are replaced by rows made the same way (texts as inline strings).
    """
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        paths = sheet_xml_paths(archive)
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
        infos = archive.infolist()
    for title, (columns, rows) in tables.items():
        part = paths.get(title)
        if part is None or len(rows) < 1:
            continue
        xml = parts[part]
        first = _ROW_2.search(xml)
        if first is None:
            raise ValueError(f"no first data row in {title}")
        by_letter = {m.group(1).decode(): (m.group(2) or b"") for m in _CELL_STYLE.finditer(first.group(0))}
        cells = []
        for position, header in enumerate(columns, start=1):
            letter = get_column_letter(position)
            style = by_letter.get(letter, b"").decode()
            cells.append(
                (header, letter, f' s="{style}"' if style else "", widths.get(header, 1000))
            )  # the Verzoek sheet: one line
        body = "".join(_row_xml(number, cells, row) for number, row in enumerate(rows, start=2)).encode("utf-8")
        xml = xml[: first.start()] + body + xml[first.end() :]
        last = f"{get_column_letter(len(columns))}{len(rows) + 1}".encode()
        parts[part] = _DIMENSION.sub(b'<dimension ref="A1:' + last + b'"/>', xml, count=1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as out:
        for info in infos:
            out.writestr(info, parts[info.filename], compress_type=zipfile.ZIP_DEFLATED, compresslevel=3)
    return buffer.getvalue()
