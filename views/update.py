"""Werkboek bijwerken: a new version checked, marked up and compared, and what the page then offers.

An uploaded version is read and checked (:func:`schemas.check`), marked up in an annotated copy
(:func:`workbook.annotate.annotate`, built when downloaded) and compared with the version the visitor
saw (:func:`workbook.diff.diff_workbooks`). Only a version without fout can be published; publishing
(:func:`views.publish.publish`) checks again and then hands it to the version store: ``history/`` beside
the file, or a git repository. :func:`take_in` is the same for a workbook file on disk.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from schemas import Checked, check
from workbook import history, nl
from workbook.annotate import annotate
from workbook.diff import WorkbookDiff, diff_workbooks
from workbook.findings import ERROR, WARNING, Report, WorkbookError
from workbook.template import write_template
from workbook.versions import FolderStore, NoVersionYet, StoreError, Version

from .history import short_id
from .publish import PublishRefused, publish

FINDING_COLUMNS = ("Ernst", "Cel", "Melding")  # the message names the column itself
SHEET_COUNT_COLUMNS = ("Blad", "Fouten", "Waarschuwingen")
SUCCESS = "success"
CURRENT_HELP = (
    "Het gedeelde werkboek zoals het dashboard het nu toont. Werk dit bestand bij en lever het hieronder weer aan."
)
ANNOTATED_HELP = "Het bestand met de gevonden problemen gekleurd en toegelicht, en een eerste blad 'Controle'."


#: A new version was not taken in; ``str(exc)`` says why, in Dutch (the same as :class:`PublishRefused`).
TakeInRefused = PublishRefused


@dataclass(frozen=True)
class Candidate:
    """An uploaded version, checked: what the page shows about it and whether it may be taken in."""

    name: str
    content: bytes
    checked: Checked | None  # None when the file was refused before reading (too large)
    refusal: str | None = None  # Dutch reason the file was not read at all
    diff: WorkbookDiff | None = None

    @property
    def report(self) -> Report | None:
        return self.checked.report if self.checked else None

    @property
    def acceptable(self) -> bool:
        """Readable and without fout (warnings are allowed)."""
        return self.checked is not None and self.checked.report.valid

    @property
    def readable(self) -> bool:
        return self.checked is not None and self.checked.report.readable


def too_large_message(size: int, max_mb: int) -> str | None:
    if size <= max_mb * 1024 * 1024:
        return None
    return (
        f"Het bestand is {nl.number(size / (1024 * 1024), 1)} MB; hier kan ten hoogste {max_mb} MB worden aangeleverd. "
        "Verwijder bijvoorbeeld afbeeldingen of oude bladen en probeer het opnieuw."
    )


def check_upload(
    content: bytes, name: str, current: Checked | None, *, max_mb: int, today: dt.date | None = None
) -> Candidate:
    """Read and check ``content`` and compare it with ``current``. Never raises for a bad file."""
    refusal = too_large_message(len(content), max_mb)
    if refusal:
        return Candidate(name, content, None, refusal=refusal)
    checked = check(content, name=name, today=today)
    return Candidate(name, content, checked, diff=compare(current, checked))


def compare(current: Checked | None, new: Checked) -> WorkbookDiff | None:
    if current is None or current.data is None or new.data is None:
        return None
    return diff_workbooks(current.data, new.data)


def annotated_copy(content: bytes, report: Report) -> bytes | None:
    """The workbook with its findings marked (None when there is nothing to mark or it cannot be opened)."""
    if not report.readable or not report.findings:
        return None
    buffer = io.BytesIO()
    try:
        annotate(content, report, buffer)
    except WorkbookError:
        return None
    return buffer.getvalue()


def summary(report: Report) -> tuple[str, str]:
    """(level, sentence) of a check: ``error``, ``warning`` or ``success``."""
    if not report.readable or report.errors:
        return ERROR_LEVEL, report.summary()
    return (WARNING_LEVEL if report.warnings else SUCCESS), report.summary()


ERROR_LEVEL, WARNING_LEVEL = "error", "warning"


def findings_by_sheet(report: Report) -> list[tuple[str, str, bool, pd.DataFrame]]:
    """Per sheet (file-level findings under 'bestand'): its label with the counts, whether it has fouten, its table."""
    tables = []
    for sheet, findings in report.by_sheet().items():
        rows = [{"Ernst": f.severity, "Cel": f.location, "Melding": f.message} for f in findings]
        errors = sum(f.severity == ERROR for f in findings)
        warnings = sum(f.severity == WARNING for f in findings)
        label = f"{sheet}: {nl.count(errors, 'fout', 'fouten')}, {nl.count(warnings, 'waarschuwing', 'waarschuwingen')}"
        tables.append((sheet, label, bool(errors), pd.DataFrame(rows, columns=list(FINDING_COLUMNS))))
    return tables


def sheet_counts(report: Report) -> pd.DataFrame:
    rows = [
        {
            "Blad": sheet,
            "Fouten": sum(f.severity == ERROR for f in findings),
            "Waarschuwingen": sum(f.severity == WARNING for f in findings),
        }
        for sheet, findings in report.by_sheet().items()
    ]
    return pd.DataFrame(rows, columns=list(SHEET_COUNT_COLUMNS))


@dataclass(frozen=True)
class Offer:
    """What the page offers for a checked version: a preview, a take-in, or a message why not."""

    preview: bool
    take_in: bool
    level: str = ""  # of ``message``: error, info or caption
    message: str = ""


NOT_PUBLISHING = (
    "Op deze website kan het werkboek niet worden vervangen: er is geen versiebeheer ingesteld (git_remote, zie "
    "docs/hosting.md). De beheerder neemt een goedgekeurde versie over."
)


def offer(candidate: Candidate, *, can_publish: bool, current_bytes: bytes | None) -> Offer:
    """Preview (when readable), publish (when there is a store, the version has no fout and is new), or why not."""
    preview = candidate.checked is not None and candidate.checked.workbook is not None
    if not can_publish:
        return Offer(preview, False, "caption", NOT_PUBLISHING)
    if not candidate.acceptable:
        text = (
            "Deze versie bevat fouten en kan daarom niet het huidige werkboek worden. "
            "Herstel de fouten (zie de versie met opmerkingen) en upload opnieuw."
        )
        return Offer(preview, False, ERROR_LEVEL, text)
    if current_bytes == candidate.content:
        return Offer(preview, False, "info", "Deze versie is gelijk aan het huidige werkboek.")
    return Offer(preview, True)


def take_in(
    path: str | Path,
    content: bytes,
    *,
    name: str | None = None,
    today: dt.date | None = None,
    hosted: bool = False,
    now: dt.datetime | None = None,
    author: tuple[str, str] | None = None,
) -> history.TakeIn:
    """Make ``content`` the workbook at ``path``, on top of whatever version is there now (folder kind).

    The same as :func:`views.publish.publish` with the :class:`~workbook.versions.FolderStore` of ``path``:
    ``content`` is checked again, a version with a fout, one that cannot be read or one identical to the
    file is refused with :class:`TakeInRefused`, and so is a write that fails (the file is then unchanged).
    The previous version stays in ``history/`` (``backup`` of the result), now with who, when and what.
    A hosted app never replaces the file on its disk. ``now``: the moment of the new version (tests).
    """
    if hosted:
        raise TakeInRefused("Op de gedeelde website wordt het werkboek niet op schijf vervangen.")
    path = Path(path)
    moment = now.astimezone(dt.UTC) if now is not None else None
    store = FolderStore(path, clock=(lambda: moment) if moment is not None else None)
    try:
        try:
            base = store.current()[0].id
        except NoVersionYet:
            base = None
        result = publish(store, content, base=base, author=author, name=name or path.name, today=today)
    except (PublishRefused, StoreError) as exc:  # the store's errors are Dutch too; the file is unchanged
        raise TakeInRefused(str(exc)) from None
    previous = store.folder / result.previous.id if result.previous is not None else None
    return history.TakeIn(path=path, backup=previous if previous is not None and previous.is_file() else None)


def upload_intro(mode: str) -> str:
    """What happens with an upload (markdown without workbook text): ``preview``, ``git`` or ``folder``."""
    if mode == PREVIEW_ONLY:
        return (
            "Upload uw versie van het werkboek. U ziet de controle en wat er verandert, en u kunt het dashboard met uw "
            "versie bekijken. **Alleen u ziet die versie**; het gedeelde werkboek verandert niet. Stuur een "
            "goedgekeurde versie naar de beheerder van het dashboard."
        )
    kept = (
        "Elke versie blijft bewaard in het versiebeheer"
        if mode == GIT
        else "Elke versie blijft bewaard in de map *history* naast het werkboek"
    )
    return (
        "Upload de bijgewerkte versie. U ziet de controle en wat er verandert ten opzichte van de versie die u nu "
        "ziet. Is die zonder fouten, dan kunt u die publiceren: iedereen ziet dan die versie. "
        f"{kept}, met wie, wanneer en wat er veranderde (zie **Geschiedenis**)."
    )


PREVIEW_ONLY, GIT, FOLDER = "preview", "git", "folder"


def version_line(version: Version) -> str:
    """``3f2a1b7, door Anna de Vries: Werkboek bijgewerkt: ...`` (plain text)."""
    return f"{short_id(version.id)}, door {version.author_name}: {version.summary}"


def modified(when: dt.datetime | None) -> str:
    return nl.moment(when)


def template_bytes() -> bytes:
    """An empty workbook with every sheet, header and dropdown (``python -m workbook template``)."""
    buffer = io.BytesIO()
    write_template(buffer)
    return buffer.getvalue()
