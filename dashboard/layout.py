"""Shared page furniture: the workbook a page shows, its validation banner, the sidebar."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import streamlit as st

from views.common import ERROR, banners, check_line, modified_line

from .config import AppConfig, load_config
from .data import Loaded, current

CHECK_PAGE = "pages/bijwerken.py"
ROUTER_SCRIPT = "app.py"  #: the script that calls st.navigation
_router = threading.local()  #: .active from layout.navigation until run_page ends, in the run's script thread


def config() -> AppConfig:
    try:
        secrets = st.secrets.to_dict()
    except Exception:  # no secrets.toml: the local default
        secrets = {}
    return load_config(secrets=secrets)


def access_granted() -> bool:
    """Access control (dashboard/auth.py): open by default; otherwise shows the login and says whether to go on."""
    from .auth import gate

    return gate(config())


PAGE_FAILED = (
    "Er ging iets mis bij het tonen van deze pagina. Probeer het opnieuw of kies een andere pagina; "
    "blijft het misgaan, meld het dan bij de beheerder (de details staan in het logboek van de server)."
)


def navigation(pages):
    """``st.navigation(pages)``, and mark this run as one inside the router (see ``ensure_router``)."""
    chosen = st.navigation(pages)
    _router.active = True  # reset when run_page ends
    return chosen


def run_page(navigation) -> None:
    """Run the chosen page; an unexpected error is logged with its traceback and the visitor gets one Dutch sentence.

    ``st.stop``/``st.rerun`` are no ``Exception`` and pass through. (``client.showErrorDetails = "none"``
    in .streamlit/config.toml covers what escapes even this.)
    """
    try:
        navigation.run()
    except Exception:
        logging.getLogger("dashboard.pages").exception("Page %r failed", getattr(navigation, "url_path", navigation))
        st.error(PAGE_FAILED, icon=":material/error:")
    finally:
        _router.active = False


def loaded() -> Loaded:
    ensure_router()  # every page asks for the workbook: none runs outside the router
    return current(config())


def show_banners(item: Loaded) -> None:
    """On every page: say so when the workbook cannot be read, has a fout, or is a private preview."""
    for banner in banners(item.name, item.report, usable=item.usable, preview=item.is_preview):
        (st.error if banner.level == ERROR else st.info)(_inert(banner.text))
        if banner.link:
            st.page_link(CHECK_PAGE, label=banner.link, icon=":material/fact_check:")


def sidebar() -> None:
    item = loaded()
    with st.sidebar:
        st.caption("Getoond werkboek")
        st.markdown(f"**{_inert(item.name)}**")
        if item.modified:
            st.caption(modified_line(item.modified))
        icon = ":material/check_circle:" if item.report.valid else ":material/error:"
        st.caption(f"{icon} {check_line(item.report)}")
        if item.notice:  # the version store could not be reached, or has no version yet
            st.caption(f":material/cloud_off: {_inert(item.notice)}")


def _inert(text: str) -> str:
    """Escape markdown so workbook text can never become a link or layout."""
    from .text import escape_markdown

    return escape_markdown(text)


def ensure_router() -> None:
    """Make sure a page runs inside app.py's router (navigation, sidebar, access control).

    With a ``pages/`` folder, Streamlit runs a page as an old-style page, without app.py, as long as
    no session has called ``st.navigation`` yet: the first requests after a start (a deep link, or
    many visitors at once) can all begin that way. Such a run stops before it shows anything,
    switches the old mode off and reruns: the rerun goes through app.py, on the same URL. Whether
    this run is inside the router is known per run (``navigation`` marks the script's thread until
    ``run_page`` ends), not from Streamlit's process-wide flag, which the first session to get here
    has already switched off.
    """
    if getattr(_router, "active", False):
        return
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    main_script = getattr(getattr(ctx, "pages_manager", None), "main_script_path", None)
    if main_script is None or Path(main_script).name != ROUTER_SCRIPT:
        return  # a page run on its own (a test of one page): there is no router to go through
    try:
        from streamlit.runtime.pages_manager import PagesManager

        PagesManager.uses_pages_directory = False  # what st.navigation does: every later run starts in app.py
    except ImportError:  # a Streamlit without the old mode
        pass
    st.rerun()


def start_text_page(title: str, intro: str) -> None:
    """Title and introduction of a page that shows no workbook (shown even when the workbook cannot be read)."""
    ensure_router()
    st.title(title, anchor=False)
    st.caption(intro)


def start_page(title: str, intro: str) -> Loaded:
    """Title, one-line introduction and the banners; stops the page when nothing can be shown."""
    ensure_router()
    st.title(title, anchor=False)
    st.caption(intro)
    item = loaded()
    show_banners(item)
    if not item.usable:
        st.stop()
    return item
