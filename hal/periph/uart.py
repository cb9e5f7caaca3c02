"""UARTs and serial lines with real byte timing on the world clock.

A `Line` is one direction of a serial wire: bytes written to it are in flight for one
frame time each (start bit + data bits + parity + stop bits at the baudrate: 10 bits for
8N1) and reach the far end's `receive` when their last bit has arrived.  A `UART` is the
MCU peripheral: config, an rx FIFO of bounded size (overruns counted), a tx line, and rx
listeners for the IRQ path.  `connect(a, b)` wires two endpoints crosswise (TX->RX both
ways); endpoints are UARTs, part models with a serial port (a GPS), or a `HostStream` that
collects what the board sends and injects what the host types.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Protocol, runtime_checkable

from hal.periph.timebase import Clock, Wakeable

# Receivers tolerate this much baudrate difference before frames break (about half a bit
# over a 10-bit frame, less margin for clock jitter).
BAUD_TOLERANCE = 0.03
BREAK_BITS = 13  # a break holds the line low this many bit times (sendbreak)
_BREAK = -1  # in-flight marker for a break condition


@dataclass(frozen=True)
class Framing:
    """Character format: baudrate, data bits, parity (None, 0 even, 1 odd), stop bits."""

    baudrate: int = 9600
    bits: int = 8
    parity: int | None = None
    stop: int = 1

    @property
    def frame_bits(self) -> int:
        return 1 + self.bits + (0 if self.parity is None else 1) + self.stop

    @property
    def byte_us(self) -> Fraction:
        """Time on the wire of one character, in microseconds (exact)."""
        return Fraction(self.frame_bits * 1_000_000, self.baudrate)

    def compatible_with(self, sender: Framing) -> bool:
        """Whether a receiver set up as `self` decodes `sender`'s frames correctly."""
        if self.bits != sender.bits or self.parity != sender.parity:
            return False
        if sender.stop < self.stop:
            return False  # the receiver samples a stop bit where the next start bit is
        return abs(self.baudrate - sender.baudrate) <= BAUD_TOLERANCE * sender.baudrate


@runtime_checkable
class ByteSink(Protocol):
    """The receiving end of a line."""

    def receive(self, byte: int, t_us: int, framing: Framing) -> None: ...


class Line:
    """One direction of a serial wire: a transmitter shift register and its queue."""

    def __init__(self, clock: Clock, framing: Framing) -> None:
        self.clock = clock
        self.framing = framing
        self.sink: ByteSink | None = None
        # Exact (rational) end of the last queued frame: 9600 baud frames are 1041+2/3 us.
        self._busy_until = Fraction(0)
        self._flight: deque[tuple[Fraction, int, Framing]] = deque()
        self.on_idle: Callable[[int], None] | None = None
        # A device that transmits on its own schedule (a GPS) queues what is due up to a
        # time here, so a receiver catching up lazily also sees bytes nobody serviced yet.
        self.prepare: Callable[[int], None] | None = None
        self.bytes_sent = 0

    def send(self, data: bytes, at_us: int | None = None) -> Fraction:
        """Queue `data` for transmission; return the time its last stop bit ends (us).

        Sending starts now, or at `at_us` (a device whose send was due earlier than it was
        serviced), or when the bytes already queued are out, whichever is latest.
        """
        now = self.clock.now_us()
        start = now if at_us is None else at_us
        t = max(Fraction(start), self._busy_until)
        per = self.framing.byte_us
        for b in data:
            t += per
            self._flight.append((t, b & 0xFF, self.framing))
        self._busy_until = t
        self.bytes_sent += len(data)
        return t

    def send_break(self, at_us: int | None = None) -> Fraction:
        """Hold the line low for BREAK_BITS bit times; the far end sees a break."""
        now = self.clock.now_us()
        t = max(Fraction(now if at_us is None else at_us), self._busy_until)
        t += Fraction(BREAK_BITS * 1_000_000, self.framing.baudrate)
        self._flight.append((t, _BREAK, self.framing))
        self._busy_until = t
        return t

    def pending(self) -> int:
        """Bytes written but not yet fully on the wire."""
        self.service(self.clock.now_us())
        return len(self._flight)

    def idle(self) -> bool:
        return self.pending() == 0

    def next_event_us(self) -> int | None:
        return math.ceil(self._flight[0][0]) if self._flight else None

    def service(self, now_us: int) -> None:
        """Deliver every byte whose frame has ended by `now_us`."""
        if self.prepare is not None:
            self.prepare(now_us)
        delivered = False
        while self._flight and self._flight[0][0] <= now_us:
            t, b, framing = self._flight.popleft()
            delivered = True
            if self.sink is None:
                continue
            if b == _BREAK:
                on_break = getattr(self.sink, "receive_break", None)
                if on_break is not None:
                    on_break(math.ceil(t))
            else:
                self.sink.receive(b, math.ceil(t), framing)
        if delivered and not self._flight and self.on_idle is not None:
            self.on_idle(math.ceil(self._busy_until))


