"""Replace a workbook safely: keep the previous file in ``history/``, then swap atomically.

The canonical workbook is the single source of truth, so a replacement must
never leave it broken or missing, whatever happens mid-way:

1. the current file is copied to ``<folder>/history/<name>-<YYYYmmdd-HHMMSS>[-label].xlsx``;
2. the new content is written to a temporary file in the same folder and fsynced;
3. ``os.replace`` swaps it in (atomic on one file system), and the folder is fsynced.

A crash before step 3 leaves the old file untouched (at worst a stray
temporary file); after step 3 the new file is complete. A lock file keeps two
replacements from interleaving.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HISTORY_FOLDER = "history"
TIMESTAMP_FORMAT = "%Y%m%d-%H%M%S"
TEMP_PREFIX = ".werkboek-nieuw-"


@dataclass(frozen=True)
class TakeIn:
    """The outcome of :func:`take_in`: where the workbook and its predecessor now are."""

    path: Path
    backup: Path | None


def history_dir(path: str | Path) -> Path:
    """Where earlier versions of ``path`` are kept: a ``history`` folder beside it."""
    return Path(path).resolve().parent / HISTORY_FOLDER


def timestamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime(TIMESTAMP_FORMAT)


def backup(path: str | Path, *, label: str = "", now: dt.datetime | None = None) -> Path:
    """Copy ``path`` into its history folder under a new, timestamped name; return the copy."""
    path = Path(path)
    folder = history_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{path.stem}-{timestamp(now)}" + (f"-{label}" if label else "")
    target = folder / f"{stem}{path.suffix}"
    number = 1
    while target.exists():  # two backups in one second: never overwrite an earlier one
        number += 1
        target = folder / f"{stem}-{number}{path.suffix}"
    tmp = _write_temp(folder, path.read_bytes())
    os.replace(tmp, target)
    _fsync_dir(folder)
    return target


def atomic_write(path: str | Path, content: bytes) -> None:
    """Write ``content`` to ``path`` so that ``path`` is always either the old or the complete new file."""
    path = Path(path)
    tmp = _write_temp(path.resolve().parent, content)
    try:
        if path.exists():
            shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.resolve().parent)


def versions(path: str | Path) -> list[Path]:
    """Earlier versions of ``path`` in its history folder, newest first."""
    path = Path(path)
    folder = history_dir(path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{path.stem}-*{path.suffix}") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def replace(path: str | Path, content: bytes, *, now: dt.datetime | None = None) -> TakeIn:
    """Make ``content`` the file at ``path``, keeping the previous file in history (steps 1-3 above).

    The caller checks ``content`` first: this module only keeps files safe, it does not judge them.
    """
    path = Path(path)
    with locked(path):
        kept = backup(path, now=now) if path.exists() else None
        atomic_write(path, bytes(content))
    return TakeIn(path=path, backup=kept)


# --- helpers ------------------------------------------------------------------------------------
def _write_temp(folder: Path, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _fsync_dir(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible on every platform (Windows); the replace itself is still atomic
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """One replacement at a time per workbook: an advisory lock on ``history/.<name>.lock``, where supported.

    The version store of the folder kind (:mod:`workbook.versions.folder`) takes the same lock.
    """
    try:
        import fcntl
    except ImportError:  # Windows: no advisory lock; os.replace is still atomic
        yield
        return
    folder = history_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f".{path.name}.lock", "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
