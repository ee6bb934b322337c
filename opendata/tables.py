"""The tables of the open data, and their Table Schemas derived from the pandera model of each sheet.

Each :class:`Table` is one resource of the Data Package: which sheet (or which derived frame) it comes from,
which columns, its primary key and its foreign keys. The fields are not written by hand: :func:`field` reads the
sheet's pandera column (:func:`schemas.typed.sheet_schema`) - its type, whether a cell may be empty, whether it
is unique, the allowed words (``isin``), the pattern and the range - and the column's Dutch explanation
(:mod:`workbook.column_help`). A field's name is the Dutch header as a plain identifier (``Actie-ID`` ->
``actie_id``), its title the header itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from schemas.dtypes import Day, Number, WholeNumber
from schemas.typed import sheet_schema
from workbook import contract
from workbook.column_help import help_text

TABLE_SCHEMA = "https://datapackage.org/profiles/2.0/tableschema.json"
_TYPES = {WholeNumber: "integer", Number: "number", Day: "date"}


def field_name(header: str) -> str:
    """``Actie-ID`` -> ``actie_id``, ``Bedrag (mln €)`` -> ``bedrag_mln_eur``."""
    text = header.replace("€", "eur").casefold()
    return re.sub(r"[^0-9a-z]+", "_", text).strip("_")


def _pattern(regex: str) -> str:
    """A pandera pattern as a Table Schema pattern (which is matched against the whole value: no anchors)."""
    return regex.removeprefix("^").removesuffix("$")


def field(sheet: str, header: str, *, required: bool | None = None, description: str | None = None) -> dict[str, Any]:
    """The Table Schema field of one column, from the sheet's pandera model."""
    schema = sheet_schema(sheet)
    column = schema.columns.get(header)
    if column is None:  # a round column, matched by its pattern
        column = next(c for pattern, c in schema.columns.items() if c.regex and re.match(pattern, header))
    constraints: dict[str, Any] = {}
    if not column.nullable if required is None else required:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    for check in column.checks:
        stats = check.statistics
        if check.name == "isin":
            constraints["enum"] = list(stats["allowed_values"])
        elif check.name == "str_matches":
            constraints["pattern"] = _pattern(stats["pattern"])
        elif check.name == "in_range":
            constraints["minimum"], constraints["maximum"] = stats["min_value"], stats["max_value"]
        elif check.name == "greater_than_or_equal_to":
            constraints["minimum"] = stats["min_value"]
    found: dict[str, Any] = {
        "name": field_name(header),
        "title": header,
        "type": _TYPES.get(type(column.dtype), "string"),
    }
    if found["type"] == "date":
        found["format"] = "default"  # ISO 8601: JJJJ-MM-DD
    text = description or help_text(sheet, header)
    if text:
        found["description"] = text
    if constraints:
        found["constraints"] = constraints
    return found


@dataclass(frozen=True)
class ForeignKey:
    """``fields`` of this table refer to ``reference`` fields of ``table`` ('' for the table itself)."""

    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]

    def descriptor(self) -> dict[str, Any]:
        reference: dict[str, Any] = {"fields": list(self.reference)}
        if self.table:
            reference["resource"] = self.table
        return {"fields": list(self.fields), "reference": reference}


@dataclass(frozen=True)
class Table:
    """One resource: its name, title and description, the sheet and headers it takes, its keys."""

    name: str
    title: str
    description: str
    sheet: str | None  # None: a table the package derives (progress in long form, action-party links)
    headers: tuple[str, ...] = ()
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    optional: bool = False  # an optional sheet: only in the package when the workbook has it

    def fields(self) -> list[dict[str, Any]]:
        if self.sheet is None:
            return list(DERIVED_FIELDS[self.name])
        return [field(self.sheet, header) for header in self.headers]

    def schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"$schema": TABLE_SCHEMA, "fields": self.fields(), "missingValues": [""]}
        if self.primary_key:
            schema["primaryKey"] = list(self.primary_key)
        if self.foreign_keys:
            schema["foreignKeys"] = [key.descriptor() for key in self.foreign_keys]
        return schema


def _columns(sheet: str) -> tuple[str, ...]:
    return (*contract.SHEET_COLUMNS[sheet], *contract.OPTIONAL_COLUMNS.get(sheet, ()))


def _key(name: str, table: str, reference: str | None = None) -> ForeignKey:
    return ForeignKey((name,), table, (reference or name,))


