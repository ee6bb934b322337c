"""Shared page furniture: the workbook a page shows, its validation banner, the sidebar."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import streamlit as st

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
    return current(config().workbook_path)


def validation_banner(item: Loaded) -> None:
    """On every page: say so when the workbook has a fout, with a link to the findings."""
    if not item.report.readable:
        st.error(
            f"Het werkboek '{_inert(item.name)}' kan niet worden gelezen: {_inert(item.report.findings[0].message)}"
        )
        st.page_link(CHECK_PAGE, label="Naar de controle van het werkboek", icon=":material/fact_check:")
    elif item.report.errors:
        st.error(
            f"Het werkboek '{_inert(item.name)}' bevat {len(item.report.errors)} fout(en). "
            "De cijfers kunnen daardoor onvolledig zijn; wat wel leesbaar is, wordt getoond."
        )
        st.page_link(CHECK_PAGE, label="Bekijk de bevindingen van de controle", icon=":material/fact_check:")
    if item.is_preview:
        st.info(f"U bekijkt uw eigen versie '{_inert(item.name)}' (alleen voor u zichtbaar).")


def sidebar() -> None:
    item = loaded()
    with st.sidebar:
        st.caption("Getoond werkboek")
        st.markdown(f"**{_inert(item.name)}**")
        if item.modified:
            st.caption(f"Gewijzigd op {item.modified:%d-%m-%Y %H:%M}")
        state = "in orde" if item.report.valid else ("onleesbaar" if not item.report.readable else "bevat fouten")
        icon = ":material/check_circle:" if item.report.valid else ":material/error:"
        st.caption(
            f"{icon} Controle: {state} ({item.report.counts['fout']} fouten, {item.report.counts['waarschuwing']} waarschuwingen)"
        )


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


def start_page(title: str, intro: str) -> Loaded:
    """Title, one-line introduction and the validation banner; stops the page when nothing can be shown."""
    ensure_router()
    st.title(title)
    st.caption(intro)
    item = loaded()
    validation_banner(item)
    if not item.usable:
        if item.report.readable:
            st.error("Uit dit werkboek kan geen overzicht worden gemaakt. Bekijk de bevindingen van de controle.")
        st.stop()
    return item


def show_chart(chart, **kwargs):
    """An altair chart with its description as accessible name and as a caption under it."""
    from .charts import description_of

    description = description_of(chart)
    result = st.altair_chart(chart, **kwargs)  # the spec's description is the accessible name
    if description:
        st.caption(_inert(description))  # may quote a party or round name: shown as text
    return result


def show_table(
    frame, *, key: str, stem: str, label: str = "Tabel", column_config=None, height="auto", download=None
) -> None:
    """A table shown as text (never markdown, Dutch number formats) with CSV and Excel downloads of exactly these rows.

    ``download`` is the frame to offer when it differs from the one shown
    (same rows, e.g. with the amounts as numbers); by default ``frame`` itself,
    typed, so a spreadsheet can compute with it.
    """
    from .export import download_buttons
    from .format import for_display

    st.dataframe(
        for_display(frame),
        hide_index=True,
        width="stretch",
        column_config=column_config,
        height=height,
        key=f"{key}-table",
    )
    download_buttons(frame if download is None else download, stem, key=key, label=label)
