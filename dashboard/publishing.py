"""Publishing from the app: which version a visitor's upload builds on, the publish and restore buttons' work.

The check and the diff of an upload are made against the version the visitor saw when uploading: that
version is pinned in the session (per upload) and is the ``base`` of the publish. When someone published
in between, the publish is refused (:class:`~workbook.versions.NewerVersionExists`); the page then says so
and pins the newer version, so the visitor sees the differences with it before deciding again. Buttons act
in callbacks (they run once, before the page); what they did is kept for the next run in ``DONE_MESSAGE``.
"""

from __future__ import annotations

import hashlib
import logging

import streamlit as st

from views import history
from views import publish as publishing
from views.update import Candidate
from workbook.findings import WorkbookError
from workbook.versions import NewerVersionExists, StoreError, Version, VersionStore

from .data import PREVIEW_BYTES, PREVIEW_NAME, Loaded, load_version
from .panels import show_diff, workbook_download
from .store import author
from .text import escape_markdown

log = logging.getLogger(__name__)

DONE_MESSAGE = "bijwerken_melding"  #: session key: (level, text) after a publish or restore, shown once
BASE = "bijwerken_basis"  #: session key: (digest of the upload, the Version it builds on or None, rebased: bool)
NOT_PUBLISHED = "Uw versie is niet gepubliceerd; het gepubliceerde werkboek is niet veranderd."


def show_done_message() -> None:
    """The outcome of the last publish or restore of this session, once."""
    message = st.session_state.pop(DONE_MESSAGE, None)
    if message:
        getattr(st, message[0])(escape_markdown(message[1]))


def seen(store: VersionStore | None, shared: Loaded, content: bytes) -> tuple[Loaded, Version | None]:
    """The workbook this upload is checked and compared against, and its version: the one seen at upload time."""
    digest = hashlib.sha256(content).hexdigest()
    pinned = st.session_state.get(BASE)
    if pinned is None or pinned[0] != digest:  # a new upload builds on what is shown now
        st.session_state[BASE] = (digest, shared.version, False)
        return shared, shared.version
    version = pinned[1]
    if store is None or version is None or (shared.version is not None and version.id == shared.version.id):
        return shared, version
    try:
        return load_version(store, version, shared.name), version
    except StoreError as exc:  # that version cannot be read any more: compare with what is shown now
        log.warning("Cannot read the version %s an upload builds on: %s", version.id, exc.detail or exc)
        st.session_state[BASE] = (digest, shared.version, False)
        return shared, shared.version


def rebased_note() -> str | None:
    """After a refused publish: the upload is now compared with the newer version (plain text), else None."""
    pinned = st.session_state.get(BASE)
    if not pinned or not pinned[2] or pinned[1] is None:
        return None
    return publishing.rebased_message(pinned[1])


def publish_upload(store: VersionStore, candidate: Candidate, base: Version | None, against: Loaded) -> None:
    """Publish the visitor's upload on top of ``base`` (callback of the publish button)."""
    diff = candidate.diff if against.version == base else None
    outcome = _publish(store, candidate.content, base, pin_newer=True, name=candidate.name, diff=diff)
    if outcome is not None:
        st.session_state.pop(PREVIEW_BYTES, None)
        st.session_state.pop(PREVIEW_NAME, None)
        st.session_state.pop(BASE, None)  # the next upload builds on the new version
        st.session_state[DONE_MESSAGE] = ("success", publishing.published_message(outcome, candidate.name))


def restore(store: VersionStore, version: Version, current: Version | None, name: str) -> bool:
    """Publish the bytes of an earlier ``version`` as a new version on top of ``current``; True when done."""
    try:
        content = store.content(version.id)
    except StoreError as exc:
        st.session_state[DONE_MESSAGE] = ("error", str(exc))
        return False
    outcome = _publish(store, content, current, pin_newer=False, name=name, restored=version)
    if outcome is not None:
        st.session_state[DONE_MESSAGE] = ("success", history.restored_message(version, outcome.version))
    return outcome is not None


def _publish(
    store: VersionStore, content: bytes, base: Version | None, *, pin_newer: bool, **options
) -> publishing.Published | None:
    """Publish, or keep why not in ``DONE_MESSAGE`` (Dutch; ``pin_newer``: the upload now builds on a newer one)."""
    try:
        return publishing.publish(store, content, base=base.id if base else None, author=author(), **options)
    except publishing.PublishRefused as exc:
        st.session_state[DONE_MESSAGE] = ("error", str(exc))
    except NewerVersionExists as exc:
        pinned = st.session_state.get(BASE)
        if pin_newer and pinned is not None:
            st.session_state[BASE] = (pinned[0], exc.newer, True)
        st.session_state[DONE_MESSAGE] = ("warning", str(exc))
    except StoreError as exc:  # the remote cannot be reached, refuses the token or the push: said in Dutch
        log.warning("Publishing failed: %s", exc.detail or exc)
        st.session_state[DONE_MESSAGE] = ("error", f"{exc} {NOT_PUBLISHED}")
    return None


# --- Geschiedenis ---------------------------------------------------------------------------------
CONFIRM = "geschiedenis_terugzetten"  #: session key: the id of the version the visitor asked to put back


@st.cache_data(show_spinner="Versies vergelijken...", max_entries=8)
def _compare(old: bytes, new: bytes, old_version: Version, new_version: Version):
    return history.compare(old, new, old_version, new_version)


def show_comparison(store: VersionStore, old: Version, new: Version, *, key: str) -> None:
    """What changed from ``old`` to ``new`` (the files are read once per pair of contents)."""
    try:
        diff = _compare(store.content(old.id), store.content(new.id), old, new)
    except StoreError as exc:
        st.error(str(exc))
        return
    except WorkbookError as exc:  # a version from before the contract: it cannot be read as a workbook
        st.error(f"Deze versies kunnen niet worden vergeleken: {exc.finding.message}")
        return
    show_diff(diff, key=key, stem="wijzigingen-tussen-versies")


def download_version(store: VersionStore, version: Version, name: str) -> None:
    """A download of any version, fetched from the store only when clicked."""
    workbook_download(
        "Download deze versie",
        lambda: store.content(version.id),
        history.download_name(version, name),
        key="download-versie-knop",
        help_text="Het werkboek zoals het in deze versie was.",
    )


def restore_section(store: VersionStore, chosen: Version, current: Version, name: str) -> None:
    """Put ``chosen`` back: a button, then (confirmation) what changes and a yes/no."""
    if st.session_state.get(CONFIRM) != chosen.id:
        st.button(
            "Zet deze versie terug",
            icon=":material/history:",
            key="terugzetten",
            on_click=_ask,
            args=(chosen.id,),
        )
        return
    st.warning(escape_markdown(history.restore_question(chosen)))
    st.markdown("**Wat er dan verandert ten opzichte van de huidige versie:**")
    show_comparison(store, current, chosen, key="terugzetten-verschillen")
    with st.container(horizontal=True, gap="small"):
        st.button(
            "Ja, zet deze versie terug",
            type="primary",
            icon=":material/settings_backup_restore:",
            key="terugzetten-ja",
            on_click=_restore_confirmed,
            args=(store, chosen, current, name),
        )
        st.button("Annuleren", key="terugzetten-nee", on_click=_cancel)


def _ask(version_id: str) -> None:
    st.session_state[CONFIRM] = version_id


def _cancel() -> None:
    st.session_state.pop(CONFIRM, None)


def _restore_confirmed(store: VersionStore, chosen: Version, current: Version, name: str) -> None:
    st.session_state.pop(CONFIRM, None)
    restore(store, chosen, current, name)
