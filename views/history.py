"""Geschiedenis: every version of the workbook with date, author and summary; two to compare; one to put back.

The versions come from a version store (:mod:`workbook.versions`), newest first, the same for both kinds
(``history/`` beside the file, or a git repository). What the page shows is worked out here: the table, a
label per version for the choices, the file name of a download, and the sentences around a restore.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

import pandas as pd

from workbook import nl, read_workbook
from workbook.diff import WorkbookDiff, diff_workbooks
from workbook.versions import Version

from .files import stem

TITLE = "Geschiedenis"
INTRO = (
    "Elke gepubliceerde versie van het werkboek: wanneer, door wie en wat er veranderde. Vergelijk twee versies, "
    "download er een of zet een eerdere versie terug (als nieuwe versie, na de gewone controle)."
)
TABLE_COLUMNS = ("Datum", "Auteur", "Wat er veranderde", "Versie")
MAX_VERSIONS = 500  #: the most versions the page lists (the newest)
NO_STORE = (
    "Op deze website wordt geen geschiedenis bijgehouden: er is geen versiebeheer ingesteld (git_remote, zie "
    "docs/hosting.md)."
)


@dataclass(frozen=True)
class HistoryView:
    """The versions (newest first), the table of them, and a label per version id for the choices."""

    versions: tuple[Version, ...]
    table: pd.DataFrame
    labels: dict[str, str]
    intro: str

    @property
    def ids(self) -> list[str]:
        return [version.id for version in self.versions]

    @property
    def current(self) -> Version | None:
        return self.versions[0] if self.versions else None

    def version(self, version_id: str) -> Version:
        return next(version for version in self.versions if version.id == version_id)

    def label(self, version_id: str) -> str:
        return self.labels.get(version_id, version_id)

    @property
    def earlier_ids(self) -> list[str]:
        """Versions that can be put back: all but the current one."""
        return self.ids[1:]


def short_id(version_id: str) -> str:
    """A git commit by its first seven characters (as git shows it); a file in history/ by its name."""
    return version_id[:7] if re.fullmatch(r"[0-9a-f]{40}", version_id) else version_id


MAX_LABEL = 50  #: a select box shows its choice on one line: a longer author is shortened


def _labels(versions: list[Version]) -> dict[str, str]:
    """Per version "1 december 2026, 13:14 - Anna de Vries (de huidige)": short enough for a select box; the
    version's id only where two versions would read the same."""
    plain = [f"{nl.moment(v.when)} - {nl.shorten(v.author_name, MAX_LABEL)}" for v in versions]
    labels = {}
    for index, (version, label) in enumerate(zip(versions, plain)):
        if plain.count(label) > 1:
            label = f"{label} ({short_id(version.id)[:12]})"
        labels[version.id] = f"{label} (de huidige)" if index == 0 else label
    return labels


def view(versions: list[Version]) -> HistoryView:
    rows = [
        {
            "Datum": nl.moment(version.when),
            "Auteur": version.author_name,
            "Wat er veranderde": version.summary,
            "Versie": short_id(version.id),
        }
        for version in versions
    ]
    labels = _labels(versions)
    if not versions:
        intro = "Er is nog geen versie gepubliceerd."
    else:
        newest = versions[0]
        intro = (
            f"{nl.count(len(versions), 'versie', 'versies')}; de huidige is van {nl.moment(newest.when)}, "
            f"door {newest.author_name}."
        )
    return HistoryView(tuple(versions), pd.DataFrame(rows, columns=list(TABLE_COLUMNS)), labels, intro)


def version_name(version: Version) -> str:
    """``versie 3f2a1b7 van 14 maart 2025, 09:30``: how a version is named in a comparison."""
    return f"versie {short_id(version.id)} van {nl.moment(version.when)}"


def download_name(version: Version, workbook_name: str) -> str:
    """``actieoverzicht-20250314-0930-3f2a1b7.xlsx``: the workbook's name, the moment and the version."""
    path = PurePath(workbook_name)
    moment = nl.dutch_time(version.when).strftime("%Y%m%d-%H%M")
    return f"{stem(path.stem, moment, short_id(version.id).removesuffix(path.suffix))}{path.suffix or '.xlsx'}"


def restore_question(version: Version) -> str:
    """The confirmation before a restore (plain text: the page escapes it)."""
    return (
        f"Wilt u de versie van {nl.moment(version.when)} (door {version.author_name}) terugzetten? Die wordt dan een "
        "nieuwe versie, na de gewone controle; de huidige versie blijft in de geschiedenis bewaard."
    )


def restored_message(restored: Version, new: Version) -> str:
    """What the visitor reads after a restore (plain text)."""
    return f"De versie van {nl.moment(restored.when)} is teruggezet en is nu de huidige versie. {new.summary}."


def compare(old: bytes, new: bytes, old_version: Version, new_version: Version) -> WorkbookDiff:
    """What changed from one version to another; :class:`~workbook.findings.WorkbookError` if one cannot be read."""
    old_data = read_workbook(old, name=version_name(old_version))
    new_data = read_workbook(new, name=version_name(new_version))
    return diff_workbooks(old_data, new_data)
