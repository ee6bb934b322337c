"""Where the git kind keeps the workbook (:class:`GitSettings`) and how it talks to that remote (:class:`Remote`).

A remote is an https URL (GitHub, GitLab, Gitea: git's smart HTTP protocol), a path or a ``file://`` URL.
The token is kept in memory only: it goes to dulwich's HTTP client as the Basic-auth password of that
one origin (dulwich drops it on a redirect to another host), never into a URL, the clone's ``config``, a
commit, an exception message or a log line. Every failure from dulwich becomes a Dutch :class:`StoreError`
whose ``detail`` has been scrubbed of the token (as is, URL-encoded, and as the Basic header's base64).

The user name sent with the token is the URL's, when it has one, else ``x-access-token``: GitHub and GitLab
personal access tokens accept any user name. For Gitea (or a GitLab OAuth token on an older GitLab) write
the user name in the URL: ``https://naam@gitea.example/team/werkagenda.git``.
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TypeVar
from urllib.parse import unquote, urlsplit

from dulwich.client import GitClient, HttpGitClient, HTTPProxyUnauthorized, HTTPUnauthorized, LocalGitClient
from dulwich.errors import GitProtocolError, NotGitRepository, SendPackError

from .base import AuthenticationFailed, PushRefused, RemoteUnavailable, StoreError, scrub, without_credentials

log = logging.getLogger(__name__)

DEFAULT_BRANCH = "main"
DEFAULT_PATH = "workbook/actieoverzicht.xlsx"
TOKEN_USERNAME = "x-access-token"  # any user name will do for GitHub; put another in the URL (https://naam@...)
NETWORK_TIMEOUT_SECONDS = 30.0

T = TypeVar("T")


@dataclass(frozen=True)
class GitSettings:
    """Where the git kind keeps the workbook: ``remote`` (https URL, path or file:// URL), branch, token, file path."""

    remote: str
    branch: str = DEFAULT_BRANCH
    token: str | None = field(default=None, repr=False)
    path: str = DEFAULT_PATH

    def __post_init__(self) -> None:
        parts = PurePosixPath(self.path).parts
        if not parts or self.path.startswith("/") or any(part in (".", "..") for part in parts):
            raise ValueError(f"path must be a relative path inside the repository, not {self.path!r}")
        if not self.branch or self.branch.startswith("refs/") or any(c in self.branch for c in " ~^:?*[\\"):
            raise ValueError(f"branch must be a branch name such as 'main', not {self.branch!r}")

    @property
    def display(self) -> str:
        """The remote without credentials: safe to show and to log."""
        return without_credentials(self.remote.strip())

    def __repr__(self) -> str:
        token = "None" if self.token is None else "'***'"
        return f"GitSettings(remote={self.display!r}, branch={self.branch!r}, token={token}, path={self.path!r})"


@dataclass(frozen=True)
class Remote:
    """A remote as dulwich needs it: client, path on it, a display form without credentials, the secrets to scrub."""

    client: GitClient
    path: str
    display: str
    secrets: tuple[str, ...] = field(repr=False)

    @classmethod
    def open(cls, settings: GitSettings, timeout: float = NETWORK_TIMEOUT_SECONDS) -> Remote:
        location = settings.remote.strip()
        scheme = urlsplit(location).scheme.lower() if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]+://", location) else ""
        if scheme in ("http", "https"):
            parts = urlsplit(location)
            token = settings.token or (unquote(parts.password) if parts.password else None)
            username = unquote(parts.username) if parts.username else (TOKEN_USERNAME if token else None)
            netloc = parts.hostname or ""
            if parts.port:
                netloc += f":{parts.port}"
            base_url = f"{parts.scheme}://{netloc}"
            client = HttpGitClient(base_url, username=username, password=token, timeout=timeout)
            secrets: tuple[str, ...] = ()
            if token:
                secrets = (token, base64.b64encode(f"{username}:{token}".encode()).decode())
            return cls(client, parts.path or "/", f"{base_url}{parts.path}", secrets)
        if scheme == "file":
            path = unquote(urlsplit(location).path)
        elif scheme:
            raise StoreError(
                f"Onbekend soort adres voor het versiebeheer ({scheme}://). "
                "Gebruik een https-adres, een file://-adres of een pad."
            )
        else:
            path = str(Path(location).expanduser().absolute())
        return cls(LocalGitClient(), path, path, ())

    def call(self, operation: Callable[[GitClient, str], T]) -> T:
        """Run one exchange with the remote; its failures become Dutch, token-free errors."""
        where = self.display
        try:
            return operation(self.client, self.path)
        except HTTPUnauthorized as exc:
            if self.secrets:
                message = (
                    "Het versiebeheer weigerde het toegangstoken (verkeerd of verlopen). "
                    "Vraag de beheerder om een geldig token."
                )
            else:
                message = "Het versiebeheer vraagt om een toegangstoken, maar er is geen token ingesteld."
            raise self.failure(AuthenticationFailed, message, exc) from None
        except NotGitRepository as exc:
            hint = "; of het token geeft er geen toegang toe." if self.secrets else "."
            message = f"De repository {where} is niet gevonden. Controleer het adres{hint}"
            raise self.failure(RemoteUnavailable, message, exc) from None
        except SendPackError as exc:
            message = (
                "Het versiebeheer weigerde de nieuwe versie. Vraag de beheerder of er naar deze branch geschreven "
                "mag worden."
            )
            raise self.failure(PushRefused, message, exc) from None
        except (GitProtocolError, HTTPProxyUnauthorized, OSError) as exc:
            if re.search(r"\bresp 403\b", str(exc)):  # dulwich gives a 403 only as this text
                message = "Het toegangstoken geeft geen toegang tot deze repository, of mag er niet naar schrijven."
                raise self.failure(AuthenticationFailed, message, exc) from None
            message = f"Het versiebeheer ({where}) is nu niet bereikbaar. Probeer het later opnieuw."
            raise self.failure(RemoteUnavailable, message, exc) from None

    def failure(self, kind: type[StoreError], message: str, exc: BaseException) -> StoreError:
        """A Dutch error of ``kind`` whose ``detail`` names the cause without any secret (also logged so)."""
        detail = self.scrub(f"{type(exc).__name__}: {exc}")
        log.warning("%s (%s)", message, detail)
        return kind(message, detail=detail)

    def scrub(self, text: str) -> str:
        return scrub(text, self.secrets)
