"""What a valid Werkagenda workbook is: one pandera model per sheet and rules across sheets.

No I/O and no user interface here: :func:`validate_workbook` takes a path or
bytes and hands them to :mod:`workbook.reader`; :func:`validate_data` checks a
workbook that was read already. Both return a :class:`workbook.findings.Report`.
"""

from .rules import RULES
from .sheets import SHEET_MODELS
from .validate import validate_data, validate_workbook

__all__ = ["RULES", "SHEET_MODELS", "validate_data", "validate_workbook"]
