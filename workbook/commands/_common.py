"""What the round commands share: read a workbook for a step, and write a result in place or to -o."""

from __future__ import annotations

import sys
from pathlib import Path

from schemas import Checked, check
from views import update
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
