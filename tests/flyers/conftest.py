from __future__ import annotations

import pytest
from flyer_helpers import Dinner, make_dinner


@pytest.fixture
def dinner(db) -> Dinner:
    return make_dinner(db)
