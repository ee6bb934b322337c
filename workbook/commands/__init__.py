"""Subcommands of ``python -m workbook``, one module each (see :mod:`workbook.cli`)."""
