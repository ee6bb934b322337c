"""The appendix as PDF: the .docx converted by LibreOffice, headless, with a fresh profile for every call.

``soffice`` is found through the ``SOFFICE`` environment variable, else ``soffice`` or ``libreoffice`` on
PATH. Every call gets its own throw-away profile (``-env:UserInstallation=file:///tmp/lo-<uuid>``), so a
LibreOffice that is open on the same machine, another conversion running at the same time or a broken
user profile cannot interfere. The process runs in its own session; on a timeout its whole process group
is ended (``soffice`` is a launcher script that starts ``soffice.bin``). The PDF is tagged (structure for
screen readers) and has bookmarks for the headings. Every failure is a :class:`PdfConversionError` with a
Dutch message; :class:`SofficeMissing` when LibreOffice is not installed at all.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import uuid
from pathlib import Path

PDF_FILTER = (
    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
    '"ExportBookmarks":{"type":"boolean","value":"true"}}'
)
TIMEOUT_S = 120


class PdfConversionError(RuntimeError):
    """LibreOffice failed or timed out; the message is in Dutch, for the person who asked for the PDF."""


class SofficeMissing(PdfConversionError):
    """LibreOffice (soffice) is not installed or not where ``SOFFICE`` says."""


def find_soffice(soffice: str | None = None) -> str | None:
    """The soffice to run: ``soffice``, else ``$SOFFICE``, else ``soffice``/``libreoffice`` on PATH (None: none)."""
    requested = soffice or os.environ.get("SOFFICE")
    if requested:
        return shutil.which(requested)
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_available() -> bool:
    """Whether a PDF can be made here (LibreOffice is installed)."""
    return find_soffice() is not None


def missing_message(soffice: str | None = None) -> str:
    requested = soffice or os.environ.get("SOFFICE")
    where = f" op {requested!r}" if requested else ""
    return (
        f"LibreOffice (soffice) is niet gevonden{where}, dus er is geen PDF gemaakt. Installeer LibreOffice "
        "(met Writer; op Debian: libreoffice-writer-nogui) of zet de omgevingsvariabele SOFFICE op het pad naar "
        "soffice om ook een PDF te maken."
    )


def to_pdf(docx_path: Path | str, out_dir: Path | str, timeout: float = TIMEOUT_S, soffice: str | None = None) -> Path:
    """Convert ``docx_path`` to ``out_dir/<stem>.pdf`` and return that path; raises :class:`PdfConversionError`."""
    docx_path, out_dir = Path(docx_path), Path(out_dir)
    exe = find_soffice(soffice)
    if not exe:
        raise SofficeMissing(missing_message(soffice))
    if not docx_path.is_file():
        raise PdfConversionError(f"Het Word-bestand {docx_path} bestaat niet.")
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf_path = out_dir / f"{docx_path.stem}.pdf"
    pdf_path.unlink(missing_ok=True)  # a stale PDF must not hide a failed conversion

    profile = Path(tempfile.gettempdir()) / f"lo-{uuid.uuid4()}"
    command = [
        exe,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--nolockcheck",
        "--convert-to",
        PDF_FILTER,
        "--outdir",
        str(out_dir),
        str(docx_path),
    ]
    try:
        # In its own session (process group), so a timeout ends soffice.bin too, not only the launcher script.
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    except OSError as exc:
        shutil.rmtree(profile, ignore_errors=True)
        raise PdfConversionError(f"LibreOffice (soffice) kon niet worden gestart: {exc}") from exc
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _end_group(process)
        raise PdfConversionError(
            f"LibreOffice heeft {docx_path.name} niet binnen {timeout:g} seconden omgezet naar PDF."
        ) from exc
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if process.returncode != 0 or not pdf_path.is_file() or pdf_path.stat().st_size == 0:
        detail = (stderr or stdout or "").strip().splitlines()[-3:]
        raise PdfConversionError(
            f"LibreOffice kon {docx_path.name} niet omzetten naar PDF (afsluitcode {process.returncode})"
            + (": " + " | ".join(detail) if detail else "")
            + ". Is LibreOffice Writer geïnstalleerd (op Debian: libreoffice-writer-nogui)?"
        )
    return pdf_path


def pdf_bytes(docx: bytes, stem: str = "bijlage", timeout: float = TIMEOUT_S) -> bytes:
    """The PDF of a .docx given as bytes (converted in a temporary folder that is removed afterwards)."""
    with tempfile.TemporaryDirectory(prefix="bijlage-") as folder:
        source = Path(folder) / f"{stem}.docx"
        source.write_bytes(docx)
        return to_pdf(source, Path(folder) / "pdf", timeout=timeout).read_bytes()


def _end_group(process: subprocess.Popen[str]) -> None:
    """End the process group started for ``process`` (ours only: it was started in a new session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
