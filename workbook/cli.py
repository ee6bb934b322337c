"""``python -m workbook <command>``: the command line of the workbook tools.

Each subcommand lives in its own module under :mod:`workbook.commands` and is
listed once in ``COMMANDS``. A command module provides:

* ``HELP``: one Dutch line for ``--help``;
* ``add_arguments(parser)``: its options;
* ``run(args) -> int``: the work; the return value is the exit code.

Modules are imported only when their command runs, so a slow import in one
command does not slow down the others. To add ``template``, write
``workbook/commands/template.py`` and add one line here.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

#: command name -> module that implements it
COMMANDS: dict[str, str] = {
    "validate": "workbook.commands.validate",
    "template": "workbook.commands.template",
    "format": "workbook.commands.format",
    "diff": "workbook.commands.diff",
    "new-round": "workbook.commands.new_round",
    "request": "workbook.commands.request",
    "collect": "workbook.commands.collect",
    "close-round": "workbook.commands.close_round",
    "report": "workbook.commands.report",
    "opendata": "workbook.commands.opendata",
    "publish": "workbook.commands.publish",
    "history": "workbook.commands.history",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m workbook",
        description="Hulpmiddelen voor het actieoverzicht van de Werkagenda mbo.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", required=True)
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        sub = subparsers.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # Dutch text on any console
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    return int(args.run(args))
