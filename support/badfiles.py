"""Files that are no usable workbook, each written by a function named after its defect.

Used by the tests of the reader, the validation, the command line and the
annotated copy. Builders take a directory and return the path they wrote.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook

from support import sample
from workbook import contract

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _write(directory: Path, name: str, content: bytes) -> Path:
    path = Path(directory) / name
    path.write_bytes(content)
    return path


def empty_file(directory: Path) -> Path:
    return _write(directory, "leeg.xlsx", b"")


def not_a_zip(directory: Path) -> Path:
    return _write(directory, "plaatje.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def truncated(directory: Path) -> Path:
    content = sample.build(directory, name="heel.xlsx").read_bytes()
    return _write(directory, "half.xlsx", content[: len(content) // 2])


def renamed_csv(directory: Path) -> Path:
    text = "Actie-ID;Doelstelling;Wat;Wie\n1.1-01;1.1;Het mbo gelijkwaardig positioneren.;OCW\n"
    return _write(directory, "acties.xlsx", text.encode("utf-8"))


def html_page(directory: Path) -> Path:
    return _write(
        directory, "export.xlsx", b"<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>"
    )


def zip_without_workbook(directory: Path) -> Path:
    path = Path(directory) / "document.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path


def fake_encrypted(directory: Path) -> Path:
    """An OLE2 container that names an EncryptedPackage stream: how Office stores a protected .xlsx."""
    body = OLE2_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024
    return _write(directory, "beveiligd.xlsx", body)


def real_encrypted(directory: Path) -> Path:
    """The sample workbook protected with the password 'geheim' (needs msoffcrypto-tool)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    source = sample.build(directory, name="open.xlsx")
    path = Path(directory) / "wachtwoord.xlsx"
    with source.open("rb") as plain, path.open("wb") as out:
        OOXMLFile(plain).encrypt("geheim", out)
    return path


def old_xls(directory: Path) -> Path:
    body = OLE2_MAGIC + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 1024
    return _write(directory, "oud.xls", body)


def too_large(directory: Path) -> Path:
    path = Path(directory) / "groot.xlsx"
    with path.open("wb") as handle:
        handle.truncate(contract.MAX_FILE_BYTES + 1)  # sparse: costs no disk space
    return path


def zip_bomb(directory: Path) -> Path:
    """A small file that unpacks to more than MAX_UNCOMPRESSED_BYTES."""
    path = Path(directory) / "bom.xlsx"
    chunk = b"\x00" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/media/leeg.bin", "w", force_zip64=True) as big:
            for _ in range(contract.MAX_UNCOMPRESSED_BYTES // len(chunk) + 1):
                big.write(chunk)
    return path


def replace_part(source: Path, target: Path, part: str, change) -> Path:
    """Copy a workbook, passing one zip part's bytes through ``change``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, change(data) if info.filename == part else data)
    return target


def sheet_part(path: Path, sheet: str) -> str:
    """The zip part of ``sheet`` (sample workbooks: sheets in order, Toelichting first)."""
    book = load_workbook(path, read_only=True)
    return f"xl/worksheets/sheet{book.sheetnames.index(sheet) + 1}.xml"


def million_rows(directory: Path) -> Path:
    """Acties with a million rows (only the ID filled below the sample's actions)."""
    source = sample.build(directory, name="basis.xlsx")
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>1.1-01</t></is></c></row>' % (n, n) for n in range(7, 1_000_001)
    )
    part = sheet_part(source, contract.SHEET_ACTIONS)
    return replace_part(
        source, Path(directory) / "miljoen.xlsx", part, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>")
    )


def broken_sheet_xml(directory: Path) -> Path:
    source = sample.build(directory, name="basis.xlsx")
    part = sheet_part(source, contract.SHEET_ACTIONS)
    return replace_part(source, Path(directory) / "kapot.xlsx", part, lambda xml: xml[: len(xml) // 2])


def edited(directory: Path, change, name: str = "bewerkt.xlsx") -> Path:
    """The sample workbook (without Excel tables) changed with openpyxl: ``change(workbook)``."""
    path = sample.build(directory, name=name, as_table=False)
    book = load_workbook(path)
    change(book)
    book.save(path)
    return path


def missing_file(directory: Path) -> Path:
    return Path(directory) / "bestaat-niet.xlsx"


#: Builders of files that cannot be read as a workbook, with the code each must give.
UNREADABLE = {
    "missing-file": (missing_file, "file-missing"),
    "empty-file": (empty_file, "file-empty"),
    "too-large": (too_large, "file-too-large"),
    "not-a-zip": (not_a_zip, "not-a-workbook"),
    "truncated": (truncated, "corrupt-workbook"),
    "renamed-csv": (renamed_csv, "csv-not-xlsx"),
    "html-page": (html_page, "not-a-workbook"),
    "zip-without-workbook": (zip_without_workbook, "not-a-workbook"),
    "encrypted-ole2": (fake_encrypted, "encrypted"),
    "old-xls": (old_xls, "old-xls"),
    "zip-bomb": (zip_bomb, "zip-bomb"),
    "broken-sheet-xml": (broken_sheet_xml, "corrupt-workbook"),
}
