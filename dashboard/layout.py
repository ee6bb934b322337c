"""Shared page furniture: the workbook a page shows, its validation banner, the sidebar."""

from __future__ import annotations

import streamlit as st

from .config import AppConfig, load_config
from .data import Loaded, current

CHECK_PAGE = "pages/bijwerken.py"


def config() -> AppConfig:
    try:
        secrets = st.secrets.to_dict()
    except Exception:  # no secrets.toml: the local default
        secrets = {}
    return load_config(secrets=secrets)


def access_granted() -> bool:
    """Access control hook (see dashboard/auth.py once configured); open by default."""
    return True


def loaded() -> Loaded:
    return current(config().workbook_path)


def validation_banner(item: Loaded) -> None:
    """On every page: say so when the workbook has a fout, with a link to the findings."""
    if not item.report.readable:
        st.error(f"Het werkboek '{item.name}' kan niet worden gelezen: {item.report.findings[0].message}")
        st.page_link(CHECK_PAGE, label="Naar de controle van het werkboek", icon=":material/fact_check:")
    elif item.report.errors:
        st.error(
            f"Het werkboek '{item.name}' bevat {len(item.report.errors)} fout(en). "
            "De cijfers kunnen daardoor onvolledig zijn; wat wel leesbaar is, wordt getoond."
        )
        st.page_link(CHECK_PAGE, label="Bekijk de bevindingen van de controle", icon=":material/fact_check:")
    if item.is_preview:
        st.info(f"U bekijkt uw eigen versie '{item.name}' (alleen voor u zichtbaar).")


def sidebar() -> None:
    item = loaded()
    with st.sidebar:
        st.caption("Getoond werkboek")
        st.markdown(f"**{_inert(item.name)}**")
        if item.modified:
            st.caption(f"Gewijzigd op {item.modified:%d-%m-%Y %H:%M}")
        state = "in orde" if item.report.valid else ("onleesbaar" if not item.report.readable else "bevat fouten")
        icon = "✅" if item.report.valid else "⛔"
        st.caption(f"{icon} Controle: {state} ({item.report.counts['fout']} fouten, {item.report.counts['waarschuwing']} waarschuwingen)")


def _inert(text: str) -> str:
    """Escape markdown so workbook text can never become a link or layout."""
    from .text import escape_markdown

    return escape_markdown(text)
