"""``python -m workbook format PAD``: refresh layout and dropdowns of a workbook in place (a copy is kept first).

Exit codes: 0 done, 2 the file was not changed (it cannot be opened or rewritten without loss).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbook.template import TemplateError, format_workbook

HELP = "Vernieuw keuzelijsten, uitleg per kolom en opmaak van een werkboek; eerst wordt een kopie bewaard in history/."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PAD", type=Path, help="het werkboek (.xlsx); alle waarden blijven gelijk")


def run(args: argparse.Namespace) -> int:
    try:
        result = format_workbook(args.path)
    except TemplateError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    rules = sum(result.validations.values())
    print(f"Werkboek opgemaakt: {result.path} ({rules} regels voor keuzelijsten en uitleg).")
    print(f"Kopie van de vorige versie: {result.backup}")
    return 0
