"""``python -m workbook diff OUD.xlsx NIEUW.xlsx [--json]``: what changed between two versions.

Exit codes: 0 no differences, 1 differences found, 2 a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workbook.diff import diff_workbooks
from workbook.findings import WorkbookError
from workbook.reader import read_workbook

HELP = "Laat zien wat er tussen twee versies van het werkboek is veranderd (acties, statussen, partijen, budget)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OUD.xlsx", type=Path, help="de vorige versie")
    parser.add_argument("new", metavar="NIEUW.xlsx", type=Path, help="de nieuwe versie")
    parser.add_argument("--json", action="store_true", help="de wijzigingen als JSON (een lijst van rijen)")


def run(args: argparse.Namespace) -> int:
    try:
        old, new = read_workbook(args.old), read_workbook(args.new)
    except WorkbookError as exc:
        print(exc.finding.as_line(), file=sys.stderr)
        return 2
    result = diff_workbooks(old, new)
    if args.json:
        print(
            json.dumps(
                {"samenvatting": result.summary(), "wijzigingen": result.as_records()}, ensure_ascii=False, indent=2
            )
        )
    else:
        print(result.as_text())
    return 0 if result.empty else 1
