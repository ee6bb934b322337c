"""Names of downloaded files."""

from __future__ import annotations

import re


def stem(*parts: object) -> str:
    """``stem("acties", "2.2", "JOB")`` -> ``acties-2.2-JOB``: safe for a file name on any system."""
    words = []
    for part in parts:
        if part is None or part == "":
            continue
        text = re.sub(r"[^\w.\-]+", "-", str(part), flags=re.UNICODE).strip("-.")
        if text:
            words.append(text)
    return "-".join(words) or "tabel"
