"""Colours, defined once: the status and budget-kind colours, the heatmap, ink, and WCAG contrast.

The status colours are the Okabe-Ito hues (safe for colour-blind readers), darkened just enough to stand
out from a white background (WCAG 1.4.11: 3:1 for graphics) and to stay apart under simulated protan-,
deutan- and tritanopia (tests/test_charts.py); a colour is never shown without its word.
"""

from __future__ import annotations

from workbook import contract

#: Near-black for text and marks drawn on white (17:1), and the grey of secondary text on white.
INK = "#1A1A1A"
MUTED = "#31333F"
WHITE = "#FFFFFF"
#: Text colour that reads on a fill (WCAG AA 4.5:1), for labels drawn on a colour.
TEXT_ON_DARK = WHITE
TEXT_ON_LIGHT = INK

#: Fill colour per status (Okabe-Ito hues).
STATUS_COLORS: dict[str, str] = {
    contract.STATUS_DONE: "#00704F",  # bluish green, darkened
    contract.STATUS_RUNNING: "#0072B2",  # blue
    contract.STATUS_DELAYED: "#B87E00",  # orange, darkened
    contract.STATUS_NOT_STARTED: "#A8508F",  # reddish purple, darkened
    contract.STATUS_STOPPED: "#A84300",  # vermillion, darkened
    contract.STATUS_UNKNOWN: "#8A8A8A",  # grey
}
#: Colours per budget kind (Okabe-Ito hues, >= 3:1 on white).
KIND_COLORS: dict[str, str] = {
    contract.KIND_STRUCTURAL: "#0072B2",
    contract.KIND_PER_YEAR: "#00704F",
    contract.KIND_ONE_OFF: "#B87E00",
    contract.KIND_TOTAL: "#A8508F",
}
REST_COLOR = "#D9D9D9"
#: Parts of a whole, one colour each (the whole itself takes the first).
COMPOSITION_PALETTE = ["#0072B2", "#00704F", "#A8508F", "#B87E00", "#A84300", "#3E6FA8", "#5C7F3A", "#7B4B94"]
#: Heatmap fills from light to dark blue; the text on a cell is black or white, whichever reads.
HEAT_LOW = "#E8F1FA"
HEAT_HIGH = "#08306B"
HEAT_EMPTY = "#F6F7F9"

#: Streamlit badge colour per status (the word is always in the badge).
STATUS_BADGES: dict[str, str] = {
    contract.STATUS_DONE: "green",
    contract.STATUS_RUNNING: "blue",
    contract.STATUS_DELAYED: "orange",
    contract.STATUS_NOT_STARTED: "violet",
    contract.STATUS_STOPPED: "red",
    contract.STATUS_UNKNOWN: "gray",
}


def status_color(status: str) -> str:
    return STATUS_COLORS.get(status, STATUS_COLORS[contract.STATUS_UNKNOWN])


def status_badge(status: str) -> str:
    """Markdown for a coloured badge holding the status word, e.g. ``:green-badge[Afgerond]``."""
    color = STATUS_BADGES.get(status, "gray")
    word = status if status in STATUS_BADGES else contract.STATUS_UNKNOWN
    return f":{color}-badge[{word}]"


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
