"""machine.UART over `hal.periph.uart.UART`: framed bytes on the world clock.

Reads wait, in world time, up to `timeout` ms for the first byte and `timeout_char` ms
between bytes, and return None when nothing arrived (MicroPython's behaviour); waiting
moves a virtual clock straight to the next byte's arrival.  `irq()` hands the peripheral's
line events (a byte arrived, the line went idle, transmission done, break) to the
interrupt path.  A UART is attached to a part model (the GPS), another UART or a host
stream with `hal.periph.uart.connect`.
"""

from __future__ import annotations

from typing import Any

from drivers import irq
from drivers.binding import buffer_bytes, to_int, writable
from drivers.hardware import sleep_until

#: UART.irq trigger bits -> the peripheral's line event names.
IRQ_BITS = {"IRQ_RX": 0x20, "IRQ_RXIDLE": 0x10, "IRQ_TXIDLE": 0x40, "IRQ_BREAK": 0x200}
_EVENTS = {"rx": "IRQ_RX", "rxidle": "IRQ_RXIDLE", "txidle": "IRQ_TXIDLE", "break": "IRQ_BREAK"}

_PARITY = {None: None, 0: 0, 1: 1}


class UARTIRQ:
    """What UART.irq() returns."""

    __mp_name__ = "irq"

    def __init__(self, uart: UART, trigger: int) -> None:
        self._uart = uart
        self._trigger = trigger
        self._flags = 0

    def trigger(self, value=None):
        if value is not None:
            self._trigger = to_int(value)
        return self._trigger

    def flags(self):
        return self._flags


class UART:
    """machine.UART(id, baudrate=9600, bits=8, parity=None, stop=1, *, timeout...)."""

    _hw: Any
    _port: Any

    def __init__(self, id, baudrate=9600, bits=8, parity=None, stop=1, *, tx=None, rx=None,
                 txbuf=None, rxbuf=64, timeout=0, timeout_char=0, invert=0, flow=0):
        ident = to_int(id)
        if ident not in self._port.uart_ids:
            raise ValueError(f"UART({ident}) doesn't exist")
        self._id = ident
        self._u = self._hw.uart(ident)
        self._irq = None
        self._handler = None
        self._hard = False
        self._listener = None
        self.init(baudrate, bits, parity, stop, rxbuf=rxbuf, timeout=timeout,
                  timeout_char=timeout_char)

    def init(self, baudrate=9600, bits=8, parity=None, stop=1, *, tx=None, rx=None,
             txbuf=None, rxbuf=64, timeout=0, timeout_char=0, invert=0, flow=0):
        bits, stop = to_int(bits), to_int(stop)
        if bits not in (7, 8, 9):
            raise ValueError("unsupported combination of bits and parity")
        if stop not in (1, 2):
            raise ValueError("invalid stop bits")
        if parity not in _PARITY:
            raise ValueError("invalid parity")
        baud = to_int(baudrate)
        if baud <= 0:
            raise ValueError("set baudrate failed")
        self._u.init(baudrate=baud, bits=bits, parity=parity, stop=stop,
                     rxbuf=max(1, to_int(rxbuf)))
        self._timeout = to_int(timeout)
        # At least one character time (13 bits, to be safe), as the stm32 driver rounds it.
        self._timeout_char = max(to_int(timeout_char), 13000 // baud + 1)

    def deinit(self):
        return None

    def __mp_repr__(self) -> str:
        f = self._u.framing
        parity = "None" if f.parity is None else str(f.parity)
        return (f"UART({self._id}, baudrate={f.baudrate}, bits={f.bits}, parity={parity}, "
                f"stop={f.stop}, timeout={self._timeout}, timeout_char={self._timeout_char}, "
                f"rxbuf={self._u.rxbuf})")

    # ## Receiving

    def any(self):
        return self._u.any()

    def _collect(self, n: int | None, until_newline: bool = False) -> bytes:
        """Read up to `n` bytes (all that come, if None), waiting as the timeouts allow."""
        hw, u = self._hw, self._u
        out = bytearray()
        last = hw.now_us()
        while True:
            progressed = False
            while u.any() and (n is None or len(out) < n):
                b = u.read(1)
                out += b
                progressed = True
                if until_newline and b == b"\n":
                    return bytes(out)
            if n is not None and len(out) >= n:
                return bytes(out)
            if progressed:
                last = hw.now_us()
            deadline = last + (self._timeout_char if out else self._timeout) * 1000
            if deadline <= hw.now_us():
                return bytes(out)
            sleep_until(hw, deadline, stop=u.any)
            if not u.any():
                return bytes(out)

    def read(self, nbytes=None):
        data = self._collect(None if nbytes is None else to_int(nbytes))
        return data if data else None

    def readinto(self, buf, nbytes=None):
        mv = writable(buf)
        n = len(mv) if nbytes is None else min(len(mv), to_int(nbytes))
        data = self._collect(n)
        if not data:
            return None
        mv[:len(data)] = data
        return len(data)

    def readline(self):
        data = self._collect(None, until_newline=True)
        return data if data else None

    # ## Sending

    def write(self, buf):
        return self._u.write(buffer_bytes(buf))

    def sendbreak(self):
        self._u.sendbreak()

    def flush(self):
        """Wait until every byte has left the shift register."""
        u, hw = self._u, self._hw
        while not u.txdone():
            nxt = u.tx.next_event_us()
            if nxt is None:
                break
            sleep_until(hw, nxt)

    def txdone(self):
        return self._u.txdone()

    # ## IRQ

    def irq(self, handler=None, trigger=None, hard=False):
        if trigger is None:
            trigger = IRQ_BITS["IRQ_RXIDLE"]
        if self._listener is not None:
            self._u.remove_rx_listener(self._listener)
            self._listener = None
        self._handler = handler
        self._hard = bool(hard)
        self._irq = UARTIRQ(self, to_int(trigger))
        if handler is not None:
            self._listener = self._event
            self._u.add_rx_listener(self._listener)
            self._hw.own(self._release_irq)
        return self._irq

    def _release_irq(self) -> None:
        """At a reboot: the handler belongs to a VM that is gone."""
        if self._listener is not None:
            self._u.remove_rx_listener(self._listener)
            self._listener = None
        self._handler = None

    def _event(self, uart: Any, event: str, t_us: int) -> None:
        bit = IRQ_BITS[_EVENTS[event]]
        rq = self._irq
        if rq is None or self._handler is None or not rq._trigger & bit:
            return
        rq._flags = bit
        vm = getattr(self._hw, "vm", None)
        if self._hard:
            irq.hard(vm, self._handler, self)
        elif not irq.soft(vm, self._handler, self):
            self._hw.lost_irqs += 1

