"""Load the workbook a visitor sees, cached on the file's content.

The bundled/configured workbook goes through a cache shared by all visitors
(``load_shared``); a visitor's own upload (preview in hosted mode) goes
through a session-scoped cache (``load_preview``), so one visitor's file is
never served to another and is released when the session ends.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from schemas import validate_data
from workbook import Report, WorkbookData, messages, read_workbook
from workbook.findings import WorkbookError
from workbook.model import Overview, build_overview

log = logging.getLogger(__name__)

PREVIEW_BYTES = "preview_bytes"
PREVIEW_NAME = "preview_name"


@dataclass(frozen=True)
class Loaded:
    """What a page needs: the data (if readable), the report, the overview."""

    name: str
    digest: str
    report: Report
    data: WorkbookData | None
    overview: Overview | None
    is_preview: bool = False
    modified: dt.datetime | None = None

    @property
    def usable(self) -> bool:
        return self.overview is not None


def load_bytes(content: bytes, name: str, today: dt.date | None = None) -> Loaded:
    """Read, validate and derive; never raises for a bad file. (Pure: tested directly.)"""
    import hashlib

    digest = hashlib.sha256(content).hexdigest()
    try:
        data = read_workbook(content, name=name)
    except WorkbookError as exc:
        return Loaded(name, digest, Report([exc.finding], source_name=name, readable=False), None, None)
    report = validate_data(data, today=today)
    try:
        overview = build_overview(data, today=today)
    except Exception:  # a workbook so broken that nothing can be derived
        log.exception("Could not derive overview from %s", name)
        overview = None
    return Loaded(name, digest, report, data, overview)


@st.cache_data(show_spinner="Werkboek inlezen en controleren...", max_entries=4)
def _load_shared(content: bytes, name: str, today: dt.date) -> Loaded:
    return load_bytes(content, name, today)


@st.cache_data(show_spinner="Uw versie inlezen en controleren...", max_entries=2, scope="session")
def _load_preview(content: bytes, name: str, today: dt.date) -> Loaded:
    loaded = load_bytes(content, name, today)
    return Loaded(loaded.name, loaded.digest, loaded.report, loaded.data, loaded.overview, is_preview=True)


def load_path(path: Path) -> Loaded:
    """The configured workbook, cached on its bytes (a changed file is read again)."""
    try:
        content = path.read_bytes()
        modified = dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        finding = messages.make("file-missing", value=str(path))
        return Loaded(path.name, "", Report([finding], source_name=path.name, readable=False), None, None)
    loaded = _load_shared(content, path.name, dt.date.today())
    return Loaded(loaded.name, loaded.digest, loaded.report, loaded.data, loaded.overview, False, modified)


def current(path: Path) -> Loaded:
    """The workbook this visitor sees: their preview if they set one, else the shared file."""
    preview = st.session_state.get(PREVIEW_BYTES)
    if preview:
        return _load_preview(preview, st.session_state.get(PREVIEW_NAME, "upload.xlsx"), dt.date.today())
    return load_path(path)
