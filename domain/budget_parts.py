"""A whole and its direct parts: what the Budget page's composition chart draws (nothing is added to the whole)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from workbook import contract
from workbook.budget_tree import Tree

from .columns import COL_LABEL, COL_PART

PART = "onderdeel"
REST = "niet uitgesplitst"
#: The columns of a line in a figure (the Budget sheet's, with ``Naam``).
LINE_COLUMNS = [
    contract.COL_BUDGET_ID,
    contract.COL_DESCRIPTION,
    COL_LABEL,
    contract.COL_AMOUNT,
    contract.COL_KIND,
    contract.COL_FROM_YEAR,
    contract.COL_TO_YEAR,
    contract.COL_PRIORITY,
    contract.COL_GOAL,
    contract.COL_PART_OF,
    contract.COL_SOURCE,
    contract.COL_OVERLAPS,
    contract.COL_PRECISION,
]


def time_basis(kind: object) -> str:
    """What an amount is measured over: ``jaar`` (structural and per-year kinds), ``looptijd`` or ``eenmalig``.

    Only amounts on the same basis can be compared: 900 mln per year is not a part of 4 mld over the
    whole period in the way 367 mln per year is a part of it.
    """
    if kind in contract.YEARLY_KINDS:
        return "jaar"
    return "looptijd" if kind == contract.KIND_TOTAL else str(kind)


def _children_of(ids: list, kinds: list, part_of: list, whole_id: str) -> tuple[np.ndarray, np.ndarray]:
    """(mask of the direct parts of ``whole_id`` among all lines, mask of those parts on the whole's time basis)."""
    basis = next((time_basis(kind) for budget_id, kind in zip(ids, kinds) if budget_id == whole_id), None)
    children = [parent == whole_id and budget_id != whole_id for budget_id, parent in zip(ids, part_of)]
    same = [basis is not None and time_basis(kind) == basis for kind, child in zip(kinds, children) if child]
    return np.array(children, dtype=bool), np.array(same, dtype=bool)


def budget_wholes(lines: pd.DataFrame) -> list[str]:
    """Budget-IDs of lines that have parts on their own time basis, largest amount first."""
    parent_of = Tree.of(lines[contract.COL_BUDGET_ID], lines[contract.COL_PART_OF]).parent_of
    ids, kinds, part_of = (
        lines[contract.COL_BUDGET_ID].tolist(),
        lines[contract.COL_KIND].tolist(),
        lines[contract.COL_PART_OF].tolist(),
    )
    wholes = {w for w in set(parent_of.values()) & set(ids) if _children_of(ids, kinds, part_of, w)[1].any()}
    amounts = dict(zip(ids, lines[contract.COL_AMOUNT].fillna(0).tolist()))
    return sorted(wholes, key=lambda i: (-float(amounts.get(i, 0)), i))


@dataclass(frozen=True)
class Composition:
    """A whole and its direct parts; ``rest`` is what the parts leave unexplained (negative: parts exceed it).

    'Onderdeel van' says a line lies inside another, not that the parts of a whole exclude each other:
    when the parts add up to more than the whole, see ``overlapping``.
    """

    whole: dict
    parts: pd.DataFrame  # the line columns + Deel ("onderdeel" / "niet uitgesplitst")
    rest: float
    other_basis: tuple[str, ...] = ()  # parts measured over another period (per year under a total): not drawn
    shared: bool = False  # two of the parts share money ('Overlapt met'): they cannot be stacked

    @property
    def parts_total(self) -> float:
        listed = self.parts[self.parts[COL_PART] == PART]
        return float(listed[contract.COL_AMOUNT].sum())

    @property
    def overlapping(self) -> bool:
        """The parts add up to more than the whole, or two of them share money: they are shown side by side, never
        summed."""
        return self.shared or self.rest < -contract.AMOUNT_TOLERANCE


def composition(lines: pd.DataFrame, whole_id: str) -> Composition:
    """What ``whole_id`` consists of: its direct parts on the same time basis, plus the unexplained rest as a row."""
    by_id = lines.drop_duplicates(contract.COL_BUDGET_ID).set_index(contract.COL_BUDGET_ID, drop=False)
    if whole_id not in by_id.index:
        raise KeyError(whole_id)
    whole = by_id.loc[whole_id, LINE_COLUMNS].to_dict()
    ids, kinds, part_of = (
        lines[contract.COL_BUDGET_ID].tolist(),
        lines[contract.COL_KIND].tolist(),
        lines[contract.COL_PART_OF].tolist(),
    )
    children, same = _children_of(ids, kinds, part_of, whole_id)
    rows = lines[children]
    parts = rows[same][LINE_COLUMNS].copy()
    parts[COL_PART] = PART
    amount = whole[contract.COL_AMOUNT]
    rest = (0.0 if amount is None or pd.isna(amount) else float(amount)) - float(
        parts[contract.COL_AMOUNT].fillna(0).sum()
    )
    tree = Tree.of(lines[contract.COL_BUDGET_ID], lines[contract.COL_PART_OF], lines[contract.COL_OVERLAPS])
    listed = list(parts[contract.COL_BUDGET_ID])
    shared = any(tree.overlap(a, b) for i, a in enumerate(listed) for b in listed[i + 1 :])
    if rest > contract.AMOUNT_TOLERANCE and not shared:
        extra = {
            contract.COL_BUDGET_ID: "",
            contract.COL_AMOUNT: rest,
            contract.COL_KIND: whole[contract.COL_KIND],
            contract.COL_PART_OF: whole_id,
        }
        parts = pd.concat([parts, pd.DataFrame([{**extra, COL_PART: REST}])], ignore_index=True)
    return Composition(whole, parts.reset_index(drop=True), rest, tuple(rows[~same][contract.COL_BUDGET_ID]), shared)
