"""Make a checked version the new version of the workbook: the one entry point, for every page and the command line.

:func:`publish` checks the bytes again (a version with a fout, or one that cannot be read, is refused),
refuses a version identical to the published one, describes the change in a Dutch commit message made
from :func:`workbook.diff.diff_workbooks` ("Werkboek bijgewerkt: 7 statussen gewijzigd, 3 voortgangsteksten
nieuw") and hands it to a version store (:mod:`workbook.versions`: ``history/`` beside the file, or a git
repository) with ``base``: the id of the version the visitor saw. When someone published in between,
the store refuses with :class:`~workbook.versions.NewerVersionExists` (it carries the newer version and
its bytes, so the page can show the differences with it); nothing is ever overwritten.

Restoring an earlier version is publishing its bytes again (``restored=`` that version): a new version,
after the same check.

Use it from a page with the app's store and the visitor as author (``dashboard.data.version_store(config)``
and ``dashboard.data.author()``); ``views.update.take_in(path, content)`` is the same for a workbook file on
disk, on top of whatever version is there now.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from schemas import Checked, check
from workbook import contract, nl
from workbook.diff import ADDED, CHANGED, COLUMN_ADDED, COLUMN_REMOVED, REMOVED, STATUS, WorkbookDiff, diff_workbooks
from workbook.diff import nouns as row_nouns
from workbook.versions import NewerVersionExists, NoVersionYet, Version, VersionStore

UPDATED = "Werkboek bijgewerkt"
FIRST = "Eerste versie van het werkboek"
NOTHING_IN_CONTENT = "geen wijzigingen in de inhoud (alleen opmaak, opmerkingen of andere bladen)"
MAX_BODY_LINES = 40
DEFAULT_NAME = "werkboek.xlsx"


class PublishRefused(Exception):
    """A new version was not published; ``str(exc)`` says why, in Dutch. Nothing was written."""


class IdenticalVersion(PublishRefused):
    """The version is byte for byte the published one: there is nothing to publish."""


class UnreadableVersion(PublishRefused):
    """The bytes cannot be read as a workbook at all."""


@dataclass(frozen=True)
class Published:
    """What :func:`publish` did: the new version, the one it follows (None for the first) and what changed."""

    version: Version
    previous: Version | None
    diff: WorkbookDiff | None
    message: str


def changes_in_words(diff: WorkbookDiff) -> list[str]:
    """The changes counted the way staff speak of them: ``7 statussen gewijzigd``, ``3 voortgangsteksten nieuw``.

    Status moves and progress texts first (what a reporting round changes), then rows added and removed per
    sheet, then columns, then other changed rows per sheet (a row counts once, however many cells changed).
    """
    statuses = len(diff.of(kind=STATUS))
    progress: Counter[str] = Counter()
    other_rows: dict[str, set[str | None]] = {}
    for change in diff.of(kind=CHANGED):
        parsed = contract.parse_round_column(change.column or "") if change.sheet == contract.SHEET_ACTIONS else None
        if parsed and parsed[0] == contract.PROGRESS_PREFIX.strip():
            progress["nieuw" if _blank(change.old) else "verwijderd" if _blank(change.new) else "gewijzigd"] += 1
        else:
            other_rows.setdefault(change.sheet, set()).add(change.key)
    words = [f"{nl.count(statuses, 'status', 'statussen')} gewijzigd"] if statuses else []
    words += [
        f"{nl.count(progress[kind], 'voortgangstekst', 'voortgangsteksten')} {kind}"
        for kind in ("nieuw", "gewijzigd", "verwijderd")
        if progress[kind]
    ]
    for kind in (ADDED, REMOVED):
        per_sheet = Counter(change.sheet for change in diff.of(kind=kind))
        words += [f"{nl.count(n, *row_nouns(sheet))} {kind}" for sheet, n in per_sheet.items()]
    for kind, verb in ((COLUMN_ADDED, "toegevoegd"), (COLUMN_REMOVED, "verwijderd")):
        if columns := len(diff.of(kind=kind)):
            words.append(f"{nl.count(columns, 'kolom', 'kolommen')} {verb}")
    words += [f"{nl.count(len(keys), *row_nouns(sheet))} gewijzigd" for sheet, keys in other_rows.items()]
    return words


def commit_message(diff: WorkbookDiff | None, *, first: bool = False, restored: Version | None = None) -> str:
    """The Dutch message of a new version: one summary line, then (for git log) the changes one per line."""
    if first:
        head = FIRST
    elif restored is not None:
        head = f"Versie van {nl.moment(restored.when)} teruggezet"
    else:
        head = UPDATED
    if diff is None:
        return head
    words = changes_in_words(diff)
    lines = [f"{head}: {', '.join(words) if words else NOTHING_IN_CONTENT}"]
    body = [*diff.status_move_lines(), *(change.as_line() for change in diff.changes)]
    if body:
        lines += ["", *body[:MAX_BODY_LINES]]
        if len(body) > MAX_BODY_LINES:
            lines.append(f"... en {nl.count(len(body) - MAX_BODY_LINES, 'wijziging', 'wijzigingen')} meer.")
    return "\n".join(lines)


def check_version(content: bytes, name: str | None = None, today: dt.date | None = None) -> Checked:
    """``content`` checked; :class:`PublishRefused` when it cannot be read or has a fout (warnings are allowed)."""
    checked = check(bytes(content), name=name or DEFAULT_NAME, today=today)
    report = checked.report
    if not report.readable:
        raise UnreadableVersion(f"Deze versie kan niet worden gelezen: {report.findings[0].message}")
    if report.errors:
        raise PublishRefused(
            f"Deze versie bevat {nl.count(len(report.errors), 'fout', 'fouten')} en is daarom niet gepubliceerd. "
            "Herstel de fouten en lever het bestand opnieuw aan."
        )
    return checked


def publish(
    store: VersionStore,
    content: bytes,
    *,
    base: str | None,
    author: tuple[str, str] | None = None,
    name: str | None = None,
    today: dt.date | None = None,
    restored: Version | None = None,
    diff: WorkbookDiff | None = None,
    message: str | None = None,
) -> Published:
    """Check ``content`` and publish it as the version after ``base`` (the id of the version the visitor saw).

    Raises :class:`PublishRefused` (a fout, unreadable, :class:`IdenticalVersion`), :class:`NewerVersionExists`
    (someone published after ``base``: nothing was published) or another Dutch
    :class:`~workbook.versions.StoreError` (the remote cannot be reached, refuses the token...). ``diff``: the
    changes against ``base`` when the caller has them already (the page does); else they are worked out here.
    ``message``: a first line of one's own (the command line's ``--message``); the changes follow it.
    """
    content = bytes(content)
    checked = check_version(content, name, today)
    try:
        current, current_bytes = store.current()
    except NoVersionYet:
        current, current_bytes = None, None
    if current_bytes == content:
        raise IdenticalVersion("Deze versie is gelijk aan de gepubliceerde versie; er is niets nieuws te publiceren.")
    if current is not None and current.id != base:
        raise NewerVersionExists(current, current_bytes or b"")
    if diff is None and current_bytes is not None:
        previous = check(current_bytes, name=name or DEFAULT_NAME, today=today)
        diff = diff_workbooks(previous.data, checked.data) if previous.data is not None else None
    described = commit_message(diff, first=current is None, restored=restored)
    if message and message.strip():
        described = f"{' '.join(message.split())}\n\n{described}"
    version = store.publish(content, base=base, message=described, author=author)
    return Published(version, current, diff, described)


def published_message(result: Published, name: str | None = None) -> str:
    """What the visitor reads after publishing (plain text: the page escapes it)."""
    what = f"'{name}' is gepubliceerd" if name else "De versie is gepubliceerd"
    return f"{what} en is nu het werkboek dat iedereen ziet. {result.version.summary}."


def rebased_message(newer: Version) -> str:
    """Said beside the publish button once the upload is compared with a version published in between."""
    return (
        f"De verschillen hierboven zijn nu die met de nieuwere versie van {newer.author_name} "
        f"({nl.moment(newer.when)}). Publiceert u toch, dan wordt uw versie de huidige; die nieuwere versie blijft in "
        "de geschiedenis bewaard."
    )


def _blank(value: object) -> bool:
    return value is None or nl.missing(value) or (isinstance(value, str) and not value.strip())
