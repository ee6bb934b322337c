"""``python -m benchmarks [--short] [--json OUT] [--no-browser]``: measure and print a table.

Each workbook is measured in its own process (:mod:`benchmarks.measure`), so the
peak memory is that workbook's. Full mode fails when the canonical workbook is
missing; short mode (CI) falls back to the test sample and uses small synthetic
sizes. Neither mode fails on a missed target: timings are reported, not asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from support.sample import synthetic_workbook
from workbook import contract

ROOT = Path(__file__).resolve().parent.parent
FULL_SIZES = (1_000, 10_000, 50_000)
SHORT_SIZES = (200, 1_000)
TARGET_CANONICAL_S = 0.3
TARGET_LARGE_S = 5.0
TARGET_LARGE_MB = 1024
ROUND_ACTIONS, ROUND_ACTIONS_SHORT, ROUND_ANSWERS = 10_000, 200, 40
TARGET_ROUND_S = 5.0
TARGET_REPORT_S = 2.0


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = (
            next(
                int(row.split()[1])
                for row in Path("/proc/meminfo").read_text().splitlines()
                if row.startswith("MemTotal")
            )
            / 2**20
        )
    except (OSError, StopIteration):
        memory = 0
    import openpyxl
    import pandas
    import streamlit

    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GB RAM; Python {platform.python_version()}, pandas "
        f"{pandas.__version__}, "
        f"openpyxl {openpyxl.__version__}, streamlit {streamlit.__version__}; {platform.system()} {platform.release()}"
    )


def in_child(module: str, *args: str, what: str) -> dict:
    """Run ``python -m module args`` in a fresh process; its last line of output is one JSON object."""
    done = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"measuring {what} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_in_child(path: Path, repeat: int, report: bool = False) -> dict:
    args = (str(path), str(repeat), *(["--report"] if report else []))
    return in_child("benchmarks.measure", *args, what=path.name)


def measure_round_in_child(actions: int, answers: int) -> dict:
    """``request`` and ``collect`` (benchmarks/rounds.py) in a fresh process."""
    return in_child("benchmarks.rounds", str(actions), str(answers), what="the round")


def limit_lines(result: dict) -> list[str]:
    """The guards against hostile files (benchmarks/limits.py)."""
    lines = [
        f"Zip-bom ({_int(result['zip_bomb_kb'])} KB, uitgepakt meer dan "
        f"{_int(contract.MAX_UNCOMPRESSED_BYTES / 2**20)} MB): geweigerd in {_dec(result['zip_bomb_s'] * 1000, 2)} ms, "
        "zonder uit te pakken"
    ]
    if "million_rows_s" in result:
        lines.append(
            f"Een miljoen rijen in Acties: de eerste {_int(contract.MAX_ROWS_PER_SHEET)} gelezen en gecontroleerd in "
            f"{_ms(result['million_rows_s'])} ({_int(result['million_rows_findings'])} meldingen), piek-RSS "
            f"{_int(result['peak_rss_mb'])} MB"
        )
    return lines


def round_lines(result: dict) -> list[str]:
    ok = max(result["request_s"], result["collect_s"]) < TARGET_ROUND_S and result["peak_rss_mb"] < TARGET_LARGE_MB
    return [
        f"Rapportageronde op {_int(result['actions'])} acties: request (controleren + {result['requests']} verzoeken "
        f"schrijven) {_ms(result['request_s'])}; collect ({result['answers']} antwoorden lezen, beslissen, "
        f"{_int(result['cells_filled'])} cellen invullen) {_ms(result['collect_s'])}; piek-RSS "
        f"{_int(result['peak_rss_mb'])} MB (doel: elk < 5 s en < 1 GB): {'gehaald' if ok else 'NIET gehaald'}"
    ]


def workbooks(short: bool, directory: Path) -> list[tuple[str, Path]]:
    canonical = contract.CANONICAL_WORKBOOK
    if canonical.exists():
        rows = [("canoniek werkboek", canonical)]
    elif short:
        from support import sample

        rows = [("testvoorbeeld (canoniek ontbreekt)", sample.build(directory))]
    else:
        raise SystemExit(
            f"Het canonieke werkboek ontbreekt: {canonical}. (python -m benchmarks --short gebruikt dan het "
            "testvoorbeeld.)"
        )
    for size in SHORT_SIZES if short else FULL_SIZES:
        rows.append((f"synthetisch {_int(size)} acties", synthetic_workbook(size)))
    return rows


def _int(number: float) -> str:
    """1000 -> "1.000" (Dutch thousands separator)."""
    return f"{number:,.0f}".replace(",", ".")


def _dec(number: float, digits: int = 1) -> str:
    """0.25 -> "0,25" (Dutch decimal comma)."""
    return f"{number:.{digits}f}".replace(".", ",")


def _ms(seconds: float) -> str:
    return f"{_int(seconds * 1000)} ms" if seconds < 1 else f"{_dec(seconds, 2)} s"


def table(results: list[dict]) -> str:
    header = (
        "| werkboek | acties | MB | lezen | pandas.read_excel | verhouding | valideren | overzicht + paginadata "
        "| totaal | piek-RSS | uit cache (rerun) |"
    )
    lines = [header, "|" + "|".join(["---"] * (header.count("|") - 1)) + "|"]
    for r in results:
        lines.append(
            f"| {r['label']} | {_int(r['actions'])} | {_dec(r['size_mb'])} | {_ms(r['read_s'])} | "
            f"{_ms(r['pandas_read_s'])} | {_dec(r['read_ratio'], 2)} | "
            f"{_ms(r['validate_s'])} | {_ms(r['overview_s'] + r['pages_s'])} | **{_ms(r['total_s'])}** | "
            f"{_int(r['peak_rss_mb'])} MB | {_ms(r['cache_hit_s'])} |"
        )
    return "\n".join(lines)


def verdicts(results: list[dict]) -> list[str]:
    lines = []
    canonical = results[0]
    twice = {page: found for page, found in canonical["figures_repeated"].items() if found}
    computed = ", ".join(f"{page} {n}" for page, n in canonical["figures_computed"].items())
    lines.append(
        f"- {canonical['label']}: figuren per eerste paginabezoek: {computed}; "
        + ("elke figuur één keer berekend" if not twice else f"NIET elke figuur één keer: {twice}")
    )
    lines.append(
        f"- rerun van Overzicht (zelfde filters): {canonical['rerun_figures_computed']} figuren berekend, "
        f"{_ms(canonical['view_rerun_s'])} (uit de cache per werkboekversie en filters)"
    )
    canonical = results[0]
    ok = canonical["total_s"] < TARGET_CANONICAL_S
    lines.append(
        f"- {canonical['label']}: lezen+valideren+aggregeren {_ms(canonical['total_s'])} (doel < "
        f"{_ms(TARGET_CANONICAL_S)}): {'gehaald' if ok else 'NIET gehaald'}"
    )
    if "report_s" in canonical:
        ok = max(canonical["report_s"], canonical["report_first_s"]) < TARGET_REPORT_S
        lines.append(
            f"- {canonical['label']}: bijlage voor de Kamer (view + write_docx, {_int(canonical['report_kb'])} KB) "
            f"{_ms(canonical['report_s'])}, de eerste keer in een proces {_ms(canonical['report_first_s'])} (doel < "
            f"{_ms(TARGET_REPORT_S)}): {'gehaald' if ok else 'NIET gehaald'}"
        )
    if "opendata_s" in canonical:
        ok = max(canonical["opendata_s"], canonical["opendata_first_s"]) < TARGET_REPORT_S
        lines.append(
            f"- {canonical['label']}: open data (gegevenspakket met zip, {_int(canonical['opendata_kb'])} KB) "
            f"{_ms(canonical['opendata_s'])}, de eerste keer in een proces {_ms(canonical['opendata_first_s'])} (doel "
            f"< {_ms(TARGET_REPORT_S)}): {'gehaald' if ok else 'NIET gehaald'}"
        )
    largest = results[-1]
    if largest["actions"] >= 50_000:
        ok = largest["total_s"] < TARGET_LARGE_S and largest["peak_rss_mb"] < TARGET_LARGE_MB
        lines.append(
            f"- {largest['label']}: {_ms(largest['total_s'])} en {_int(largest['peak_rss_mb'])} MB (doel < 5 s en < 1 "
            f"GB): {'gehaald' if ok else 'NIET gehaald'}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description="Snelheid en geheugen van het werkboek en de app."
    )
    parser.add_argument(
        "--short", action="store_true", help="kleine maten, voor CI (faalt alleen op fouten, niet op tijden)"
    )
    parser.add_argument("--json", type=Path, help="schrijf alle cijfers ook als JSON naar dit bestand")
    parser.add_argument("--no-browser", action="store_true", help="sla de meting in Chromium over")
    args = parser.parse_args(argv)

    print(f"Machine: {machine()}\n", flush=True)
    results = []
    with tempfile.TemporaryDirectory() as directory:
        for index, (label, path) in enumerate(workbooks(args.short, Path(directory))):
            repeat = 3 if "synthetisch" not in label or "200" in label else 1
            result = measure_in_child(path, repeat, report=index == 0)  # the appendix of the canonical workbook
            result["label"], result["path"] = label, str(path)
            if result["errors"] and "synthetisch" in label:
                raise RuntimeError(f"{label}: the synthetic workbook has {result['errors']} fout(en)")
            results.append(result)
            print(f"  gemeten: {label} ({_ms(result['total_s'])})", file=sys.stderr, flush=True)
        print(table(results))
        print()
        print("\n".join(verdicts(results)))
        round_result = measure_round_in_child(ROUND_ACTIONS_SHORT if args.short else ROUND_ACTIONS, ROUND_ANSWERS)
        if round_result["exit_code"] != 0:
            raise RuntimeError(f"the benchmark's round refused answers: {round_result}")
        print()
        print("\n".join(round_lines(round_result)))
        limits = in_child("benchmarks.limits", *([] if args.short else ["--million"]), what="the limits")
        print("\n".join(limit_lines(limits)))

        render = None
        if args.no_browser:
            print("\nWeergave in Chromium: overgeslagen (--no-browser).")
        else:
            from benchmarks.render import chromium_available, render_times

            if chromium_available():
                render = render_times(Path(results[0]["path"]))
                print(
                    f"\nEerste volledige weergave van Overzicht in headless Chromium ({render['workbook']}): "
                    f"{_ms(render['overzicht_cold_s'])} koud (eerste bezoek na de start: werkboek inlezen), "
                    f"{_ms(render['overzicht_warm_s'])} warm (nieuwe bezoeker, uit de cache).\n"
                    f"Vloer (kale pagina met één tabel, benchmarks/floor_app.py): {_ms(render['floor_cold_s'])} koud, "
                    f"{_ms(render['floor_warm_s'])} warm.\n"
                    f"Verhouding Overzicht/vloer: {_dec(render['ratio_cold'])}x koud, {_dec(render['ratio_warm'])}x "
                    f"warm (snelste bezoeken), {_dec(render['ratio_warm_median'], 2)}x warm (medianen; de bezoeken "
                    "wisselen elkaar af). Doel warm: ten hoogste 1,3x."
                )
            else:
                print("\nWeergave in Chromium: niet gemeten (chromium ontbreekt; apt-get install chromium).")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": machine(),
                    "short": args.short,
                    "workbooks": results,
                    "render": render,
                    "round": round_result,
                    "limits": limits,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0
