"""``python -m workbook report WERKBOEK UIT.docx [--round RONDE] [--party PARTIJ] [--goal DOELSTELLING] [--pdf]``.

The appendix for the Tweede Kamer (the actie-overzicht) as a Word document, made from the workbook and
stamped with the version it came from (the id ``history`` lists, when the file is a stored version). Made only
from a workbook without fouten. ``--kenmerk``, ``--kamerbrief-datum`` and ``--kamerstuk`` put the letter it goes
with on the cover, before what the round's row in Rondes says.

Exit codes: 0 written (also when ``--pdf`` finds no LibreOffice: the .docx is written and a message says
so), 1 refused (an unknown round, party or goal, a workbook with fouten, an output that would overwrite
the workbook or an existing file) or the PDF conversion failed (the .docx is written), 2 the workbook
cannot be read.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from domain.model import build_overview
from report import PdfConversionError, SofficeMissing, to_pdf, write_docx
from schemas import check
from views import appendix
from workbook import nl

from . import stores

HELP = "Maak de bijlage voor de Tweede Kamer (het actie-overzicht) als Word-document uit het werkboek."

EXIT_WRITTEN, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="WERKBOEK", type=Path, help="het werkboek (.xlsx); het wordt alleen gelezen")
    parser.add_argument("out", metavar="UIT.docx", type=Path, help="het Word-document dat gemaakt wordt")
    parser.add_argument(
        "--round",
        "--ronde",
        metavar="RONDE",
        help="de rapportageronde (standaard de laatste); de tabel zet haar naast de ronde ervoor",
    )
    parser.add_argument(
        "--party", "--partij", metavar="PARTIJ", help="alleen de acties waarbij deze partij betrokken is"
    )
    parser.add_argument("--goal", "--doel", metavar="DOELSTELLING", help="alleen deze doelstelling, bijvoorbeeld 2.2")
    parser.add_argument(
        "--pdf",
        action="store_true",
        help="maak met LibreOffice ook UIT.pdf; ontbreekt LibreOffice, dan zegt een melding dat en wordt alleen "
        "de .docx geschreven (afsluitcode 0)",
    )
    parser.add_argument("--overschrijven", action="store_true", help="overschrijf UIT.docx (en UIT.pdf) als ze bestaan")
    add_letter_arguments(parser)
    parser.epilog = (
        "Afsluitcodes: 0 geschreven; 1 geweigerd (onbekende ronde, partij of doelstelling, een werkboek met fouten, "
        "een uitvoer die een bestaand bestand zou overschrijven) of de PDF kon niet worden gemaakt; 2 het werkboek "
        "kan niet worden gelezen."
    )


def letter_date(text: str) -> dt.date:
    """A date as JJJJ-MM-DD or DD-MM-JJJJ."""
    for form in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is geen datum; schrijf bijvoorbeeld 12-11-2025 of 2025-11-12.")


def add_letter_arguments(parser: argparse.ArgumentParser) -> None:
    """The letter the appendix goes with; each overrides the round's column in Rondes."""
    group = parser.add_argument_group("de Kamerbrief (op het voorblad; anders uit het blad Rondes)")
    group.add_argument("--kamerbrief-datum", metavar="DATUM", type=letter_date, help="de datum van de Kamerbrief")
    group.add_argument("--kenmerk", metavar="KENMERK", help="het kenmerk van de Kamerbrief")
    group.add_argument("--kamerstuk", metavar="NUMMER", help="het Kamerstuknummer, bijv. '31 524, nr. 700'")


def letter_of(args: argparse.Namespace) -> appendix.Letter:
    return appendix.Letter(args.kamerbrief_datum, args.kenmerk, args.kamerstuk)


def refuse_output(path: Path, out: Path, pdf: bool, overwrite: bool) -> str | None:
    """Why the output may not be written (Dutch), or None: never over the workbook, never over a file unasked."""
    if out.suffix.lower() != ".docx":
        return f"Geef voor de bijlage een bestandsnaam die eindigt op .docx, niet '{out.name}'."
    targets = [out, out.with_suffix(".pdf")] if pdf else [out]
    if any(target.resolve() == path.resolve() for target in targets):
        return "De bijlage moet een andere naam krijgen dan het werkboek zelf; het werkboek wordt nooit overschreven."
    if not out.parent.is_dir():
        return f"De map '{out.parent}' bestaat niet; maak haar eerst of kies een andere plek voor de bijlage."
    existing = [target.name for target in targets if target.exists()]
    if existing and not overwrite:
        return f"'{existing[0]}' bestaat al; kies een andere naam of gebruik --overschrijven."
    return None


def write_atomically(document: appendix.Appendix, out: Path) -> None:
    """Write the .docx next to ``out`` first and move it in place: a failure never leaves half a file."""
    handle, temporary = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".docx", dir=out.parent)
    os.close(handle)
    try:
        write_docx(document, Path(temporary))
        os.replace(temporary, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def run(args: argparse.Namespace) -> int:
    problem = refuse_output(args.path, args.out, args.pdf, args.overschrijven)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_REFUSED
    checked = check(args.path)
    report = checked.report
    if not report.readable or checked.workbook is None:
        print(report.as_text(), file=sys.stderr)
        return EXIT_UNREADABLE
    overview = build_overview(checked.workbook)
    choice = appendix.choose(overview, report, args.round, args.party, args.goal, name=checked.name)
    if not choice.ok:
        for line in choice.problems:
            print(line, file=sys.stderr)
        print("De bijlage is niet gemaakt.", file=sys.stderr)
        return EXIT_REFUSED
    document = appendix.view(
        overview,
        report,
        choice.round_name,
        choice.party,
        choice.goal,
        name=checked.name,
        digest=checked.digest,
        version_id=_version_id(args.path),
        letter=letter_of(args),
        today=dt.date.today(),
    )
    write_atomically(document, args.out)
    actions = nl.count(sum(len(g.rows) for p in document.priorities for g in p.goals), "actie", "acties")
    print(f"Bijlage geschreven: {args.out} ({document.round_name}, {actions}; gemaakt uit {document.stamp_line}).")
    if not args.pdf:
        return EXIT_WRITTEN
    try:
        pdf = to_pdf(args.out, args.out.parent)
    except SofficeMissing as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_WRITTEN
    except PdfConversionError as exc:
        print(f"{exc} Het Word-document is wel geschreven.", file=sys.stderr)
        return EXIT_REFUSED
    print(f"PDF geschreven: {pdf}")
    return EXIT_WRITTEN


def _version_id(path: Path) -> str | None:
    """The id of the stored version that is this file (``history``), or None for a file outside the store."""
    try:
        content = path.read_bytes()
    except OSError:
        return None
    found = stores.stored_version(content)
    return found.id if found else None
