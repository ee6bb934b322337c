"""The steps of a reporting round as files in, files out: the same for the command line and the app.

Each step takes the workbook's bytes (and its check) and returns new bytes; nothing is written here.
A step that must not run raises :class:`RoundRefused` with a Dutch sentence that says why and what to do.

1. :func:`new_round` - the workbook with a new round (row in Rondes, two columns in Acties);
2. :func:`request_files` - one request workbook per reporting party for the open round (and a zip);
3. :func:`read_answers` + :func:`collect_answers` - the answers read, decided and merged into a new version;
4. :func:`close_round` - the workbook with a round marked closed, with the fingerprint of its texts.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from domain import collect as decide
from domain import rounds
from schemas import Checked
from schemas.rules.closed import round_fingerprint_of
from workbook import contract, nl
from workbook.findings import Finding, WorkbookError
from workbook.reader.headers import norm
from workbook.rounds import edit
from workbook.rounds.answers import Answer, read_answer
from workbook.rounds.names import request_file_names
from workbook.rounds.patch import PatchError, set_cells, set_cells_openpyxl
from workbook.rounds.requests import write_request


class RoundRefused(Exception):
    """A step of the round was not done; ``str(exc)`` says why, in Dutch. Nothing was written."""


def _usable(checked: Checked) -> None:
    if not checked.report.readable or checked.workbook is None:
        raise RoundRefused(f"Het werkboek kan niet worden gelezen: {checked.report.findings[0].message}")
    if checked.report.errors:
        raise RoundRefused(
            f"Het werkboek bevat {nl.count(len(checked.report.errors), 'fout', 'fouten')}. Herstel die eerst "
            "(python -m workbook validate of de pagina Werkboek bijwerken) en probeer het dan opnieuw."
        )


# --- 1. open a round ------------------------------------------------------------------------------------
def new_round(content: bytes, checked: Checked, name: str, date: dt.date, source: str | None = None) -> bytes:
    """The workbook with round ``name`` on ``date`` added after the last one. Raises RoundRefused."""
    _usable(checked)
    name = " ".join(str(name).split())
    if not name:
        raise RoundRefused("Geef de nieuwe ronde een naam, bijvoorbeeld 'voorjaar 2026'.")
    book = checked.workbook
    dates = rounds.round_dates(book)
    if any(norm(name) == norm(existing) for existing in dates):
        raise RoundRefused(f"Ronde '{name}' staat al in het blad '{contract.SHEET_ROUNDS}'. Kies een andere naam.")
    last = max((d for d in dates.values() if d), default=None)
    if last is not None and date <= last:
        raise RoundRefused(
            f"De datum {nl.date_numeric(date)} ligt niet na die van de laatste ronde ({nl.date_numeric(last)}). "
            "Kies een latere datum."
        )
    try:
        return edit.add_round(content, name, date, source, name=checked.name).content
    except edit.TemplateError as exc:
        raise RoundRefused(str(exc)) from exc


# --- 2. ask every party ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RequestFile:
    party: str
    name: str
    actions: int
    content: bytes


def _open_round(checked: Checked, round_name: str | None) -> str:
    current = rounds.open_round(checked.workbook)
    if current is None:
        raise RoundRefused("Het werkboek heeft nog geen ronde. Open eerst een ronde (new-round).")
    if round_name and norm(round_name) != norm(current.name):
        raise RoundRefused(
            f"Ronde '{round_name}' is niet de open ronde; de open ronde is '{current.name}'. Verzoeken gaan alleen "
            "over de open (laatste) ronde."
        )
    if current.name in rounds.closed_rounds(checked.workbook):
        raise RoundRefused(
            f"Ronde '{current.name}' is al vastgesteld; er worden geen antwoorden meer gevraagd. Open een nieuwe ronde."
        )
    return current.name


def deadline_text(deadline: dt.date | None) -> str:
    return nl.date(deadline) if deadline else "zo snel mogelijk (vraag de coördinator naar de datum)"


def request_files(
    checked: Checked, *, round_name: str | None = None, deadline: dt.date | None = None, party: str | None = None
) -> list[RequestFile]:
    """One request workbook per reporting party (or only ``party``) for the open round. Raises RoundRefused."""
    _usable(checked)
    name = _open_round(checked, round_name)
    requests = rounds.party_requests(checked.workbook, name)
    names = request_file_names([r.party for r in requests], name)
    files = []
    for request in requests:
        if party is not None and request.party != party:
            continue
        buffer = io.BytesIO()
        write_request(
            buffer,
            party=request.party,
            round_name=name,
            deadline_text=deadline_text(deadline),
            source_digest=checked.digest,
            columns=request.columns,
            rows=request.rows,
            info_rows=request.info_rows,
            fingerprints=request.fingerprints,
        )
        files.append(RequestFile(request.party, names[request.party], len(request.rows), buffer.getvalue()))
    return files


def zip_of(files: Sequence[RequestFile]) -> bytes:
    """All request workbooks in one zip (each under its own name)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in files:
            archive.writestr(file.name, file.content)
    return buffer.getvalue()


