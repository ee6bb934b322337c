"""Every page's view with its default filters: what a first visit to each page computes.

The benchmark measures it and counts the figures it computes (``python -m benchmarks``); the tests build
every view on the sample and the canonical workbook with it.
"""

from __future__ import annotations

from typing import Any

from domain.model import Overview
from domain.search import ActionQuery
from workbook.findings import Report

from . import about, budget, goals, overview, parties, timeline


def default_views(
    model: Overview, report: Report, name: str = "werkboek.xlsx", only: str | None = None
) -> dict[str, Any]:
    """Page name -> its view, with the filters a first visit has (no goal, party or text chosen); ``only`` one page."""
    builders = {
        "overzicht": lambda: overview.view(model, name, None, False, report=report),
        "doelstellingen": lambda: goals.view(model, ActionQuery(), report=report),
        "partijen": lambda: parties.view(model, None, None, None),
        "budget": lambda: budget.view(model),
        "tijdlijn": lambda: timeline.view(model, ActionQuery()),
        "over": lambda: about.view(model),
    }
    return {page: build() for page, build in builders.items() if only in (None, page)}
