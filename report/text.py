"""Workbook text as Word can hold it: line breaks normalised, characters XML 1.0 cannot hold dropped.

A text becomes paragraphs at its blank lines; a single line break stays a line break inside its paragraph
(python-docx writes ``\\n`` in a run as ``w:br``). Nothing else changes: a text that starts with ``=`` or
holds ``{PAGE}`` is written as it is, as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Characters XML 1.0 forbids (lxml refuses them) and lone surrogates; vertical tab and form feed are line breaks.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LINE_BREAK = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def clean_text(text: object) -> str:
    """Normalise line breaks to ``\\n`` and drop the characters XML cannot hold."""
    if text is None or text == "":
        return ""
    return _ILLEGAL_XML.sub("", _LINE_BREAK.sub("\n", str(text)))


def paragraphs(text: object) -> list[str]:
    """The paragraphs of a text: split at blank lines, each without leading or trailing white space."""
    return [part.strip() for part in _BLANK_LINE.split(clean_text(text).strip()) if part.strip()]


def one_line(text: object) -> str:
    """A text for a heading, a caption or a property: on one line."""
    return " ".join(clean_text(text).split())


def join_sentences(sentences: Iterable[str]) -> str:
    """Sentences as one paragraph's text."""
    return " ".join(part for part in (one_line(sentence) for sentence in sentences) if part)
