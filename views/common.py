"""What every page shares: the facts about the workbook shown, the banner when it has fouten, a metric."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workbook import nl
from workbook.findings import Report

ERROR, INFO = "error", "info"
CHECK_LINK = "Bekijk de bevindingen van de controle"
UNREADABLE_LINK = "Naar de controle van het werkboek"


@dataclass(frozen=True)
class Metric:
    """A figure with its label and what it counts (the help text).

    ``precision``: the word at the start of ``value`` that says how exact it is (``ten hoogste`` in ``ten hoogste
    € 920 mln``); a narrow tile shows the amount large and the word under it (:attr:`amount`).
    """

    label: str
    value: str
    help: str = ""
    precision: str = ""

    @property
    def amount(self) -> str:
        """The value without its precision word."""
        word = f"{self.precision} "
        return self.value[len(word) :] if self.precision and self.value.startswith(word) else self.value


@dataclass(frozen=True)
class Banner:
    """A message at the top of a page; ``link`` names the check page's link under it, if any."""

    level: str
    text: str
    link: str | None = None


def check_state(report: Report) -> str:
    if not report.readable:
        return "onleesbaar"
    return "in orde" if report.valid else "bevat fouten"


def check_line(report: Report) -> str:
    """``Controle: in orde (0 fouten, 28 waarschuwingen)``."""
    counts = report.counts
    errors = nl.count(counts["fout"], "fout", "fouten")
    warnings = nl.count(counts["waarschuwing"], "waarschuwing", "waarschuwingen")
    return f"Controle: {check_state(report)} ({errors}, {warnings})"


def modified_line(modified: dt.datetime | None) -> str:
    return f"Gewijzigd op {nl.moment(modified)}" if modified else ""


def banners(name: str, report: Report, *, usable: bool, preview: bool) -> list[Banner]:
    """The messages every page shows first: the workbook cannot be read, has fouten, or is a private preview."""
    found: list[Banner] = []
    if not report.readable:
        reason = report.findings[0].message if report.findings else ""
        found.append(Banner(ERROR, f"Het werkboek '{name}' kan niet worden gelezen: {reason}", UNREADABLE_LINK))
    elif report.errors:
        text = (
            f"Het werkboek '{name}' bevat {nl.count(len(report.errors), 'fout', 'fouten')}. "
            "De cijfers kunnen daardoor onvolledig zijn; wat wel leesbaar is, wordt getoond."
        )
        found.append(Banner(ERROR, text, CHECK_LINK))
    if preview:
        found.append(Banner(INFO, f"U bekijkt uw eigen versie '{name}' (alleen voor u zichtbaar)."))
    if report.readable and not usable:
        found.append(
            Banner(ERROR, "Uit dit werkboek kan geen overzicht worden gemaakt. Bekijk de bevindingen van de controle.")
        )
    return found