PROGRESS = "voortgang"
ACTION_PARTIES = "actie_partijen"
_ACTION_ID = field_name(contract.COL_ACTION_ID)
_STATUS_HELP = (
    "De status van de actie in die ronde, volgens de statusrubriek. Leeg: geen antwoord (niemand rapporteerde over "
    "de actie in die ronde); dat is geen status."
)
#: The fields of the tables the package derives from the Acties sheet.
DERIVED_FIELDS: dict[str, tuple[dict[str, Any], ...]] = {
    PROGRESS: (
        field(contract.SHEET_ACTIONS, contract.COL_ACTION_ID, description="De actie (Actie-ID in acties.csv)."),
        field(contract.SHEET_ROUNDS, contract.COL_ROUND, description="De rapportageronde (Ronde in rondes.csv)."),
        {
            **field(
                contract.SHEET_ACTIONS,
                f"{contract.PROGRESS_PREFIX}x",
                description="De voortgangstekst van de "
                "actie in die ronde, precies zoals gepubliceerd. Leeg als er voor die ronde geen tekst is.",
            ),
            "name": "voortgang",
            "title": "Voortgang",
        },
        {
            **field(contract.SHEET_ACTIONS, f"{contract.STATUS_PREFIX}x", description=_STATUS_HELP),
            "name": "status",
            "title": "Status",
        },
    ),
    ACTION_PARTIES: (
        field(contract.SHEET_ACTIONS, contract.COL_ACTION_ID, description="De actie (Actie-ID in acties.csv)."),
        field(contract.SHEET_PARTIES, contract.COL_PARTY, description="De partij (Partij in partijen.csv)."),
        {
            "name": "rol",
            "title": "Rol",
            "type": "string",
            "description": "De rol van de partij in de actie volgens de kolom Wie: primair (de trekker), betrokken, "
            "of andere partijen.",
            "constraints": {"required": True, "enum": list(contract.ROLES)},
        },
    ),
}
for _fields in DERIVED_FIELDS.values():  # a derived table's key fields are never empty
    for _field in _fields[:2]:
        _field.setdefault("constraints", {})["required"] = True
        _field["constraints"].pop("unique", None)

_GOAL, _PRIORITY = field_name(contract.COL_GOAL), field_name(contract.COL_PRIORITY)
TABLES: tuple[Table, ...] = (
    Table(
        "prioriteiten",
        "Prioriteiten",
        "De prioriteiten van de agenda.",
        contract.SHEET_PRIORITIES,
        _columns(contract.SHEET_PRIORITIES),
        (_PRIORITY,),
    ),
    Table(
        "doelstellingen",
        "Doelstellingen",
        "De doelstellingen, elk onder een prioriteit.",
        contract.SHEET_GOALS,
        _columns(contract.SHEET_GOALS),
        (_GOAL,),
        (_key(_PRIORITY, "prioriteiten"),),
    ),
    Table(
        "partijen",
        "Partijen",
        "De partijen die acties uitvoeren, met hun soort en andere schrijfwijzen.",
        contract.SHEET_PARTIES,
        _columns(contract.SHEET_PARTIES),
        (field_name(contract.COL_PARTY),),
    ),
    Table(
        "rondes",
        "Rapportagerondes",
        "De rapportagerondes tot en met de ronde van dit pakket: datum, bron, vaststelling en de Kamerbrief.",
        contract.SHEET_ROUNDS,
        _columns(contract.SHEET_ROUNDS),
        (field_name(contract.COL_ROUND),),
    ),
    Table(
        "acties",
        "Acties",
        "De afgesproken acties: wat, wie en wanneer. De voortgang per ronde staat in voortgang.csv.",
        contract.SHEET_ACTIONS,
        _columns(contract.SHEET_ACTIONS),
        (_ACTION_ID,),
        (_key(_GOAL, "doelstellingen"), _key(field_name(contract.COL_REPORTER), "partijen", "partij")),
    ),
    Table(
        PROGRESS,
        "Voortgang per ronde",
        "Per actie en per ronde de voortgangstekst en de status (lange vorm: een regel per actie per ronde).",
        None,
        primary_key=(_ACTION_ID, "ronde"),
        foreign_keys=(_key(_ACTION_ID, "acties"), _key("ronde", "rondes")),
    ),
    Table(
        ACTION_PARTIES,
        "Partijen per actie",
        "Per actie de partijen uit de kolom Wie, met hun rol.",
        None,
        primary_key=(_ACTION_ID, "partij"),
        foreign_keys=(_key(_ACTION_ID, "acties"), _key("partij", "partijen")),
    ),
    Table(
        "budget",
        "Budget",
        "De budgetregels, elk met de bron van het bedrag. Een regel met 'onderdeel_van' valt binnen die regel: tel "
        "ze niet op.",
        contract.SHEET_BUDGET,
        _columns(contract.SHEET_BUDGET),
        (field_name(contract.COL_BUDGET_ID),),
        (
            _key(_PRIORITY, "prioriteiten"),
            _key(_GOAL, "doelstellingen"),
            _key(field_name(contract.COL_PART_OF), "", field_name(contract.COL_BUDGET_ID)),
        ),
    ),
    Table(
        "indicatoren",
        "Indicatoren",
        "De effectindicatoren met basis- en streefwaarde.",
        contract.SHEET_INDICATORS,
        _columns(contract.SHEET_INDICATORS),
        (field_name(contract.COL_INDICATOR_ID),),
        (_key(_GOAL, "doelstellingen"),),
        optional=True,
    ),
    Table(
        "metingen",
        "Metingen",
        "De metingen van de indicatoren.",
        contract.SHEET_MEASUREMENTS,
        _columns(contract.SHEET_MEASUREMENTS),
        foreign_keys=(_key(field_name(contract.COL_INDICATOR_ID), "indicatoren"),),
        optional=True,
    ),
    Table(
        "bronnen",
        "Bronnen",
        "De brondocumenten met titel en datum. De kolom 'bron' van de andere tabellen noemt een document bij zijn "
        "sleutel (de kolom 'bron' hier), gevolgd door het citaat.",
        contract.SHEET_SOURCES,
        _columns(contract.SHEET_SOURCES),
        (field_name(contract.COL_SOURCE),),
        optional=True,
    ),
)
