"""What the tests and the benchmarks share: sample workbooks, files with defects, a Streamlit server in Chromium,
LibreOffice, and memory readings from /proc. Tests and benchmarks import this package, never each other."""
