"""Desk fixtures: every desk test runs at NOW (the signed-in editor is in tests/conftest.py)."""

import pytest

from tests.desk.helpers import NOW


@pytest.fixture(autouse=True)
def clock(time_machine):
    time_machine.move_to(NOW)
