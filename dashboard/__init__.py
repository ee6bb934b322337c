"""Streamlit-side helpers: settings, cached loading, shared widgets.

Pure logic (reading, validating, aggregating) lives in ``workbook`` and
``schemas``; this package only connects it to Streamlit.
"""
