"""Two dashboard servers behind HAProxy on this machine (``deploy.local``), sharing one bare git repository: a
visitor publishes through the balancer, and both servers, asked directly, show the new version within a minute.

The balancer keeps the visitor on one server (its cookie): the page, its websocket and the upload all reach the
server that holds the session, which HAProxy's log shows. Screenshot: artifacts/screenshots/balancer-publiceren.png.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from deploy import local
from deploy.haproxy import COOKIE
from support import balancer, gitrepos
from support.browser import (
    SCREENSHOT_DIR,
    VIEWPORT,
    browser,
    chromium_path,
    exception_texts,
    full_screenshot,
    wait_for_app,
)
from views.history import short_id
from workbook import contract

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WITHIN_SECONDS = 60  # a version published through one server shows on every server within a minute
REFRESH_SECONDS = 5  # git_verversen of both servers: how often each looks for a newer version
CHECKED = "Controle van het getoonde werkboek"
PUBLISHED = "is gepubliceerd en is nu het werkboek dat iedereen ziet"
#: Settings of the machine running the tests that must not reach the servers (empty counts as not set).
UNSET = ("WERKAGENDA_GIT_BRANCH", "WERKAGENDA_GIT_TOKEN", "WERKAGENDA_GIT_PAD", "WERKAGENDA_TOEGANG",
         "WERKAGENDA_WACHTWOORD", "WERKAGENDA_TOEGESTAAN", "WERKBOEK_PAD")  # fmt: skip


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    """A bare repository holding the canonical workbook on ``main``."""
    return gitrepos.seeded_remote(tmp_path / "srv", contract.CANONICAL_WORKBOOK.read_bytes())


@pytest.fixture
def servers(tmp_path: Path, remote: Path) -> Iterator[local.Cluster]:
    """``app1`` and ``app2`` publishing to ``remote``, HAProxy in front; all stopped after the test, passed or not."""
    balancer.haproxy_program()
    chromium_path()  # both fail in CI when missing, before anything starts
    env = dict.fromkeys(UNSET, "")
    env.update(WERKAGENDA_GIT_REMOTE=str(remote), WERKAGENDA_GEHOST="1", WERKAGENDA_GIT_VERVERSEN=str(REFRESH_SECONDS))
    with local.cluster(2, env=env, folder=tmp_path / "servers") as running:
        yield running
    assert all(p.process.poll() is not None for p in running.processes)
    clones = [path for s in running.servers for path in (running.folder / f"{s.name}-tmp").iterdir()]
    assert clones == []  # each server removed its clone of the repository when it stopped


def changed_workbook(folder: Path) -> Path:
    """The canonical workbook with one action's Wanneer changed: a new version without fouten."""
    book = load_workbook(contract.CANONICAL_WORKBOOK)
    sheet = book[contract.SHEET_ACTIONS]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=3, column=header.index(contract.COL_WHEN) + 1, value="2023 – 2027")
    folder.mkdir(parents=True, exist_ok=True)
    book.save(folder / contract.CANONICAL_WORKBOOK.name)
    return folder / contract.CANONICAL_WORKBOOK.name


def open_bijwerken(page, base: str) -> str:
    """Werkboek bijwerken at ``base``, checked; its text."""
    page.goto(f"{base}/bijwerken")
    page.get_by_text(CHECKED).wait_for(timeout=60_000)
    wait_for_app(page, timeout_ms=60_000)
    assert exception_texts(page) == []
    return page.inner_text("body")


def become_editor(page) -> None:
    """Today anyone may publish when ``git_remote`` is set. When editing needs an editor (issue 22: roles), sign in
    here, e.g. with a ``WERKAGENDA_WACHTWOORD`` given to both servers in the ``servers`` fixture."""


def shown_version(chromium, base: str) -> str:
    """The version line of Werkboek bijwerken on the server at ``base``, in a fresh session (a page of its own)."""
    page = chromium.new_page(viewport=VIEWPORT)
    try:
        text = open_bijwerken(page, base)
    finally:
        page.close()
    return next((line for line in text.splitlines() if line.startswith("Versie:")), "")


def wait_for_version(chromium, base: str, version: str, deadline: float) -> str:
    """Ask the server at ``base`` until it shows ``version``; fail at ``deadline`` (monotonic seconds)."""
    while True:
        line = shown_version(chromium, base)
        if line.startswith(f"Versie: {short_id(version)},"):
            return line
        assert time.monotonic() < deadline, f"{base} still shows '{line}', not {short_id(version)}"


def wait_for_websocket_line(servers: local.Cluster, cookie: str) -> list[balancer.Request]:
    """The requests HAProxy logged with ``cookie``, once the line of their (closed) websocket is among them."""
    deadline = time.monotonic() + 30
    while True:
        found = [r for r in balancer.requests(servers.balancer.log) if r.cookie == cookie]
        if any(r.path.startswith("/_stcore/stream") for r in found) or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def balancer_cookie(context) -> str | None:
    return next((c["value"] for c in context.cookies() if c["name"] == COOKIE), None)


def test_publish_through_the_balancer_and_both_servers_show_the_new_version_within_a_minute(
    servers: local.Cluster, remote: Path, tmp_path: Path
) -> None:
    seed = gitrepos.tip(remote)
    upload = changed_workbook(tmp_path / "upload")
    with browser() as chromium:
        for server in servers.servers:  # each has the first version: seeing the next one needs its own look
            assert shown_version(chromium, server.url).startswith(f"Versie: {short_id(seed)}, door {gitrepos.SEED}")

        visitor = chromium.new_context(viewport=VIEWPORT)
        page = visitor.new_page()
        open_bijwerken(page, servers.url)
        home = balancer_cookie(visitor)
        assert home in {"app1", "app2"}, visitor.cookies()
        assert next(c for c in visitor.cookies() if c["name"] == COOKIE)["httpOnly"]
        become_editor(page)
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload))
        page.get_by_text("Wat verandert er?").wait_for(timeout=60_000)
        wait_for_app(page, timeout_ms=60_000)
        page.get_by_role("button", name="Publiceer deze versie").click()
        page.get_by_text(PUBLISHED).wait_for(timeout=60_000)
        published_at = time.monotonic()
        wait_for_app(page, timeout_ms=60_000)
        assert exception_texts(page) == []
        full_screenshot(page, SCREENSHOT_DIR / "balancer-publiceren.png")
        published = gitrepos.tip(remote)
        assert published != seed and gitrepos.show(remote, f"main:{gitrepos.WORKBOOK}") == upload.read_bytes()

        newcomer = chromium.new_context(viewport=VIEWPORT)  # while the first visitor's websocket is open
        open_bijwerken(newcomer.new_page(), servers.url)
        assert balancer_cookie(newcomer) == ({"app1", "app2"} - {home}).pop()  # the server with fewer connections
        newcomer.close()
        assert balancer_cookie(visitor) == home
        visitor.close()  # its websocket closes: HAProxy writes that line now

        deadline = published_at + WITHIN_SECONDS
        for server in servers.servers:
            wait_for_version(chromium, server.url, published, deadline)

    # every request the visitor sent with the cookie went to that one server: the websocket and the upload too
    with_cookie = wait_for_websocket_line(servers, home)
    assert with_cookie and {r.server for r in with_cookie} == {home}, with_cookie
    assert any(r.path.startswith("/_stcore/stream") and r.status == 101 for r in with_cookie)
    assert any(r.method == "PUT" and r.path.startswith("/_stcore/upload_file/") for r in with_cookie)
