"""``python -m workbook collect WERKBOEK ANTWOORD.xlsx... -o NIEUW.xlsx [--json]``: take the answers in.

Reads each returned request and writes NIEUW.xlsx: WERKBOEK with the open round's cells filled from the
answers that can be taken. Never writes into WERKBOEK or an answer. Per file: how many actions were taken
in, and each cell that was not, with why (file, sheet, cell). Exit codes: 0 everything taken; 1 something
refused or in conflict (NIEUW.xlsx still holds what was taken); 2 a file could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from views.round_files import RoundRefused, collect_answers
from workbook import history, nl

from ._common import EXIT_UNREADABLE, read, same_file

HELP = "Neem de ingevulde verzoeken over in een nieuwe versie van het werkboek (het werkboek zelf blijft gelijk)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="WERKBOEK", type=Path, help="het werkboek (.xlsx); het blijft ongewijzigd")
    parser.add_argument("answers", metavar="ANTWOORD.xlsx", type=Path, nargs="+", help="de ingevulde verzoeken")
    parser.add_argument("-o", "--out", metavar="NIEUW.xlsx", type=Path, required=True, help="de nieuwe versie")
    parser.add_argument("--json", action="store_true", help="het resultaat per bestand als JSON")


def run(args: argparse.Namespace) -> int:
    if any(same_file(args.out, p) for p in (args.path, *args.answers)):
        print("NIEUW.xlsx moet een ander bestand zijn dan het werkboek en de antwoorden.", file=sys.stderr)
        return EXIT_UNREADABLE
    loaded = read(args.path)
    if loaded is None:
        return EXIT_UNREADABLE
    content, checked = loaded
    try:
        merged = collect_answers(content, checked, [(p.name, p) for p in args.answers])
    except RoundRefused as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNREADABLE
    collected = merged.collected
    history.atomic_write(args.out, merged.content or content)
    if args.json:
        print(json.dumps(as_json(collected, args.out), ensure_ascii=False, indent=2))
    else:
        print("\n".join(as_lines(collected, args.path, args.out)))
    return collected.exit_code


def as_json(collected, out: Path) -> dict:
    return {
        "ronde": collected.round_name,
        "nieuw": str(out),
        "cellen_ingevuld": len(collected.changes),
        "bestanden": [
            {
                "bestand": f.name,
                "partij": f.party,
                "ronde": f.round_name,
                "leesbaar": f.readable,
                "acties_overgenomen": f.actions_taken,
                "overgenomen": [
                    {
                        "actie": t.action_id,
                        "kolom": t.column,
                        "antwoordcel": t.answer_cell,
                        "werkboekcel": t.target,
                        "oud": t.old,
                        "nieuw": t.new,
                    }
                    for t in f.taken
                ],
                "meldingen": [{"bestand": d.file, **d.finding.as_dict()} for d in f.decisions],
            }
            for f in collected.files
        ],
        "afsluitcode": collected.exit_code,
    }


def as_lines(collected, path: Path, out: Path) -> list[str]:
    lines = []
    for f in collected.files:
        if not f.readable:
            lines.append(f"{f.name}: niet gelezen.")
        else:
            refused = nl.count(len(f.refused), "cel of actie niet", "cellen of acties niet")
            lines.append(
                f"{f.name} ({f.party}, {f.round_name}): {nl.count(f.actions_taken, 'actie', 'acties')} overgenomen"
                + (f", {refused} overgenomen." if f.refused else ".")
            )
        lines += [f"  {d.finding.severity.upper()}\t{d.finding.message}" for d in f.decisions]
    lines.append(f"Nieuwe versie geschreven: {out} ({nl.count(len(collected.changes), 'cel', 'cellen')} ingevuld).")
    lines.append(f"Controleer haar: python -m workbook validate {out} en python -m workbook diff {path} {out}")
    return lines
