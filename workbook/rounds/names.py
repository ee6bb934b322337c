"""Names in a request workbook, defined once for the writer and the reader, and safe file names."""

from __future__ import annotations

import re
import unicodedata

from .. import contract

SHEET_README = "Toelichting"
SHEET_ACTIONS = contract.SHEET_ACTIONS
SHEET_INFO = "Ter informatie"
SHEET_LISTS = contract.SHEET_LISTS
SHEET_ID = "Verzoek"

KIND = "werkagenda-verzoek"  #: marker in the identification sheet: this workbook is a request
VERSION = "1"

KEY_KIND = "Soort"
KEY_VERSION = "Versie"
KEY_PARTY = "Partij"
KEY_ROUND = "Ronde"
KEY_DIGEST = "Bron (sha256)"
KEY_FINGERPRINTS = "Vingerafdrukken (sha256)"
KEY_ANSWER_COLUMN = "Antwoordkolom"  # one row per editable column
ID_TABLE_HEADER = ("Actie-ID", "Vingerafdruk", "Rij in Acties")
ID_TABLE_COLUMN = 4  # the fingerprint table starts in column D of the identification sheet

PROP_PARTY = "VerzoekPartij"
PROP_ROUND = "VerzoekRonde"
PROP_DIGEST = "VerzoekBron"
PROP_FINGERPRINTS = "VerzoekVingerafdrukken"
PROP_VERSION = "WerkagendaVerzoek"
PROPERTY_LIMIT = 255  # Excel shows and keeps text properties up to this length

#: The columns of an action a request shows read-only, before the rounds (in this order).
READ_ONLY_COLUMNS: tuple[str, ...] = (
    contract.COL_ACTION_ID,
    contract.COL_GOAL,
    contract.COL_WHAT,
    contract.COL_WHO,
    contract.COL_WHEN,
)

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
MAX_NAME = 80


def safe_name(text: str) -> str:
    """A file name part that Windows, macOS and Linux all accept: ``GGD'en/regio`` -> ``GGD'en-regio``.

    Forbidden signs become a dash, spaces stay, the ends lose dots and spaces, a reserved device name
    (``CON``, ``NUL``, ``COM1``...) gets an underscore, and the part is at most 80 characters.
    """
    text = unicodedata.normalize("NFC", str(text))
    text = _UNSAFE.sub("-", text)
    text = " ".join(text.split()).strip(" .-") or "partij"
    text = text[:MAX_NAME].rstrip(" .")
    if text.split(".")[0].casefold() in _RESERVED:
        text = f"_{text}"
    return text


def request_file_names(parties: list[str], round_name: str) -> dict[str, str]:
    """Party -> ``verzoek <ronde> - <partij>.xlsx``; never two names that Windows would take for one."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    stem_round = safe_name(round_name)
    for party in parties:
        stem = f"verzoek {stem_round} - {safe_name(party)}"
        name, number = f"{stem}.xlsx", 1
        while name.casefold() in taken:
            number += 1
            name = f"{stem} ({number}).xlsx"
        taken.add(name.casefold())
        names[party] = name
    return names
