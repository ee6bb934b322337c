"""The HAProxy configuration for several dashboard servers: ``haproxy.cfg.template`` with their addresses filled in.

    python -m deploy.haproxy            # the configuration of compose.yaml (deploy/haproxy.cfg is exactly this)

:func:`render` fills in the template for any set of servers; :func:`compose_config` is the one ``compose.yaml``
mounts (servers ``app1`` and ``app2`` found through Docker's name service); ``deploy.local`` renders one for
servers on this machine's loopback ports. Each server's name is also its cookie value: a browser that carries
``werkagenda_server=app2`` goes to ``app2`` for as long as that server is up.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Template

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "haproxy.cfg.template"
COMPOSE_CONFIG = HERE / "haproxy.cfg"
#: The balancer's cookie: which server a browser belongs to (a server's name, nothing about the visitor).
COOKIE = "werkagenda_server"
#: Where HAProxy listens in compose.yaml, and its page with the state of every server.
COMPOSE_BIND, COMPOSE_STATS_BIND = ":8080", ":8404"
#: Docker's own name service: HAProxy looks the servers up again when a container restarts with a new address.
DOCKER_RESOLVERS = "\nresolvers docker\n    parse-resolv-conf\n    hold valid 10s\n"
DOCKER_SERVER_OPTIONS = " resolvers docker init-addr last,libc,none"


@dataclass(frozen=True)
class Backend:
    """One dashboard server: its name (also the value of the balancer's cookie) and its ``host:port``."""

    name: str
    address: str

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[a-z][a-z0-9_-]{0,31}", self.name):
            raise ValueError(f"a server name is a short lower-case word, not {self.name!r}")
        if not re.fullmatch(r"[A-Za-z0-9._-]+:\d{1,5}", self.address):
            raise ValueError(f"a server address is host:port, not {self.address!r}")


COMPOSE_BACKENDS = (Backend("app1", "app1:8501"), Backend("app2", "app2:8501"))


def render(backends: Sequence[Backend], *, bind: str, stats_bind: str, docker: bool = False) -> str:
    """The configuration for ``backends``, listening on ``bind`` (``127.0.0.1:8080``, ``:8080``).

    ``docker``: look the servers' names up in Docker's name service, now and after a restart.
    """
    if not backends:
        raise ValueError("at least one server")
    if len({b.name for b in backends}) != len(backends):
        raise ValueError("every server needs a name of its own: the cookie tells them apart by it")
    servers = "\n".join(f"    server {b.name} {b.address} cookie {b.name}" for b in backends)
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        bind=bind,
        stats_bind=stats_bind,
        cookie=COOKIE,
        servers=servers,
        resolvers=DOCKER_RESOLVERS if docker else "",
        server_options=DOCKER_SERVER_OPTIONS if docker else "",
    )


def compose_config() -> str:
    """The configuration ``compose.yaml`` mounts: ``app1`` and ``app2`` on port 8501, HAProxy on 8080."""
    return render(COMPOSE_BACKENDS, bind=COMPOSE_BIND, stats_bind=COMPOSE_STATS_BIND, docker=True)


def haproxy_path() -> str | None:
    """The ``haproxy`` program (Debian puts it in /usr/sbin, which is not on every user's PATH); None when missing."""
    return shutil.which("haproxy") or shutil.which("haproxy", path="/usr/sbin:/sbin")


def validate(config: Path, program: str) -> tuple[bool, str]:
    """Whether HAProxy accepts the configuration file ``config`` (``haproxy -c``), and what it said."""
    done = subprocess.run([program, "-c", "-f", str(config)], capture_output=True, text=True, check=False, timeout=30)
    return done.returncode == 0, (done.stdout + done.stderr).strip()


if __name__ == "__main__":
    print(compose_config(), end="")
