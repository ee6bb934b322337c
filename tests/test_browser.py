"""The whole app in a real browser (Debian Chromium, headless): every page, a deep link, a filter.

Saves a full-height screenshot of every page to ``artifacts/screenshots/<page>.png``
(of the canonical workbook when it is there, else of the sample workbook), to look at.
Fails on any Streamlit exception box. Needs chromium: skipped locally without it, fails in CI.
"""

from __future__ import annotations

import re
import urllib.parse

import pytest

from support import sample
from support.browser import (
    SCREENSHOT_DIR,
    VIEWPORT,
    browser,
    exception_texts,
    full_screenshot,
    settle,
    streamlit_server,
)
from workbook import contract

pytestmark = pytest.mark.browser

PAGES = {
    "overzicht": "Overzicht",
    "doelstellingen": "Doelstellingen",
    "partijen": "Partijen",
    "budget": "Budget",
    "tijdlijn": "Tijdlijn",
    "bijwerken": None,  # another engineer's page: visited for exceptions and a screenshot
    "ronde": "Rapportageronde",
    "geschiedenis": "Geschiedenis",
    "over": "Over dit dashboard",
}


@pytest.fixture(scope="module")
def chromium():
    with browser() as instance:
        yield instance


@pytest.fixture(scope="module")
def sample_server(tmp_path_factory):
    path = sample.build(tmp_path_factory.mktemp("browser"))
    with streamlit_server({"WERKBOEK_PAD": str(path)}) as base:
        yield base


def expander_titles(page) -> list[str]:
    """The labels of the expanders (without the icon's ligature text)."""
    texts = page.locator('[data-testid="stExpander"] summary').all_inner_texts()
    return [line for text in texts for line in text.splitlines() if " · " in line]


def test_a_deep_link_as_first_request_opens_that_view_inside_the_router(chromium, tmp_path):
    path = sample.build(tmp_path)
    with streamlit_server({"WERKBOEK_PAD": str(path)}) as fresh:  # this link is the server's first request
        page = chromium.new_page(viewport=VIEWPORT)
        page.goto(f"{fresh}/doelstellingen?doel=2.1&partij=jobmbo&ronde=zomer+2024")
        _check_deep_link(page)


def _check_deep_link(page) -> None:
    # the first run may be the old-style pages/ run; the page reruns itself through app.py
    page.get_by_text("Getoond werkboek").wait_for(timeout=30_000)
    settle(page)
    assert exception_texts(page) == []
    nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert "Overzicht" in nav and "Werkboek bijwerken" in nav  # app.py's menu, not the pages/ folder's
    assert "Getoond werkboek" in page.locator('[data-testid="stSidebar"]').inner_text()
    selects = page.locator('[data-testid="stSelectbox"] input').evaluate_all(
        "els => els.map(e => [e.getAttribute('aria-label'), e.value])"
    )
    assert dict(selects) == {
        "Doelstelling": "2.1 Studiekeuze",
        "Partij": "JOB",
        "Ronde": "zomer 2024",
        "Status": "Alle statussen",
    }
    summaries = expander_titles(page)
    assert len(summaries) == 1 and summaries[0].startswith("2.1-01") and "Niet gestart" in summaries[0]
    page.close()


