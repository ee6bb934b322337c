"""``python -m workbook close-round WERKBOEK RONDE [-o UIT.xlsx]``: freeze a published round.

Sets ``Vastgesteld`` (today) and ``Vingerafdruk`` (of the round's texts and statuses) in Rondes, adding
those columns when the sheet lacks them. From then on ``validate`` reports a fout when the round's cells
change. Without ``-o`` the workbook is changed in place after a copy in history/. Exit codes: 0 done;
1 refused (fouten, an unknown or already closed round); 2 the file cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from views.round_files import close_round

from ._common import new_version
from .new_round import date

HELP = "Stel een gepubliceerde ronde vast: daarna meldt de controle elke wijziging in die ronde."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="WERKBOEK", type=Path, help="het werkboek (.xlsx)")
    parser.add_argument("round", metavar="RONDE", help="de ronde die is gepubliceerd")
    parser.add_argument("--date", type=date, metavar="JJJJ-MM-DD", help="de datum van vaststelling (standaard vandaag)")
    parser.add_argument("-o", "--out", metavar="UIT.xlsx", type=Path, help="schrijf hierheen (anders: in het werkboek)")


def run(args: argparse.Namespace) -> int:
    return new_version(
        args.path,
        args.out,
        lambda content, checked: close_round(content, checked, args.round, args.date),
        f"Ronde '{args.round}' is vastgesteld.",
    )
