"""The benchmark runs in CI in short mode: it must finish without error and report every figure (never asserts a
timing)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from domain.model import build_overview
from schemas import check
from support.browser import chromium_path, find_chromium, in_ci
from support.sample import synthetic_data, synthetic_workbook
from views.catalog import default_views
from workbook import contract

ROOT = Path(__file__).resolve().parent.parent


def test_synthetic_workbook_is_valid_and_realistic(tmp_path):
    path = synthetic_workbook(300, tmp_path)
    checked = check(path)
    data, report = checked.data, checked.report
    assert report.readable and report.counts["fout"] == 0, report.as_text()
    actions = data.frame(contract.SHEET_ACTIONS)
    assert len(actions) == 300 and actions[contract.COL_ACTION_ID].is_unique
    assert 300 < actions[contract.COL_WHAT].str.len().mean() < 800  # like the canonical workbook (about 530)
    assert (
        actions[contract.COL_WHO].str.contains(",").mean() > 0.4
        and actions[contract.COL_WHO].str.contains("andere partijen").any()
    )
    assert len(data.frame(contract.SHEET_PARTIES)) == 38 and len(data.rounds) == 3
    views = default_views(build_overview(checked.workbook), report)
    assert set(views) == {"overzicht", "doelstellingen", "partijen", "budget", "tijdlijn", "over"}
    assert views["doelstellingen"].count == "300 acties" and len(views["tijdlijn"].frame) == 300


def test_synthetic_ids_stay_valid_at_50_000_actions():
    rows = synthetic_data(50_000)[contract.SHEET_ACTIONS]
    ids = [row[contract.COL_ACTION_ID] for row in rows]
    assert len(set(ids)) == 50_000 and max(len(i) for i in ids) == len("1.1-4167")


def test_short_benchmark_runs_and_reports_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    command = [sys.executable, "-m", "benchmarks", "--short", "--json", str(out)]
    if in_ci():
        chromium_path()  # fails the test when chromium is missing: CI measures in the browser too
    elif find_chromium() is None:
        command.append("--no-browser")  # elsewhere: measure the rest
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| werkboek | acties |" in done.stdout and "Machine:" in done.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    rows = figures["workbooks"]
    assert [r["actions"] for r in rows[1:]] == [200, 1_000]  # the short sizes
    assert rows[0]["report_s"] > 0 and rows[0]["report_kb"] > 0  # the appendix of the first (canonical) workbook
    assert rows[0]["opendata_s"] > 0 and rows[0]["opendata_kb"] > 0  # and its open-data package
    assert "bijlage voor de Kamer (view + write_docx" in done.stdout
    for row in rows:
        for key in (
            "read_s",
            "pandas_read_s",
            "validate_s",
            "overview_s",
            "pages_s",
            "total_s",
            "cache_miss_s",
            "cache_hit_s",
        ):
            assert row[key] > 0, (row["label"], key)
        assert row["peak_rss_mb"] >= row["rss_base_mb"] > 0
        assert row["read_ratio"] == pytest.approx(row["read_s"] / row["pandas_read_s"])
        assert row["errors"] == 0
        # a first visit of a page computes each figure once; a rerun with the same filters computes none
        assert set(row["figures_computed"]) == {"overzicht", "doelstellingen", "partijen", "budget", "tijdlijn", "over"}
        assert all(n > 0 for n in row["figures_computed"].values())
        assert row["figures_repeated"] == {page: {} for page in row["figures_computed"]}, row["figures_repeated"]
        assert row["rerun_figures_computed"] == 0
    round_result = figures["round"]
    assert (round_result["actions"], round_result["answers"], round_result["exit_code"]) == (200, 40, 0)
    assert round_result["request_s"] > 0 and round_result["collect_s"] > 0 and round_result["cells_filled"] == 400
    assert "Rapportageronde op 200 acties" in done.stdout
    limits = figures["limits"]
    assert limits["zip_bomb_codes"] == ["zip-bomb"] and limits["zip_bomb_s"] > 0
    assert "Zip-bom (" in done.stdout and "million_rows_s" not in limits  # the million rows: full mode only
    if "--no-browser" not in command:
        render = figures["render"]
        assert render["overzicht_cold_s"] > 0 and render["floor_cold_s"] > 0
        assert "Verhouding Overzicht/vloer" in done.stdout
