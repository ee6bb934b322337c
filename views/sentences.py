"""The Dutch sentences the app and the appendix for parliament share: the status mix, what moved, past end years.

Plain text, built only from figures of :mod:`domain` and the formats of :mod:`workbook.nl`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from domain.budget import (
    COL_VIA,
    COL_WHOLE,
    LEFT_OUT_NO_AMOUNT,
    LEFT_OUT_NO_YEAR,
    LEFT_OUT_OUTSIDE,
    LEFT_OUT_OVERLAP,
    LEFT_OUT_PART,
    LEFT_OUT_TOTAL,
    LEFT_OUT_UNKNOWN_KIND,
)
from domain.columns import COL_REASON
from workbook import contract, nl


def status_mix(counts: Mapping[str, int], round_name: str | None) -> str:
    """``Status in najaar 2025: Afgerond 12 (15%) · Loopt 50 (64%) ...`` - every status that occurs, in rubric order."""
    total = sum(counts.values())
    parts = [f"{status} {nl.number(n)} ({nl.percent(n / total)})" for status, n in counts.items() if n and total]
    if not parts:
        return "Er zijn nog geen acties."
    return f"Status in {round_name or 'de laatste ronde'}: {' · '.join(parts)}."


def status_mix_of(counts: Mapping[str, int], round_name: str | None) -> str:
    """``Stand in najaar 2025 van de 10 acties: 1 Afgerond, 8 Loopt en 1 Vertraagd.``"""
    total = sum(counts.values())
    if not total:
        return "Er zijn geen acties."
    parts = [f"{nl.number(n)} {status}" for status, n in counts.items() if n]
    where = round_name or "de laatste ronde"
    return f"Stand in {where} van de {nl.count(total, 'actie', 'acties')}: {nl.enumeration(parts)}."


def moves(moves: Sequence[contract.Move]) -> list[str]:
    """``["7 acties van Loopt naar Afgerond", "1 actie van Niet gestart naar Loopt"]``."""
    return [nl.status_move(move.count, move.old, move.new) for move in moves]


def moves_summary(found: Sequence[contract.Move], previous: str | None, latest: str | None) -> str:
    """One sentence on what moved between two rounds, for a goal's introduction."""
    if not previous or not latest:
        return "Er is nog maar één rapportageronde; er is niets om mee te vergelijken."
    if not found:
        return f"Geen actie heeft in {latest} een andere status dan in {previous}."
    return f"Sinds {previous}: {nl.enumeration(moves(found))}."


def past_end(ids: Sequence[str]) -> str:
    """The actions whose end year has passed while they are still open, in one sentence ('' when none)."""
    if not ids:
        return ""
    if len(ids) == 1:
        return f"Van actie {ids[0]} is het eindjaar voorbij, terwijl ze nog niet is afgerond of gestopt."
    which = f"{nl.count(len(ids), 'actie', 'acties')} ({nl.enumeration(ids)})"
    return f"Van {which} is het eindjaar voorbij, terwijl ze nog niet zijn afgerond of gestopt."


def past_end_note(end_year: object, status: str) -> str:
    """On one action: ``Eindjaar 2024 is verstreken, maar de actie staat nog op 'Loopt'.``"""
    return f"Eindjaar {end_year} is verstreken, maar de actie staat nog op '{status}'."


_REASONS = {
    LEFT_OUT_NO_AMOUNT: "geen bedrag",
    LEFT_OUT_TOTAL: "totaal over de looptijd, niet per jaar te verdelen",
    LEFT_OUT_NO_YEAR: "geen 'Van jaar'",
    LEFT_OUT_UNKNOWN_KIND: "onbekende soort",
}


def left_out_reason(reason: str, whole: object, via: object = "") -> str:
    """A left-out line's reason in words: ``onderdeel van B02, via B03``, ``overlapt met B02, dat groter is ...``."""
    if reason == LEFT_OUT_PART:
        between = [w for w in str(via or "").replace(" ", "").split(",") if w]
        return f"onderdeel van {whole}" + (f", via {nl.enumeration(between)}" if between else "")
    if reason == LEFT_OUT_OVERLAP:
        return f"overlapt met {whole}, dat groter is en telt"
    if reason == LEFT_OUT_OUTSIDE:
        return f"buiten de jaren van zijn geheel {whole}"
    return _REASONS.get(reason, reason)


def left_out_parts(frame: pd.DataFrame) -> list[str]:
    """``["B10 (onderdeel van B02, via B03)", "B15 en B19 (overlapt met B02, dat groter is en telt)"]``: the lines
    left out, those with the same reason together, in the order of the frame."""
    if frame is None or frame.empty:
        return []
    via = frame[COL_VIA] if COL_VIA in frame else [""] * len(frame)
    grouped: dict[str, list[str]] = {}
    for budget_id, reason, whole, v in zip(frame[contract.COL_BUDGET_ID], frame[COL_REASON], frame[COL_WHOLE], via):
        grouped.setdefault(left_out_reason(reason, whole, v), []).append(str(budget_id))
    return [f"{nl.enumeration(ids)} ({reason})" for reason, ids in grouped.items()]


def left_out(frame: pd.DataFrame) -> str:
    """``Niet opgeteld in deze grafiek: B02 (onderdeel van B01); B05 (geen bedrag).`` ('' when none)."""
    parts = left_out_parts(frame)
    return "Niet opgeteld in deze grafiek: " + "; ".join(parts) + "." if parts else ""


#: Why a sum is not exact (the precision of a sum, :func:`domain.budget_count.sum_precision`).
_SUM_PRECISIONS = {
    contract.PRECISION_AT_MOST: "'Ten hoogste': er telt een bovengrens mee ('oplopend tot' of 'bijna').",
    contract.PRECISION_MORE_THAN: "'Meer dan': er telt een ondergrens mee ('meer dan' of 'ruim').",
    contract.PRECISION_ABOUT: (
        "'Ongeveer': er telt een bedrag mee dat de bron 'ongeveer' noemt, of onder- en bovengrenzen door elkaar."
    ),
}


def sum_precision_note(precision: str) -> str:
    """``'Ten hoogste': er telt een bovengrens mee ('oplopend tot' of 'bijna').`` ('' when the sum is exact)."""
    return _SUM_PRECISIONS.get(precision, "")


def period(begin: int, end: int, open_ended: bool, start_unknown: bool) -> str:
    """A bar's years in words: ``2023``, ``2023 - 2026``, ``2024 - doorlopend``."""
    start = "startjaar onbekend" if start_unknown else str(begin)
    if open_ended:
        return f"{start} - doorlopend" if not start_unknown else "doorlopend (geen jaren genoemd)"
    if not start_unknown and end - 1 == begin:
        return str(begin)
    return f"{start} - {end - 1}"
