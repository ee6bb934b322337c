"""One workbook, measured in a fresh process (so peak memory is this workbook's): ``python -m benchmarks.measure PATH``.

Prints one JSON object: seconds for the project's reader and pandas.read_excel(openpyxl),
validation, all page data (build_overview + the aggregate functions the pages call),
a cached load (miss, then hit) as a page rerun gets it, and the process's peak RSS.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import resource
import sys
import time
from pathlib import Path


def status_mb(field: str, pid: int | str = "self") -> float | None:
    """A memory field of ``/proc/<pid>/status`` (``VmRSS``, ``VmHWM``) in MB; None where there is no /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def rss_mb() -> float:
    """Peak resident memory of this process so far: VmHWM from /proc (ru_maxrss would carry the parent's peak over exec)."""
    peak = status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    current = status_mb("VmRSS")
    return current if current is not None else rss_mb()


def best(function, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def page_data(overview, data, report) -> int:
    """Everything the pages compute with their default filters; returns a count so nothing is optimised away."""
    from workbook import aggregate as agg
    from workbook import settings as s

    parts = [agg.headline(overview)]
    parts += [agg.status_counts(overview, by=s.COL_PRIORITY), agg.status_counts(overview, by=s.COL_GOAL)]
    parts += [agg.group_order(overview, s.COL_PRIORITY), agg.group_order(overview, s.COL_GOAL)]
    parts += [agg.status_moves(overview), agg.moved_actions(overview, overview.previous_round, overview.latest_round)]
    parts.append(agg.move_sentences(parts[5]))
    actions = agg.filter_actions(overview, agg.ActionQuery())
    parts += [
        agg.goal_labels(overview),
        actions,
        agg.action_table(overview, actions, agg.action_notes(overview, report.findings)),
    ]
    parts += [agg.status_column(overview, None), agg.status_by_round(overview, actions, by_goal=True)]
    matrix = agg.party_matrix(overview)
    parties = agg.party_order(matrix)
    parts += [matrix, agg.party_matrix_wide(matrix, parties)]
    if parties:
        parts += [
            agg.party_profile(overview, parties[0]),
            agg.party_status_counts(overview, parties[0]),
            agg.party_actions(overview, parties[0], None, None),
        ]
    parts += [agg.timeline(overview, actions), agg.timeline_axis(overview)]
    parts += [agg.budget_lines(overview), agg.budget_per_year(overview), agg.quality_agenda(overview)]
    parts += [agg.budget_by_group(overview), agg.budget_by_kind(overview)]
    parts += [agg.composition(overview, whole) for whole in agg.budget_wholes(overview)]
    parts.append(agg.round_table(overview, data.frame(s.SHEET_ROUNDS)))
    return len(parts)


def measure(path: Path, repeat: int = 1) -> dict:
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    import pandas as pd

    from schemas import validate_data
    from workbook import read_workbook
    from workbook.model import build_overview

    today = dt.date.today()
    base = current_rss_mb()
    result: dict = {"file": path.name, "size_mb": path.stat().st_size / 2**20, "rss_base_mb": base}
    result["read_s"], data = best(lambda: read_workbook(path), repeat)
    result["validate_s"], report = best(lambda: validate_data(data, today=today), repeat)
    result["overview_s"], overview = best(lambda: build_overview(data, today=today), repeat)
    result["pages_s"], _ = best(lambda: page_data(overview, data, report), repeat)
    result["total_s"] = result["read_s"] + result["validate_s"] + result["overview_s"] + result["pages_s"]
    result["peak_rss_mb"] = rss_mb()  # read + validate + aggregate, before anything else ran
    result["actions"] = len(data.frame("Acties"))
    result["errors"], result["warnings"] = report.counts["fout"], report.counts["waarschuwing"]
    del data, report, overview

    result["pandas_read_s"], _ = best(lambda: pd.read_excel(path, sheet_name=None, engine="openpyxl"), repeat)
    result["read_ratio"] = result["read_s"] / result["pandas_read_s"]

    from dashboard import data as app_data  # st.cache_data outside a running app: an in-memory cache

    start = time.perf_counter()
    first = app_data.load_path(path)
    result["cache_miss_s"] = time.perf_counter() - start
    hits = []
    for _ in range(3):
        start = time.perf_counter()
        again = app_data.load_path(path)
        hits.append(time.perf_counter() - start)
    result["cache_hit_s"] = min(hits)
    assert again.digest == first.digest and again.usable == first.usable
    return result


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    repeat = int(args[1]) if len(args) > 1 else 1
    print(json.dumps(measure(Path(args[0]), repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
