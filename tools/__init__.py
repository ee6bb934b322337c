"""Scripts for the developers, run from the repository's root: ``python -m tools.<name>``.

* ``tools.golden``: compare the findings of a fixed set of workbooks with tests/golden/findings.json (``--write``
  stores them);
* ``tools.screenshots``: every page of the app in headless Chromium (``--readme``: docs/img/overzicht.png);
* ``tools.bijwerken_screenshot``: the page Werkboek bijwerken with an upload (``--docs``: docs/img/bijwerken.png);
* ``tools.verzoek_screenshot``: a request workbook as a party sees it (docs/img/verzoek*.png).

They use the layers and ``support/`` (which the tests share); nothing imports them. ``tools.golden`` reads the
validation corpus from tests/test_validation.py, the table the golden set is made of.
"""
