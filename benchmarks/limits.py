"""The guards against hostile files, in a fresh process: ``python -m benchmarks.limits [--million]``.

* **zip-bom**: ``schemas.check`` of a 250 KB file that unpacks to more than 250 MB (``support.badfiles.zip_bomb``):
  refused from the zip's directory, before a part is unpacked (tests/test_bad_files.py asserts that; here the time);
* **een miljoen rijen** (with ``--million``): ``schemas.check`` of a workbook whose Acties sheet has a million rows
  (``support.badfiles.million_rows``): the first ``MAX_ROWS_PER_SHEET`` are read, the findings are counted.

Prints one JSON object with the seconds and the process's peak RSS (which the million rows set, when measured).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from support.procfs import peak_rss_mb


def measure(million: bool) -> dict:
    from schemas import check
    from support import badfiles, sample

    result: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        check(sample.build(directory))  # the imports and pandera's first use, outside the figures
        bomb = badfiles.zip_bomb(directory)
        result["zip_bomb_kb"] = bomb.stat().st_size / 1024
        times = []
        for _ in range(3):
            start = time.perf_counter()
            report = check(bomb).report
            times.append(time.perf_counter() - start)
        result["zip_bomb_s"] = min(times)
        result["zip_bomb_codes"] = [finding.code for finding in report.findings]
        if million:
            rows = badfiles.million_rows(directory)
            start = time.perf_counter()
            report = check(rows).report
            result["million_rows_s"] = time.perf_counter() - start
            result["million_rows_findings"] = len(report.findings)
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(json.dumps(measure("--million" in args)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
