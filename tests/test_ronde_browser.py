"""The page Rapportageronde in Debian Chromium: three answers uploaded at once, the summary per file, the download.

Saves ``artifacts/screenshots/ronde-antwoorden.png`` to look at. Needs chromium (fails in CI without it).
"""

from __future__ import annotations

import pytest

from schemas import check
from support import rounds
from support.browser import SCREENSHOT_DIR, browser, exception_texts, full_screenshot, streamlit_server, wait_for_app
from workbook import contract

pytestmark = pytest.mark.browser


def test_three_answers_in_the_browser_give_a_summary_per_file_and_a_merged_download(tmp_path):
    workbook = rounds.round_workbook(tmp_path)
    requests = rounds.write_requests(workbook, tmp_path / "verzoeken")
    answers = [
        rounds.fill(requests["OCW"], tmp_path / "ocw.xlsx", {"1.1-02": ("Wet aangenomen.", "Afgerond")}),
        rounds.fill(requests["JOB"], tmp_path / "job.xlsx", {"1.1-01": ("Panel gestart.", "Loopt")}),
        rounds.fill(requests["Mbo-scholen"], tmp_path / "scholen.xlsx", {"2.1-01": ("Pilots.", "Bezig")}),
    ]
    before = workbook.read_bytes()
    with browser() as chromium, streamlit_server({"WERKBOEK_PAD": str(workbook)}) as base:
        page = chromium.new_page(viewport={"width": 1440, "height": 900}, accept_downloads=True)
        page.goto(f"{base}/ronde")
        page.get_by_text("Ingevulde verzoeken").wait_for(timeout=60_000)
        wait_for_app(page)
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files([str(p) for p in answers])
        page.get_by_text("Uit 3 bestanden").wait_for(timeout=60_000)
        wait_for_app(page)
        body = page.locator('[data-testid="stMain"]').inner_text()
        assert "'ocw.xlsx' (OCW, voorjaar 2026): 1 actie overgenomen." in body
        assert "'job.xlsx' (JOB, voorjaar 2026): 1 actie overgenomen." in body
        assert "'scholen.xlsx' (Mbo-scholen, voorjaar 2026): 1 actie overgenomen, 1 melding" in body
        assert exception_texts(page) == []
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        full_screenshot(page, SCREENSHOT_DIR / "ronde-antwoorden.png")
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="Nieuwe versie met de antwoorden").click()
        saved = tmp_path / "gedownload.xlsx"
        download.value.save_as(saved)
        suggested = download.value.suggested_filename
        page.close()
    assert suggested == "werkboek-met-antwoorden.xlsx"
    frame = check(saved).data.frame(contract.SHEET_ACTIONS).set_index(contract.COL_ACTION_ID)
    assert (
        frame.loc["1.1-01", rounds.PROGRESS] == "Panel gestart." and frame.loc["2.1-01", rounds.PROGRESS] == "Pilots."
    )
    assert workbook.read_bytes() == before  # a download: the workbook itself is not changed
