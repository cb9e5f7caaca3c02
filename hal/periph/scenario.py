"""Scenario inputs and observations: drive the world at given times, record what it shows.

Inputs are actions at world times ("press the button at t=2 s", "unplug the sensor at
t=10 s") and signals that vary over world time (`Curve`: the temperature follows these
points).  Part models accept a `Signal` wherever a physical quantity goes, so a scenario
sets `bme.temperature = Curve([(0, 20.0), (60, 25.0)])`.  Observations sample any
expression at given times; parts keep their own timelines too (LED on/off, display frames,
bytes received by a HostStream).

A Scenario is a `Timed` source: the run loop (or `timebase.run_until`) wakes it when its
next action is due.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Callable
from typing import Any

from hal.periph.timebase import Clock, Wakeable

Signal = float | int | Callable[[int], float]


def value_of(signal: Signal, t_us: int) -> float:
    """The value of a signal (a constant, a Curve, or any f(t_us)) at world time `t_us`."""
    return float(signal(t_us)) if callable(signal) else float(signal)


def seconds(t_s: float) -> int:
    """World time in microseconds from seconds."""
    return round(t_s * 1_000_000)


def _name(where: Any) -> str:
    return f"{where:#x}" if isinstance(where, int) else type(where).__name__


class Curve:
    """A quantity over world time: points (t_seconds, value), joined by straight lines
    (or held flat until the next point when `steps=True`); flat before the first point and
    after the last."""

    def __init__(self, points: list[tuple[float, float]], steps: bool = False) -> None:
        if not points:
            raise ValueError("a curve needs at least one point")
        pts = sorted(points)
        self._t = [seconds(t) for t, _ in pts]
        self._v = [float(v) for _, v in pts]
        self.steps = steps

    def __call__(self, t_us: int) -> float:
        i = bisect.bisect_right(self._t, t_us)
        if i == 0:
            return self._v[0]
        if i == len(self._t) or self.steps:
            return self._v[i - 1]
        t0, t1 = self._t[i - 1], self._t[i]
        v0, v1 = self._v[i - 1], self._v[i]
        return v0 + (v1 - v0) * (t_us - t0) / (t1 - t0)


class Scenario(Wakeable):
    """A script of timed actions and observations against one world clock."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._queue: list[tuple[int, int, str, Callable[[], Any]]] = []
        self._seq = itertools.count()
        self.performed: list[tuple[int, str]] = []  # (t_us, label), in order
        self.observations: dict[str, list[tuple[int, Any]]] = {}

    # -- inputs -----------------------------------------------------------------
    def at(self, t_s: float, action: Callable[[], Any], label: str = "") -> Scenario:
        """Run `action()` at world time `t_s` seconds."""
        heapq.heappush(self._queue, (seconds(t_s), next(self._seq),
                                     label or getattr(action, "__name__", "action"), action))
        self._rescheduled()
        return self

    def press(self, button: Any, at_s: float, for_s: float = 0.1) -> Scenario:
        """Press a button part at `at_s` and release it `for_s` seconds later."""
        self.at(at_s, button.press, f"press {getattr(button, 'name', 'button')}")
        self.at(at_s + for_s, button.release, f"release {getattr(button, 'name', 'button')}")
        return self

    def unplug(self, bus: Any, where: Any, at_s: float) -> Scenario:
        """Disconnect a part at `at_s`: an I2C address stops ACKing; an SPI part (given as
        the part) stops answering on MISO."""
        return self.at(at_s, lambda: bus.set_connected(where, False), f"unplug {_name(where)}")

    def replug(self, bus: Any, where: Any, at_s: float) -> Scenario:
        return self.at(at_s, lambda: bus.set_connected(where, True), f"replug {_name(where)}")

    def set(self, obj: Any, attr: str, value: Any, at_s: float) -> Scenario:
        """Set `obj.attr = value` at `at_s` (a value or a Signal for a part's quantity)."""
        return self.at(at_s, lambda: setattr(obj, attr, value), f"set {attr}")

    # -- observations -------------------------------------------------------------
    def observe(self, name: str, probe: Callable[[], Any], at_s: list[float]) -> Scenario:
        """Record `probe()` under `name` at each of the given times."""
        self.observations.setdefault(name, [])
        for t in at_s:
            self.at(t, lambda: self.observations[name].append((self.clock.now_us(), probe())),
                    f"observe {name}")
        return self

    # -- Timed --------------------------------------------------------------------
    def next_event_us(self) -> int | None:
        return self._queue[0][0] if self._queue else None

    def service(self, now_us: int) -> None:
        while self._queue and self._queue[0][0] <= now_us:
            t, _, label, action = heapq.heappop(self._queue)
            self.performed.append((t, label))
            action()
