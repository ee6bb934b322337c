"""Views cached per workbook version and filters: a rerun with the same filters computes nothing again.

``cached(view, item, *filters, **context)`` calls ``view(item.overview, *filters, **context)`` once per
(view, workbook digest, filters, day). ``filters`` are hashable and part of the key; ``context`` (the
report) follows from the digest and is not hashed. The shared workbook's views are shared by every
visitor (they are the same for all); a visitor's own preview is cached for that session only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import streamlit as st

from .data import Loaded


def _build(_view: Callable[..., Any], _item: Loaded, filters: tuple, _context: dict) -> Any:
    return _view(_item.overview, *filters, **_context)


@st.cache_data(show_spinner=False, max_entries=64)
def _shared(
    key: str, digest: str, filters: tuple, today: dt.date, _view: Callable, _item: Loaded, _context: dict
) -> Any:
    return _build(_view, _item, filters, _context)


@st.cache_data(show_spinner=False, max_entries=32, scope="session")
def _private(
    key: str, digest: str, filters: tuple, today: dt.date, _view: Callable, _item: Loaded, _context: dict
) -> Any:
    return _build(_view, _item, filters, _context)


def cached(view: Callable[..., Any], item: Loaded, *filters: Any, **context: Any) -> Any:
    """``view(item.overview, *filters, **context)``, computed once per workbook version and filters."""
    key = f"{view.__module__}.{view.__qualname__}"
    store = _private if item.is_preview else _shared
    return store(key, item.digest, tuple(filters), dt.date.today(), view, item, context)
