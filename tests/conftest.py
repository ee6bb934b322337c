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
