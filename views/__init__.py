"""Views: for each page (and for the appendix), every figure and sentence it shows, computed and frozen.

A view is a function ``view(overview, report, filters) -> frozen dataclass``; the page only lays out
what the view holds (``pages/``), so every number and every Dutch sentence is tested here, without a
browser. Sentences are plain text: the page escapes workbook text before showing it as markdown.
"""
