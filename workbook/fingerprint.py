"""Fingerprints: a sha256 of cell texts that survives any save by Excel, LibreOffice or openpyxl.

A request workbook stores per action a fingerprint of its read-only fields (so ``collect`` sees an
edited ``Wat`` or ``Wie``), and a closed round stores one of all its texts and statuses (so ``validate``
sees a published round that changed). Both are made here, from the text a cell stands for:

* empty, ``None`` and spaces only are one value;
* ``2023``, ``2023.0`` and ``"2023"`` are one value, and a date is its ISO text;
* ``\\r\\n`` and ``\\r`` are ``\\n``, and whitespace at both ends does not count.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

HEX_LENGTH = 64


def normal(value: Any) -> str:
    """The text a cell stands for, the same after any save (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        if isinstance(value, dt.datetime) and (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.date().isoformat()
        return value.isoformat()
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return ""
    except ImportError:  # pragma: no cover - pandas is always there in this project
        pass
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def fingerprint(row: Mapping[str, Any], fields: Sequence[str]) -> str:
    """The sha256 (hex) of the ``fields`` of ``row``, insensitive to how Excel or LibreOffice typed them."""
    payload = json.dumps([[name, normal(row.get(name))] for name in fields], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def table_digest(fingerprints: Mapping[str, str]) -> str:
    """One sha256 over a table of fingerprints (key -> fingerprint), whatever its order."""
    lines = "".join(f"{key}\t{value}\n" for key, value in sorted(fingerprints.items()))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def round_fingerprint(rows: Iterable[tuple[Any, Any, Any]]) -> str:
    """The fingerprint of a round: (Actie-ID, Voortgang, Status) per action, in any order.

    An action with neither text nor status in the round does not count, so an action added later
    (empty in that round) leaves a closed round's fingerprint as it was.
    """
    kept = {}
    for action_id, progress, status in rows:
        key, text, word = normal(action_id), normal(progress), normal(status)
        if key and (text or word):
            kept[key] = f"{text}\u241f{word}"  # a separator no cell text has
    return table_digest(kept)


def looks_like_fingerprint(value: Any) -> bool:
    """A 64-character hexadecimal text (how a fingerprint is written in a cell)."""
    text = normal(value).lower()
    return len(text) == HEX_LENGTH and all(c in "0123456789abcdef" for c in text)
