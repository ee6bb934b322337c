"""``python -m workbook.catalogue > docs/validatie.md``: print the documentation of every code."""

import sys

from .doc import render

sys.stdout.write(render())
