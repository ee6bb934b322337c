"""The source documents by their titles: what a reader sees where the workbook names a file.

The Bron cells of the workbook name a document by its key in the Bronnen sheet (the file name:
``002_17ac8c011985482e.txt: "quote"``). :func:`cite` turns such a text into the reader's text
(``Actie-overzicht Werkagenda mbo (...), najaar 2025: "quote"``): every known key becomes the document's
title and date, the quotes and the other words stay, an unknown key stays as it is. Without a Bronnen sheet
there are no sources and every text is shown as it was written. The app and the appendix use these functions
alike, so a document is named the same way everywhere.

    sources = read_sources(book.frame(contract.SHEET_SOURCES))
    cite('001_fb60277db4334780.txt: "0,9 miljard"', sources)
    ->  'Kamerbrief Kaders Werkagenda mbo, 15 juli 2022: "0,9 miljard"'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from workbook import contract

_URL = re.compile(contract.URL_PATTERN)


@dataclass(frozen=True)
class Source:
    """One source document: its key (as the Bron cells name it), title, date as it dates itself, kenmerk, address."""

    key: str
    title: str
    date: str = ""
    reference: str = ""
    url: str = ""  #: a web address (http or https), or ''

    @property
    def label(self) -> str:
        """``Titel, Datum``; the title alone when the document has no date or its title says it already."""
        if not self.date or self.date.casefold() in self.title.casefold():
            return self.title
        return f"{self.title}, {self.date}"


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def read_sources(frame: pd.DataFrame) -> tuple[Source, ...]:
    """The Bronnen sheet (typed) as sources, in sheet order: rows with a key and a title, a repeated key once.

    A row without key or title (a fout the check names) is left out, so its key stays as written; an address
    that is no web address is left out too (it is never offered as a link).
    """
    if frame.empty or contract.COL_SOURCE not in frame or contract.COL_TITLE not in frame:
        return ()
    found: dict[str, Source] = {}
    for row in frame.to_dict("records"):
        key, title = _text(row.get(contract.COL_SOURCE)), _text(row.get(contract.COL_TITLE))
        if not key or not title or key in found:
            continue
        url = _text(row.get(contract.COL_URL))
        found[key] = Source(
            key=key,
            title=title,
            date=_text(row.get(contract.COL_DATE)),
            reference=_text(row.get(contract.COL_REFERENCE)),
            url=url if _URL.match(url) else "",
        )
    return tuple(found.values())


@functools.lru_cache(maxsize=32)
def _lookup(sources: tuple[Source, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for every key (longest first, so ``002.txt`` wins over ``002``) and key -> label."""
    labels = {s.key: s.label for s in sources}
    if not labels:
        return None, labels
    keys = "|".join(re.escape(key) for key in sorted(labels, key=len, reverse=True))
    # a key on its own, not a piece of a longer name, number or address ("000" is no part of "25.000" or "1000")
    return re.compile(rf"(?<![\w./\\-])(?:{keys})(?![\w/]|[.,-]\w)"), labels


def cite(text: object, sources: Iterable[Source]) -> str:
    """``text`` with every key of ``sources`` replaced by that document's ``Titel, Datum``; '' for no text."""
    if not isinstance(text, str):
        return ""
    pattern, labels = _lookup(tuple(sources))
    if pattern is None:
        return text
    return pattern.sub(lambda match: labels[match.group(0)], text)


def label(key: object, sources: Iterable[Source]) -> str:
    """The document's ``Titel, Datum`` for its key; an unknown key as it is ('' for no key)."""
    if not isinstance(key, str):
        return ""
    return next((s.label for s in sources if s.key == key.strip()), key)


def cite_column(frame: pd.DataFrame, sources: Iterable[Source], column: str = contract.COL_SOURCE) -> pd.DataFrame:
    """``frame`` with ``column`` (Bron) as readers read it (:func:`cite`); unchanged without sources or column."""
    sources = tuple(sources)
    if not sources or column not in frame:
        return frame
    cited = [cite(v, sources) if isinstance(v, str) else v for v in frame[column].tolist()]
    return frame.assign(**{column: pd.Series(cited, index=frame.index, dtype=object)})
