"""Altair chart builders: pure functions from the frames of a view to an ``alt.Chart`` (no Streamlit).

Split by subject; every chart is finished the same way (:mod:`.base`): a Dutch title, a one-line
description as its accessible name, the Dutch locale, and colours that always come with a word.
"""

from .base import NL_LOCALE, description_of, title_of
from .budget import (
    budget_group_chart,
    budget_lines_chart,
    budget_per_year_chart,
    composition_chart,
    quality_agenda_chart,
)
from .indicators import indicator_chart
from .parties import SELECT_CELL, heat_fill, party_heatmap, role_status_chart
from .status import status_bars, status_by_round_chart
from .timeline import timeline_chart

__all__ = [
    "NL_LOCALE",
    "SELECT_CELL",
    "budget_group_chart",
    "budget_lines_chart",
    "budget_per_year_chart",
    "composition_chart",
    "description_of",
    "heat_fill",
    "indicator_chart",
    "party_heatmap",
    "quality_agenda_chart",
    "role_status_chart",
    "status_bars",
    "status_by_round_chart",
    "timeline_chart",
    "title_of",
]
