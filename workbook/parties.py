"""The Wie cell: which parties an action names, in which role, and who they are.

A Wie cell reads ``OCW (primair), MBO Raad, JOB; andere partijen: VWS, GGD'en``:
names separated by commas, the lead party marked ``(primair)``, and a group
after ``andere partijen:``. Names resolve case-insensitively to a party of the
Partijen sheet or one of its aliases.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from . import settings

_LEAD_MARK = re.compile(r"\(\s*primair\s*\)", re.IGNORECASE)
_OTHER_PREFIX = re.compile(r"^\s*andere\s+partijen\s*:?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class PartyMention:
    name: str  # as written (without the "(primair)" mark)
    role: str  # settings.ROLE_LEAD / ROLE_INVOLVED / ROLE_OTHER


def parse_wie(text: object) -> list[PartyMention]:
    """Split a Wie cell into mentions. Empty names (",,") come back as name ""."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return []
    mentions: list[PartyMention] = []
    for part_number, part in enumerate(str(text).split(";")):
        role_default = settings.ROLE_INVOLVED
        if _OTHER_PREFIX.match(part):
            part = _OTHER_PREFIX.sub("", part, count=1)
            role_default = settings.ROLE_OTHER
            if not part.strip():
                continue  # "andere partijen" without names
        elif part_number > 0 and not part.strip():
            continue
        for raw in part.split(","):
            role = role_default
            if _LEAD_MARK.search(raw):
                role = settings.ROLE_LEAD
                raw = _LEAD_MARK.sub("", raw)
            mentions.append(PartyMention(re.sub(r"\s+", " ", raw).strip().rstrip("."), role))
    if mentions and mentions[-1].name == "" and len(mentions) > 1 and str(text).rstrip().endswith("."):
        mentions.pop()
    return mentions


def party_key(name: str) -> str:
    """Case-, space- and apostrophe-insensitive key for exact resolution."""
    text = name.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip().rstrip(".").casefold()


def _loose_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", party_key(name))


def split_aliases(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    return [a.strip() for a in str(value).split(";") if a.strip()]


class PartyIndex:
    """Resolve names and aliases to canonical party names."""

    def __init__(self, names: dict[str, str]):
        self._by_key = names  # key -> canonical
        self._loose: dict[str, str] = {}
        for key, canonical in names.items():
            self._loose.setdefault(_loose_key(key), canonical)

    @classmethod
    def from_frame(cls, parties: pd.DataFrame) -> "PartyIndex":
        names: dict[str, str] = {}
        if settings.COL_PARTY not in parties:
            return cls(names)
        aliases = parties.get(settings.COL_ALIASES, pd.Series(None, index=parties.index))
        for party, alias_cell in zip(parties[settings.COL_PARTY], aliases):
            if party is None or not str(party).strip():
                continue
            canonical = str(party).strip()
            names.setdefault(party_key(canonical), canonical)
            for alias in split_aliases(alias_cell):
                names.setdefault(party_key(alias), canonical)
        return cls(names)

    @property
    def canonical_names(self) -> list[str]:
        return sorted(set(self._by_key.values()), key=str.casefold)

    def resolve(self, name: str) -> str | None:
        return self._by_key.get(party_key(name))

    def suggest(self, name: str) -> str | None:
        """A near miss ("MBO-raad" -> "MBO Raad"), or None."""
        loose = _loose_key(name)
        if loose and loose in self._loose:
            return self._loose[loose]
        match = difflib.get_close_matches(party_key(name), list(self._by_key), n=1, cutoff=0.75)
        return self._by_key[match[0]] if match else None


def action_parties(wie_values: Iterable[object], index: PartyIndex) -> list[list[tuple[str, str]]]:
    """For each Wie cell: [(canonical party, role)], unknown names skipped, each party once (strongest role)."""
    strength = {settings.ROLE_LEAD: 0, settings.ROLE_INVOLVED: 1, settings.ROLE_OTHER: 2}
    result = []
    for value in wie_values:
        roles: dict[str, str] = {}
        for mention in parse_wie(value):
            canonical = index.resolve(mention.name) if mention.name else None
            if canonical is None:
                continue
            current = roles.get(canonical)
            if current is None or strength[mention.role] < strength[current]:
                roles[canonical] = mention.role
        result.append(list(roles.items()))
    return result
