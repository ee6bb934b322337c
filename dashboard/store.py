"""The app's version store (:mod:`workbook.versions`) and who publishes: one store per server, the visitor as author.

* With ``git_remote`` set, one :class:`~workbook.versions.GitStore` per server process (``st.cache_resource``:
  the workbook is the same for every visitor, so this shared state is the point), in a work folder of its
  own that is removed when the server stops. A fresh start clones again and so shows the newest version.
  The cache key holds the remote without credentials, the branch, the path, a fingerprint of the token
  (so a new token makes a new store, never the token itself) and how often it looks for a newer version
  (``git_verversen``: every server looks by itself; the remote is all they share).
* Without a remote, on a local app (not hosted): the :class:`~workbook.versions.FolderStore` of the
  workbook file (``history/`` beside it), as before.
* Hosted without a remote: no store. The app only previews uploads (the container's disk does not last).
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import shutil
import tempfile
from pathlib import Path

import streamlit as st

from workbook.versions import DEFAULT_AUTHOR, FolderStore, GitSettings, GitStore, StoreError, VersionStore

from .config import AppConfig

log = logging.getLogger(__name__)

WORKDIR_PREFIX = "werkagenda-versies-"


def version_store(config: AppConfig) -> VersionStore | None:
    """The store that publishes for this app; None when hosted without a remote. Dutch StoreError on a bad setting."""
    if config.git_remote:
        settings = git_settings(config)
        fingerprint = hashlib.sha256((config.git_token or "").encode()).hexdigest()[:16]
        every = config.git_refresh_seconds
        return _git_store(settings.display, settings.branch, settings.path, fingerprint, every, _settings=settings)
    if config.hosted:
        return None
    return FolderStore(config.workbook_path)


def workbook_name(config: AppConfig) -> str:
    """The workbook's file name, as the store keeps it (``actieoverzicht.xlsx``)."""
    return Path(config.git_path).name if config.git_remote else config.workbook_path.name


def git_settings(config: AppConfig) -> GitSettings:
    """The git settings of ``config``; a Dutch :class:`StoreError` naming the setting when one is not valid."""
    try:
        return GitSettings(
            remote=config.git_remote or "", branch=config.git_branch, token=config.git_token, path=config.git_path
        )
    except ValueError:
        raise StoreError(
            "De instellingen voor het versiebeheer kloppen niet: git_branch moet een branchnaam zijn (bijvoorbeeld "
            "'werkboek') en git_pad een pad in de repository (bijvoorbeeld 'workbook/actieoverzicht.xlsx')."
        ) from None


@st.cache_resource(show_spinner=False)
def _git_store(
    remote: str, branch: str, path: str, token_fingerprint: str, refresh_seconds: float, *, _settings: GitSettings
) -> GitStore:
    """One store per server and settings; the key arguments name the settings without the token.

    ``refresh_seconds`` (setting ``git_verversen``): how old the clone may get before a read fetches again.
    """
    workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX))
    store = GitStore(_settings, workdir / "kloon", ttl_seconds=refresh_seconds)
    atexit.register(_remove, store, workdir)
    log.info("Versions of %s on %s (branch %s) are kept in %s", path, remote, branch, workdir)
    return store


def _remove(store: GitStore, workdir: Path) -> None:
    store.close()
    shutil.rmtree(workdir, ignore_errors=True)


def author() -> tuple[str, str]:
    """Who publishes: the visitor logged in with ``st.login`` (name and e-mail), else the dashboard itself."""
    try:
        user = st.user.to_dict()
    except Exception:  # no script run context, or no user information at all
        user = {}
    email = str(user.get("email") or "").strip()
    if not user.get("is_logged_in") or not email:
        return DEFAULT_AUTHOR
    return str(user.get("name") or email).strip(), email
