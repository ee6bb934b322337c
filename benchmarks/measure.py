"""One workbook, measured in a fresh process (so peak memory is this workbook's): ``python -m benchmarks.measure PATH``.

Prints one JSON object: seconds for the project's reader and pandas.read_excel(openpyxl), the check,
the overview, every page's view (the first visit of each page), how often a figure was computed twice
with the same arguments in those views (0 is the target), a cached load (miss, then hit) and a cached
view (a rerun) as a page gets them, and the process's peak RSS. With ``--report`` also the appendix for
the Tweede Kamer (``views.appendix.view`` + ``report.write_docx``, in memory; no PDF) and the open-data package of
the latest round (``opendata.release.package`` and its zip).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import time
from pathlib import Path

from support.procfs import current_rss_mb, peak_rss_mb


def best(function, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def measure(path: Path, repeat: int = 1) -> dict:
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    import pandas as pd

    from benchmarks.calls import counting, repeated
    from domain.model import build_overview
    from schemas import check_data
    from views.catalog import default_views
    from workbook import read_workbook

    today = dt.date.today()
    result: dict = {"file": path.name, "size_mb": path.stat().st_size / 2**20, "rss_base_mb": current_rss_mb()}
    result["read_s"], data = best(lambda: read_workbook(path), repeat)
    result["validate_s"], checked = best(lambda: check_data(data, today=today), repeat)
    result["overview_s"], overview = best(lambda: build_overview(checked.workbook, today=today), repeat)
    result["pages_s"], _ = best(lambda: default_views(build_overview(checked.workbook, today), checked.report), repeat)
    result["total_s"] = result["read_s"] + result["validate_s"] + result["overview_s"] + result["pages_s"]
    result["peak_rss_mb"] = peak_rss_mb()  # read + check + every page's figures, before anything else ran
    result["actions"] = len(data.frame("Acties"))
    result["errors"], result["warnings"] = checked.report.counts["fout"], checked.report.counts["waarschuwing"]
    computed, twice = {}, {}
    for page in default_views(overview, checked.report):  # each page as a first visit: a fresh overview
        with counting() as calls:
            default_views(build_overview(checked.workbook, today=today), checked.report, only=page)
        computed[page], twice[page] = sum(calls.values()), repeated(calls)
    result["figures_computed"], result["figures_repeated"] = computed, twice
    data = checked = overview = None  # free them before pandas reads the file

    result["pandas_read_s"], _ = best(lambda: pd.read_excel(path, sheet_name=None, engine="openpyxl"), repeat)
    result["read_ratio"] = result["read_s"] / result["pandas_read_s"]

    from dashboard import data as app_data  # st.cache_data outside a running app: an in-memory cache
    from dashboard.views import cached
    from views import overview as overview_view

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
    cached(overview_view.view, again, again.name, again.modified, False, report=again.report)  # the first visit
    with counting() as calls:
        start = time.perf_counter()
        cached(overview_view.view, again, again.name, again.modified, False, report=again.report)  # a rerun
        result["view_rerun_s"] = time.perf_counter() - start
    result["rerun_figures_computed"] = sum(calls.values())
    return result


def measure_report(path: Path, repeat: int = 1) -> dict:
    """Seconds for the whole appendix of the workbook: the view and the .docx (after the check, as the command does)."""
    import io

    from domain.model import build_overview
    from report import write_docx
    from schemas import check
    from views import appendix

    checked = check(path)
    overview = build_overview(checked.workbook)

    def make() -> int:
        document = appendix.view(overview, checked.report, name=checked.name, digest=checked.digest)
        buffer = io.BytesIO()
        write_docx(document, buffer)
        return len(buffer.getvalue())

    start = time.perf_counter()
    make()  # the first call in the process, reported apart
    first = time.perf_counter() - start
    seconds, size = best(make, repeat)
    result = {"report_s": seconds, "report_first_s": first, "report_kb": size / 1024}
    return result | measure_opendata(path, repeat)


def measure_opendata(path: Path, repeat: int = 1) -> dict:
    """Seconds for the open-data package of the workbook's latest round (files and zip, after the check)."""
    from domain.model import build_overview
    from opendata.release import package
    from schemas import check

    checked = check(path)
    overview = build_overview(checked.workbook)

    def make() -> int:
        return len(package(checked, None, None, overview).zip())

    start = time.perf_counter()
    make()  # the first call in the process: imports the opendata package and derives the Table Schemas
    first = time.perf_counter() - start
    seconds, size = best(make, repeat)
    return {"opendata_s": seconds, "opendata_first_s": first, "opendata_kb": size / 1024}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    with_report = "--report" in args
    args = [a for a in args if a != "--report"]
    repeat = int(args[1]) if len(args) > 1 else 1
    result = measure(Path(args[0]), repeat)
    if with_report:
        result |= measure_report(Path(args[0]), repeat)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