def test_the_uploader_names_the_same_limit_as_the_label_and_refuses_a_larger_file(chromium, tmp_path):
    """One limit: the Dutch label and Streamlit's line under the button name the same number (no CSS hides it)."""
    path = sample.build(tmp_path)
    before = path.read_bytes()
    with streamlit_server({"WERKBOEK_PAD": str(path), "WERKAGENDA_MAX_UPLOAD_MB": "1"}) as base:
        page = chromium.new_page(viewport=VIEWPORT)
        page.goto(f"{base}/bijwerken")
        page.get_by_text("Nieuwe versie aanleveren").wait_for(timeout=30_000)
        settle(page)
        uploader = page.locator('[data-testid="stFileUploader"]')
        assert "ten hoogste 1 MB" in uploader.inner_text()  # the page's limit, in the label
        instructions = uploader.locator('[data-testid="stFileUploaderDropzoneInstructions"]')
        assert instructions.is_visible() and instructions.inner_text().startswith("1MB per file")  # the same number
        big = {
            "name": "groot.xlsx",
            "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "buffer": b"PK" + b"x" * (3 * 1024 * 1024 // 2),
        }
        uploader.locator('input[type="file"]').set_input_files(big)
        uploader.get_by_role("alert").wait_for(timeout=30_000)  # Streamlit's refusal in the file chip
        page.wait_for_timeout(500)
        assert page.get_by_text("Controle van 'groot.xlsx'").count() == 0  # never read
        assert exception_texts(page) == []
        page.close()
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_renders_without_exception(sample_server, chromium, name):
    page = chromium.new_page(viewport=VIEWPORT)
    page.goto(f"{sample_server}/{name}")
    settle(page)
    assert exception_texts(page) == [], f"exception on {name}"
    if PAGES[name]:
        assert page.locator("h1").first.inner_text().strip() == PAGES[name]
        assert "fout" not in page.locator('[data-testid="stAlertContentError"]').all_inner_texts()
    charts = page.locator('[data-testid="stVegaLiteChart"]')
    for index in range(charts.count()):  # drawn, and with an accessible name
        chart = charts.nth(index)
        assert chart.locator("svg, canvas").count() >= 1
        assert chart.locator('[aria-label], [role="graphics-document"]').count() >= 1
    page.close()


def test_choosing_a_party_filters_and_writes_the_url(sample_server, chromium):
    page = chromium.new_page(viewport=VIEWPORT)
    page.goto(f"{sample_server}/doelstellingen")
    settle(page)
    assert len(expander_titles(page)) == 5  # the actions (and one with the chart's numbers)
    party = page.locator('[data-testid="stSelectbox"]').filter(has_text="Partij")
    party.locator("input").click()
    page.keyboard.type("VWS")
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.search.includes('partij=VWS')", timeout=15_000)
    settle(page)
    assert [t.split(" · ")[0] for t in expander_titles(page)] == ["1.2-01"]
    assert urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query) == {"partij": ["VWS"]}
    assert exception_texts(page) == []
    page.close()


def test_clicking_a_matrix_cell_lists_its_actions(sample_server, chromium):
    page = chromium.new_page(viewport={"width": 1440, "height": 1200})
    page.goto(f"{sample_server}/partijen")
    settle(page)
    numbers = page.locator('[data-testid="stVegaLiteChart"]').first.locator("g.mark-text text")
    numbers.first.wait_for(timeout=15_000)
    labels = numbers.evaluate_all("els => els.map(e => e.getAttribute('aria-label') || '')")
    index = next(i for i, label in enumerate(labels) if "Doelstelling: 2.1;" in label and "Partij: JOB;" in label)
    numbers.nth(index).click()  # the number in the cell JOB x 2.1
    page.wait_for_function("() => location.search.includes('doel=2.1')", timeout=15_000)
    settle(page)
    assert urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query) == {"partij": ["JOB"], "doel": ["2.1"]}
    assert page.locator("h3").filter(has_text="Acties van JOB bij doelstelling 2.1").count() == 1
    assert exception_texts(page) == []
    page.close()


def test_screenshots_of_every_page(chromium, tmp_path_factory):
    """Screenshots to look at: the canonical workbook when it exists, else the sample."""
    path = (
        contract.CANONICAL_WORKBOOK
        if contract.CANONICAL_WORKBOOK.exists()
        else sample.build(tmp_path_factory.mktemp("shots"))
    )
    with streamlit_server({"WERKBOEK_PAD": str(path)}) as base:
        page = chromium.new_page(viewport=VIEWPORT)
        for name in PAGES:
            page.goto(f"{base}/{name}")
            page.get_by_text("Getoond werkboek").wait_for(timeout=30_000)
            settle(page)
            assert exception_texts(page) == [], f"exception on {name} with {path.name}"
            target = SCREENSHOT_DIR / f"{name}.png"
            full_screenshot(page, target)
            assert target.stat().st_size > 10_000
            text = page.locator('[data-testid="stMain"]').inner_text()
            assert not re.search(r"\bNone\b|\bnan\b|Traceback", text), f"{name}: a raw value or traceback is visible"
        page.close()
