"""Load the workbook a visitor sees, checked and modelled once, cached on the file's content.

The bundled/configured workbook goes through a cache shared by all visitors (``load_shared``); a
visitor's own upload (preview in hosted mode) goes through a session-scoped cache (``load_preview``),
so one visitor's file is never served to another and is released when the session ends.
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

log = logging.getLogger(__name__)

PREVIEW_BYTES = "preview_bytes"
PREVIEW_NAME = "preview_name"


@dataclass(frozen=True)
class Loaded:
    """What a page needs: the checked workbook and its overview (None when nothing can be shown)."""

    checked: Checked
    overview: Overview | None
    is_preview: bool = False
    modified: dt.datetime | None = None
    content: bytes | None = None  #: the file's bytes as read for this run (None when it could not be read)

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


def current(path: Path) -> Loaded:
    """The workbook this visitor sees: their preview if they set one, else the shared file."""
    preview = st.session_state.get(PREVIEW_BYTES)
    if preview:
        loaded = _load_preview(preview, st.session_state.get(PREVIEW_NAME, "upload.xlsx"), dt.date.today())
        return replace(loaded, content=preview)
    return load_path(path)
