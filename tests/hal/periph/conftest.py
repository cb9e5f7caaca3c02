"""Fixtures shared with the other peripheral and part tests."""

from tests.support.manual_clock import ManualClock, clock  # noqa: F401 - fixture
