"""Which stored version a file is, and in which version a round was closed: looked up in any version store.

* :func:`find_content` - the version whose bytes are exactly these (the current one first), so a document made
  from a file can name the version ``history`` and Geschiedenis list; None for a file that is no stored version
  (also for a workbook in a folder that is not yet recorded in ``history/``: it has no lasting id yet).
* :func:`closing_version` - the version in which a round got its ``Vastgesteld`` date in ``Rondes`` and kept it
  since: walking back from the newest version, the oldest of the unbroken run of versions in which the round is
  closed on the same day. A round reopened and closed again is found at its last closing.

Both read versions from the store (newest first) and stop as soon as they know; at most ``limit`` versions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .. import contract
from ..findings import WorkbookError
from .base import StoreError, Version, VersionStore
from .folder import FolderStore

#: The most versions a look-up reads before it gives up (each is a whole workbook).
LIMIT = 200


def _recorded(store: VersionStore, version: Version) -> bool:
    """False for a folder store's current file that is not yet copied into ``history/`` (its id is not lasting)."""
    return not isinstance(store, FolderStore) or (store.folder / version.id).is_file()


def find_content(store: VersionStore, content: bytes, limit: int = LIMIT) -> Version | None:
    """The stored version whose bytes are ``content`` (None when there is none, or the store cannot be read)."""
    try:
        for version in store.history(limit):
            if store.content(version.id) == content:
                return version if _recorded(store, version) else None
    except StoreError:
        return None
    return None


def round_closed_on(content: bytes, round_name: str) -> dt.date | None:
    """The ``Vastgesteld`` date of ``round_name`` in the workbook ``content`` (None: open, missing or unreadable)."""
    from ..reader import read_workbook  # only when a version is read

    try:
        frame = read_workbook(content).frame(contract.SHEET_ROUNDS)
    except WorkbookError:
        return None
    if contract.COL_CLOSED not in frame or contract.COL_ROUND not in frame:
        return None
    for name, closed in zip(frame[contract.COL_ROUND], frame[contract.COL_CLOSED]):
        if isinstance(name, str) and " ".join(name.split()).casefold() == " ".join(round_name.split()).casefold():
            return closed if isinstance(closed, dt.date) else None
    return None


def closing_version(
    store: VersionStore,
    round_name: str,
    *,
    closed_on: Callable[[bytes, str], dt.date | None] = round_closed_on,
    limit: int = LIMIT,
) -> Version | None:
    """The version in which ``round_name`` was closed (see the module docstring); None when it is not closed now."""
    found: Version | None = None
    day: dt.date | None = None
    for version in store.history(limit):
        closed = closed_on(store.content(version.id), round_name)
        if closed is None or (day is not None and closed != day):
            break
        found, day = version, closed
    return found if found is None or _recorded(store, found) else None
