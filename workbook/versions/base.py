"""What every version store hands out and raises: :class:`Version`, the Dutch errors, the :class:`VersionStore`
protocol.

A store knows the current version of the workbook, its earlier versions and their bytes, and publishes a
new version without ever overwriting somebody else's work: :meth:`VersionStore.publish` takes the id of
the version the visitor *saw* (``base``) and refuses with :class:`NewerVersionExists` (carrying the newer
version and its bytes, so the caller can show the differences) when another version was published in
between. Restoring an earlier version is publishing its bytes again, as a new version.

Every ``str()`` of a :class:`StoreError` is Dutch and meant for the person who asked; ``detail`` holds the
technical cause (scrubbed of any token) for a log line. Dates are aware ``datetime`` objects in UTC.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote, urlsplit

from .. import nl

#: Who a version is by when nobody is named (no login): the dashboard itself, at a placeholder address.
DEFAULT_AUTHOR = ("Werkagenda dashboard", "dashboard@werkagenda.invalid")
#: Who a version is by when it was placed outside the dashboard (by hand, or before versions were recorded).
UNKNOWN_AUTHOR = "onbekend"
UNRECORDED_MESSAGE = "Versie zonder omschrijving (buiten het dashboard om geplaatst)"
EARLIER_MESSAGE = "Eerdere versie (zonder omschrijving)"


@dataclass(frozen=True)
class Version:
    """One version of the workbook. ``when`` is aware, in UTC; ``message`` may have more lines than its summary."""

    id: str
    when: dt.datetime
    author_name: str
    author_email: str
    message: str

    @property
    def summary(self) -> str:
        """The first line of the message: what changed, in one sentence."""
        return self.message.strip().splitlines()[0] if self.message.strip() else ""

    @property
    def author(self) -> str:
        """``Naam <adres>``, or only the name when there is no address."""
        return f"{self.author_name} <{self.author_email}>" if self.author_email else self.author_name


class StoreError(Exception):
    """A store could not do what was asked; ``str(exc)`` says why, in Dutch, for the user.

    ``detail`` holds the technical cause (scrubbed of any token) for a log line.
    """

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class NoVersionYet(StoreError):
    """There is no workbook in the store yet: publish one with ``base=None``."""


class RemoteUnavailable(StoreError):
    """The remote repository cannot be reached, or is not there."""


class AuthenticationFailed(StoreError):
    """The remote refused the token (or asked for one while none was set)."""


class PushRefused(StoreError):
    """The remote refused the new version for another reason than a newer version (e.g. a protected branch)."""


class NewerVersionExists(StoreError):
    """Another version was published after the one the visitor saw; ``newer`` and its ``content`` are that one."""

    def __init__(self, newer: Version, content: bytes) -> None:
        super().__init__(
            f"Er is intussen een nieuwere versie gepubliceerd, door {newer.author_name} op {nl.moment(newer.when)}. "
            "Uw versie is niet gepubliceerd: bekijk de verschillen met die nieuwere versie en publiceer daarna "
            "opnieuw."
        )
        self.newer = newer
        self.content = content


class VersionStore(Protocol):
    """What the app and the command line use; :class:`FolderStore` and :class:`GitStore` both provide it."""

    #: Why the last look for versions published elsewhere failed (None when it worked or there is nothing to look).
    refresh_error: StoreError | None

    def current(self) -> tuple[Version, bytes]:
        """The current version and its bytes; :class:`NoVersionYet` when there is none."""
        ...

    def history(self, limit: int | None = None) -> list[Version]:
        """Versions, newest (the current one) first; at most ``limit``."""
        ...

    def content(self, version_id: str) -> bytes:
        """The bytes of any version; :class:`StoreError` when there is no such version."""
        ...

    def publish(
        self, content: bytes, *, base: str | None, message: str, author: tuple[str, str] | None = None
    ) -> Version:
        """Make ``content`` the current version, if ``base`` (the id the visitor saw) still is the current one.

        Raises :class:`NewerVersionExists` otherwise. Bytes identical to the current version publish
        nothing and return the current version (so a retry after a lost answer is safe).
        """
        ...

    def refresh(self, force: bool = False) -> bool:
        """Look for versions published elsewhere (when the time-to-live has passed, or ``force``); True if looked."""
        ...

    def close(self) -> None:
        """Release files and connections."""
        ...


def checked_publish_arguments(
    content: bytes, message: str, author: tuple[str, str] | None
) -> tuple[bytes, str, tuple[str, str]]:
    """The arguments of ``publish`` as stored: bytes, a message that is not empty, an author git accepts."""
    if not isinstance(content, (bytes, bytearray, memoryview)):
        raise TypeError("content must be bytes")
    message = message.strip()
    if not message:
        raise ValueError("a version needs a message")
    name, email = author or DEFAULT_AUTHOR
    name, email = (re.sub(r"[<>\x00-\x1f]", "", part).strip() for part in (name, email))
    return bytes(content), message, (name or DEFAULT_AUTHOR[0], email or DEFAULT_AUTHOR[1])


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (as is, or URL-encoded) replaced by ``***``."""
    for secret in secrets:
        if not secret:
            continue
        for form in {secret, quote(secret, safe="")}:
            text = text.replace(form, "***")
    return text


def without_credentials(url: str) -> str:
    """``url`` without a user name or password in it."""
    parts = urlsplit(url)
    if not parts.scheme or "@" not in parts.netloc:
        return url
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()
