"""The Wie cell: which parties an action names, in which role, and who they are.

A Wie cell reads ``OCW (primair), MBO Raad, JOB; andere partijen: VWS, GGD'en``:
names separated by commas, the lead party marked ``(primair)``, and a group
after ``andere partijen:``. Names resolve case-insensitively to a party of the
Partijen sheet or one of its aliases.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pandas as pd

from . import contract

_LEAD_MARK = re.compile(r"\(\s*primair\s*\)", re.IGNORECASE)
_OTHER_PREFIX = re.compile(r"^\s*andere\s+partijen\s*:?\s*", re.IGNORECASE)
_NOT_ALPHANUMERIC = re.compile(r"[^0-9a-z]")


@dataclass(frozen=True)
class PartyMention:
    name: str  # as written (without the "(primair)" mark)
    role: str  # s.ROLE_LEAD / ROLE_INVOLVED / ROLE_OTHER


def parse_wie(text: object) -> list[PartyMention]:
    """Split a Wie cell into mentions. Empty names (",,") come back as name ""."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return []
    return [PartyMention(name, role) for name, role in wie_names(str(text))]


def wie_names(text: str) -> list[tuple[str, str]]:
    """:func:`parse_wie` as (name, role) pairs, for code that goes through many cells."""
    mentions = []
    for part_number, part in enumerate(text.split(";")):
        role_default = contract.ROLE_INVOLVED
        if _OTHER_PREFIX.match(part):
            part = _OTHER_PREFIX.sub("", part, count=1)
            role_default = contract.ROLE_OTHER
            if not part.strip():
                continue  # "andere partijen" without names
        elif part_number > 0 and not part.strip():
            continue
        for raw in part.split(","):
            role = role_default
            if "(" in raw and _LEAD_MARK.search(raw):  # the mark needs a "(": skip the search for most names
                role = contract.ROLE_LEAD
                raw = _LEAD_MARK.sub("", raw)
            # " ".join(split()) is re.sub(r"\s+", " ", raw).strip(): the same whitespace, without a regex per name
            mentions.append((" ".join(raw.split()).rstrip("."), role))
    if mentions and mentions[-1][0] == "" and len(mentions) > 1 and text.rstrip().endswith("."):
        mentions.pop()
    return mentions


def party_key(name: str) -> str:
    """Case-, space- and apostrophe-insensitive key for exact resolution."""
    text = name.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return " ".join(text.split()).rstrip(".").casefold()


def _loose_key(name: str) -> str:
    return _NOT_ALPHANUMERIC.sub("", party_key(name))


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
    def from_frame(cls, parties: pd.DataFrame) -> PartyIndex:
        names: dict[str, str] = {}
        if contract.COL_PARTY not in parties:
            return cls(names)
        aliases = parties.get(contract.COL_ALIASES, pd.Series(None, index=parties.index))
        for party, alias_cell in zip(parties[contract.COL_PARTY], aliases):
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

    def resolver(self) -> Callable[[str], str | None]:
        """:meth:`resolve` with a memo, for one pass over many names (the same names recur)."""
        memo: dict[str, str | None] = {}

        def resolve(name: str) -> str | None:
            try:
                return memo[name]
            except KeyError:
                found = memo[name] = self.resolve(name)
                return found

        return resolve

    def suggest(self, name: str) -> str | None:
        """A near miss ("MBO-raad" -> "MBO Raad"), or None."""
        loose = _loose_key(name)
        if loose and loose in self._loose:
            return self._loose[loose]
        match = difflib.get_close_matches(party_key(name), list(self._by_key), n=1, cutoff=0.75)
        return self._by_key[match[0]] if match else None


def party_pairs(wie_values: Iterable[object], index: PartyIndex) -> list[tuple[tuple[str, str], ...]]:
    """For each Wie cell: ((canonical party, role), ...), unknown names skipped, each party once (strongest role).

    One shared tuple per distinct text: each distinct text is parsed once and each distinct
    name resolved once (both repeat a lot).
    """
    strength = {contract.ROLE_LEAD: 0, contract.ROLE_INVOLVED: 1, contract.ROLE_OTHER: 2}
    resolve = index.resolver()
    parsed: dict[str, tuple[tuple[str, str], ...]] = {}

    def pairs_of(value: object) -> tuple[tuple[str, str], ...]:
        if value is None or (isinstance(value, float) and pd.isna(value)):
            return ()
        roles: dict[str, str] = {}
        for name, role in wie_names(str(value)):
            canonical = resolve(name) if name else None
            if canonical is None:
                continue
            current = roles.get(canonical)
            if current is None or strength[role] < strength[current]:
                roles[canonical] = role
        return tuple(roles.items())

    result = []
    for value in wie_values:
        if isinstance(value, str):
            pairs = parsed.get(value)
            if pairs is None:
                pairs = parsed[value] = pairs_of(value)
            result.append(pairs)
        else:
            result.append(pairs_of(value))
    return result
