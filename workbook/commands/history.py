"""``python -m workbook history [--json]``: every version of the workbook, newest first, with date, author, summary.

Also ``--verschil OUD NIEUW`` (what changed between two versions) and ``--bewaar VERSIE UIT.xlsx`` (write
any version to a file). The version store is the one the environment names (:mod:`workbook.commands.stores`);
a version may be given by the first few characters of its id.

Exit codes: 0 done; 2 the store cannot be read (the remote cannot be reached, refuses the token) or a
version is not found.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from views import history as versions_view
from workbook import history as files
from workbook import nl
from workbook.findings import WorkbookError
from workbook.versions import StoreError

from . import stores
from .stores import EXIT_FAILED, EXIT_OK

HELP = "Toon elke gepubliceerde versie van het werkboek (datum, auteur, wat er veranderde); vergelijk of bewaar er een."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="de versies als JSON")
    parser.add_argument("--aantal", metavar="N", type=int, help="alleen de N nieuwste versies")
    parser.add_argument("--verschil", metavar=("OUD", "NIEUW"), nargs=2, help="wat er tussen twee versies veranderde")
    parser.add_argument("--bewaar", metavar=("VERSIE", "UIT.xlsx"), nargs=2, help="schrijf een versie naar een bestand")


def run(args: argparse.Namespace) -> int:
    try:
        with stores.opened(stores.settings()) as store:
            if args.verschil:
                return _compare(store, *args.verschil, as_json=args.json)
            if args.bewaar:
                return _save(store, args.bewaar[0], Path(args.bewaar[1]))
            _list(store.history(args.aantal), as_json=args.json)
            return EXIT_OK
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAILED


def _list(found, *, as_json: bool) -> None:
    if as_json:
        rows = [
            {
                "versie": v.id,
                "datum": v.when.isoformat(),
                "auteur": v.author_name,
                "email": v.author_email,
                "samenvatting": v.summary,
                "omschrijving": v.message,
            }
            for v in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not found:
        print("Er is nog geen versie gepubliceerd.")
    for v in found:
        print("\t".join((versions_view.short_id(v.id), nl.moment(v.when), v.author_name, v.summary)))


def _compare(store, old: str, new: str, *, as_json: bool) -> int:
    before, after = stores.find(store, old), stores.find(store, new)
    try:
        result = versions_view.compare(store.content(before.id), store.content(after.id), before, after)
    except WorkbookError as exc:
        print(exc.finding.as_line(), file=sys.stderr)
        return EXIT_FAILED
    if as_json:
        print(json.dumps({"samenvatting": result.summary(), "wijzigingen": result.as_records()}, ensure_ascii=False))
    else:
        print(result.as_text())
    return EXIT_OK


def _save(store, reference: str, target: Path) -> int:
    version = stores.find(store, reference)
    if target.exists():
        print(f"{target} bestaat al; kies een andere naam (er wordt niets overschreven).", file=sys.stderr)
        return EXIT_FAILED
    try:
        files.atomic_write(target, store.content(version.id))
    except OSError as exc:
        print(f"{target} kan niet worden geschreven ({exc.strerror}).", file=sys.stderr)
        return EXIT_FAILED
    print(f"Versie {versions_view.short_id(version.id)} van {nl.moment(version.when)} bewaard als {target}")
    return EXIT_OK
