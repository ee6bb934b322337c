"""Speed and memory of reading, checking and aggregating the workbook, and of rendering the app.

Run ``python -m benchmarks`` (full: the canonical workbook and synthetic
workbooks of 1 000, 10 000 and 50 000 actions, a few minutes) or
``python -m benchmarks --short`` (CI: small sizes, fails only on errors, never on timing).
The figures and the machine they were taken on are in docs/prestaties.md.
"""
