"""First full render of the Overzicht page in headless Chromium, against a bare page with one table (the floor)."""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_APP = ROOT / "benchmarks" / "floor_app.py"
DRAWN = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') === 'running') return false;
    if (document.querySelector('[data-testid="stSkeleton"]')) return false;
    const h1 = document.querySelector('h1');
    if (!h1 || !h1.textContent.includes(%r)) return false;
    const charts = Array.from(document.querySelectorAll('[data-testid="stVegaLiteChart"]'));
    if (charts.some(c => !c.querySelector('svg, canvas'))) return false;
    // a table draws itself when it scrolls into view: those in the first screen must be drawn
    const tables = Array.from(document.querySelectorAll('[data-testid="stDataFrame"]'))
        .filter(t => t.getBoundingClientRect().top < window.innerHeight && t.offsetHeight > 0);
    return tables.every(t => t.querySelector('canvas, table'));
}"""


def chromium_available() -> bool:
    import shutil

    return bool(shutil.which("chromium") or shutil.which("chromium-browser"))


def _visit(browser, url: str, heading: str) -> float:
    """Seconds from navigation until the page is fully drawn, in a fresh browser context (no cache, new session)."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(DRAWN % heading, timeout=120_000, polling=50)
    elapsed = time.perf_counter() - start
    exceptions = page.locator('[data-testid="stException"]').count()
    context.close()
    if exceptions:
        raise RuntimeError(f"{url}: the page shows an exception")
    return elapsed


def render_times(workbook: Path, warm_visits: int = 7) -> dict:
    """Cold (first visit after the server started: the workbook is read) and warm (a new visitor: from the cache).

    The warm visits of Overzicht and of the floor alternate, so both see the same load of a shared machine;
    the ratio is given of the fastest visits and of the medians.
    """
    import shutil
    import statistics

    from playwright.sync_api import sync_playwright

    from support.browser import CHROMIUM_ARGS, streamlit_server

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    result: dict = {"workbook": workbook.name}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            with (
                streamlit_server({"WERKBOEK_PAD": str(workbook)}) as app,
                streamlit_server(script=str(FLOOR_APP)) as floor,
            ):
                result["overzicht_cold_s"] = _visit(browser, f"{app}/overzicht", "Overzicht")
                result["floor_cold_s"] = _visit(browser, floor, "Vloer")
                warm: dict[str, list[float]] = {"overzicht": [], "floor": []}
                for _ in range(warm_visits):
                    warm["overzicht"].append(_visit(browser, f"{app}/overzicht", "Overzicht"))
                    warm["floor"].append(_visit(browser, floor, "Vloer"))
        finally:
            browser.close()
    result["overzicht_warm_s"], result["floor_warm_s"] = min(warm["overzicht"]), min(warm["floor"])
    result["overzicht_warm_median_s"] = statistics.median(warm["overzicht"])
    result["floor_warm_median_s"] = statistics.median(warm["floor"])
    result["ratio_cold"] = result["overzicht_cold_s"] / result["floor_cold_s"]
    result["ratio_warm"] = result["overzicht_warm_s"] / result["floor_warm_s"]
    result["ratio_warm_median"] = result["overzicht_warm_median_s"] / result["floor_warm_median_s"]
    return result
