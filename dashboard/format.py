"""Dutch formats for numbers, amounts and dates, and the status colours.

Everything a visitor reads goes through these functions: ``1.234,5`` and not
``1,234.5``, ``€ 367 mln``, ``1 november 2025``. The status colours are the
Okabe-Ito hues (safe for colour-blind readers), darkened just enough to stand
out from a white background (WCAG 1.4.11: 3:1 for graphics) and to stay apart
under simulated protan-, deutan- and tritanopia (tests/test_charts.py); a
colour is never shown without its word.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pandas as pd

from workbook import settings as s

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

#: Fill colour per status (Okabe-Ito hues).
STATUS_COLORS: dict[str, str] = {
    s.STATUS_DONE: "#00704F",  # bluish green, darkened
    s.STATUS_RUNNING: "#0072B2",  # blue
    s.STATUS_DELAYED: "#B87E00",  # orange, darkened
    s.STATUS_NOT_STARTED: "#A8508F",  # reddish purple, darkened
    s.STATUS_STOPPED: "#A84300",  # vermillion, darkened
    s.STATUS_UNKNOWN: "#8A8A8A",  # grey
}

#: Text colour that reads on a fill (WCAG AA 4.5:1), for labels drawn on a status colour.
TEXT_ON_DARK = "#FFFFFF"
TEXT_ON_LIGHT = "#1A1A1A"


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def number(value: Any, decimals: int = 0) -> str:
    """``1234.5`` -> ``1.234,5`` (with ``decimals`` digits); empty for a missing value."""
    if _missing(value):
        return ""
    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{exact:,.{decimals}f}"
    return text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")


def amount(value: Any, max_decimals: int = 2) -> str:
    """A number with as few decimals as it needs (at most ``max_decimals``): 367 / 2,5 / 0,25."""
    if _missing(value):
        return ""
    value = float(value)
    for decimals in range(max_decimals + 1):
        if math.isclose(round(value, decimals), value, abs_tol=10 ** -(max_decimals + 2)):
            return number(value, decimals)
    return number(value, max_decimals)


def euro_mln(value: Any, decimals: int | None = None) -> str:
    """An amount in millions of euros: ``€ 1.234,5 mln`` (``decimals=None``: as few as needed)."""
    if _missing(value):
        return ""
    text = amount(value) if decimals is None else number(value, decimals)
    return f"€ {text} mln"


def euro_short(value: Any) -> str:
    """Millions as a reader says them: ``€ 367 mln``; from ten billion on ``€ 12,5 mld``."""
    if _missing(value):
        return ""
    if abs(float(value)) >= 10_000:
        return f"€ {amount(float(value) / 1000, 1)} mld"
    return euro_mln(value)


def percent(share: Any, decimals: int = 0) -> str:
    """``0.423`` -> ``42%``."""
    if _missing(share):
        return ""
    return f"{number(float(share) * 100, decimals)}%"


def date_nl(value: dt.date | dt.datetime | None) -> str:
    """``2025-11-01`` -> ``1 november 2025``."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def datetime_nl(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{date_nl(value)}, {value:%H:%M}"


def count(n: int, singular: str, plural: str) -> str:
    """``1 actie`` / ``7 acties``."""
    return f"{number(n)} {singular if n == 1 else plural}"


def status_color(status: str) -> str:
    return STATUS_COLORS.get(status, STATUS_COLORS[s.STATUS_UNKNOWN])


# --- contrast (WCAG 2.1) -----------------------------------------------------------------------
def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_color: str) -> float:
    """Relative luminance of ``#RRGGBB``."""
    text = hex_color.lstrip("#")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_color_on(fill: str) -> str:
    """Black or white text, whichever contrasts more with ``fill``."""
    return TEXT_ON_DARK if contrast(fill, TEXT_ON_DARK) >= contrast(fill, TEXT_ON_LIGHT) else TEXT_ON_LIGHT


#: Streamlit badge colour per status (the word is always in the badge).
STATUS_BADGES: dict[str, str] = {
    s.STATUS_DONE: "green",
    s.STATUS_RUNNING: "blue",
    s.STATUS_DELAYED: "orange",
    s.STATUS_NOT_STARTED: "violet",
    s.STATUS_STOPPED: "red",
    s.STATUS_UNKNOWN: "gray",
}


def status_badge(status: str) -> str:
    """Markdown for a coloured badge holding the status word, e.g. ``:green-badge[Afgerond]``."""
    color = STATUS_BADGES.get(status, "gray")
    word = status if status in STATUS_BADGES else s.STATUS_UNKNOWN
    return f":{color}-badge[{word}]"


def shorten(text: object, limit: int = 110) -> str:
    """The first ``limit`` characters of a text on one line, with an ellipsis when cut."""
    if text is None:
        return ""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _plain_column(name: object) -> bool:
    text = str(name).casefold()
    return text.endswith("jaar") or text in {"prioriteit", "rij"}


def for_display(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` as Dutch text for the screen: ``1.234,5``, years as ``2023``, empty cells empty.

    (A table shows a missing value as the English word "None"; downloads keep the typed frame.)
    """
    shown = frame.copy()
    for column in shown.columns:
        series = shown[column]
        if pd.api.types.is_bool_dtype(series.dtype):
            shown[column] = series.map(lambda v: "ja" if v is True else ("nee" if v is False else "")).astype(object)
        elif pd.api.types.is_integer_dtype(series.dtype) or (
            pd.api.types.is_float_dtype(series.dtype) and _plain_column(column)
        ):
            plain = _plain_column(column)
            shown[column] = series.map(lambda v: "" if _missing(v) else (str(int(v)) if plain else number(v))).astype(
                object
            )
        elif pd.api.types.is_float_dtype(series.dtype):
            shown[column] = series.map(lambda v: "" if _missing(v) else amount(v)).astype(object)
        else:
            shown[column] = series.astype(object).map(lambda v: "" if _missing(v) else v)
    return shown


#: What each status means (the rubric of docs/werkboek.md, short).
STATUS_MEANINGS: dict[str, str] = {
    s.STATUS_DONE: "Wat de actie vroeg is gedaan (wet aangenomen, product opgeleverd, 'uitgevoerd'); er staat niets meer open.",
    s.STATUS_RUNNING: "Er wordt aan gewerkt of een deel is gedaan; ook een doorlopende actie waarover activiteit wordt gemeld.",
    s.STATUS_DELAYED: "Later dan gepland of (nog) niet gelukt, maar het blijft de bedoeling.",
    s.STATUS_NOT_STARTED: "Er is nog niets gedaan of het moet nog beginnen.",
    s.STATUS_STOPPED: "Wordt niet meer gedaan: stopgezet, vervangen of achterhaald.",
    s.STATUS_UNKNOWN: "De voortgangstekst ontbreekt of zegt niets over deze actie.",
}
