"""Rules across sheets and rows, each a small named function.

Every rule takes the workbook parsed once (:class:`schemas.typed.TypedWorkbook`: years as ``Int64``,
amounts as ``Float64``, dates as dates, text as ``str``) and today's date, and returns findings.
A rule quietly skips what it cannot judge: a sheet or column that is missing (the reader reported
that already) or a cell whose own value is already wrong (the schema reported that; it is empty in
the parsed frame). Rules work on whole columns where pandas does that easily; per-row Python is
kept to the rows that have a problem.
"""

from .budget import budget_overlaps_are_other_lines, budget_parent_exists_and_is_larger, parts_fit_in_whole
from .closed import closed_rounds_unchanged, reporter_is_a_party
from .common import Rule
from .indicators import indicator_goal_exists, measurements_have_indicators
from .progress import idem_keeps_status, latest_round_filled, past_end_year_still_open, start_not_after_end
from .references import (
    action_goal_exists,
    action_parties_known,
    budget_goal_exists,
    budget_goal_matches_priority,
    budget_priority_exists,
    goal_code_matches_priority,
    goal_priority_exists,
    party_names_unique,
    sheets_have_rows,
)
from .rounds import newest_round_is_recent, round_dates_ascending, rounds_have_columns
from .sources import sources_are_listed

#: Every rule, in the order its findings are listed for the same cell.
RULES: tuple[Rule, ...] = (
    sheets_have_rows,
    goal_priority_exists,
    goal_code_matches_priority,
    party_names_unique,
    rounds_have_columns,
    round_dates_ascending,
    newest_round_is_recent,
    closed_rounds_unchanged,
    action_goal_exists,
    action_parties_known,
    reporter_is_a_party,
    start_not_after_end,
    past_end_year_still_open,
    latest_round_filled,
    idem_keeps_status,
    budget_goal_exists,
    budget_priority_exists,
    budget_goal_matches_priority,
    budget_parent_exists_and_is_larger,
    parts_fit_in_whole,
    budget_overlaps_are_other_lines,
    indicator_goal_exists,
    measurements_have_indicators,
    sources_are_listed,
)

__all__ = ["RULES", "Rule"]
