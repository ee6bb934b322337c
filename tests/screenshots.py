"""Screenshots of every page in headless Chromium, to look at (and the README's picture).

    python -m tests.screenshots                      # the canonical workbook (else the sample)
    python -m tests.screenshots --werkboek X.xlsx    # another workbook
    python -m tests.screenshots --readme             # also docs/img/overzicht.png

Writes ``artifacts/screenshots/<page>.png`` (full height). ``tests/test_browser.py``
uses the same functions.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from support import sample  # noqa: E402
from support.browser import SCREENSHOT_DIR, browser, exception_texts, streamlit_server, wait_for_app  # noqa: E402
from workbook import contract  # noqa: E402

PAGES = (
    "overzicht", "doelstellingen", "partijen", "budget", "tijdlijn", "bijlage", "bijwerken", "ronde", "geschiedenis",
    "over", "toegankelijkheid",
)  # fmt: skip
VIEWPORT = {"width": 1440, "height": 900}
README_IMAGE = ROOT / "docs" / "img" / "overzicht.png"
#: How far down the page's content reaches (Streamlit scrolls inside its main block, with padding below).
BOTTOM_OF_CONTENT = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const block = document.querySelector('[data-testid="stMainBlockContainer"]');
    if (!main || !block) return 900;
    const last = [...block.children].filter(el => el.getBoundingClientRect().height > 0).pop();
    const bottom = (last || block).getBoundingClientRect().bottom + main.scrollTop;
    return Math.ceil(bottom);
}"""


def settle(page) -> None:
    """Wait for the run through app.py (its sidebar; a first request may begin outside it) and every chart drawn."""
    page.get_by_text("Getoond werkboek").first.wait_for(timeout=60_000)
    wait_for_app(page)
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
                 .every(el => el.querySelector('svg [role="graphics-symbol"], canvas'))""",
        timeout=30_000,
    )
    page.wait_for_timeout(500)


def full_screenshot(page, path: Path, width: int = VIEWPORT["width"]) -> Path:
    """Streamlit scrolls inside its main block: grow the window to the content, then shoot."""
    height = 0
    for _ in range(8):
        content = page.evaluate(BOTTOM_OF_CONTENT)
        page.set_viewport_size({"width": width, "height": min(max(VIEWPORT["height"], content + 32), 16_000)})
        page.wait_for_timeout(400)
        if content == height:
            break
        height = content
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(VIEWPORT)
    return path


def shoot(workbook: Path, pages=PAGES, out: Path = SCREENSHOT_DIR) -> dict[str, list[str]]:
    """Screenshot every page of the app showing ``workbook``; returns the exception texts per page."""
    problems: dict[str, list[str]] = {}
    with streamlit_server({"WERKBOEK_PAD": str(workbook)}) as base, browser() as chromium:
        page = chromium.new_page(viewport=VIEWPORT)
        for name in pages:
            page.goto(f"{base}/{name}")
            page.get_by_text("Getoond werkboek").wait_for(timeout=30_000)
            settle(page)
            problems[name] = exception_texts(page)
            full_screenshot(page, out / f"{name}.png")
        page.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--werkboek", type=Path, help="the workbook to show (default: the canonical one, else the sample)"
    )
    parser.add_argument("--readme", action="store_true", help="also write docs/img/overzicht.png")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        workbook = args.werkboek or (
            contract.CANONICAL_WORKBOOK if contract.CANONICAL_WORKBOOK.exists() else sample.build(Path(tmp))
        )
        problems = shoot(workbook)
        if args.readme:
            README_IMAGE.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(SCREENSHOT_DIR / "overzicht.png", README_IMAGE)
    for name, texts in problems.items():
        print(f"{name}: {'FOUT: ' + ' | '.join(texts) if texts else 'in orde'} -> {SCREENSHOT_DIR / (name + '.png')}")
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
