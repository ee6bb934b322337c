"""The front of the appendix for the Tweede Kamer: the letter it goes with, and the version it was made from.

:class:`Letter` is what the cover says about the letter (its date, kenmerk and Kamerstuk number); each is
optional and comes from the round's row in ``Rondes`` unless the person making the appendix gives it
(:func:`letter_for`). :class:`Stamp` names the version: the id that ``history`` and Geschiedenis show for it
(:func:`views.history.short_id`), or, for a file that is no stored version, its content digest, labelled as
such. Every text here is final Dutch.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from domain.model import Round
from workbook import nl

from .history import short_id

_HEX = re.compile(r"^[0-9a-fA-F]{12,}$")
SEPARATOR = " | "


@dataclass(frozen=True)
class Letter:
    """The letter to the Tweede Kamer the appendix is attached to; every part may be missing."""

    date: dt.date | None = None
    reference: str | None = None  # kenmerk
    paper: str | None = None  # Kamerstuk number, "31 524, nr. 617"

    @property
    def line(self) -> str:
        """``Bijlage bij de Kamerbrief van 12 november 2025`` ('' without a date)."""
        return f"Bijlage bij de Kamerbrief van {nl.date(self.date)}" if self.date else ""

    @property
    def facts(self) -> tuple[tuple[str, str], ...]:
        """(label, value) for the parts that are given: ``("Kenmerk", "2025-0000123456")``, ``("Kamerstuk", ...)``."""
        found = []
        if self.reference:
            found.append(("Kenmerk", self.reference))
        if self.paper:
            found.append(("Kamerstuk", self.paper))
        return tuple(found)


def _clean(value: object) -> str | None:
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def letter_for(round_info: Round | None, given: Letter | None = None) -> Letter:
    """The letter of a round: what is ``given`` (on the page or the command line) before what ``Rondes`` says."""
    given = given or Letter()
    sheet = round_info or Round("")
    return Letter(
        date=given.date or sheet.letter_date,
        reference=_clean(given.reference) or sheet.reference,
        paper=_clean(given.paper) or sheet.paper,
    )


@dataclass(frozen=True)
class Stamp:
    """Which version the document came from: the file's sha256 and, when it is a stored version, that version's id.

    ``version_id`` is the id in the version store (a git commit, or a copy in ``history/``); the stamp shows it
    in the short form ``history`` and Geschiedenis use. Without it the file is named by its content digest,
    said to be exactly that.
    """

    sha256: str
    version_id: str | None = None

    def __post_init__(self) -> None:
        if not _HEX.match(self.sha256):
            raise ValueError(f"sha256 must be at least 12 hexadecimal characters, not {self.sha256!r}")

    @property
    def digest(self) -> str:
        """The first 12 characters of the sha256, lower case."""
        return self.sha256[:12].lower()

    @property
    def version(self) -> str:
        """The version as ``history`` shows it (``7218d98``), or ``inhoud 1fba4225e2e0`` for an unstored file."""
        return short_id(self.version_id) if self.version_id else f"inhoud {self.digest}"

    @property
    def stored(self) -> bool:
        return self.version_id is not None

    def line(self, round_name: str, round_date_text: str) -> str:
        """``versie 7218d98 (zie Geschiedenis), ronde najaar 2025 van 1 november 2025``: what the document was made
        from (after "Gemaakt uit: ")."""
        of_round = f"ronde {round_name} van {round_date_text}"
        if self.version_id:
            return f"versie {short_id(self.version_id)} (zie Geschiedenis), {of_round}"
        return (
            f"een bestand dat geen opgeslagen versie is (niet in de geschiedenis), met als vingerafdruk van de inhoud "
            f"(sha256) {self.digest}; {of_round}"
        )


def running_header(programme: str, letter: Letter, round_name: str) -> str:
    """The line above every page but the cover: programme, the letter (or the round), kenmerk."""
    parts = [programme, letter.line or f"Actie-overzicht {round_name}"]
    if letter.reference:
        parts.append(f"Kenmerk {letter.reference}")
    return SEPARATOR.join(parts)
