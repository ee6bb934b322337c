"""Shared helpers for tests in a real browser: a Streamlit server, headless Chromium and full-page screenshots.

Chromium comes from Debian (``apt-get install chromium``); Playwright drives
that binary (its own browser download is not available here). In CI
(``CI=true``) a missing Chromium fails the test instead of skipping it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
SCREENSHOT_DIR = ROOT / "artifacts" / "screenshots"


def registered_pages() -> tuple[str, ...]:
    """The url path of every page app.py registers, in menu order (read from app.py, not run)."""
    import ast

    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    paths = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Page":
            for keyword in node.keywords:
                if keyword.arg == "url_path" and isinstance(keyword.value, ast.Constant):
                    paths.append(keyword.value.value)
    return tuple(paths)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def find_chromium() -> str | None:
    """The Debian chromium binary, or None when it is not installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_path() -> str:
    """The Debian chromium binary; fail in CI, skip elsewhere when it is missing."""
    path = find_chromium()
    if path:
        return path
    if in_ci():
        pytest.fail("chromium is not installed (apt-get install chromium); browser tests must run in CI")
    pytest.skip("chromium is not installed; install it with apt-get install chromium")


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


#: base URL -> process id of each server streamlit_server is running (for tests that measure the server)
SERVER_PIDS: dict[str, int] = {}


@contextlib.contextmanager
def streamlit_server(env: dict[str, str] | None = None, script: str = "app.py", timeout: float = 60) -> Iterator[str]:
    """Start ``streamlit run`` on a free loopback port; yield its base URL; stop it after."""
    port = free_port()
    environment = {**os.environ, **(env or {})}
    environment.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
    ]
    log_path = ROOT / "artifacts" / f"streamlit-{port}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"streamlit exited early; see {log_path}")
                try:
                    with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not become healthy in {timeout}s; see {log_path}")
                time.sleep(0.3)
            SERVER_PIDS[base] = process.pid
            yield base
        finally:
            SERVER_PIDS.pop(base, None)
            process.send_signal(signal.SIGINT)  # as Ctrl-C: on SIGTERM the app's atexit clean-up would not run
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@contextlib.contextmanager
def browser() -> Iterator[object]:
    """A headless Chromium (Debian's) driven by Playwright."""
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


def wait_for_app(page, timeout_ms: int = 30_000) -> None:
    """Wait until Streamlit has finished running the script (no running indicator)."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            return app && app.getAttribute('data-test-script-state') !== 'running'
                && !document.querySelector('[data-testid="stSkeleton"]');
        }""",
        timeout=timeout_ms,
    )
    page.wait_for_timeout(300)


def exception_texts(page) -> list[str]:
    """Texts of Streamlit exception boxes on the page (a visitor must never see one)."""
    return [el.inner_text() for el in page.query_selector_all('[data-testid="stException"]')]


# --- waiting for a page and shooting it whole ----------------------------------------------------------------------
VIEWPORT = {"width": 1440, "height": 900}
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
