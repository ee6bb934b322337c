"""A round as a release: the open-data package and the appendix, made from one workbook version.

:func:`package` makes the package of a checked workbook (refusing one with fouten or an unknown round, in Dutch,
through :class:`NotPublishable`). :func:`closed_release` finds, in a version store, the version in which a round
was closed (:func:`workbook.versions.closing_version`) and makes everything from exactly that version: the
package (the same bytes every time), the appendix as Word, and the version's id. The command line, the pages
Bijlage and Geschiedenis call these functions; nothing here writes a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from domain.model import Overview, build_overview
from report import docx_bytes
from schemas import Checked, check
from views import appendix
from views.cover import Stamp
from views.programme import programme_name
from workbook import nl
from workbook.findings import Report
from workbook.versions import StoreError, Version, VersionStore, closing_version, round_closed_on

from .files import zip_bytes
from .package import Release, build


class NotPublishable(ValueError):
    """The package cannot be made: ``problems`` say why, in Dutch."""

    def __init__(self, problems: tuple[str, ...]):
        super().__init__(" ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Package:
    """The package of one round: what it is of, and its files (name -> bytes)."""

    release: Release
    files: dict[str, bytes]

    @property
    def folder(self) -> str:
        """The folder name inside the zip, and the zip's file name: ``opendata-najaar-2025-7218d98``."""
        return f"opendata-{self.release.slug}-{self.release.version_label.replace('inhoud ', '')}"

    def zip(self) -> bytes:
        return zip_bytes(self.files, self.folder, self.release.version_date)


def refusal(checked: Checked, overview: Overview | None, round_name: str | None) -> tuple[tuple[str, ...], str | None]:
    """(problems in Dutch, the round as the workbook names it)."""
    if not checked.report.readable or overview is None:
        reason = checked.report.findings[0].message if checked.report.findings else "geen leesbaar werkboek"
        return (f"Het werkboek '{checked.name}' kan niet worden gelezen: {reason}",), None
    problems = []
    if checked.report.errors:
        problems.append(
            f"Het werkboek '{checked.name}' bevat {nl.count(len(checked.report.errors), 'fout', 'fouten')}. Open data "
            "wordt alleen gemaakt uit een werkboek zonder fouten: los ze eerst op (zie de controle van het werkboek) "
            "en maak het gegevenspakket daarna opnieuw."
        )
    choice = appendix.choose(overview, Report(), round_name, name=checked.name)  # the fouten are said above
    problems += choice.problems
    return tuple(problems), choice.round_name


def package(
    checked: Checked, version: Version | None = None, round_name: str | None = None, overview: Overview | None = None
) -> Package:
    """The package of ``round_name`` (default: the latest) of a checked workbook; :class:`NotPublishable` if not."""
    if overview is None and checked.workbook is not None:
        overview = build_overview(checked.workbook)
    problems, chosen = refusal(checked, overview, round_name)
    if problems:
        raise NotPublishable(problems)
    stamp = Stamp(checked.digest, version.id if version else None)
    release = Release(
        round_name=chosen,
        programme=programme_name(overview),
        digest=checked.digest,
        version_id=version.id if version else None,
        version_label=stamp.version,
        version_date=version.when if version else None,
    )
    return Package(release, build(checked.workbook, overview, release))


@dataclass(frozen=True)
class ClosedRelease:
    """What a closed round was released as: the version it was closed in, its package and its appendix."""

    round_name: str
    version: Version
    package: Package
    appendix: appendix.Appendix

    @property
    def docx(self) -> bytes:
        return docx_bytes(self.appendix)

    @property
    def stem(self) -> str:
        return f"bijlage-{self.package.release.slug}-{self.package.release.version_label}"


def closed_release(store: VersionStore, round_name: str, name: str, today: dt.date | None = None) -> ClosedRelease:
    """The release of ``round_name`` rebuilt from the version in which it was closed; :class:`NotPublishable` when
    the round is not closed in the current version (or that version cannot be found)."""
    version = closing_version(store, round_name)
    if version is None:
        raise NotPublishable((_not_found(store, round_name),))
    checked = check(store.content(version.id), name=name)
    overview = build_overview(checked.workbook) if checked.workbook is not None else None
    made = package(checked, version, round_name, overview)
    document = appendix.view(
        overview,
        checked.report,
        made.release.round_name,
        name=checked.name,
        digest=checked.digest,
        version_id=version.id,
        today=today or version.when.date(),
    )
    return ClosedRelease(made.release.round_name, version, made, document)


def _not_found(store: VersionStore, round_name: str) -> str:
    """Why a closed round's version cannot be found: the round is open, or its version is not in the history."""
    try:
        closed = round_closed_on(store.current()[1], round_name)
    except StoreError:
        closed = None
    if closed is None:
        return (
            f"De ronde '{round_name}' is (nog) niet vastgesteld in de huidige versie. Stel de ronde eerst vast "
            "(Rapportageronde of close-round) en publiceer die versie."
        )
    return (
        f"De ronde '{round_name}' is vastgesteld op {nl.date(closed)}, maar de versie waarin dat gebeurde staat niet "
        "in de geschiedenis (het werkboek is buiten het dashboard om geplaatst). Publiceer het werkboek via Werkboek "
        "bijwerken of 'python -m workbook publish'; vanaf dan is de uitgave van deze ronde hier te downloaden."
    )