class SerialEndpoint(Protocol):
    """Anything with a transmit line and a receive method: UART, part, host stream."""

    tx: Line

    def receive(self, byte: int, t_us: int, framing: Framing) -> None: ...

    def add_rx_source(self, line: Line) -> None: ...


def connect(a: SerialEndpoint, b: SerialEndpoint) -> None:
    """Cross-connect two endpoints: a's TX to b's RX and b's TX to a's RX."""
    a.tx.sink = b
    b.tx.sink = a
    a.add_rx_source(b.tx)
    b.add_rx_source(a.tx)


RxListener = Callable[["UART", str, int], None]


class UART(Wakeable):
    """An MCU UART: `write` queues onto the tx line, received bytes land in the rx FIFO.

    Listeners get `(uart, event, t_us)` with event 'rx' (a byte arrived), 'rxidle' (the
    line went quiet for one character time after a byte), 'break' (a break condition
    ended) or 'txidle' (last byte sent).
    Bytes that arrive with the wrong format are dropped and counted in `framing_errors`;
    bytes that find the FIFO full are dropped and counted in `overruns`.
    """

    def __init__(self, clock: Clock, name: str = "uart", baudrate: int = 9600, bits: int = 8,
                 parity: int | None = None, stop: int = 1, rxbuf: int = 64) -> None:
        self.clock = clock
        self.name = name
        self.framing = Framing(baudrate, bits, parity, stop)
        self.rxbuf = rxbuf
        self.tx = Line(clock, self.framing)
        self.tx.on_idle = self._tx_idle
        self._rx: deque[int] = deque()
        self._sources: list[Line] = []
        self._listeners: list[RxListener] = []
        self._idle_due: int | None = None
        self.overruns = 0
        self.framing_errors = 0
        self.breaks = 0

    def init(self, baudrate: int | None = None, bits: int | None = None,
             parity: int | None | str = "keep", stop: int | None = None,
             rxbuf: int | None = None) -> None:
        """Change the character format (parity='keep' leaves parity as it is)."""
        f = self.framing
        self.framing = Framing(
            baudrate if baudrate is not None else f.baudrate,
            bits if bits is not None else f.bits,
            f.parity if parity == "keep" else parity,  # type: ignore[arg-type]
            stop if stop is not None else f.stop,
        )
        self.tx.framing = self.framing
        if rxbuf is not None:
            self.rxbuf = rxbuf

    # -- endpoint ---------------------------------------------------------------
    def add_rx_source(self, line: Line) -> None:
        self._sources.append(line)

    def receive(self, byte: int, t_us: int, framing: Framing) -> None:
        if not self.framing.compatible_with(framing):
            self.framing_errors += 1
            return
        if len(self._rx) >= self.rxbuf:
            self.overruns += 1
        else:
            self._rx.append(byte)
        self._idle_due = t_us + math.ceil(self.framing.byte_us)
        for fn in list(self._listeners):
            fn(self, "rx", t_us)
        self._rescheduled()

    def receive_break(self, t_us: int) -> None:
        self.breaks += 1
        for fn in list(self._listeners):
            fn(self, "break", t_us)
        self._rescheduled()

    def _tx_idle(self, t_us: int) -> None:
        for fn in list(self._listeners):
            fn(self, "txidle", t_us)

    # -- the MCU side -----------------------------------------------------------
    def _sync(self) -> None:
        now = self.clock.now_us()
        for line in self._sources:
            line.service(now)
        self.service(now)

    def write(self, data: bytes) -> int:
        """Queue bytes for sending; returns the count (the FIFO is unbounded)."""
        self.tx.send(bytes(data))
        self._rescheduled()
        return len(data)

    def sendbreak(self) -> None:
        """Send a break condition after any bytes already queued."""
        self.tx.send_break()
        self._rescheduled()

    def any(self) -> int:
        """Bytes waiting in the rx FIFO now."""
        self._sync()
        return len(self._rx)

    def read(self, n: int | None = None) -> bytes:
        """Take up to `n` bytes (all if None) from the rx FIFO without waiting."""
        self._sync()
        k = len(self._rx) if n is None else min(n, len(self._rx))
        return bytes(self._rx.popleft() for _ in range(k))

    def txdone(self) -> bool:
        """True when every written byte has left the shift register."""
        return self.tx.idle()

    def next_rx_us(self) -> int | None:
        """When the next byte will land in the FIFO (for read timeouts), or None."""
        times = [t for t in (s.next_event_us() for s in self._sources) if t is not None]
        return min(times) if times else None

    def add_rx_listener(self, fn: RxListener) -> None:
        self._listeners.append(fn)

    def remove_rx_listener(self, fn: RxListener) -> None:
        self._listeners.remove(fn)

    # -- Timed ------------------------------------------------------------------
    def next_event_us(self) -> int | None:
        times = [t for t in (self.tx.next_event_us(), self._idle_due) if t is not None]
        return min(times) if times else None

    def service(self, now_us: int) -> None:
        self.tx.service(now_us)
        for line in self._sources:
            line.service(now_us)  # a byte landing now means the line was not idle
        if self._idle_due is not None and self._idle_due <= now_us:
            due, self._idle_due = self._idle_due, None
            for fn in list(self._listeners):
                fn(self, "rxidle", due)


