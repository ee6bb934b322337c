import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from support import sample  # noqa: E402


@pytest.fixture
def sample_data():
    return sample.sample_data()


@pytest.fixture
def sample_workbook(tmp_path):
    return sample.build(tmp_path)


@pytest.fixture
def workbook_path(tmp_path, monkeypatch):
    """The sample workbook, shown by the app (``WERKBOEK_PAD``); a module overrides it for another workbook."""
    path = sample.build(tmp_path)
    monkeypatch.setenv("WERKBOEK_PAD", str(path))
    return path
