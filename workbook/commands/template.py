"""``python -m workbook template UIT.xlsx [--ronde NAAM ...]``: an empty workbook with dropdowns and explanations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbook.template import write_template

HELP = "Schrijf een leeg werkboek met alle bladen, kopregels, keuzelijsten en uitleg per kolom."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "out",
        metavar="UIT.xlsx",
        type=Path,
        help="het nieuwe werkboek (bestaat het al, dan wordt het niet overschreven)",
    )
    parser.add_argument(
        "--ronde",
        action="append",
        default=[],
        metavar="NAAM",
        help="voeg de kolommen voor deze rapportageronde toe (mag vaker)",
    )
    parser.add_argument("--overschrijven", action="store_true", help="overschrijf UIT.xlsx als het al bestaat")


def run(args: argparse.Namespace) -> int:
    if args.out.exists() and not args.overschrijven:
        print(f"'{args.out}' bestaat al; kies een andere naam of gebruik --overschrijven.", file=sys.stderr)
        return 2
    if args.out.suffix.lower() != ".xlsx":
        print("Geef een bestandsnaam die eindigt op .xlsx.", file=sys.stderr)
        return 2
    write_template(args.out, args.ronde)
    print(f"Leeg werkboek geschreven: {args.out}")
    return 0
