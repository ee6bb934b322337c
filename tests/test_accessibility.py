"""WCAG 2.1 AA in a real browser: axe-core on every page in every state, text cut off, sideways scrolling.

- axe-core (npm, ``npm ci``; tests/axe.py) with the WCAG 2.0/2.1 A and AA rules, on every page: by default,
  with filters set, on a workbook with fouten (banner and findings tables), on Bijwerken after an upload with
  fouten and after a take-in, and on the password screen. Fails on any serious or critical violation.
- No metric, select box, button or link cuts its text off at 1280 and 1920 px (nor at 1024/1366, nor with the
  longest option of each filter chosen).
- At 320 CSS px (1280 px at 400 % zoom) nothing but a chart or a table makes the page scroll sideways.
- Screenshots at 1280, 1920 and 320 px in artifacts/screenshots/a11y/ (to look at).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from support.axe import blocking, format_violations, run_axe
from support.browser import (
    SCREENSHOT_DIR,
    browser,
    exception_texts,
    full_screenshot,
    registered_pages,
    settle,
    streamlit_server,
    wait_for_app,
)
from support.layout_js import CUT_OFF, OVERFLOW
from workbook import contract

pytestmark = pytest.mark.browser

PAGES = registered_pages()  # every page of app.py's menu, also one added later
FILTERED = (
    "doelstellingen?doel=2.2&partij=JOB&status=Loopt&zoek=stage",
    "partijen?partij=JOB&doel=2.2&rol=primair",
    "tijdlijn?doel=2.2&partij=JOB&status=Loopt",
)
#: the longest option of every filter (a select box shows its value on one line)
LONGEST = (
    "doelstellingen?doel=1.2&partij=Zorg-+en+welzijnsinstellingen&status=Niet+gestart&ronde=zomer+2024",
    "partijen?partij=Zorg-+en+welzijnsinstellingen&doel=1.2&rol=betrokken",
    "tijdlijn?doel=1.2&partij=Zorg-+en+welzijnsinstellingen",
)
PAGE_FAILED = "Er ging iets mis bij het tonen van deze pagina"
SHOTS = SCREENSHOT_DIR / "a11y"


def url(name: str) -> str:
    """Overzicht is the default page, at "/" (Streamlit answers /overzicht with an English 'Page not found')."""
    return "" if name == "overzicht" else name


def with_errors(directory: Path) -> Path:
    """The canonical workbook with three fouten: an unknown goal, a status that is none, and so a change in a closed
    round (the findings table then also shows the closed-round message)."""
    path = Path(directory) / "met-fouten.xlsx"
    shutil.copyfile(contract.CANONICAL_WORKBOOK, path)
    book = load_workbook(path)
    sheet = book[contract.SHEET_ACTIONS]
    header = [c.value for c in sheet[1]]
    statuses = [i for i, h in enumerate(header, start=1) if isinstance(h, str) and h.startswith(contract.STATUS_PREFIX)]
    sheet.cell(row=2, column=header.index(contract.COL_GOAL) + 1, value="9.9")
    sheet.cell(row=3, column=statuses[-1], value="Bijna klaar")
    book.save(path)
    return path


def changed_valid(directory: Path) -> Path:
    """The canonical workbook with one remark changed: no fouten, so it can be taken in (its rounds are closed, so
    a changed status would be a fout)."""
    path = Path(directory) / "nieuwe-versie.xlsx"
    shutil.copyfile(contract.CANONICAL_WORKBOOK, path)
    book = load_workbook(path)
    sheet = book[contract.SHEET_ACTIONS]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index(contract.COL_REMARK) + 1)
    cell.value = f"{cell.value or ''} Nagekeken.".strip()
    book.save(path)
    return path


def check_axe(page, where: str) -> None:
    assert exception_texts(page) == [] and page.get_by_text(PAGE_FAILED).count() == 0, f"{where}: the page failed"
    serious = blocking(run_axe(page))
    assert not serious, f"{where}:\n{format_violations(serious)}"


def open_page(page, base: str, path: str) -> None:
    page.goto(f"{base}/{path}")
    settle(page)


def upload(page, file: Path) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(file))
    page.get_by_text("Wat wilt u doen?").wait_for(timeout=60_000)
    wait_for_app(page)
    page.wait_for_timeout(800)


@pytest.fixture(scope="module")
def chromium():
    with browser() as instance:
        yield instance


@pytest.fixture(scope="module")
def canonical():
    with streamlit_server({"WERKBOEK_PAD": str(contract.CANONICAL_WORKBOOK)}) as base:
        yield base


# --- axe-core ------------------------------------------------------------------------------------------------
def test_axe_every_page_by_default_and_with_filters(canonical, chromium):
    page = chromium.new_page(viewport={"width": 1440, "height": 900})
    for path in [url(name) for name in PAGES] + list(FILTERED):
        open_page(page, canonical, path)
        check_axe(page, path or "overzicht")
    page.close()


def test_axe_the_open_states_tab_expander_select_box_and_table(canonical, chromium):
    page = chromium.new_page(viewport={"width": 1440, "height": 900})
    open_page(page, canonical, "doelstellingen")
    page.get_by_role("tab", name="Als tabel").click()
    page.wait_for_timeout(800)
    check_axe(page, "doelstellingen, tab Als tabel")
    page.get_by_role("tab", name="Per doelstelling").click()
    page.locator('[data-testid="stExpander"] summary').filter(has_text=" · ").first.click()  # an action
    page.wait_for_timeout(500)
    check_axe(page, "doelstellingen, an action's expander open")
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Partij").locator("input").click()
    page.wait_for_timeout(500)
    check_axe(page, "doelstellingen, the Partij list open")
    page.keyboard.press("Escape")
    for name, label in (
        ("", "De cijfers van deze grafiek"),  # a chart's numbers as a static table (st.table)
        ("partijen", "De matrix als tabel"),
        ("tijdlijn", "De tijdlijn als tabel"),
    ):
        open_page(page, canonical, name)
        page.locator('[data-testid="stExpander"] summary').filter(has_text=label).first.click()
        page.wait_for_timeout(800)
        check_axe(page, f"{name or 'overzicht'}, {label}")
    page.close()


NO_BANNER = ("bijwerken", "toegankelijkheid", "geschiedenis")


def test_axe_a_workbook_with_errors_on_every_page_and_an_upload_with_errors(chromium, tmp_path):
    errors = with_errors(tmp_path)
    page = chromium.new_page(viewport={"width": 1440, "height": 900})
    with streamlit_server({"WERKBOEK_PAD": str(errors)}) as base:
        for name in PAGES:
            open_page(page, base, url(name))
            # the banner is there, but not on the pages that show no workbook: the statement and the versions
            # (Geschiedenis); nor on Bijwerken, which shows its report instead
            assert page.get_by_text("bevat 3 fouten").count() or name in NO_BANNER
            check_axe(page, f"{name} (werkboek met fouten)")
    with streamlit_server({"WERKBOEK_PAD": str(contract.CANONICAL_WORKBOOK)}) as base:
        open_page(page, base, "bijwerken")
        upload(page, errors)
        check_axe(page, "bijwerken after an upload with fouten")
    page.close()


def test_axe_bijwerken_before_and_after_a_take_in(chromium, tmp_path):
    shared = tmp_path / "gedeeld" / contract.CANONICAL_WORKBOOK.name
    shared.parent.mkdir()
    shutil.copyfile(contract.CANONICAL_WORKBOOK, shared)
    page = chromium.new_page(viewport={"width": 1440, "height": 900})
    with streamlit_server({"WERKBOEK_PAD": str(shared)}) as base:
        open_page(page, base, "bijwerken")
        upload(page, changed_valid(tmp_path))
        check_axe(page, "bijwerken after an upload without fouten")
        page.get_by_role("button", name="Publiceer deze versie").click()
        page.get_by_text("is nu het werkboek dat iedereen ziet").wait_for(timeout=60_000)
        wait_for_app(page)
        check_axe(page, "bijwerken after the take-in")
    page.close()


def test_axe_the_password_screen_and_a_wrong_password(chromium):
    env = {
        "WERKBOEK_PAD": str(contract.CANONICAL_WORKBOOK),
        "WERKAGENDA_TOEGANG": "wachtwoord",
        "WERKAGENDA_WACHTWOORD": "geheim-123",
    }
    page = chromium.new_page(viewport={"width": 1440, "height": 900})
    with streamlit_server(env) as base:
        page.goto(f"{base}/doelstellingen")
        page.get_by_label("Wachtwoord").wait_for(timeout=60_000)
        wait_for_app(page)
        check_axe(page, "password screen")
        page.get_by_label("Wachtwoord").fill("fout")
        page.get_by_role("button", name="Inloggen").click()
        page.get_by_text("Dit wachtwoord klopt niet").wait_for(timeout=30_000)
        wait_for_app(page)
        check_axe(page, "password screen after a wrong password")
    page.close()


# --- layout --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("width", [1920, 1366, 1280, 1024])
def test_no_metric_select_box_button_or_link_cuts_its_text_off(canonical, chromium, width):
    page = chromium.new_page(viewport={"width": width, "height": 900})
    problems = {}
    for path in [url(name) for name in PAGES] + list(FILTERED) + list(LONGEST):
        open_page(page, canonical, path)
        assert page.get_by_text(PAGE_FAILED).count() == 0, path
        cut = page.evaluate(CUT_OFF)
        if cut:
            problems[path or "overzicht"] = [
                f"{c['what']}: {c['text']!r} ({c['scrollWidth']} > {c['clientWidth']} px)" for c in cut
            ]
    page.close()
    assert not problems, problems


def test_at_320_px_only_charts_and_tables_scroll_sideways(canonical, chromium):
    page = chromium.new_page(viewport={"width": 320, "height": 900})
    problems = {}
    for path in [url(name) for name in PAGES] + list(FILTERED):
        open_page(page, canonical, path)
        sticking = page.evaluate(OVERFLOW)["sticking"]
        if sticking:
            problems[path or "overzicht"] = sticking
    page.close()
    assert not problems, problems


def test_screenshots_at_1280_1920_and_320_px(canonical, chromium):
    for width in (1280, 1920, 320):
        page = chromium.new_page(viewport={"width": width, "height": 900})
        for name in PAGES:
            page.set_viewport_size({"width": width, "height": 900})
            open_page(page, canonical, url(name))
            full_screenshot(page, SHOTS / f"{width}-{name}.png", width=width)
        page.close()
    assert len(list(SHOTS.glob("*.png"))) >= 3 * len(PAGES)
