"""``python -m workbook new-round WERKBOEK RONDE --date JJJJ-MM-DD [-o UIT.xlsx]``: open a reporting round.

Adds the round to Rondes and its columns ``Voortgang <RONDE>`` and ``Status <RONDE>`` to Acties, right after
the last round, with the same dropdowns, widths, wrapping and help text. Without ``-o`` the workbook is
changed in place after a copy in history/. Exit codes: 0 done; 1 refused (the name exists, the date is not
after the last round, the workbook has fouten); 2 the file cannot be read.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from views.round_files import new_round

from ._common import new_version

HELP = "Open een nieuwe rapportageronde: een regel in Rondes en twee kolommen in Acties."


def date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is geen datum; schrijf bijvoorbeeld 2026-05-01.") from exc


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="WERKBOEK", type=Path, help="het werkboek (.xlsx)")
    parser.add_argument("round", metavar="RONDE", help="de naam van de ronde, bijv. 'voorjaar 2026'")
    parser.add_argument("--date", required=True, type=date, metavar="JJJJ-MM-DD", help="de datum van de ronde")
    parser.add_argument("--bron", metavar="TEKST", help="de bron van de ronde (bijv. de titel van de voortgangsbrief)")
    parser.add_argument("-o", "--out", metavar="UIT.xlsx", type=Path, help="schrijf hierheen (anders: in het werkboek)")


def run(args: argparse.Namespace) -> int:
    return new_version(
        args.path,
        args.out,
        lambda content, checked: new_round(content, checked, args.round, args.date, args.bron),
        f"Ronde '{' '.join(args.round.split())}' is geopend.",
    )
