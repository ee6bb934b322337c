"""Several dashboard servers behind HAProxy on this machine, without Docker.

    export WERKAGENDA_GIT_REMOTE=/srv/git/werkagenda.git      # or https://..., with WERKAGENDA_GIT_TOKEN
    python -m deploy.local --servers 2 --poort 8080            # then open http://127.0.0.1:8080

Starts ``--servers`` Streamlit servers (``app1``, ``app2``, ...) of ``app.py`` on free loopback ports, each with
the settings of this environment (so all publish to the one git repository), and HAProxy in front with
``haproxy.cfg.template`` filled in with their ports. Ctrl-C (or SIGTERM) stops them all; so does the end of the
``with`` block of :func:`cluster`, which tests use. Several servers only stay in step through git: without
``WERKAGENDA_GIT_REMOTE`` the command refuses to start.

The servers share one ``server.cookieSecret`` (``STREAMLIT_SERVER_COOKIE_SECRET`` from the environment, else a
random one for this run), as Streamlit asks of replicas: a cookie one server signed, another accepts.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import ctypes
import io
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .haproxy import Backend, haproxy_path, render

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = "127.0.0.1"
START_ATTEMPTS = 3  # a port picked free can be taken by someone else before the server binds it
STOP_SECONDS = 10
COOKIE_SECRET = "STREAMLIT_SERVER_COOKIE_SECRET"


class ClusterError(RuntimeError):
    """A server or HAProxy did not start; the (Dutch) message says which and ends with its last log lines."""


@dataclass
class Process:
    """A program this module started: its name, port, process and log file, and the signal that stops it."""

    name: str
    port: int
    process: subprocess.Popen
    log: Path
    stop_signal: int = signal.SIGTERM

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"


@dataclass
class Cluster:
    """What :func:`cluster` started: the balancer's address, its state page, every server, the folder of logs."""

    url: str
    stats_url: str
    servers: list[Process]
    balancer: Process
    folder: Path
    config: Path
    processes: list[Process] = field(default_factory=list)

    def server(self, name: str) -> Process:
        return next(s for s in self.servers if s.name == name)

    def states(self) -> dict[str, tuple[str, str]]:
        """Each server's state as HAProxy sees it: name -> (status, last health check), e.g. ("UP", "L7OK")."""
        with urllib.request.urlopen(f"{self.stats_url}/;csv", timeout=5) as response:
            text = response.read().decode("utf-8").lstrip("# ")
        rows = csv.DictReader(io.StringIO(text))
        return {
            r["svname"]: (r["status"], r["check_status"])
            for r in rows
            if r["pxname"] == "streamlit" and r["svname"] not in ("FRONTEND", "BACKEND")
        }


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


try:  # looked up here, not in the child: between fork and exec only the call itself runs
    _PRCTL = ctypes.CDLL(None).prctl if sys.platform.startswith("linux") else None
except (OSError, AttributeError):
    _PRCTL = None
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # runs in the child between fork and exec
    """Linux: the child gets SIGINT when this process ends, even when it is killed without a chance to clean up."""
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGINT)


def _start(
    name: str, port: int, command: list[str], env: Mapping[str, str], folder: Path, stop_signal: int = signal.SIGTERM
) -> Process:
    log = folder / f"{name}.log"
    with open(log, "ab") as stream:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=stream,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C in the terminal reaches this launcher, which stops them in order
            preexec_fn=_die_with_parent if _PRCTL is not None else None,
        )
    return Process(name, port, process, log, stop_signal)


def stop(processes: list[Process]) -> None:
    """Stop every process (the last started first), then kill what did not end within ``STOP_SECONDS``."""
    for running in reversed(processes):
        if running.process.poll() is None:
            running.process.send_signal(running.stop_signal)
    for running in reversed(processes):
        try:
            running.process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            running.process.kill()
            running.process.wait(timeout=STOP_SECONDS)


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return response.status == 200
    except OSError:
        return False


def _wait(started: list[Process], ready, deadline: float) -> list[Process]:
    """Wait until ``ready(process)`` for all of ``started``; return those that exited before (to start again)."""
    waiting, exited = list(started), []
    while waiting:
        for running in list(waiting):
            if running.process.poll() is not None:
                waiting.remove(running)
                exited.append(running)
            elif ready(running):
                waiting.remove(running)
        if waiting and time.monotonic() > deadline:
            names = ", ".join(r.name for r in waiting)
            raise ClusterError(f"{names} was niet op tijd klaar.\n{_tail(waiting[0].log)}")
        if waiting:
            time.sleep(0.25)
    return exited


