"""The budget tree as the Budget sheet spells it, read the same way by the check and by the figures.

``Onderdeel van`` names the one whole a line lies inside; ``Overlapt met`` names lines that share money with
it without one lying inside the other (Budget-IDs separated by ``;``, as ``B22; B23``). Like ``Wie``
(:mod:`workbook.wie`), the cells are parsed here once, for :mod:`schemas.rules.budget` (is the tree sound?)
and :mod:`domain.budget` (what do the lines add up to?).

An overlap holds upwards, on both sides: when X shares money with Y, every whole that contains X shares
money with every whole that contains Y (:meth:`Tree.overlap`). A line never overlaps its own whole or part:
that relation is ``Onderdeel van`` already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from . import contract

_SEPARATORS = re.compile(r"[;,]")


def split_ids(cell: object) -> list[str]:
    """``"B22; B23"`` -> ``["B22", "B23"]`` (a comma works too; empty parts and repeats are dropped)."""
    if not isinstance(cell, str):
        return []
    return list(dict.fromkeys(part.strip() for part in _SEPARATORS.split(cell) if part.strip()))


def join_ids(ids: Iterable[str]) -> str:
    """``["B22", "B23"]`` -> ``"B22; B23"``, as a person types it in ``Overlapt met``."""
    return "; ".join(ids)


@dataclass(frozen=True)
class Tree:
    """Who is part of whom, and who shares money with whom (declared, both ways), by Budget-ID."""

    parent_of: Mapping[str, str]
    declared: Mapping[str, frozenset[str]] = field(default_factory=dict)
    _below: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, ids: Iterable[object], parts_of: Iterable[object], overlaps: Iterable[object] | None = None) -> Tree:
        """The tree of the lines (``Budget-ID``, ``Onderdeel van``, ``Overlapt met`` column by column)."""
        ids = [i if isinstance(i, str) else None for i in ids]
        parent_of: dict[str, str] = {}
        for budget_id, parent in zip(ids, parts_of):
            if budget_id and isinstance(parent, str) and parent.strip() and parent.strip() != budget_id:
                parent_of.setdefault(budget_id, parent.strip())
        declared: dict[str, set[str]] = {}
        for budget_id, cell in zip(ids, overlaps if overlaps is not None else [None] * len(ids)):
            for other in split_ids(cell):
                if budget_id and other != budget_id:
                    declared.setdefault(budget_id, set()).add(other)
                    declared.setdefault(other, set()).add(budget_id)
        return cls(parent_of, {k: frozenset(v) for k, v in declared.items()})

    def ancestors(self, budget_id: str) -> list[str]:
        """The wholes above ``budget_id``, nearest first; stops at a cycle (the check reports it)."""
        chain: list[str] = []
        current = self.parent_of.get(budget_id)
        while current is not None and current not in chain and current != budget_id:
            chain.append(current)
            current = self.parent_of.get(current)
        return chain

    def children(self, budget_id: str) -> list[str]:
        """The direct parts of ``budget_id``, in sheet order."""
        return [part for part, whole in self.parent_of.items() if whole == budget_id]

    def descendants(self, budget_id: str) -> frozenset[str]:
        """Every line that lies (directly or further down) inside ``budget_id``."""
        if budget_id not in self._below:
            found: set[str] = set()
            todo = self.children(budget_id)
            while todo:
                part = todo.pop()
                if part not in found and part != budget_id:
                    found.add(part)
                    todo.extend(self.children(part))
            self._below[budget_id] = frozenset(found)
        return self._below[budget_id]

    def via(self, budget_id: str, whole: str) -> list[str]:
        """The wholes between ``budget_id`` and its ancestor ``whole`` (``B10`` in ``B02`` via ``B03``)."""
        chain = self.ancestors(budget_id)
        return chain[: chain.index(whole)] if whole in chain else []

    def overlap(self, a: str, b: str) -> bool:
        """``a`` and ``b`` share money: a declared overlap between ``a`` or a part of it and ``b`` or a part of it."""
        if not self.declared or a == b or a in self.ancestors(b) or b in self.ancestors(a):
            return False
        theirs = {b, *self.descendants(b)}
        return any(self.declared.get(x, frozenset()) & theirs for x in (a, *self.descendants(a)))


# --- years -----------------------------------------------------------------------------------------------
Years = tuple[int | None, int | None]  # (Van jaar, Tot jaar); None: not given


def whole_years(budget_id: str, tree: Tree, own: Mapping[str, Years]) -> tuple[tuple[int, int], bool]:
    """The years a whole covers and whether a line says so: its own ``Van``/``Tot jaar``, else those of the
    nearest whole above it that has them, else the Werkagenda's years (then ``known`` is False, as it is for
    years the wrong way round)."""
    first = last = None
    known = False
    for line in (budget_id, *tree.ancestors(budget_id)):
        start, end = own.get(line, (None, None))
        if first is None and start is not None:
            first, known = start, True
        if last is None and end is not None:
            last, known = end, True
    first = contract.AGENDA_FIRST_YEAR if first is None else first
    last = contract.AGENDA_LAST_YEAR if last is None else last
    if first > last:  # years the wrong way round (the check reports that): no years to hold a part to
        return (first, first), False
    return (first, last), known


def holds_in(years: Years, year: int) -> bool:
    """A line with these years holds in ``year`` (no years: always; an open end runs on)."""
    start, end = years
    return (start is None or start <= year) and (end is None or year <= end)
