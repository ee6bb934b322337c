"""What ``publish`` and ``history`` share: the version store named by the environment, a version by a short id.

Not a command itself. The settings are the app's (``dashboard.config.SETTINGS``), read from the environment
only: ``WERKAGENDA_GIT_REMOTE`` (with ``WERKAGENDA_GIT_BRANCH``, ``WERKAGENDA_GIT_TOKEN``, ``WERKAGENDA_GIT_PAD``)
for a git repository, otherwise the folder ``history/`` beside ``WERKBOEK_PAD`` (default
``workbook/actieoverzicht.xlsx``). A git store clones into a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

from dashboard.config import AppConfig, load_config
from workbook.versions import (
    DEFAULT_AUTHOR,
    FolderStore,
    GitSettings,
    GitStore,
    StoreError,
    Version,
    VersionStore,
    find_content,
)

EXIT_OK, EXIT_REFUSED, EXIT_FAILED = 0, 1, 2
MIN_PREFIX = 4


def settings(environ: Mapping[str, str] | None = None) -> AppConfig:
    """The app's settings, from the environment only."""
    return load_config(environ=os.environ if environ is None else environ, secrets={})


@contextlib.contextmanager
def opened(config: AppConfig) -> Iterator[VersionStore]:
    """The store of ``config``: a git clone in a temporary folder (removed after), or the folder kind.

    While it is open, the store's own warnings stay out of the terminal: the command prints every failure in
    Dutch itself (the app's server log does keep them).
    """
    quiet = logging.getLogger("workbook.versions")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        with _opened(config) as store:
            yield store
    finally:
        quiet.setLevel(level)


@contextlib.contextmanager
def _opened(config: AppConfig) -> Iterator[VersionStore]:
    if not config.git_remote:
        yield FolderStore(config.workbook_path)
        return
    try:
        git = GitSettings(config.git_remote, config.git_branch, config.git_token, config.git_path)
    except ValueError:
        raise StoreError(
            "WERKAGENDA_GIT_BRANCH moet een branchnaam zijn en WERKAGENDA_GIT_PAD een pad in de repository."
        ) from None
    folder = Path(tempfile.mkdtemp(prefix="werkagenda-versies-"))
    try:
        with GitStore(git, folder / "kloon") as store:
            yield store
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def workbook_name(config: AppConfig) -> str:
    return Path(config.git_path).name if config.git_remote else config.workbook_path.name


def find(store: VersionStore, reference: str) -> Version:
    """The version whose id is ``reference`` or starts with it (at least four characters, and only one such)."""
    reference = reference.strip()
    versions = store.history()
    exact = [v for v in versions if v.id == reference]
    if exact:
        return exact[0]
    found = [v for v in versions if len(reference) >= MIN_PREFIX and v.id.startswith(reference)]
    if len(found) == 1:
        return found[0]
    if found:
        raise StoreError(f"Meer dan één versie begint met '{reference}'; geef meer tekens van de versie.")
    raise StoreError(f"Versie '{reference}' is niet gevonden (zie python -m workbook history).")


def author(text: str | None, environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """``"Naam <adres>"`` (``--auteur``), else ``GIT_AUTHOR_NAME``/``GIT_AUTHOR_EMAIL``, else the dashboard."""
    environ = os.environ if environ is None else environ
    if text:
        match = re.fullmatch(r"\s*(.*?)\s*<\s*([^<>]*?)\s*>\s*", text)
        if match is None:
            raise ValueError(
                '--auteur wordt geschreven als "Naam <adres>", bijvoorbeeld "Anna de Vries <anna@minocw.nl>".'
            )
        return match.group(1) or match.group(2), match.group(2)
    name, email = environ.get("GIT_AUTHOR_NAME", "").strip(), environ.get("GIT_AUTHOR_EMAIL", "").strip()
    if name or email:
        return name or email, email or DEFAULT_AUTHOR[1]
    return DEFAULT_AUTHOR


def stored_version(content: bytes) -> Version | None:
    """The version of the environment's store whose bytes are ``content``; None for a file outside the store."""
    try:
        with opened(settings()) as store:
            return find_content(store, content)
    except StoreError:
        return None
