"""The page "Werkboek bijwerken" in headless Chromium with a real upload, and the picture for docs/werkboek.md ("Zo
werk je het bestand bij").

    python -m tests.bijwerken_screenshot            # artifacts/screenshots/bijwerken-upload.png
    python -m tests.bijwerken_screenshot --docs     # also docs/img/bijwerken.png

The shown workbook is a temporary copy (of the canonical workbook when it is
there, with a new round opened when its last one is closed; else of the sample);
the upload is that copy with a status moved and a text changed. Nothing is
written to workbook/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from openpyxl import load_workbook  # noqa: E402

from domain.rounds import closed_rounds, open_round  # noqa: E402
from schemas import check  # noqa: E402
from support import sample  # noqa: E402
from support.browser import SCREENSHOT_DIR, browser, exception_texts, streamlit_server, wait_for_app  # noqa: E402
from tests.screenshots import VIEWPORT, full_screenshot  # noqa: E402
from views.round_files import new_round  # noqa: E402
from workbook import contract  # noqa: E402

DOCS_IMAGE = ROOT / "docs" / "img" / "bijwerken.png"


def new_version(current: Path, out: Path) -> Path:
    """``current`` with the first action's latest status set to Afgerond and its Wanneer text changed."""
    book = load_workbook(current)
    ws = book[contract.SHEET_ACTIONS]
    header = [c.value for c in ws[1]]
    statuses = [i for i, h in enumerate(header, start=1) if isinstance(h, str) and h.startswith(contract.STATUS_PREFIX)]
    ws.cell(row=2, column=statuses[-1], value=contract.STATUS_DONE)
    ws.cell(row=3, column=header.index(contract.COL_WHEN) + 1, value="2023 – 2027")
    book.save(out)
    return out


def with_open_round(path: Path) -> bytes:
    """``path``'s bytes, with round ``voorjaar 2026`` opened when its last round is closed (as the canonical
    workbook's are): a status changed in a closed round is a fout, so the upload changes the open one."""
    checked = check(path)
    content = path.read_bytes()
    last = open_round(checked.workbook)
    if last is None or last.name not in closed_rounds(checked.workbook):
        return content
    return new_round(content, checked, "voorjaar 2026", dt.date(2026, 5, 1), "Voorbeeld voor de documentatie")


def shoot_upload(current: Path, upload: Path, out: Path, env: dict[str, str] | None = None) -> tuple[list[str], str]:
    """Open the page, upload ``upload``, wait for the check; screenshot to ``out``. Returns (exception texts, page
    text)."""
    with streamlit_server({"WERKBOEK_PAD": str(current), **(env or {})}) as base, browser() as chromium:
        page = chromium.new_page(viewport=VIEWPORT)
        page.goto(f"{base}/bijwerken")
        page.get_by_text("Controle van het getoonde werkboek").wait_for(timeout=30_000)
        wait_for_app(page)
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload))
        page.get_by_text("Wat verandert er?").wait_for(timeout=60_000)
        wait_for_app(page)
        page.wait_for_timeout(800)
        full_screenshot(page, out)
        texts = exception_texts(page)
        body = page.inner_text("body")
        page.close()
    return texts, body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
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
