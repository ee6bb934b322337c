"""Load the workbook a visitor sees, checked and modelled once, cached on the file's content.

The shared workbook goes through a cache shared by all visitors (``_load_shared``); it is the file
(``load_path``) or, with a git remote set, the current version in the server's clone of that remote
(``load_published``, :mod:`dashboard.store`). A visitor's own upload (preview) goes through a
session-scoped cache (``_load_preview``), so one visitor's file is never served to another and is
released when the session ends.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from pathlib import Path

import streamlit as st

from domain.model import Overview, build_overview
from schemas import Checked, check
from workbook import messages
from workbook.findings import Report
from workbook.versions import NoVersionYet, StoreError, Version

from .config import AppConfig
from .store import version_store, workbook_name

log = logging.getLogger(__name__)

PREVIEW_BYTES = "preview_bytes"
PREVIEW_NAME = "preview_name"
NO_VERSION_YET = (
    "Er staat nog geen versie in het versiebeheer; u ziet het meegeleverde werkboek. De eerste versie die u "
    "publiceert, begint de geschiedenis."
)


@dataclass(frozen=True)
class Loaded:
    """What a page needs: the checked workbook and its overview (None when nothing can be shown)."""

    checked: Checked
    overview: Overview | None
    is_preview: bool = False
    modified: dt.datetime | None = None
    content: bytes | None = None  #: the file's bytes as read for this run (None when it could not be read)
    version: Version | None = None  #: the version in the store (None: a preview, or no version known)
    notice: str | None = None  #: why the version shown may not be the newest (the remote cannot be reached...)

    @property
    def name(self) -> str:
        return self.checked.name

    @property
    def digest(self) -> str:
        return self.checked.digest

    @property
    def report(self) -> Report:
        return self.checked.report

    @property
    def usable(self) -> bool:
        return self.overview is not None


def load_bytes(content: bytes, name: str, today: dt.date | None = None) -> Loaded:
    """Read, check and model; never raises for a bad file. (Pure: tested directly.)"""
    checked = check(content, name=name, today=today)
    overview = None
    if checked.workbook is not None:
        try:
            overview = build_overview(checked.workbook, today=today)
        except Exception:  # a workbook so broken that nothing can be derived: the report says why
            log.exception("Could not derive overview from %s", name)
    return Loaded(checked, overview)


@st.cache_data(show_spinner="Werkboek inlezen en controleren...", max_entries=4)
def _load_shared(content: bytes, name: str, today: dt.date) -> Loaded:
    return load_bytes(content, name, today)


@st.cache_data(show_spinner="Uw versie inlezen en controleren...", max_entries=2, scope="session")
def _load_preview(content: bytes, name: str, today: dt.date) -> Loaded:
    return replace(load_bytes(content, name, today), is_preview=True)


def load_path(path: Path) -> Loaded:
    """The configured workbook, cached on its bytes (a changed file is read again)."""
    try:
        content = path.read_bytes()
        modified = dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        finding = messages.make("file-missing", value=str(path))
        return Loaded(Checked(path.name, "", Report([finding], source_name=path.name, readable=False)), None)
    return replace(_load_shared(content, path.name, dt.date.today()), modified=modified, content=content)


def current(config: AppConfig) -> Loaded:
    """The workbook this visitor sees: their preview if they set one, else the shared workbook."""
    preview = st.session_state.get(PREVIEW_BYTES)
    if preview:
        loaded = _load_preview(preview, st.session_state.get(PREVIEW_NAME, "upload.xlsx"), dt.date.today())
        return replace(loaded, content=preview)
    return load_published(config) if config.git_remote else load_path(config.workbook_path)


def load_published(config: AppConfig) -> Loaded:
    """The shared workbook with its version: from the version store (the git clone, or the file and history/).

    When the store has no version yet, or cannot be reached before it has a copy, the configured file is
    shown, with a notice why (and no version: publishing then starts the history, or says why it cannot).
    """
    try:
        store = version_store(config)
        if store is None:
            return load_path(config.workbook_path)
        version, content = store.current()
    except NoVersionYet:  # git: an empty branch (the first publish makes it); folder: the file is missing
        notice = NO_VERSION_YET if config.git_remote else None
        return replace(load_path(config.workbook_path), notice=notice)
    except StoreError as exc:
        log.warning("Showing %s instead of the published version: %s", config.workbook_path, exc.detail or exc)
        return replace(load_path(config.workbook_path), notice=f"{exc} U ziet het meegeleverde werkboek.")
    notice = None
    if store.refresh_error is not None:
        notice = f"{store.refresh_error} U ziet de laatst opgehaalde versie."
    loaded = _load_shared(content, workbook_name(config), dt.date.today())
    modified = version.when if config.git_remote else _mtime(config.workbook_path)
    return replace(loaded, modified=modified, content=content, version=version, notice=notice)


def load_version(store, version: Version, name: str) -> Loaded:
    """Any version of the store, checked and modelled (cached on its bytes like the shared workbook)."""
    content = store.content(version.id)
    return replace(
        _load_shared(content, name, dt.date.today()), modified=version.when, content=content, version=version
    )


def _mtime(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None
