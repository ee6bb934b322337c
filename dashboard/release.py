"""Downloads of a round as a release: the open-data package of the version shown, and the release of a closed
round rebuilt from the version it was closed in (pages Bijlage and Geschiedenis). Built only when clicked."""

from __future__ import annotations

import streamlit as st

import report
from opendata import ZIP_MIME
from opendata.release import NotPublishable, closed_release, package
from views.history import short_id
from workbook import nl
from workbook.versions import FolderStore, StoreError, Version, VersionStore, find_content

from .data import Loaded
from .layout import config
from .store import version_store, workbook_name


def shown_version(item: Loaded) -> Version | None:
    """The stored version of the workbook shown (None for a preview or a file outside the store)."""
    if item.version is not None or item.is_preview or item.content is None:
        return item.version
    try:
        store = version_store(config())
    except StoreError:
        return None
    return find_content(store, item.content, limit=1) if isinstance(store, FolderStore) else None


def open_data_button(item: Loaded, version: Version | None, round_name: str, key: str) -> None:
    """The package of ``round_name`` of the workbook shown, as one zip."""
    made = package(item.checked, version, round_name, item.overview)
    st.download_button(
        "Open data (.zip)",
        data=made.zip,
        file_name=f"{made.folder}.zip",
        mime=ZIP_MIME,
        key=key,
        icon=":material/dataset:",
        on_click="ignore",
        help="Frictionless gegevenspakket: CSV-bestanden, datapackage.json en dcat.jsonld (DCAT-AP-NL).",
    )


def closed_round_section(round_name: str, key: str) -> None:
    """For a closed round: its release (appendix, PDF, open data, version id), rebuilt from its closing version."""
    try:
        store = version_store(config())
    except StoreError as exc:
        st.caption(str(exc))
        return
    if store is None:
        st.caption(
            "Op deze website wordt geen geschiedenis bijgehouden; een vastgestelde ronde kan hier niet worden "
            "teruggevonden."
        )
        return
    try:
        newest = store.history(1)
        release = _release(round_name, newest[0].id if newest else "", workbook_name(config()), store)
    except (NotPublishable, StoreError) as exc:
        st.caption(" ".join(getattr(exc, "problems", (str(exc),))))
        return
    version = release.version
    st.markdown(
        f"Ronde **{release.round_name}** is vastgesteld in versie **{short_id(version.id)}** van "
        f"{nl.moment(version.when)} (zie Geschiedenis). Deze bestanden worden uit precies die versie gemaakt: het "
        "gegevenspakket is elke keer byte voor byte hetzelfde."
    )
    with st.container(horizontal=True, gap="small"):
        st.download_button(
            "Bijlage (.docx) van de vastgestelde ronde",
            data=lambda: release.docx,
            file_name=f"{release.stem}.docx",
            mime=report.DOCX_MIME,
            key=f"{key}-docx",
            icon=":material/download:",
            on_click="ignore",
        )
        if report.soffice_available():
            st.download_button(
                "Bijlage (PDF) van de vastgestelde ronde",
                data=lambda: report.pdf_bytes(release.docx, release.stem),
                file_name=f"{release.stem}.pdf",
                mime=report.PDF_MIME,
                key=f"{key}-pdf",
                icon=":material/picture_as_pdf:",
                on_click="ignore",
            )
        st.download_button(
            "Open data (.zip) van de vastgestelde ronde",
            data=release.package.zip,
            file_name=f"{release.package.folder}.zip",
            mime=ZIP_MIME,
            key=f"{key}-zip",
            icon=":material/dataset:",
            on_click="ignore",
        )


def closed_rounds(item: Loaded) -> list[str]:
    """The rounds closed in the workbook shown, newest first."""
    if item.overview is None:
        return []
    return [r.name for r in reversed(item.overview.round_list) if r.closed is not None]


@st.cache_data(show_spinner="De vastgestelde ronde opzoeken in de geschiedenis...", max_entries=8)
def _release(round_name: str, newest: str, name: str, _store: VersionStore):
    """The release of a closed round, once per round and newest version (the same for every visitor)."""
    return closed_release(_store, round_name, name)
