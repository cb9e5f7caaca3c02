"""The ``pyb`` module (pyboard): LED, Switch, Accel, Timer, I2C, Pin, delays and counters.

Classes are bound to the importing VM's board as machine's are (drivers/binding.py); the
time functions read the board's world clock, so `pyb.delay(1000)` costs no wall time on a
virtual clock.  millis/micros wrap like the port's small ints (30 bits).
"""

from __future__ import annotations

from typing import Any

from drivers.binding import bind, to_int
from drivers.hardware import hardware_of, sleep_until
from drivers.machine import bound_classes
from drivers.pyb.accel import Accel
from drivers.pyb.i2c import I2C
from drivers.pyb.led import LED
from drivers.pyb.switch import Switch
from drivers.pyb.timer import Timer
from vm.native import NativeModule

module = NativeModule("pyb")

__all__ = ["module"]

_WRAP = (1 << 30) - 1


def _functions(hw: Any) -> dict[str, Any]:
    def delay(ms):
        """Wait `ms` milliseconds (interrupts still run)."""
        sleep_until(hw, hw.now_us() + max(0, to_int(ms)) * 1000)

    def udelay(us):
        sleep_until(hw, hw.now_us() + max(0, to_int(us)))

    def millis():
        return (hw.now_us() // 1000) & _WRAP

    def micros():
        return hw.now_us() & _WRAP

    def elapsed_millis(start):
        return (millis() - to_int(start)) & _WRAP

    def elapsed_micros(start):
        return (micros() - to_int(start)) & _WRAP

    def unique_id():
        from drivers.ports import port_of
        return port_of(hw.family).unique_id

    def freq():
        return (hw.freq_hz, hw.freq_hz, 42_000_000, 84_000_000)

    fns = (delay, udelay, millis, micros, elapsed_millis, elapsed_micros, unique_id, freq)
    for fn in fns:
        fn.__mp_native__ = True  # type: ignore[attr-defined]
    return {fn.__name__: fn for fn in fns}


def _install(vm: Any, attrs: dict) -> None:
    hw = hardware_of(vm, "pyb")
    machine = bound_classes(hw)
    attrs.update({
        "LED": bind(LED, hw),
        "Switch": bind(Switch, hw),
        "Accel": bind(Accel, hw),
        "Timer": bind(Timer, hw),
        "I2C": bind(I2C, hw),
        "Pin": machine["Pin"],
        "UART": machine["UART"],
        "ADC": machine["ADC"],
        "RTC": machine["RTC"],
    })
    attrs.update(_functions(hw))


module.on_import = _install
