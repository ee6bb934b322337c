"""The Data Package (Frictionless, v2) of one round: ``datapackage.json``, a CSV file per table, ``dcat.jsonld``.

:func:`build` takes the checked workbook and its model and returns every file as bytes, in a fixed order. The
bytes depend only on the workbook version and the round: no clock is read (the only moment in them is the
version's own date), JSON keys are sorted, CSV lines end in ``\\n``, numbers are written with a dot and dates
as ISO 8601. So building the package of one version twice gives the same bytes, and a checksum (``hash``) in
the descriptor names each file exactly.

CSV: UTF-8 without a byte order mark, a comma between fields, a double quote around a field that needs one
(a comma, a quote or a line break in the text), a header row with the field names, an empty field for an
empty cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from domain.model import COL_ROLE, Overview
from schemas import TypedWorkbook
from workbook import contract

from .tables import ACTION_PARTIES, PROGRESS, TABLES, Table, field_name

PACKAGE_SCHEMA = "https://datapackage.org/profiles/2.0/datapackage.json"
RESOURCE_SCHEMA = "https://datapackage.org/profiles/2.0/dataresource.json"
DESCRIPTOR = "datapackage.json"
LICENSE = {
    "name": "CC0-1.0",
    "path": "https://creativecommons.org/publicdomain/zero/1.0/",
    "title": "Creative Commons Zero v1.0 Universal",
}


@dataclass(frozen=True)
class Release:
    """What the package is of: the round, and the workbook version (its store id when it is a stored version)."""

    round_name: str
    programme: str
    digest: str  # sha256 of the workbook file
    version_id: str | None = None  # the id history lists (None: a file outside the version store)
    version_label: str = ""  # the id as history shows it, or "inhoud <digest>"
    version_date: dt.datetime | None = None  # the version's own moment (None: unknown)

    @property
    def slug(self) -> str:
        return field_name(self.round_name).replace("_", "-")


def cell(value: Any) -> str:
    """One CSV field: empty for a missing value, ISO dates, integers without a decimal point, a dot for decimals."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # a numpy scalar
        return cell(value.item())
    return str(value)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=",", quotechar='"', lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def json_bytes(data: Any) -> bytes:
    """Sorted keys, two spaces, UTF-8, one line break at the end: the same data gives the same bytes."""
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _rounds(overview: Overview, round_name: str) -> list[str]:
    """The rounds up to and including ``round_name``, oldest first."""
    rounds = overview.rounds
    return rounds[: rounds.index(round_name) + 1]


def _sheet_rows(book: TypedWorkbook, table: Table, rounds: list[str]) -> list[list[Any]]:
    frame = book.frame(table.sheet)
    if table.sheet == contract.SHEET_ROUNDS and contract.COL_ROUND in frame:
        frame = frame[frame[contract.COL_ROUND].isin(rounds)]
    nothing = [None] * len(frame)
    columns = [frame[h].tolist() if h in frame else nothing for h in table.headers]
    return [list(row) for row in zip(*columns)] if columns else []


def _progress_rows(overview: Overview, book: TypedWorkbook, rounds: list[str]) -> list[list[Any]]:
    """One row per action and round (actions in sheet order, rounds oldest first): the text and the status as
    written (empty: no answer)."""
    frame = book.frame(contract.SHEET_ACTIONS)
    ids = frame[contract.COL_ACTION_ID].tolist()
    nothing = [None] * len(ids)
    per_round = []
    for name in rounds:
        columns = contract.RoundColumns(name)
        texts = frame[columns.progress].tolist() if columns.progress in frame else nothing
        statuses = frame[columns.status].tolist() if columns.status in frame else nothing
        per_round.append((name, texts, [s if s in contract.STATUSES else None for s in statuses]))
    return [
        [action_id, name, texts[i], statuses[i]]
        for i, action_id in enumerate(ids)
        for name, texts, statuses in per_round
    ]


def _party_rows(overview: Overview) -> list[list[Any]]:
    links = overview.action_parties
    return [list(row) for row in zip(links[contract.COL_ACTION_ID], links[contract.COL_PARTY], links[COL_ROLE])]


def _tables(book: TypedWorkbook) -> list[Table]:
    return [t for t in TABLES if not t.optional or book.table(t.sheet) is not None]


def build(book: TypedWorkbook, overview: Overview, release: Release) -> dict[str, bytes]:
    """Every file of the package: ``<table>.csv`` per table, ``datapackage.json`` and ``dcat.jsonld``."""
    from .dcat import dcat_bytes

    rounds = _rounds(overview, release.round_name)
    files: dict[str, bytes] = {}
    resources = []
    for table in _tables(book):
        if table.name == PROGRESS:
            rows = _progress_rows(overview, book, rounds)
        elif table.name == ACTION_PARTIES:
            rows = _party_rows(overview)
        else:
            rows = _sheet_rows(book, table, rounds)
        schema = table.schema()
        path = f"{table.name}.csv"
        files[path] = csv_bytes([f["name"] for f in schema["fields"]], rows)
        resources.append(_resource(table, path, files[path], schema))
    descriptor = _descriptor(overview, release, resources, book)
    files[DESCRIPTOR] = json_bytes(descriptor)
    files["dcat.jsonld"] = dcat_bytes(overview, release, files)
    return files


def _resource(table: Table, path: str, content: bytes, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "$schema": RESOURCE_SCHEMA,
        "name": table.name,
        "title": table.title,
        "description": table.description,
        "path": path,
        "type": "table",
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(content),
        "hash": f"sha256:{hashlib.sha256(content).hexdigest()}",
        "dialect": {"delimiter": ",", "header": True, "lineTerminator": "\n", "quoteChar": '"', "doubleQuote": True},
        "licenses": [LICENSE],
        "schema": schema,
    }


def _descriptor(overview: Overview, release: Release, resources: list[dict], book: TypedWorkbook) -> dict[str, Any]:
    info = overview.round(release.round_name)
    about = {
        "ronde": release.round_name,
        "rondedatum": info.date.isoformat() if info and info.date else None,
        "vastgesteld": info.closed.isoformat() if info and info.closed else None,
        "versie": release.version_id,
        "versie_kort": release.version_label,
        "sha256_werkboek": release.digest,
    }
    descriptor: dict[str, Any] = {
        "$schema": PACKAGE_SCHEMA,
        "name": f"{field_name(release.programme).replace('_', '-')}-actieoverzicht-{release.slug}",
        "title": f"Actie-overzicht {release.programme}, ronde {release.round_name}",
        "description": description(release),
        "keywords": keywords(release),
        "licenses": [LICENSE],
        "werkagenda": about,
        "resources": resources,
    }
    if release.version_date is not None:
        moment = release.version_date.astimezone(dt.UTC).replace(microsecond=0)
        descriptor["created"] = moment.isoformat().replace("+00:00", "Z")
    return descriptor


def description(release: Release) -> str:
    return (
        f"De afspraken van de {release.programme} (prioriteiten, doelstellingen, acties met wat, wie en wanneer, "
        f"partijen, budget en indicatoren) en de voortgang per actie in elke rapportageronde tot en met "
        f"{release.round_name}, zoals het ministerie die aan de Tweede Kamer stuurde. Gemaakt uit versie "
        f"{release.version_label} van het actieoverzicht."
    )


def keywords(release: Release) -> list[str]:
    return [release.programme, "mbo", "beroepsonderwijs", "voortgang", "Tweede Kamer"]
