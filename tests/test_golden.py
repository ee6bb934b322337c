"""The findings of a fixed set of workbooks are exactly those stored in tests/golden/findings.json (see
support/golden.py; ``python -m tools.golden`` shows the difference, ``--write`` stores a reviewed change)."""

import json

import pytest

from support import golden
from tests.test_validation import CASES


@pytest.fixture(scope="module")
def now():
    return golden.findings(CASES)


@pytest.fixture(scope="module")
def stored():
    return json.loads(golden.GOLDEN.read_text(encoding="utf-8"))


def test_the_set_of_workbooks_is_the_stored_one(now, stored):
    assert sorted(now) == sorted(stored)
    assert len([name for name in now if name.startswith("defecten/")]) == 3


@pytest.mark.parametrize("name", sorted(json.loads(golden.GOLDEN.read_text(encoding="utf-8"))))
def test_findings_are_identical(now, stored, name):
    assert now[name] == stored[name]


def test_the_defect_workbooks_are_full_of_defects(now):
    for name in ("defecten/canonical_with_defects", "defecten/sample_with_every_cell_defect"):
        codes = {f["code"] for f in now[name]["findings"] if f["severity"] == "fout"}
        assert len(codes) >= 8, name
