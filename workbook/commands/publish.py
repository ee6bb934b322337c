"""``python -m workbook publish NIEUW.xlsx [--message TEKST] [--auteur "Naam <adres>"]``: publish a new version.

Also ``python -m workbook publish --terugzetten VERSIE``: put an earlier version back, as a new version.
The version is checked first (as ``validate`` does) and published only without fout, with a Dutch message
that sums up the changes, in the version store the environment names (see :mod:`workbook.commands.stores`:
a git repository with ``WERKAGENDA_GIT_REMOTE``, else ``history/`` beside the workbook).

Exit codes: 0 published; 1 refused (fouten, identical to the published version, or a newer version was
published meanwhile); 2 the file cannot be read, or the remote cannot be reached or refuses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from views import publish as publishing
from workbook.versions import NewerVersionExists, NoVersionYet, StoreError

from . import stores
from .stores import EXIT_FAILED, EXIT_OK, EXIT_REFUSED

HELP = "Publiceer een gecontroleerde nieuwe versie van het werkboek (of zet een eerdere versie terug)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="NIEUW.xlsx", type=Path, nargs="?", help="de nieuwe versie")
    parser.add_argument(
        "--terugzetten",
        metavar="VERSIE",
        help="zet deze eerdere versie terug (de eerste tekens van de versie volstaan)",
    )
    parser.add_argument("--message", metavar="TEKST", help="een eigen eerste regel; de wijzigingen volgen eronder")
    parser.add_argument(
        "--auteur",
        metavar='"NAAM <ADRES>"',
        help="wie publiceert (anders GIT_AUTHOR_NAME en GIT_AUTHOR_EMAIL, of 'Werkagenda dashboard')",
    )


def run(args: argparse.Namespace) -> int:
    if (args.path is None) == (args.terugzetten is None):
        print("Geef een bestand om te publiceren, of --terugzetten VERSIE (niet allebei).", file=sys.stderr)
        return EXIT_FAILED
    try:
        author = stores.author(args.auteur)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAILED
    config = stores.settings()
    content = None
    if args.path is not None:
        try:
            content = args.path.read_bytes()
        except FileNotFoundError:
            print(f"Het bestand {args.path} bestaat niet; er is niets gepubliceerd.", file=sys.stderr)
            return EXIT_FAILED
        except OSError as exc:
            print(f"Het bestand {args.path} kan niet worden gelezen ({exc.strerror}).", file=sys.stderr)
            return EXIT_FAILED
    try:
        with stores.opened(config) as store:
            return _publish(store, content, args, author, stores.workbook_name(config))
    except StoreError as exc:  # the remote cannot be reached, refuses the token or the push; a bad setting
        print(f"{exc} Er is niets gepubliceerd.", file=sys.stderr)
        return EXIT_FAILED


def _publish(store, content: bytes | None, args: argparse.Namespace, author: tuple[str, str], name: str) -> int:
    try:
        current = store.current()[0]
    except NoVersionYet:
        current = None
    restored = None
    if content is None:
        restored = stores.find(store, args.terugzetten)
        content = store.content(restored.id)
    try:
        result = publishing.publish(
            store,
            content,
            base=current.id if current else None,
            author=author,
            name=args.path.name if args.path else name,
            restored=restored,
            message=args.message,
        )
    except publishing.UnreadableVersion as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAILED
    except (publishing.PublishRefused, NewerVersionExists) as exc:
        print(exc, file=sys.stderr)
        return EXIT_REFUSED
    print(f"Gepubliceerd als versie {result.version.id}: {result.version.summary}")
    return EXIT_OK
