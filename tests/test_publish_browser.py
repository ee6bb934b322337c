"""The whole publishing flow in Chromium with a bare git repository as remote: upload, check, publish, the new
version visible after a reload, and Geschiedenis showing it. Screenshots in artifacts/screenshots/publiceren-*.png."""

from __future__ import annotations

import pytest

from support import gitrepos, sample
from support.browser import (
    SCREENSHOT_DIR,
    VIEWPORT,
    browser,
    exception_texts,
    full_screenshot,
    settle,
    streamlit_server,
    wait_for_app,
)
from workbook import contract

pytestmark = pytest.mark.browser

SUMMARY = "Werkboek bijgewerkt: 1 status gewijzigd, 1 actie toegevoegd"


def test_upload_check_publish_reload_and_history_in_chromium(tmp_path):
    (tmp_path / "meegeleverd").mkdir()
    bundled = sample.build(tmp_path / "meegeleverd")
    remote = gitrepos.seeded_remote(tmp_path / "srv", bundled.read_bytes())
    data = sample.sample_data()
    data[contract.SHEET_ACTIONS][0]["Status najaar 2025"] = contract.STATUS_DONE
    data[contract.SHEET_ACTIONS].append(dict(data[contract.SHEET_ACTIONS][0], **{contract.COL_ACTION_ID: "1.1-03"}))
    (tmp_path / "upload").mkdir()
    new = sample.build(tmp_path / "upload", data, name="actieoverzicht-bijgewerkt.xlsx")
    env = {"WERKBOEK_PAD": str(bundled), "WERKAGENDA_GIT_REMOTE": str(remote), "WERKAGENDA_GEHOST": "1"}
    with streamlit_server(env) as base, browser() as chromium:
        page = chromium.new_page(viewport=VIEWPORT)
        page.goto(f"{base}/bijwerken")
        page.get_by_text("Controle van het getoonde werkboek").wait_for(timeout=60_000)
        wait_for_app(page)
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(new))
        page.get_by_text("Wat verandert er?").wait_for(timeout=60_000)
        wait_for_app(page)
        assert "1 actie van Loopt naar Afgerond" in page.inner_text("body")
        full_screenshot(page, SCREENSHOT_DIR / "publiceren-controle.png")
        page.get_by_role("button", name="Publiceer deze versie").click()
        page.get_by_text("is gepubliceerd en is nu het werkboek dat iedereen ziet").wait_for(timeout=60_000)
        wait_for_app(page)
        assert SUMMARY in page.inner_text("body")
        assert gitrepos.show(remote, f"main:{gitrepos.WORKBOOK}") == new.read_bytes()

        page.reload()  # a new session: the new version for everyone
        page.get_by_text("Controle van het getoonde werkboek").wait_for(timeout=60_000)
        wait_for_app(page)
        page.goto(f"{base}/overzicht")
        settle(page)
        assert page.locator('[data-testid="stMetricValue"]').first.inner_text().strip() == "6"

        page.goto(f"{base}/geschiedenis")
        page.get_by_text("Twee versies vergelijken").wait_for(timeout=60_000)
        settle(page)
        body = page.inner_text("body")
        assert "2 versies; de huidige is van " in body and ", door Werkagenda dashboard." in body
        assert "Acties: 1 actie toegevoegd; Acties: 1 statuswijziging" in body
        assert "Zet deze versie terug" in body
        full_screenshot(page, SCREENSHOT_DIR / "publiceren-geschiedenis.png")
        assert exception_texts(page) == []
        page.close()
