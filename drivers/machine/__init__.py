"""The ``machine`` module: MicroPython's hardware API over one board's `Hardware`.

One class per file (pin, signal, i2c, spi, uart, timer, adc, pwm, rtc, wdt); this file binds them to
the importing VM's board (drivers/binding.py) and adds the module functions: freq, reset,
soft_reset, reset_cause, unique_id, idle, lightsleep, deepsleep, disable_irq/enable_irq,
time_pulse_us, and the reset-cause constants of the port.
"""

from __future__ import annotations

from typing import Any

from drivers.binding import bind, to_int
from drivers.hardware import (
    DEEPSLEEP_RESET,
    Hardware,
    hardware_of,
    sleep_until,
)
from drivers.machine.adc import ADC
from drivers.machine.i2c import I2C, SoftI2C
from drivers.machine.pin import Pin, pin_constants
from drivers.machine.pwm import PWM
from drivers.machine.rtc import RTC
from drivers.machine.signal import Signal
from drivers.machine.spi import SPI, SoftSPI
from drivers.machine.timer import Timer
from drivers.machine.uart import IRQ_BITS, UART
from drivers.machine.wdt import WDT
from drivers.ports import port_of
from vm.native import NativeModule

module = NativeModule("machine")

__all__ = ["bound_classes", "module"]


def bound_classes(hw: Hardware) -> dict[str, type]:
    """The machine classes bound to `hw` (pyb and microbit build on them too)."""
    port = port_of(hw.family)
    pin = bind(Pin, hw, **pin_constants(port))
    uses_pins = {"_pin_cls": pin}
    return {
        "Pin": pin,
        "Signal": bind(Signal, hw, **uses_pins),
        "I2C": bind(I2C, hw, **uses_pins),
        "SoftI2C": bind(SoftI2C, hw, **uses_pins),
        "SPI": bind(SPI, hw, **uses_pins),
        "SoftSPI": bind(SoftSPI, hw, **uses_pins),
        "UART": bind(UART, hw, **IRQ_BITS),
        "Timer": bind(Timer, hw),
        "ADC": bind(ADC, hw, **uses_pins),
        "PWM": bind(PWM, hw, **uses_pins),
        "RTC": bind(RTC, hw),
        "WDT": bind(WDT, hw),
    }


def _native(fn):
    fn.__mp_native__ = True
    return fn


def _functions(hw: Hardware) -> dict[str, Any]:
    port = port_of(hw.family)
    clock_info = hw.chip.CLOCK

    @_native
    def freq(hz=None):
        """The CPU frequency (stm32: sysclk, hclk, pclk1, pclk2), or set it."""
        if hz is None:
            if port.family == "stm32":
                return (hw.freq_hz, hw.freq_hz, clock_info.get("apb1_max_hz", hw.freq_hz),
                        clock_info.get("apb2_max_hz", hw.freq_hz))
            return hw.freq_hz
        hz = to_int(hz)
        allowed = (80_000_000, 160_000_000) if port.family == "esp" else None
        if (allowed and hz not in allowed) or not 0 < hz <= clock_info["max_hz"]:
            raise ValueError("frequency must be 80MHz or 160MHz" if allowed
                             else "invalid freq")
        hw.freq_hz = hz
        return None

    @_native
    def reset():
        """Reset the chip (a software reset): nothing after it runs, not even a
        ``finally``; reset_cause() then says what the port's chip records for it."""
        hw.request_reset("MACHINE", now=True)

    @_native
    def soft_reset():
        """Soft reset, as Ctrl-D: the VM is cleared and boot.py/main.py run again.

        As in MicroPython it raises SystemExit (which a program may catch) and marks the
        exit as a forced one, so the device reboots rather than just ending main.py."""
        hw.soft_reset_request = True
        raise SystemExit()

    @_native
    def reset_cause():
        return port.reset_causes[hw.reset_cause]

    @_native
    def unique_id():
        return port.unique_id

    @_native
    def idle():
        """Wait for the next event (at most one system tick)."""
        sleep_until(hw, hw.now_us() + 1000, stop=lambda: _irq_pending(hw))

    @_native
    def lightsleep(time_ms=None):
        """Sleep (RAM and state kept) for `time_ms`, or until an interrupt arrives."""
        if time_ms is None:
            at = hw.now_us() + 365 * 86400 * 1_000_000
            sleep_until(hw, at, stop=lambda: _irq_pending(hw))
        else:
            sleep_until(hw, hw.now_us() + max(0, to_int(time_ms)) * 1000)

    @_native
    def deepsleep(time_ms=None):
        """Sleep with RAM lost: the board resets on waking (reset_cause DEEPSLEEP_RESET);
        the RTC and its memory survive."""
        if time_ms is not None:
            sleep_until(hw, hw.now_us() + max(0, to_int(time_ms)) * 1000)
        hw.request_reset(DEEPSLEEP_RESET, now=True)

    @_native
    def disable_irq():
        was_enabled = not hw.irq_disabled
        hw.irq_disabled = 1
        return was_enabled if port.family == "stm32" else int(was_enabled)

    @_native
    def enable_irq(state=True):
        if state:
            hw.irq_disabled = 0
            pending, hw.masked_irqs = hw.masked_irqs, []
            for pin, flag in pending:
                pin._fire(flag)

    @_native
    def time_pulse_us(pin, pulse_level, timeout_us=1_000_000):
        """Time a pulse of `pulse_level` on `pin` (waits for it in world time)."""
        pad = pin._pad
        level = 1 if pulse_level else 0
        start_wait = hw.now_us()
        deadline = start_wait + to_int(timeout_us)
        if pad.level == level:
            sleep_until(hw, deadline, stop=lambda: pad.level != level)
            if pad.level == level:
                return -1
        sleep_until(hw, deadline, stop=lambda: pad.level == level)
        if pad.level != level:
            return -2
        t0 = hw.now_us()
        sleep_until(hw, t0 + to_int(timeout_us), stop=lambda: pad.level != level)
        if pad.level == level:
            return -1
        return hw.now_us() - t0

    return {fn.__name__: fn for fn in (freq, reset, soft_reset, reset_cause, unique_id, idle,
                                       lightsleep, deepsleep, disable_irq, enable_irq,
                                       time_pulse_us)}


def _irq_pending(hw: Hardware) -> bool:
    from drivers import irq
    return hw.vm is not None and irq.pending(hw.vm)


def _install(vm: Any, attrs: dict) -> None:
    hw = hardware_of(vm, "machine")
    attrs.update(bound_classes(hw))
    attrs.update(_functions(hw))
    attrs.update(port_of(hw.family).reset_causes)


module.on_import = _install
