"""What a valid Werkagenda workbook is: one pandera model per sheet and rules across sheets.

No I/O and no user interface here: :func:`check` takes a path or bytes and hands them to
:mod:`workbook.reader`; :func:`check_data` checks a workbook that was read already. Both return a
:class:`Checked`: the :class:`workbook.findings.Report` and the workbook parsed once.
"""

from .rules import RULES
from .sheets import SHEET_MODELS
from .typed import TypedWorkbook
from .validate import Checked, check, check_data

__all__ = ["RULES", "SHEET_MODELS", "Checked", "TypedWorkbook", "check", "check_data"]