# --- 3. take the answers in ------------------------------------------------------------------------------
def read_answers(files: Sequence[tuple[str, bytes | Path]]) -> list[Answer | tuple[str, Finding]]:
    """Each file read as an answer, or (name, the finding why it could not be read)."""
    found: list[Answer | tuple[str, Finding]] = []
    for name, source in files:
        try:
            found.append(read_answer(source, name=name))
        except WorkbookError as exc:
            found.append((name, exc.finding))
    return found


@dataclass(frozen=True)
class Merged:
    """The decisions per file and the new version of the workbook (None when nothing changes)."""

    collected: decide.Collected
    content: bytes | None


def collect_answers(content: bytes, checked: Checked, files: Sequence[tuple[str, bytes | Path]]) -> Merged:
    """Read and decide every answer; the workbook with the taken cells filled in. Raises RoundRefused."""
    if not checked.report.readable or checked.workbook is None:
        raise RoundRefused(f"Het werkboek kan niet worden gelezen: {checked.report.findings[0].message}")
    if rounds.open_round(checked.workbook) is None:
        raise RoundRefused("Het werkboek heeft nog geen ronde; er zijn geen antwoorden om over te nemen.")
    collected = decide.collect(checked.workbook, read_answers(files))
    if not collected.changes:
        return Merged(collected, None)
    try:
        merged = set_cells(content, contract.SHEET_ACTIONS, collected.changes)
    except PatchError:  # an odd sheet: the slower way, checked the same
        try:
            merged = set_cells_openpyxl(content, contract.SHEET_ACTIONS, collected.changes)
        except PatchError as exc:
            raise RoundRefused(
                "De antwoorden konden niet veilig in het werkboek worden gezet; er is niets geschreven. Meld dit aan "
                "de beheerder."
            ) from exc
    return Merged(collected, merged)


# --- 5. close a round -------------------------------------------------------------------------------------
def close_round(content: bytes, checked: Checked, round_name: str, today: dt.date | None = None) -> bytes:
    """The workbook with ``round_name`` closed today, with the fingerprint of its texts. Raises RoundRefused."""
    _usable(checked)
    book = checked.workbook
    known = {norm(r.name): r.name for r in book.round_columns}
    if norm(round_name) not in known:
        raise RoundRefused(f"Ronde '{round_name}' staat niet (met haar kolommen in Acties) in het werkboek.")
    name = known[norm(round_name)]
    if name in rounds.closed_rounds(book):
        closed = rounds.closed_rounds(book)[name]
        raise RoundRefused(f"Ronde '{name}' is al vastgesteld op {nl.date_numeric(closed)}.")
    fingerprint = round_fingerprint_of(book, name)
    try:
        return edit.close_round(content, name, fingerprint, today or dt.date.today(), name=checked.name).content
    except edit.TemplateError as exc:
        raise RoundRefused(str(exc)) from exc
