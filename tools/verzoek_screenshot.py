"""The pictures of a request workbook as a party sees it, for docs/werkboek.md ("Een rapportageronde").

    python -m tools.verzoek_screenshot      # docs/img/verzoek.png and docs/img/verzoek-toelichting.png

The canonical workbook with round "voorjaar 2026" opened; the request of MBO Raad is printed to PDF by
LibreOffice headless (the sheets as they print: landscape, one page wide) and cut out with pdftoppm.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from schemas import check
from views import round_files
from workbook import contract

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "img"


def main() -> int:
    content = contract.CANONICAL_WORKBOOK.read_bytes()
    opened = round_files.new_round(
        content, check(content, name="actieoverzicht.xlsx"), "voorjaar 2026", dt.date(2026, 5, 1)
    )
    files = round_files.request_files(check(opened, name="actieoverzicht.xlsx"), deadline=dt.date(2026, 4, 10))
    request = next(f for f in files if f.party == "MBO Raad")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "verzoek.xlsx"
        path.write_bytes(request.content)
        profile = Path("/tmp") / f"lo-profile-{uuid.uuid4().hex}"
        try:
            subprocess.run(
                ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                 "--outdir", folder, str(path)],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        pdf = Path(folder) / "verzoek.pdf"
        crops = {
            "verzoek": ["-r", "150", "-f", "2", "-l", "2", "-x", "95", "-y", "150", "-W", "1650", "-H", "240"],
            "verzoek-toelichting": ["-r", "80", "-f", "1", "-l", "1", "-x", "40", "-y", "60", "-W", "600", "-H", "420"],
        }
        for name, options in crops.items():
            subprocess.run(["pdftoppm", "-png", "-singlefile", *options, str(pdf), str(IMAGES / name)], check=True)
            print(IMAGES / f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
