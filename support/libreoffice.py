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
            "soffice is not installed (apt-get install libreoffice-calc-nogui); LibreOffice tests must run in CI"
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