class HostStream(Wakeable):
    """A host byte stream on the far end of a UART (a terminal, a test, later a pty/TCP).

    With `framing=None` it follows whatever format the board's UART uses (a pty has no
    baudrate of its own); bytes still take their frame time on the wire.
    """

    def __init__(self, clock: Clock, framing: Framing | None = None,
                 on_byte: Callable[[int, int], None] | None = None) -> None:
        self.clock = clock
        self.fixed = framing
        self.tx = Line(clock, framing or Framing())
        self.received = bytearray()
        self.timeline: list[tuple[int, int]] = []  # (t_us, byte)
        self.framing_errors = 0
        self.on_byte = on_byte
        self._sources: list[Line] = []

    def add_rx_source(self, line: Line) -> None:
        self._sources.append(line)

    def receive(self, byte: int, t_us: int, framing: Framing) -> None:
        if self.fixed is not None and not self.fixed.compatible_with(framing):
            self.framing_errors += 1
            return
        self.received.append(byte)
        self.timeline.append((t_us, byte))
        if self.on_byte is not None:
            self.on_byte(byte, t_us)

    def send(self, data: bytes) -> Fraction:
        """Type `data` towards the board; returns when its last byte arrives (us)."""
        if self.fixed is None and self._sources:
            self.tx.framing = self._sources[0].framing
        end = self.tx.send(bytes(data))
        self._rescheduled()
        return end

    def take(self) -> bytes:
        """Everything received so far (bytes fully arrived by now), clearing the buffer."""
        now = self.clock.now_us()
        for line in self._sources:
            line.service(now)
        out = bytes(self.received)
        self.received.clear()
        return out

    def next_event_us(self) -> int | None:
        return self.tx.next_event_us()

    def service(self, now_us: int) -> None:
        self.tx.service(now_us)
