"""A local smart-HTTP git server for tests: ``git http-backend`` behind HTTP Basic authentication.

Real hosting (GitHub, GitLab, Gitea) speaks git's smart HTTP protocol and asks for a token as the
Basic-auth password. This helper does the same on the loopback interface, so tests can exercise the
token path without the network::

    with GitHttpServer(tmp_path, token="geheim") as server:
        url = server.url("remote.git")      # http://127.0.0.1:<port>/remote.git
        ...

Every repository under ``project_root`` is served (``GIT_HTTP_EXPORT_ALL``); pushing is allowed for an
authenticated user. Requests without the right password get ``401`` with a ``WWW-Authenticate`` header,
exactly like a hosting service. The server keeps a small log of requests in :attr:`GitHttpServer.requests`
(method, path, status, whether credentials were accepted) -- never the credentials themselves.
"""

from __future__ import annotations

import base64
import binascii
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

REALM = "git"


@dataclass(frozen=True)
class RequestRecord:
    """One request the server answered (no headers, no credentials)."""

    method: str
    path: str
    status: int
    authorized: bool


class GitHttpServer:
    """Serve the bare repositories under ``project_root`` over smart HTTP on ``127.0.0.1``.

    ``token``: the password a client must send (any user name, unless ``username`` is given too);
    ``None`` serves without authentication. ``anonymous_read``: fetching needs no credentials, only pushing
    does (a public repository). Start with :meth:`start` or use it as a context manager.
    """

    def __init__(
        self, project_root: Path, *, token: str | None = None, username: str | None = None, anonymous_read: bool = False
    ) -> None:
        git = shutil.which("git")
        if git is None:
            raise RuntimeError("git is not installed: git http-backend is needed")
        self.project_root = Path(project_root).resolve()
        self.requests: list[RequestRecord] = []
        self._git = git
        self._token = token
        self._username = username
        self._anonymous_read = anonymous_read
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> GitHttpServer:
        """Listen on a free port of the loopback interface, in a background thread."""
        handler = type("Handler", (_Handler,), {"owner": self})
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="git-http", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and wait for the server thread."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> GitHttpServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- addresses ---------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the server is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, repository: str) -> str:
        """The clone URL of ``repository`` (a path relative to ``project_root``, e.g. ``"remote.git"``)."""
        return f"{self.base_url}/{repository.strip('/')}"

    # --- used by the handler -----------------------------------------------------------------------
    def _authorized(self, header: str | None, pushing: bool) -> tuple[bool, str]:
        """Whether a request may go on, judged by its ``Authorization`` header; and the user name to pass on."""
        if self._token is None or (self._anonymous_read and not pushing):
            return True, "anonymous"
        if not header or not header.startswith("Basic "):
            return False, ""
        try:
            user, _, password = base64.b64decode(header[6:], validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False, ""
        if password != self._token or (self._username is not None and user != self._username):
            return False, ""
        return True, user or "token"

    def _backend(self, handler: _Handler, body: bytes, user: str) -> tuple[int, list[tuple[str, str]], bytes]:
        """Run ``git http-backend`` as a CGI program for one request; return status, headers and body."""
        split = urlsplit(handler.path)
        env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
        env.update(
            GIT_PROJECT_ROOT=str(self.project_root),
            GIT_HTTP_EXPORT_ALL="1",
            REQUEST_METHOD=handler.command,
            PATH_INFO=split.path,
            QUERY_STRING=split.query,
            CONTENT_TYPE=handler.headers.get("Content-Type", ""),
            CONTENT_LENGTH=str(len(body)),
            REMOTE_USER=user,
            REMOTE_ADDR=handler.client_address[0],
            SERVER_PROTOCOL=handler.request_version,
            GATEWAY_INTERFACE="CGI/1.1",
        )
        if handler.headers.get("Content-Encoding"):
            env["HTTP_CONTENT_ENCODING"] = handler.headers["Content-Encoding"]
        if handler.headers.get("Git-Protocol"):
            env["GIT_PROTOCOL"] = handler.headers["Git-Protocol"]
        done = subprocess.run([self._git, "http-backend"], input=body, env=env, capture_output=True, check=False)
        head, separator, payload = done.stdout.partition(b"\r\n\r\n")
        if not separator:
            head, separator, payload = done.stdout.partition(b"\n\n")
        status, headers = 200, []
        for line in head.decode("latin-1").splitlines():
            name, _, value = line.partition(":")
            if name.lower() == "status":
                status = int(value.split()[0])
            elif name:
                headers.append((name.strip(), value.strip()))
        if done.returncode != 0 and not separator:
            return 500, [("Content-Type", "text/plain")], b"git http-backend failed\n"
        return status, headers, payload


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that drops its keep-alive connection is normal; anything else is reported as usual."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    owner: GitHttpServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes: no 40 ms delayed-ACK stall

    def do_GET(self) -> None:  # the name http.server looks for
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        body = self._read_body()
        pushing = "git-receive-pack" in self.path  # info/refs?service=git-receive-pack, or the POST itself
        authorized, user = self.owner._authorized(self.headers.get("Authorization"), pushing)
        if not authorized:
            self._answer(
                401,
                [("WWW-Authenticate", f'Basic realm="{REALM}"'), ("Content-Type", "text/plain")],
                b"Authentication required\n",
            )
        else:
            self._answer(*self.owner._backend(self, body, user))
        self.owner.requests.append(RequestRecord(self.command, urlsplit(self.path).path, self._status, authorized))

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):  # trailers
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _answer(self, status: int, headers: list[tuple[str, str]], payload: bytes) -> None:
        self._status = status
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in ("content-length", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: tests read :attr:`GitHttpServer.requests` instead of stderr."""
