"""Versions of the workbook in a folder: ``history/`` beside the file, for a local app or a container with a volume.

Each version is a copy ``history/<stem>-<YYYYmmdd-HHMMSS>[-n].xlsx`` (the names :mod:`workbook.history`
has always used, so earlier backups are listed too) with a small sidecar ``history/<name>.json`` that
keeps who published it, when, and what changed. A version's id is its file name in ``history/``; the
current version is the newest copy, as long as it holds the same bytes as the workbook itself.

Publishing, in this order:

1. under a lock (a thread lock, and the lock file ``history/.<name>.lock`` that :func:`workbook.history.locked`
   takes), the current file is read and compared with ``base``; a current file that is not yet in
   ``history/`` (placed by hand, or left by an interrupted publish) is first recorded there as a version
   by "onbekend";
2. the new bytes are written to a temporary file beside the workbook, fsynced, and swapped in with
   ``os.replace`` (atomic on one file system), the folder fsynced (:func:`workbook.history.atomic_write`):
   **this is the moment of publishing**;
3. the copy ``history/<id>`` is written the same way, then its sidecar ``history/<id>.json``.

What a failure at each step leaves behind: before step 2, everything as it was (at worst a stray
``.werkboek-nieuw-*.tmp``), and the caller gets :class:`StoreError` ("... het werkboek is niet
veranderd"); between steps 2 and 3 the new workbook is current but not yet in ``history/``: the next look
records it as a version by "onbekend" (only the author and message are lost; a failure writing the copy
is logged, the version stays published); between the copy and its sidecar, the copy is listed with
author "onbekend". No step can leave a half-written workbook.

Reading never writes: a workbook that is not yet in ``history/`` is shown (and listed first) under the id it
will get when step 1 of the next publish records it; so a read-only folder can be read as well.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from .. import history
from .base import (
    EARLIER_MESSAGE,
    UNKNOWN_AUTHOR,
    UNRECORDED_MESSAGE,
    NewerVersionExists,
    NoVersionYet,
    StoreError,
    Version,
    checked_publish_arguments,
)

log = logging.getLogger(__name__)


class FolderStore:
    """Versions in ``history/`` beside the workbook at ``path``; see the module docstring for the steps."""

    def __init__(self, path: Path, *, clock: Callable[[], dt.datetime] | None = None) -> None:
        """``clock``: the aware moment of a new version (now, unless a test says otherwise)."""
        self.path = Path(path).absolute()
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.folder = history.history_dir(self.path)
        self._lock = threading.RLock()
        self.refresh_error: StoreError | None = None  # nothing to look for elsewhere: always None

    def __repr__(self) -> str:
        return f"FolderStore({str(self.path)!r})"

    def current(self) -> tuple[Version, bytes]:
        with self._locked():
            found = self._current()
        if found is None:
            raise NoVersionYet(f"Er is nog geen werkboek: {self.path} bestaat niet.")
        return found

    def history(self, limit: int | None = None) -> list[Version]:
        with self._locked():
            found = self._current()
            records = self._records()
        if found is not None and (not records or records[0].id != found[0].id):
            records.insert(0, found[0])  # not yet recorded: listed all the same, under the id it will get
        return records[:limit]

    def content(self, version_id: str) -> bytes:
        if not self._is_version_name(version_id):
            raise StoreError(f"Versie {version_id!r} is niet gevonden.")
        try:
            return (self.folder / version_id).read_bytes()
        except FileNotFoundError:
            with self._locked():
                found = self._current()
            if found is not None and found[0].id == version_id:  # the current file, not yet recorded
                return found[1]
            raise StoreError(f"Versie {version_id!r} is niet gevonden in {self.folder}.") from None

    def publish(
        self, content: bytes, *, base: str | None, message: str, author: tuple[str, str] | None = None
    ) -> Version:
        content, message, (name, email) = checked_publish_arguments(content, message, author)
        with self._locked(write=True):
            found = self._current(record=True)
            if found is not None and found[1] == content:
                return found[0]
            if found is None and base is not None:
                raise StoreError("Het werkboek is intussen verwijderd; er is dus geen versie om op voort te bouwen.")
            if found is not None and found[0].id != base:
                raise NewerVersionExists(*found)
            when = self._after_newest(self._clock().astimezone(dt.UTC))
            version = Version(self._new_id(when), when, name, email, message)
            try:
                history.atomic_write(self.path, content)
            except OSError as exc:
                raise StoreError(
                    f"De nieuwe versie kon niet worden opgeslagen ({exc.strerror or type(exc).__name__}); "
                    "het werkboek is niet veranderd.",
                    detail=repr(exc),
                ) from None
            try:
                self._write_record(version, content)
            except OSError as exc:  # published all the same; the next look records it (author unknown)
                log.warning("Published %s but could not record it in %s: %r", self.path.name, self.folder, exc)
        log.info("Published %s as %s", self.path.name, version.id)
        return version

    def refresh(self, force: bool = False) -> bool:
        """Nothing to look for: the folder is read afresh on every call."""
        return False

    def close(self) -> None:
        """Nothing is kept open."""

    # --- internals -----------------------------------------------------------------------------
    def _current(self, record: bool = False) -> tuple[Version, bytes] | None:
        """The current file as a version; one not yet in history/ gets the id it will have (recorded if ``record``)."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"Het werkboek {self.path} kan niet worden gelezen ({exc.strerror}).") from None
        records = self._records()
        if records:
            newest = self.folder / records[0].id
            if newest.is_file() and newest.stat().st_size == len(data) and newest.read_bytes() == data:
                return records[0], data
        modified = dt.datetime.fromtimestamp(self.path.stat().st_mtime, dt.UTC)
        when = self._after_newest(modified, records)
        version = Version(self._new_id(when), when, UNKNOWN_AUTHOR, "", UNRECORDED_MESSAGE)
        if record:
            try:
                self._write_record(version, data)
            except OSError as exc:  # publishing will fail on the same folder and say so
                log.info("Could not record the current %s in %s: %r", self.path.name, self.folder, exc)
                return version, data
            log.info("Recorded the current %s as %s", self.path.name, version.id)
        return version, data

    def _records(self) -> list[Version]:
        if not self.folder.is_dir():
            return []
        pattern = f"{self.path.stem}-*{self.path.suffix}"
        found = [self._read_record(p) for p in self.folder.glob(pattern) if p.is_file()]
        return sorted(found, key=lambda v: (v.when, v.id), reverse=True)

    def _read_record(self, file: Path) -> Version:
        """A copy in history/ as a version: what its sidecar says, or (an older backup) only its date."""
        try:
            meta = json.loads(file.with_name(file.name + ".json").read_text(encoding="utf-8"))
            when = dt.datetime.fromisoformat(meta["when"]).astimezone(dt.UTC)
            return Version(file.name, when, str(meta["author_name"]), str(meta["author_email"]), str(meta["message"]))
        except (OSError, ValueError, KeyError, TypeError):
            modified = dt.datetime.fromtimestamp(file.stat().st_mtime, dt.UTC)
            return Version(file.name, modified, UNKNOWN_AUTHOR, "", EARLIER_MESSAGE)

    def _write_record(self, version: Version, content: bytes) -> None:
        history.atomic_write(self.folder / version.id, content)
        meta = {
            "when": version.when.isoformat(),
            "author_name": version.author_name,
            "author_email": version.author_email,
            "message": version.message,
        }
        history.atomic_write(
            self.folder / f"{version.id}.json", json.dumps(meta, ensure_ascii=False, indent=1).encode()
        )

    def _after_newest(self, moment: dt.datetime, records: list[Version] | None = None) -> dt.datetime:
        """``moment``, or just after the newest version when the clock says otherwise (the newest stays newest)."""
        records = self._records() if records is None else records
        if records and records[0].when >= moment:
            return records[0].when + dt.timedelta(microseconds=1)
        return moment

    def _new_id(self, when: dt.datetime) -> str:
        stem = f"{self.path.stem}-{history.timestamp(when.astimezone().replace(tzinfo=None))}"
        name, number = f"{stem}{self.path.suffix}", 1
        while (self.folder / name).exists() or (self.folder / f"{name}.json").exists():
            number += 1
            name = f"{stem}-{number}{self.path.suffix}"
        return name

    def _is_version_name(self, name: str) -> bool:
        return Path(name).name == name and name.startswith(f"{self.path.stem}-") and name.endswith(self.path.suffix)

    @contextlib.contextmanager
    def _locked(self, write: bool = False) -> Iterator[None]:
        """One operation at a time: threads of this process (lock) and other processes (lock file).

        Publishing takes the lock file exclusively (creating it); reading shares it when it is there, and
        creates nothing.
        """
        with self._lock, contextlib.ExitStack() as stack:
            if write:
                with contextlib.suppress(OSError):  # a read-only folder: writing fails below, and says so
                    stack.enter_context(history.locked(self.path))
            else:
                stack.enter_context(_shared_lock(self.folder / f".{self.path.name}.lock"))
            yield


@contextlib.contextmanager
def _shared_lock(path: Path) -> Iterator[None]:
    """A shared advisory lock on ``path`` when it exists and the platform has one; else no lock."""
    try:
        import fcntl

        stream = open(path, "rb")  # noqa: SIM115 (closed below, after the lock)
    except (ImportError, OSError):
        yield
        return
    with stream:
        fcntl.flock(stream, fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(stream, fcntl.LOCK_UN)
