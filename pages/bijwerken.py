"""Werkboek bijwerken: the check of the current workbook, a new version checked and compared, then taken in or previewed."""

import datetime as dt

import streamlit as st

from dashboard import format as fmt
from dashboard import layout, upload
from dashboard.config import MAX_UPLOAD_MB
from dashboard.data import PREVIEW_BYTES, PREVIEW_NAME, load_path
from dashboard.export import XLSX_MIME
from dashboard.text import escape_markdown
from workbook.history import TakeInRefused

DONE_MESSAGE = "bijwerken_melding"  # session key: (kind, text) after a take-in, shown once

# Buttons act in callbacks: they run once, before the page, even when the page reruns itself.


@st.cache_data(show_spinner=False, max_entries=1)
def template_download() -> bytes:
    return upload.template_bytes()


@st.cache_data(show_spinner=False, max_entries=2)
def annotated_download(content: bytes, _report) -> bytes | None:
    return upload.annotated_copy(content, _report)


@st.cache_data(show_spinner=False, max_entries=2, scope="session")
def checked(content: bytes, name: str, _current, current_digest: str, max_mb: int, today: dt.date):
    """The check of this visitor's upload against the current workbook (cached on both files' content)."""
    return upload.check_upload(content, name, _current, max_mb=max_mb, today=today)


def start_preview(content: bytes, name: str) -> None:
    st.session_state[PREVIEW_BYTES] = content
    st.session_state[PREVIEW_NAME] = name


def stop_preview() -> None:
    st.session_state.pop(PREVIEW_BYTES, None)
    st.session_state.pop(PREVIEW_NAME, None)


def make_current(candidate, path, hosted: bool) -> None:
    try:
        result = upload.make_current(candidate, path, hosted=hosted, today=dt.date.today())
    except (TakeInRefused, PermissionError, ValueError) as exc:  # a last-second check refused
        st.session_state[DONE_MESSAGE] = ("error", escape_markdown(str(exc)))
        return
    except OSError as exc:  # the folder is read-only or full: the old file is still there, unchanged
        st.session_state[DONE_MESSAGE] = (
            "error",
            "Het werkboek is niet vervangen: het bestand kon niet worden geschreven "
            f"({escape_markdown(exc.strerror or type(exc).__name__)}). Het huidige werkboek is niet veranderd.",
        )
        return
    stop_preview()
    kept = f" Het vorige bestand is bewaard als history/{result.backup.name}." if result.backup else ""
    st.session_state[DONE_MESSAGE] = (
        "success",
        escape_markdown(f"'{candidate.name}' is nu het huidige werkboek.{kept}"),
    )


def show_report(report, key: str) -> None:
    """The check result: one sentence, the counts per sheet, and per sheet a table of findings."""
    if not report.readable or report.errors:
        st.error(report.summary())
    elif report.warnings:
        st.warning(report.summary())
    else:
        st.success(report.summary())
    if not report.findings:
        return
    st.dataframe(upload.sheet_counts(report), hide_index=True, key=f"{key}-aantallen")
    for sheet, table in upload.findings_by_sheet(report).items():
        errors = int((table["Ernst"] == "fout").sum())
        label = f"{sheet}: {fmt.count(errors, 'fout', 'fouten')}, {fmt.count(len(table) - errors, 'waarschuwing', 'waarschuwingen')}"
        with st.expander(escape_markdown(label), expanded=bool(errors)):
            st.dataframe(
                table,
                hide_index=True,
                width="stretch",
                key=f"{key}-{sheet}",
                column_config={
                    "Ernst": st.column_config.TextColumn(width=110),
                    "Cel": st.column_config.TextColumn(width=150),
                    "Melding": st.column_config.TextColumn(
                        width=1400, help="Wijs een melding aan om de hele tekst te zien."
                    ),
                },
            )


config = layout.config()
layout.ensure_router()
st.title("Werkboek bijwerken")
st.caption(
    "Controleer het werkboek, lever een nieuwe versie aan en zie wat er verandert. "
    "Het werkboek wordt alleen vervangen door een versie zonder fouten."
)

message = st.session_state.pop(DONE_MESSAGE, None)
if message:
    (st.success if message[0] == "success" else st.error)(message[1])

# --- the workbook shown now ----------------------------------------------------------------------------
shown = layout.loaded()
st.header("Controle van het getoonde werkboek")
if shown.is_preview:
    st.info(
        f"U bekijkt uw eigen versie '{escape_markdown(shown.name)}' (alleen voor u zichtbaar); het gedeelde werkboek is niet veranderd."
    )
    st.button("Stop de voorbeeldweergave", icon=":material/close:", key="stop-preview", on_click=stop_preview)
st.markdown(
    f"**Bestand:** {escape_markdown(shown.name)}"
    + (f"  \n**Gewijzigd:** {fmt.datetime_nl(shown.modified)}" if shown.modified else "")
)
show_report(shown.report, "huidig")

shared = load_path(config.workbook_path)
current_bytes = None
try:
    current_bytes = config.workbook_path.read_bytes()
except OSError:
    pass

