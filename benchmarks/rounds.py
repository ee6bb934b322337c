"""``request`` and ``collect`` on a synthetic workbook, in a fresh process: ``python -m benchmarks.rounds N ANSWERS``.

Builds the workbook with ``N`` actions (support.sample), opens a new round, then measures:

* **request**: check the workbook and write every reporting party's request (38 parties at 10 000 actions);
* **collect**: check the workbook, read ``ANSWERS`` filled answers (every request filled with openpyxl, and
  the first ones sent twice, identical, up to that number), decide and write the merged version.

Prints one JSON object with the seconds, the counts and the process's peak RSS.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tempfile
import time
from pathlib import Path

from support.procfs import peak_rss_mb
from support.sample import synthetic_workbook

ROUND, ROUND_DATE = "najaar 2026", dt.date(2026, 11, 1)


def measure(actions: int, answers: int) -> dict:
    from openpyxl import load_workbook

    from schemas import check
    from views import round_files

    base = synthetic_workbook(actions).read_bytes()
    opened = round_files.new_round(base, check(base, name="synthetisch.xlsx"), ROUND, ROUND_DATE)
    result: dict = {"actions": actions}
    start = time.perf_counter()
    checked = check(opened, name="synthetisch.xlsx")
    files = round_files.request_files(checked, deadline=dt.date(2026, 10, 1))
    result["request_s"] = time.perf_counter() - start
    result["requests"] = len(files)
    result["request_mb"] = sum(len(f.content) for f in files) / 2**20
    result["peak_rss_request_mb"] = peak_rss_mb()
    with tempfile.TemporaryDirectory() as folder:
        filled = []
        for number, file in enumerate(files):  # a party fills every yellow cell (not measured)
            book = load_workbook(io.BytesIO(file.content))
            ws = book["Acties"]
            headers = [c.value for c in ws[1]]
            progress = headers.index(f"Voortgang {ROUND}") + 1
            for row in range(2, ws.max_row + 1):
                ws.cell(row=row, column=progress).value = f"Voortgang van actie {ws.cell(row=row, column=1).value}."
                ws.cell(row=row, column=progress + 1).value = "Loopt"
            path = Path(folder) / f"antwoord-{number:02d}.xlsx"
            book.save(path)
            filled.append(path)
        while len(filled) < answers:  # two colleagues sent the same answer: identical, so no conflict
            filled.append(filled[len(filled) % len(files)])
        named = [(f"{i:02d}-{p.name}", p.read_bytes()) for i, p in enumerate(filled[:answers])]
        start = time.perf_counter()
        checked = check(opened, name="synthetisch.xlsx")
        merged = round_files.collect_answers(opened, checked, named)
        result["collect_s"] = time.perf_counter() - start
    result["answers"] = len(named)
    result["cells_filled"] = len(merged.collected.changes)
    result["exit_code"] = merged.collected.exit_code
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(json.dumps(measure(int(args[0]), int(args[1]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
