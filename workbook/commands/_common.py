"""What the round commands share: read a workbook for a step, and write a result in place or to -o."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from schemas import Checked, check
from views import update
from views.round_files import RoundRefused
from workbook import history

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


def read(path: Path) -> tuple[bytes, Checked] | None:
    """The file's bytes and its check; None (after a Dutch message) when it cannot be read."""
    checked = check(path)
    if not checked.report.readable:
        print(checked.report.findings[0].as_line(), file=sys.stderr)
        return None
    return path.read_bytes(), checked


def write(path: Path, out: Path | None, content: bytes) -> str:
    """Write ``content`` to ``out``, or make it the workbook at ``path`` through the one take-in
    (:func:`views.update.take_in`: checked again, the previous file kept in history/). A Dutch line.

    Raises :class:`views.update.TakeInRefused` when the take-in refuses the new version.
    """
    if out is not None:
        history.atomic_write(out, content)
        return f"Nieuwe versie geschreven: {out}"
    result = update.take_in(path, content, name=path.name)
    kept = f" (de vorige versie is bewaard als {result.backup})" if result.backup else ""
    return f"Werkboek bijgewerkt: {path}{kept}"


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def new_version(path: Path, out: Path | None, build: Callable[[bytes, Checked], bytes], done: str) -> int:
    """One step that makes a new version of the workbook at ``path`` (new-round, close-round): read and check it,
    ``build`` the new bytes, write them to ``out`` or in place through the take-in, then print ``done``.

    Exit code: 0 done; 1 refused (a Dutch reason on stderr, nothing written); 2 the file cannot be read.
    """
    if out is not None and same_file(out, path):
        out = None
    loaded = read(path)
    if loaded is None:
        return EXIT_UNREADABLE
    try:
        result = build(*loaded)
        print(write(path, out, result))
    except (RoundRefused, update.TakeInRefused) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    print(done)
    return EXIT_OK
