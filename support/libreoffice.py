"""Run LibreOffice headless, as a person's "open and save" (or "open, type, save") would, with a fresh profile.

In CI (``CI=true``) a missing ``soffice`` fails the test instead of skipping it.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from support.browser import in_ci


def soffice_path() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path:
        return path
    if in_ci():
        pytest.fail(
            "soffice is not installed (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui); LibreOffice "
            "tests must run in CI"
        )
    pytest.skip("soffice is not installed; install it with apt-get install libreoffice-calc-nogui")


def resave_as_xlsx(source: Path, out_dir: Path, timeout: float = 120) -> Path:
    """Open ``source`` in LibreOffice and save it as .xlsx in ``out_dir``; return the new file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = Path("/tmp") / f"lo-profile-{uuid.uuid4().hex}"
    try:
        result = subprocess.run(
            [
                soffice_path(),
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(out_dir),
                str(source),
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    converted = out_dir / (source.stem + ".xlsx")
    assert result.returncode == 0 and converted.is_file(), (
        f"LibreOffice conversion failed: {result.stdout} {result.stderr}"
    )
    return converted


# --- "open, edit cells, save" in LibreOffice headless (a StarBasic macro in a fresh profile) ---------------
XLSX_FILTER = "Calc Office Open XML"


@dataclass(frozen=True)
class Edit:
    """Set the text of one cell, e.g. ``Edit("Acties", "J2", "Loopt")``."""

    sheet: str
    cell: str
    text: str


def _basic_string(text: str) -> str:
    """A StarBasic expression for ``text``: quotes doubled, line breaks as Chr(10)."""
    parts = text.replace("\r\n", "\n").split("\n")
    return " & Chr(10) & ".join('"' + part.replace('"', '""') + '"' for part in parts)


def _macro(source: Path, target: Path, report: Path, edits: Sequence[Edit]) -> str:
    """The Basic module: load hidden, type into unlocked cells (a locked one is reported), store as .xlsx."""
    lines = [
        "Sub Run",
        "  On Error GoTo Failed",
        '  Open "' + str(report) + '" For Output As #1',
        "  Dim load(0) As New com.sun.star.beans.PropertyValue",
        '  load(0).Name = "Hidden"',
        "  load(0).Value = True",
        f'  doc = StarDesktop.loadComponentFromURL("{source.as_uri()}", "_blank", 0, load())',
    ]
    for edit in edits:
        lines += [
            f"  sheet = doc.Sheets.getByName({_basic_string(edit.sheet)})",
            f"  cell = sheet.getCellRangeByName({_basic_string(edit.cell)})",
            "  If sheet.isProtected() And cell.CellProtection.IsLocked Then",
            '    Print #1, "locked"',
            "  Else",
            f"    cell.setString({_basic_string(edit.text)})",
            '    Print #1, "ok"',
            "  End If",
        ]
    lines += [
        "  Dim store(0) As New com.sun.star.beans.PropertyValue",
        '  store(0).Name = "FilterName"',
        f'  store(0).Value = "{XLSX_FILTER}"',
        f'  doc.storeToURL("{target.as_uri()}", store())',
        "  doc.close(True)",
        '  Print #1, "stored"',
        "  Close #1",
        "  Exit Sub",
        "Failed:",
        '  Print #1, "error " & Err & ": " & Error$ & " (line " & Erl & ")"',
        "  Close #1",
        "End Sub",
    ]
    body = escape("\n".join(lines))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n'
        '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" '
        f'script:language="StarBasic">{body}\n</script:module>\n'
    )


def edit_cells(source: Path, target: Path, edits: Sequence[Edit], timeout: float = 120) -> tuple[str, ...]:
    """Open ``source`` in LibreOffice headless, type ``edits`` as a person would, save as .xlsx to ``target``.

    A locked cell on a protected sheet is left alone and reported as ``"locked"`` (LibreOffice's API itself
    ignores protection); the others as ``"ok"``. The profile is initialised first (on its first start
    LibreOffice replaces ``user/basic`` with its presets), then the macro runs and soffice exits.
    """
    source, target = source.resolve(), target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    profile = Path("/tmp") / f"lo-profile-{uuid.uuid4().hex}"
    report = profile.with_name(profile.name + ".txt")
    environment = f"-env:UserInstallation={profile.as_uri()}"
    try:
        subprocess.run(
            [soffice_path(), environment, "--headless", "--terminate_after_init"], capture_output=True, timeout=timeout
        )
        module = profile / "user" / "basic" / "Standard" / "Module1.xba"
        assert module.is_file(), f"the LibreOffice profile has no Basic Standard library: {module}"
        module.write_text(_macro(source, target, report, edits), encoding="utf-8")
        result = subprocess.run(
            [soffice_path(), environment, "--headless", "macro:///Standard.Module1.Run"],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        lines = report.read_text(encoding="utf-8").splitlines() if report.is_file() else []
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        report.unlink(missing_ok=True)
    assert result.returncode == 0 and lines and lines[-1] == "stored" and target.is_file(), (
        f"LibreOffice edit failed: {lines} {result.stdout} {result.stderr}"
    )
    return tuple(lines[:-1])


def pdftoppm_path() -> str:
    """poppler's pdftoppm (renders PDF pages to PNG); fail in CI, skip elsewhere when it is missing."""
    path = shutil.which("pdftoppm")
    if path:
        return path
    if in_ci():
        pytest.fail("pdftoppm is not installed (apt-get install poppler-utils); LibreOffice tests must run in CI")
    pytest.skip("pdftoppm is not installed; install it with apt-get install poppler-utils")


def render_pages(pdf: Path, out_dir: Path, first: int = 1, last: int = 2, dpi: int = 60) -> list[Path]:
    """Render pages ``first``..``last`` of ``pdf`` to ``out_dir/page-N.png`` with pdftoppm; return the PNGs."""
    out_dir.mkdir(parents=True, exist_ok=True)
    command = [pdftoppm_path(), "-png", "-r", str(dpi), "-f", str(first), "-l", str(last), str(pdf)]
    subprocess.run([*command, str(out_dir / "page")], check=True, capture_output=True, timeout=120)
    return sorted(out_dir.glob("page-*.png"))
