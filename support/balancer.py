"""Tests of several servers behind HAProxy: the program itself (CI fails without it) and what its log says.

The log format is the one of ``deploy/haproxy.cfg.template``: one line per request, naming the server that
answered it and the balancer's cookie as the browser sent it. A websocket's line is written when it closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from deploy.haproxy import COOKIE, haproxy_path
from support.browser import in_ci

LINE = re.compile(
    r"^\S+ \[[^\]]+\] (?P<frontend>\S+) (?P<backend>[^/\s]+)/(?P<server>\S+) \S+ (?P<status>-?\d+) \S+ "
    r"(?P<state>\S{4}) (?P<cookie>\S+) \"(?P<method>[A-Z]+) (?P<path>\S+)"
)


def haproxy_program() -> str:
    """Debian's haproxy; fail in CI, skip elsewhere when it is missing."""
    path = haproxy_path()
    if path:
        return path
    if in_ci():
        pytest.fail("haproxy is not installed (apt-get install haproxy); the load-balancer tests must run in CI")
    pytest.skip("haproxy is not installed; install it with apt-get install haproxy")


@dataclass(frozen=True)
class Request:
    """One request through the balancer: which server answered it, and the cookie the browser sent (or None)."""

    server: str
    status: int
    method: str
    path: str
    cookie: str | None


def requests(log: Path) -> list[Request]:
    """Every request of the dashboard's frontend in HAProxy's log (its health checks are not logged)."""
    found = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = LINE.match(line)
        if match is None or match["frontend"] != "dashboard":
            continue
        sent = match["cookie"]
        cookie = sent.split("=", 1)[1] if sent.startswith(f"{COOKIE}=") else None
        found.append(Request(match["server"], int(match["status"]), match["method"], match["path"], cookie))
    return found
