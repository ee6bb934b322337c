"""``python -m workbook validate PATH [--json] [--annotate OUT.xlsx]``.

Exit codes: 0 without errors (warnings allowed), 1 with at least one error,
2 when the file cannot be read as a workbook at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from schemas import check
from workbook.annotate import annotate
from workbook.findings import WorkbookError

HELP = "Controleer een werkboek en meld wat er mis is (per blad, rij en kolom)."

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PAD", type=Path, help="het werkboek (.xlsx)")
    parser.add_argument("--json", action="store_true", help="het rapport als JSON")
    parser.add_argument(
        "--annotate",
        metavar="UIT.xlsx",
        type=Path,
        help="schrijf een kopie met gekleurde cellen, opmerkingen en een blad 'Controle' (het origineel blijft "
        "ongewijzigd)",
    )


def run(args: argparse.Namespace) -> int:
    report = check(args.path).report
    print(report.as_json() if args.json else report.as_text())
    if not report.readable:
        return EXIT_UNREADABLE
    if args.annotate:
        if args.annotate.resolve() == args.path.resolve():
            print("De geannoteerde kopie moet een andere naam krijgen dan het werkboek zelf.", file=sys.stderr)
            return EXIT_UNREADABLE
        try:
            annotate(args.path, report, args.annotate)
        except WorkbookError as exc:
            print(exc.finding.as_line(), file=sys.stderr)
            return EXIT_UNREADABLE
        print(f"Geannoteerde kopie geschreven: {args.annotate}", file=sys.stderr)
    return EXIT_OK if report.valid else EXIT_ERRORS
