"""The counting rule of every budget sum: never a part with its whole, never two lines that share money.

One rule for every figure that adds budget lines (a year's total, the Overzicht's budget, the per-year
chart, the totals per kind), applied in this order to the candidates of one sum:

1. **Clipping.** A line is not counted in a year outside the years of a whole above it that has years
   (``outside-whole-years``: B10 from 2023 on, inside B02 of 2023-2027, is not counted in 2028).
2. **Parts.** A line whose whole (directly or further up) is a candidate too is left out (``onderdeel``:
   B10 is part of B02, via B03).
3. **Overlaps.** The remaining lines, largest amount first (then more years, then Budget-ID), are kept
   unless they share money with a line kept already (``overlaps``: B22 overlaps B02, which is larger and
   counts). An overlap of a part holds for its wholes as well (:meth:`workbook.budget_tree.Tree.overlap`).

Every left-out line keeps its reason and the line it yields to, so each figure can be traced. The precision
of a sum follows from the precisions of what it adds (:func:`sum_precision`): exact, ``ongeveer``, ``meer
dan`` (only lower bounds) or ``ten hoogste`` (only upper bounds, such as ``oplopend tot``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from workbook import contract
from workbook.budget_tree import Tree

LEFT_OUT_PART = "onderdeel"  #: part of a whole in the same figure (``Geheel`` names it, ``Via`` the lines between)
LEFT_OUT_OVERLAP = "overlaps"  #: shares money with a larger line in the same figure (``Geheel`` names it)
LEFT_OUT_OUTSIDE = "outside-whole-years"  #: a year outside the years of a whole above it (``Geheel`` names it)


@dataclass(frozen=True)
class LeftOut:
    """A line not counted in a sum: why, the line it yields to, and the wholes between (for a part)."""

    budget_id: str
    reason: str
    whole: str | None = None
    via: tuple[str, ...] = ()


@dataclass(frozen=True)
class Counted:
    """The lines a sum adds (in the order given) and those it leaves out, each with its reason."""

    kept: tuple[str, ...]
    left_out: tuple[LeftOut, ...]


def outside_whole(budget_id: str, year: int, tree: Tree, years: Mapping[str, tuple[int | None, int | None]]) -> str:
    """The nearest whole above ``budget_id`` whose own years do not include ``year`` ('' when there is none)."""
    for whole in tree.ancestors(budget_id):
        start, end = years.get(whole, (None, None))
        if (start is not None and year < start) or (end is not None and year > end):
            return whole
    return ""


def count(
    candidates: Sequence[str], tree: Tree, amounts: Mapping[str, float], spans: Mapping[str, int] | None = None
) -> Counted:
    """The part rule, then the overlap rule, on the candidates of one sum (clipping is done before)."""
    ids = list(dict.fromkeys(candidates))
    present = set(ids)
    left_out: list[LeftOut] = []
    wholes: list[str] = []
    for budget_id in ids:
        whole = next((a for a in tree.ancestors(budget_id) if a in present), None)
        if whole is None:
            wholes.append(budget_id)
        else:
            left_out.append(LeftOut(budget_id, LEFT_OUT_PART, whole, tuple(tree.via(budget_id, whole))))
    spans = spans or {}
    kept: list[str] = []
    for budget_id in sorted(wholes, key=lambda i: (-float(amounts.get(i, 0.0)), -spans.get(i, 0), i)):
        larger = next((k for k in kept if tree.overlap(budget_id, k)), None)
        if larger is None:
            kept.append(budget_id)
        else:
            left_out.append(LeftOut(budget_id, LEFT_OUT_OVERLAP, larger))
    chosen = set(kept)
    return Counted(tuple(i for i in ids if i in chosen), tuple(left_out))


def sum_precision(precisions: Iterable[object]) -> str:
    """How exact a sum is: '' (every part exact), ``meer dan``, ``ten hoogste`` or ``ongeveer``.

    ``ongeveer`` when a part is approximate or when lower and upper bounds are mixed; only lower bounds
    (``meer dan``, ``ruim``) give ``meer dan``; only upper bounds (``bijna``, ``oplopend tot``) ``ten hoogste``.
    """
    words = {p for p in precisions if isinstance(p, str) and p}
    if not words:
        return ""
    lower, upper = words & set(contract.LOWER_BOUNDS), words & set(contract.UPPER_BOUNDS)
    if words == lower:
        return contract.PRECISION_MORE_THAN
    if words == upper:
        return contract.PRECISION_AT_MOST
    return contract.PRECISION_ABOUT
