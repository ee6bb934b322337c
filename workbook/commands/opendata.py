"""``python -m workbook opendata WERKBOEK MAP [--round RONDE] [--zip] [--overschrijven]``: the round as open data.

Writes a Frictionless Data Package (v2) into MAP: ``datapackage.json`` (a Table Schema per table, derived from
the checks of the workbook), a CSV file per table and ``dcat.jsonld`` (the DCAT-AP-NL 3.0 description for
data.overheid.nl); with ``--zip`` also ``MAP.zip``. The same version and round give the same bytes. The version
is the one ``history`` lists when the file is a stored version, else the file's content digest (said so).

Exit codes: 0 written; 1 refused (a workbook with fouten, an unknown round, a MAP that already holds a package
without ``--overschrijven``, a MAP that is a file); 2 the workbook cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from domain.model import build_overview
from opendata import DESCRIPTOR, write_folder
from opendata.release import NotPublishable, package
from schemas import check
from workbook import nl
from workbook.history import atomic_write

from . import stores

HELP = (
    "Schrijf een ronde als open data: een Frictionless gegevenspakket (CSV en datapackage.json) met DCAT-beschrijving."
)
EXIT_WRITTEN, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="WERKBOEK", type=Path, help="het werkboek (.xlsx); het wordt alleen gelezen")
    parser.add_argument("out", metavar="MAP", type=Path, help="de map waarin het gegevenspakket komt")
    parser.add_argument(
        "--round",
        "--ronde",
        metavar="RONDE",
        help="de ronde (standaard de laatste); latere rondes blijven buiten het pakket",
    )
    parser.add_argument("--zip", action="store_true", help="maak ook MAP.zip (het pakket als één bestand)")
    parser.add_argument("--overschrijven", action="store_true", help="vervang een pakket dat al in MAP staat")
    parser.epilog = (
        "Afsluitcodes: 0 geschreven; 1 geweigerd (een werkboek met fouten, een onbekende ronde, een MAP met al een "
        "pakket erin); 2 het werkboek kan niet worden gelezen."
    )


def refuse_output(out: Path, overwrite: bool, with_zip: bool) -> str | None:
    """Why MAP may not be written (Dutch), or None: never over a package that is there, unless asked."""
    if out.exists() and not out.is_dir():
        return f"'{out}' is een bestand, geen map; kies een map voor het gegevenspakket."
    targets = [out / DESCRIPTOR, *([out.with_suffix(".zip")] if with_zip else [])]
    existing = [target for target in targets if target.exists()]
    if existing and not overwrite:
        return f"'{existing[0]}' bestaat al; kies een andere map of gebruik --overschrijven."
    return None


def run(args: argparse.Namespace) -> int:
    problem = refuse_output(args.out, args.overschrijven, args.zip)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_REFUSED
    checked = check(args.path)
    if not checked.report.readable or checked.workbook is None:
        print(checked.report.as_text(), file=sys.stderr)
        return EXIT_UNREADABLE
    overview = build_overview(checked.workbook)
    try:
        content = args.path.read_bytes()
    except OSError as exc:
        print(f"Het werkboek '{args.path}' kan niet worden gelezen ({exc.strerror}).", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        made = package(checked, stores.stored_version(content), args.round, overview)
    except NotPublishable as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        print("Het gegevenspakket is niet gemaakt.", file=sys.stderr)
        return EXIT_REFUSED
    try:
        written = write_folder(made.files, args.out)
        if args.zip:
            atomic_write(args.out.with_suffix(".zip"), made.zip())
    except OSError as exc:
        print(f"'{args.out}' kan niet worden geschreven ({exc.strerror}).", file=sys.stderr)
        return EXIT_UNREADABLE
    release = made.release
    tables = nl.count(len(written) - 2, "tabel", "tabellen")
    print(
        f"Gegevenspakket geschreven: {args.out} (ronde {release.round_name}, {tables}, versie {release.version_label})."
    )
    if args.zip:
        print(f"Als één bestand: {args.out.with_suffix('.zip')}")
    return EXIT_WRITTEN
