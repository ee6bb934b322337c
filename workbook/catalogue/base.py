"""The shape of one entry of the catalogue: a code with everything said about it.

A finding (:class:`workbook.findings.Finding`) and a refusal (a step that is not done at all) share this shape, so
the documentation lists both from one table. Only the data lives here; :mod:`workbook.messages` makes findings
from it and :mod:`workbook.catalogue.doc` writes docs/validatie.md from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

from ..findings import ERROR, WARNING

FINDING = "bevinding"  #: a problem in a workbook or an answer file, reported together with the others
REFUSAL = "weigering"  #: a step that is refused as a whole: nothing is written
#: The severities each kind may have; a refusal has no degrees, its severity is the word "weigering".
SEVERITIES = {FINDING: (ERROR, WARNING), REFUSAL: (REFUSAL,)}


@dataclass(frozen=True)
class CodeInfo:
    """One stable English code: its severity, its one Dutch message template, and its row in the documentation.

    ``template`` is filled with ``str.format``. ``description`` says in Dutch what is checked (a finding) or when
    a step is refused (a refusal). ``example`` holds the arguments of one realistic message: for a finding those
    of :func:`workbook.messages.make`, for a refusal the template's fields. ``section`` is the heading of
    docs/validatie.md the code is listed under.
    """

    code: str
    kind: str
    severity: str
    template: str
    description: str
    example: Mapping[str, Any]
    section: str

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES.get(self.kind, ()):
            raise ValueError(f"{self.code}: a {self.kind!r} cannot have the severity {self.severity!r}")
        object.__setattr__(self, "example", MappingProxyType(dict(self.example)))


class _Entry(NamedTuple):
    code: str
    kind: str
    severity: str
    template: str
    description: str
    example: Mapping[str, Any]


def finding(code: str, severity: str, template: str, *, description: str, example: Mapping[str, Any]) -> _Entry:
    """A finding code: ``severity`` is fout or waarschuwing (a caller may raise a waarschuwing to a fout)."""
    return _Entry(code, FINDING, severity, template, description, example)


def refusal(code: str, template: str, *, description: str, example: Mapping[str, Any]) -> _Entry:
    """A refusal code: the step is not done and nothing is written."""
    return _Entry(code, REFUSAL, REFUSAL, template, description, example)


def section(title: str, *entries: _Entry) -> tuple[CodeInfo, ...]:
    """The entries listed under the heading ``title``, in the order given."""
    return tuple(CodeInfo(*entry, section=title) for entry in entries)