st.subheader("Downloads")
columns = st.columns(3)
columns[0].download_button(
    "Leeg werkboek (sjabloon)",
    data=template_download(),
    file_name="actieoverzicht-sjabloon.xlsx",
    mime=XLSX_MIME,
    icon=":material/download:",
    help="Alle bladen en kolommen, met keuzelijsten en uitleg bij elke kop.",
    key="download-sjabloon",
)
if current_bytes is not None:
    columns[1].download_button(
        "Huidig werkboek",
        data=current_bytes,
        file_name=config.workbook_path.name,
        mime=XLSX_MIME,
        icon=":material/download:",
        help="Het gedeelde werkboek zoals het dashboard het nu toont. Werk dit bestand bij en lever het hieronder weer aan.",
        key="download-huidig",
    )
    annotated_current = annotated_download(current_bytes, shared.report)
    if annotated_current is not None:
        columns[2].download_button(
            "Huidig werkboek met opmerkingen",
            data=annotated_current,
            file_name=f"{config.workbook_path.stem}-gecontroleerd.xlsx",
            mime=XLSX_MIME,
            icon=":material/download:",
            help="Een kopie met de gevonden problemen gekleurd en toegelicht, en een eerste blad 'Controle'.",
            key="download-huidig-opmerkingen",
        )

# --- a new version ---------------------------------------------------------------------------------------
st.header("Nieuwe versie aanleveren")
if config.hosted:
    st.markdown(
        "Upload uw versie van het werkboek. U ziet de controle en wat er verandert, en u kunt het dashboard met uw "
        "versie bekijken. **Alleen u ziet die versie**; het gedeelde werkboek verandert niet. Stuur een goedgekeurde "
        "versie naar de beheerder van het dashboard."
    )
else:
    st.markdown(
        "Upload de bijgewerkte versie. Is die zonder fouten, dan kunt u er het huidige werkboek van maken; "
        "het vorige bestand wordt bewaard in de map *history*."
    )
# Streamlit writes the uploader's own limit under the button ("25MB per file", in English); the label says this
# page's limit in Dutch, so that line is hidden rather than contradicting it.
st.html('<style>[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }</style>')
uploaded = st.file_uploader(
    f"Nieuwe versie van het werkboek (.xlsx, ten hoogste {config.max_upload_mb} MB)",
    type=["xlsx"],
    # The browser refuses files over this limit with its own (English) message, so it is the server's hard limit
    # (config.max_upload_mb is never above it); a larger file than this page takes is refused by check_upload, in Dutch.
    max_upload_size=MAX_UPLOAD_MB,
    key="nieuwe-versie",
)
if uploaded is not None:
    content = uploaded.getvalue()
    with st.status("Uw versie wordt ingelezen en gecontroleerd...", expanded=False) as progress:
        st.write("Inlezen en controleren")
        candidate = checked(content, uploaded.name, shared, shared.digest, config.max_upload_mb, dt.date.today())
        st.write("Vergelijken met het huidige werkboek")
        progress.update(label="Controle klaar", state="complete" if candidate.loaded else "error")
    if candidate.refusal:
        st.error(candidate.refusal)
        st.stop()

    st.subheader(f"Controle van '{escape_markdown(candidate.name)}'")
    show_report(candidate.report, "nieuw")
    if candidate.annotated is not None:
        st.download_button(
            "Uw versie met opmerkingen",
            data=candidate.annotated,
            file_name=f"{candidate.name.rsplit('.', 1)[0]}-gecontroleerd.xlsx",
            mime=XLSX_MIME,
            icon=":material/download:",
            help="Uw bestand met de gevonden problemen gekleurd en toegelicht, en een eerste blad 'Controle'.",
            key="download-nieuw-opmerkingen",
        )

    if candidate.diff is not None:
        st.subheader("Wat verandert er?")
        st.markdown(escape_markdown(candidate.diff.summary()))
        moves = candidate.diff.status_moves()
        if moves:
            st.markdown(
                "\n".join(
                    f"- {escape_markdown(r)}: {fmt.count(k, 'actie', 'acties')} van {escape_markdown(o)} naar {escape_markdown(n)}"
                    for r, o, n, k in moves
                )
            )
        if not candidate.diff.empty:
            layout.show_table(
                candidate.diff.as_frame(), key="bijwerken-verschillen", stem="wijzigingen-werkboek", label="Wijzigingen"
            )

    st.subheader("Wat wilt u doen?")
    if candidate.loaded and candidate.loaded.usable:
        st.button(
            "Bekijk het dashboard met deze versie (alleen voor u)",
            icon=":material/visibility:",
            key="start-preview",
            on_click=start_preview,
            args=(content, candidate.name),
        )
    if config.hosted:
        st.caption(
            "Op de gedeelde website kan het werkboek niet worden vervangen; de beheerder neemt een goedgekeurde versie over."
        )
    elif not candidate.acceptable:
        st.error(
            "Deze versie bevat fouten en kan daarom niet het huidige werkboek worden. Herstel de fouten (zie de versie met opmerkingen) en upload opnieuw."
        )
    elif candidate.diff is not None and candidate.diff.empty and current_bytes == content:
        st.info("Deze versie is gelijk aan het huidige werkboek.")
    else:
        st.button(
            "Maak dit het huidige werkboek",
            type="primary",
            icon=":material/published_with_changes:",
            key="overnemen",
            on_click=make_current,
            args=(candidate, config.workbook_path, config.hosted),
        )
