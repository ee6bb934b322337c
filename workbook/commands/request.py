"""``python -m workbook request WERKBOEK MAP [--round RONDE] [--deadline JJJJ-MM-DD] [--json]``: ask every party.

Writes one request workbook per reporting party into MAP for the open (latest) round: its own actions to
fill in (only the open round's two columns are editable), the actions it is involved in as read-only
context, and a hidden identification. An existing file is never overwritten. Exit codes: 0 written;
1 refused (fouten, a closed round, not the open round, a file exists); 2 the workbook cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from views.round_files import RoundRefused, request_files
from workbook import history, nl

from ._common import EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE, read
from .new_round import date

HELP = "Schrijf per rapporterende partij een verzoek (Excel-bestand) voor de open ronde."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="WERKBOEK", type=Path, help="het werkboek (.xlsx)")
    parser.add_argument("folder", metavar="MAP", type=Path, help="de map voor de verzoeken (wordt gemaakt)")
    parser.add_argument("--round", metavar="RONDE", help="de open ronde (ter controle; standaard de laatste)")
    parser.add_argument("--deadline", type=date, metavar="JJJJ-MM-DD", help="de datum waarop het antwoord binnen is")
    parser.add_argument("--json", action="store_true", help="de geschreven bestanden als JSON")


def run(args: argparse.Namespace) -> int:
    loaded = read(args.path)
    if loaded is None:
        return EXIT_UNREADABLE
    _, checked = loaded
    try:
        files = request_files(checked, round_name=args.round, deadline=args.deadline)
    except RoundRefused as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    existing = [f.name for f in files if (args.folder / f.name).exists()]
    if existing:
        print(
            f"In '{args.folder}' staat al '{existing[0]}'; kies een lege map. Er is niets geschreven.", file=sys.stderr
        )
        return EXIT_REFUSED
    args.folder.mkdir(parents=True, exist_ok=True)
    for file in files:
        history.atomic_write(args.folder / file.name, file.content)
    if args.json:
        rows = [{"partij": f.party, "bestand": f.name, "acties": f.actions} for f in files]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for file in files:
            print(f"{file.name}: {nl.count(file.actions, 'actie', 'acties')} voor {file.party}")
        print(f"{nl.count(len(files), 'verzoek', 'verzoeken')} geschreven in {args.folder}.")
    return EXIT_OK