def streamlit_command(port: int) -> list[str]:
    """One dashboard server on ``LOOPBACK:port``; everything else comes from .streamlit/config.toml and the
    environment (CORS and XSRF protection stay on: the balancer passes the browser's Host and Origin unchanged)."""
    return [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.headless", "true",
        "--server.address", LOOPBACK,
        "--server.port", str(port),
        "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip


def _start_servers(count: int, env: Mapping[str, str], folder: Path, deadline: float, started: list[Process]):
    """``app1`` .. ``app<count>``, each healthy on a port of its own; every process goes into ``started``."""
    servers: list[Process] = []
    names = [f"app{i}" for i in range(1, count + 1)]
    for _attempt in range(START_ATTEMPTS):
        batch = [_server(name, port, env, folder) for name, port in _ports(names)]
        started += batch
        exited = _wait(batch, lambda s: _answers(f"{s.url}/_stcore/health"), deadline)
        servers += [s for s in batch if s not in exited]
        if not exited:
            return sorted(servers, key=lambda s: int(s.name.removeprefix("app")))
        if not all("already in use" in _tail(gone.log) for gone in exited):
            raise ClusterError(f"{exited[0].name} stopte tijdens het starten.\n{_tail(exited[0].log)}")
        names = [gone.name for gone in exited]  # their port was taken meanwhile: again, on other ports
    raise ClusterError(f"Geen vrije poort gevonden voor {', '.join(names)}.")


def _server(name: str, port: int, env: Mapping[str, str], folder: Path) -> Process:
    """One server, stopped as Ctrl-C would: SIGINT lets Streamlit shut down and remove its clone of the repository
    (on SIGTERM its web server ends the process before that); temporary files go to a folder of its own."""
    temporary = folder / f"{name}-tmp"
    temporary.mkdir(exist_ok=True)
    return _start(name, port, streamlit_command(port), {**env, "TMPDIR": str(temporary)}, folder, signal.SIGINT)


def _ports(names: list[str]) -> list[tuple[str, int]]:
    return [(name, free_port()) for name in names]


def _start_balancer(
    servers: list[Process], port: int, folder: Path, deadline: float, started: list[Process]
) -> Cluster:
    """HAProxy in front of ``servers``, ready when it answers and has seen every server healthy."""
    program = haproxy_path()
    if program is None:
        raise ClusterError("HAProxy is niet geïnstalleerd (Debian: apt-get install haproxy).")
    backends = [Backend(s.name, f"{LOOPBACK}:{s.port}") for s in servers]
    config = folder / "haproxy.cfg"
    for _attempt in range(START_ATTEMPTS):
        bind_port, stats_port = port or free_port(), free_port()
        config.write_text(
            render(backends, bind=f"{LOOPBACK}:{bind_port}", stats_bind=f"{LOOPBACK}:{stats_port}"), encoding="utf-8"
        )
        balancer = _start("haproxy", bind_port, [program, "-db", "-f", str(config)], os.environ, folder)
        started.append(balancer)
        made = Cluster(balancer.url, f"http://{LOOPBACK}:{stats_port}", servers, balancer, folder, config)
        if not _wait([balancer], lambda _, made=made: _balancing(made), deadline):
            return made
        if port or "cannot bind" not in _tail(balancer.log).lower():
            raise ClusterError(f"HAProxy stopte tijdens het starten.\n{_tail(balancer.log)}")
    raise ClusterError("Geen vrije poort gevonden voor HAProxy.")


def _balancing(made: Cluster) -> bool:
    """HAProxy answers, and its health check found every server up."""
    try:
        states = made.states()
    except OSError:
        return False
    return bool(states) and all(v == ("UP", "L7OK") for v in states.values()) and _answers(f"{made.url}/_stcore/health")


@contextlib.contextmanager
def cluster(
    count: int = 2,
    *,
    env: Mapping[str, str] | None = None,
    port: int = 0,
    folder: Path | None = None,
    timeout: float = 120,
) -> Iterator[Cluster]:
    """Start ``count`` servers and HAProxy in front (on ``port``; 0: a free one); stop them all at the end.

    ``env``: settings on top of this process's environment (``WERKAGENDA_GIT_REMOTE`` and the like). Logs and the
    configuration go to ``folder`` (kept), else to a temporary folder removed at the end.
    """
    environment = {**os.environ, **(env or {})}
    environment.setdefault("WERKAGENDA_GEHOST", "1")
    environment.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
    if not environment.get(COOKIE_SECRET):
        environment[COOKIE_SECRET] = secrets.token_hex(32)
    own_folder = folder is None
    work = Path(tempfile.mkdtemp(prefix="werkagenda-balancer-")) if folder is None else Path(folder)
    work.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    started: list[Process] = []
    try:
        servers = _start_servers(count, environment, work, deadline, started)
        made = _start_balancer(servers, port, work, deadline, started)
        made.processes = [*servers, made.balancer]
        yield made
    finally:
        stop(started)
        if own_folder:
            shutil.rmtree(work, ignore_errors=True)


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m deploy.local",
        description="Start meerdere servers van het dashboard achter HAProxy op deze machine (zonder Docker). "
        "De instellingen komen uit de omgeving; WERKAGENDA_GIT_REMOTE is nodig: via die repository blijven de "
        "servers gelijk.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="toon deze uitleg en stop")
    parser.add_argument("--servers", type=int, default=2, metavar="AANTAL", help="hoeveel servers (standaard 2)")
    parser.add_argument("--poort", type=int, default=8080, help="de poort van HAProxy (standaard 8080; 0: een vrije)")
    args = parser.parse_args(argv)
    if not os.environ.get("WERKAGENDA_GIT_REMOTE"):
        print(
            "Meerdere servers blijven alleen gelijk via een git-repository: zet WERKAGENDA_GIT_REMOTE (en zo nodig "
            "WERKAGENDA_GIT_BRANCH en WERKAGENDA_GIT_TOKEN). Zie docs/hosting.md.",
            file=sys.stderr,
        )
        return 2
    if not 1 <= args.servers <= 16:
        print("Kies 1 tot 16 servers.", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        with cluster(args.servers, port=args.poort) as running:
            print(f"Het dashboard: {running.url} (HAProxy; de stand van elke server: {running.stats_url})")
            for server in running.servers:
                print(f"  {server.name}: {server.url}")
            print(f"Logboeken: {running.folder}. Stoppen: Ctrl-C.", flush=True)
            while all(p.process.poll() is None for p in running.processes):
                time.sleep(1)
            gone = next(p for p in running.processes if p.process.poll() is not None)
            print(f"{gone.name} is gestopt:\n{_tail(gone.log)}", file=sys.stderr)
            return 1
    except ClusterError as exc:
        print(f"Starten is niet gelukt: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Gestopt.")
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
