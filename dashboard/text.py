"""Show workbook text as text: markdown cannot inject links, images or layout."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~>$:])")


def escape_markdown(text: object) -> str:
    """Escape every markdown/HTML-significant character, so st.markdown shows it literally."""
    if text is None:
        return ""
    escaped = _MD_SPECIAL.sub(r"\\\1", str(text))
    return escaped.replace("\n", "  \n")
