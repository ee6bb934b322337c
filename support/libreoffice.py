"""Run LibreOffice headless, as a person's "open and save" would, with a fresh profile each time.

In CI (``CI=true``) a missing ``soffice`` fails the test instead of skipping it.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

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
