"""The page "Werkboek bijwerken" in headless Chromium with a real upload, and the picture for docs/werkboek.md ("Zo
werk je het bestand bij").

    python -m tools.bijwerken_screenshot            # artifacts/screenshots/bijwerken-upload.png
    python -m tools.bijwerken_screenshot --docs     # also docs/img/bijwerken.png

The shown workbook is a temporary copy (of the canonical workbook when it is
there, with a new round opened when its last one is closed; else of the sample);
the upload is that copy with a status moved and a text changed. Nothing is
written to workbook/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from domain.rounds import closed_rounds, open_round
from schemas import check
from support import sample
from support.browser import ROOT, SCREENSHOT_DIR
from support.upload import new_version, shoot_upload
from views.round_files import new_round
from workbook import contract

DOCS_IMAGE = ROOT / "docs" / "img" / "bijwerken.png"


def with_open_round(path: Path) -> bytes:
    """``path``'s bytes, with round ``voorjaar 2026`` opened when its last round is closed (as the canonical
    workbook's are): a status changed in a closed round is a fout, so the upload changes the open one."""
    checked = check(path)
    content = path.read_bytes()
    last = open_round(checked.workbook)
    if last is None or last.name not in closed_rounds(checked.workbook):
        return content
    return new_round(content, checked, "voorjaar 2026", dt.date(2026, 5, 1), "Voorbeeld voor de documentatie")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bijwerken_screenshot", description=__doc__.splitlines()[0])
    parser.add_argument("--docs", action="store_true", help="also write docs/img/bijwerken.png")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if contract.CANONICAL_WORKBOOK.exists():
            current = folder / contract.CANONICAL_WORKBOOK.name
            current.write_bytes(with_open_round(contract.CANONICAL_WORKBOOK))
        else:
            current = sample.build(folder)
        upload = new_version(current, folder / "actieoverzicht-bijgewerkt.xlsx")
        out = SCREENSHOT_DIR / "bijwerken-upload.png"
        texts, _ = shoot_upload(current, upload, out)
        if args.docs:
            DOCS_IMAGE.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(out, DOCS_IMAGE)
    print(f"{'FOUT: ' + ' | '.join(texts) if texts else 'in orde'} -> {out}")
    return 1 if texts else 0


if __name__ == "__main__":
    raise SystemExit(main())
