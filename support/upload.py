"""An upload on the page "Werkboek bijwerken" in headless Chromium: a new version of a workbook and the steps a
person takes with it. Shared by the browser test of taking in (tests/test_takein.py) and the picture for the
documentation (tools/bijwerken_screenshot.py).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from support.browser import VIEWPORT, browser, exception_texts, full_screenshot, streamlit_server, wait_for_app
from workbook import contract


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
