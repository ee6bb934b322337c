"""Dutch formats, in one place: numbers, amounts, percentages, dates, singular and plural.

Everything a person reads goes through these functions - the app, the charts, the downloads, the Word
appendix, the findings' messages and the diff alike: ``1.234,5`` and not ``1,234.5``, ``€ 367 mln``,
``1 november 2025``, ``1 actie`` / ``7 acties``. Rounding is half up (``0,125`` -> ``0,13``), as people
round, never banker's rounding.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
SHORT_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
#: Amounts of this size and more (in millions) are said in billions: ``€ 12,5 mld``.
BILLION_FROM_MLN = 10_000


def missing(value: Any) -> bool:
    """True for None, pandas' NA and NaN: a cell without a value."""
    if value is None or value.__class__.__name__ in ("NAType", "NaTType"):
        return True
    return isinstance(value, float) and math.isnan(value)


def number(value: Any, decimals: int = 0) -> str:
    """``1234.5`` -> ``1.234,5`` (with ``decimals`` digits, rounded half up); empty for a missing value."""
    if missing(value):
        return ""
    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if exact == 0:
        exact = abs(exact)  # no "-0"
    text = f"{exact:,.{decimals}f}"
    return text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")


def amount(value: Any, max_decimals: int = 2) -> str:
    """A number with as few decimals as it needs (at most ``max_decimals``): 367 / 2,5 / 0,25 / 1.234."""
    if missing(value):
        return ""
    value = float(value)
    for decimals in range(max_decimals + 1):
        if math.isclose(round(value, decimals), value, abs_tol=10 ** -(max_decimals + 2)):
            return number(value, decimals)
    return number(value, max_decimals)


def euro_mln(value: Any, decimals: int | None = None) -> str:
    """An amount in millions of euros: ``€ 1.234,5 mln`` (``decimals=None``: as few as needed)."""
    if missing(value):
        return ""
    text = amount(value) if decimals is None else number(value, decimals)
    return f"€ {text} mln"


def euro_short(value: Any) -> str:
    """Millions as a reader says them: ``€ 367 mln``; from ten billion on ``€ 12,5 mld``."""
    if missing(value):
        return ""
    if abs(float(value)) >= BILLION_FROM_MLN:
        return f"€ {amount(float(value) / 1000, 1)} mld"
    return euro_mln(value)


def with_precision(text: str, precision: Any = "") -> str:
    """A formatted figure with the word that says how exact it is: ``ongeveer € 367 mln``, ``ten hoogste 920``.

    ``precision`` is a word of the contract's ``Precisie`` vocabulary or ``ten hoogste`` (a sum of upper
    bounds); empty (or missing) means exact, and the text is returned as it is.
    """
    if not text or missing(precision) or not str(precision).strip():
        return text
    return f"{str(precision).strip()} {text}"


def euro_with_precision(value: Any, precision: Any = "") -> str:
    """Millions with their precision: ``ongeveer € 367 mln``, ``oplopend tot € 20 mln``, ``€ 900 mln``."""
    return with_precision(euro_short(value), precision)


def quantity(value: Any, unit: Any = "", precision: Any = "") -> str:
    """A measured value as a reader says it: ``61%``, ``25.544``, ``6,8``, ``meer dan 50%`` (unit ``%`` is
    written against the number; any other unit is left to the sentence around it)."""
    if missing(value):
        return ""
    text = amount(value, 1)
    if isinstance(unit, str) and unit.strip() == "%":
        text += "%"
    return with_precision(text, precision)


def percent(share: Any, decimals: int = 0) -> str:
    """``0.423`` -> ``42%``."""
    if missing(share):
        return ""
    return f"{number(float(share) * 100, decimals)}%"


def date(value: dt.date | dt.datetime | None) -> str:
    """``2025-11-01`` -> ``1 november 2025``."""
    if value is None or missing(value):
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def date_numeric(value: dt.date | dt.datetime | None) -> str:
    """``2025-11-01`` -> ``1-11-2025``, as Dutch Excel shows a date in a cell."""
    if value is None or missing(value):
        return ""
    return f"{value.day}-{value.month}-{value.year}"


def datetime(value: dt.datetime | None) -> str:
    """``1 november 2025, 14:05``."""
    if value is None:
        return ""
    return f"{date(value)}, {value:%H:%M}"


def count(n: int, singular: str, plural: str) -> str:
    """``1 actie`` / ``7 acties`` / ``1.200 acties``."""
    return f"{number(n)} {singular if n == 1 else plural}"


def status_move(n: int, old: str, new: str) -> str:
    """``7 acties van Loopt naar Afgerond``."""
    return f"{count(n, 'actie', 'acties')} van {old} naar {new}"


def enumeration(items: Iterable[str], last: str = "en") -> str:
    """``a``, ``a en b``, ``a, b en c``."""
    words = [str(item) for item in items]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def typed(value: Any) -> str:
    """A cell's value as a person typed it in Dutch Excel: ``2026,5``, ``2024`` (not ``2024.0``), ``1-7-2024``.

    No thousands separator: a message quotes the cell, it does not present a figure.
    """
    if missing(value):
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return date_numeric(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    return str(value)


def shorten(text: object, limit: int = 110) -> str:
    """The first ``limit`` characters of a text on one line, with an ellipsis when cut."""
    if text is None or missing(text):
        return ""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


#: The time zone Dutch staff read a moment in (a version's date in the history, for example).
DUTCH_ZONE = "Europe/Amsterdam"


def dutch_time(value: dt.datetime) -> dt.datetime:
    """An aware moment in Dutch time (in UTC when the machine has no time zone data); a naive one as it is."""
    if value.tzinfo is None:
        return value
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return value.astimezone(ZoneInfo(DUTCH_ZONE))
    except ZoneInfoNotFoundError:
        return value.astimezone(dt.UTC)


def moment(value: dt.datetime | None) -> str:
    """A moment as :func:`datetime` writes it, an aware one in Dutch time: ``14 maart 2025, 09:30``."""
    if value is None:
        return ""
    local = dutch_time(value)
    return f"{datetime(local)} (UTC)" if local.tzinfo is dt.UTC else datetime(local)
