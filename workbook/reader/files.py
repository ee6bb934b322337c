"""The file as a whole: its bytes within the limits, what kind of file it is, and its zip archive.

Every refusal raises :class:`~workbook.findings.WorkbookError` carrying one finding that says, in Dutch,
why the file is no workbook and what to do (save it again as .xlsx, remove the password...).
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from .. import contract, messages, nl
from ..findings import Finding, WorkbookError

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


def digest(content: bytes) -> str:
    """The version of a file's content: its sha256, in hexadecimal (the first 12 characters name a version)."""
    return hashlib.sha256(content).hexdigest()


def load_bytes(source: str | Path | bytes, name: str | None) -> tuple[bytes, str]:
    """The file's bytes and the name to report it by; refused when missing, empty or too large."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        content = bytes(source)
        source_name = name or "upload.xlsx"
    else:
        path = Path(source)
        source_name = name or path.name
        if not path.is_file():
            raise WorkbookError(messages.make("file-missing", value=str(path)))
        size = path.stat().st_size
        if size > contract.MAX_FILE_BYTES:
            raise WorkbookError(too_large(size))
        content = path.read_bytes()
    if not content:
        raise WorkbookError(messages.make("file-empty", value=source_name))
    if len(content) > contract.MAX_FILE_BYTES:
        raise WorkbookError(too_large(len(content)))
    return content, source_name


def too_large(size: int) -> Finding:
    return messages.make(
        "file-too-large",
        value=size,
        size_mb=nl.number(size / 1024 / 1024, 1),
        limit_mb=contract.MAX_FILE_BYTES // (1024 * 1024),
    )


def sniff(content: bytes, source_name: str) -> None:
    """Refuse what is no .xlsx at all: an old .xls, a password-protected file, a CSV or HTML page renamed."""
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


def open_zip(content: bytes, source_name: str = "") -> zipfile.ZipFile:
    """The archive, refused when broken, a zip bomb, or a zip without a workbook in it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        detail = "het zip-bestand is onvolledig"
        raise WorkbookError(messages.make("corrupt-workbook", value=source_name, detail=detail)) from exc
    total = sum(info.file_size for info in infos)
    if total > contract.MAX_UNCOMPRESSED_BYTES:
        limit = contract.MAX_UNCOMPRESSED_BYTES // (1024 * 1024)
        raise WorkbookError(messages.make("zip-bomb", value=source_name, limit_mb=limit))
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        raise WorkbookError(messages.make("not-a-workbook", value=source_name))
    return archive


def short(exc: BaseException) -> str:
    """The first line of an exception's text (at most 120 characters), or its type."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]
