"""A manual world clock that only moves when the test moves it (the ``clock`` fixture)."""

import pytest


class ManualClock:
    """Satisfies hal.periph.timebase.Clock; time moves only by set/advance."""

    def __init__(self, t_us: int = 0) -> None:
        self.t = t_us

    def now_us(self) -> int:
        return self.t

    def set(self, t_us: int) -> None:
        assert t_us >= self.t, "time never runs backwards"
        self.t = t_us

    def advance(self, dt_us: int) -> None:
        self.set(self.t + dt_us)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()
