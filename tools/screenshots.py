"""Screenshots of every page in headless Chromium, to look at (and the README's picture).

    python -m tools.screenshots                      # the canonical workbook (else the sample)
    python -m tools.screenshots --werkboek X.xlsx    # another workbook
    python -m tools.screenshots --readme             # also docs/img/overzicht.png

Writes ``artifacts/screenshots/<page>.png`` (full height), with the helpers the browser tests use
(``support/browser.py``).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from support import sample
from support.browser import (
    ROOT,
    SCREENSHOT_DIR,
    VIEWPORT,
    browser,
    exception_texts,
    full_screenshot,
    settle,
    streamlit_server,
)
from workbook import contract

README_IMAGE = ROOT / "docs" / "img" / "overzicht.png"
PAGES = (
    "overzicht", "doelstellingen", "partijen", "budget", "tijdlijn", "bijlage", "bijwerken", "ronde", "geschiedenis",
    "over", "toegankelijkheid",
)  # fmt: skip


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
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__.splitlines()[0])
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
