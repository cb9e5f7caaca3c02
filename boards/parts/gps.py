"""A GPS receiver module on a UART (9600 8N1) sending NMEA 0183 sentences at 1 Hz.

Every second on the second it sends $GPGGA (fix data) then $GPRMC (recommended minimum),
each with its XOR checksum and CR LF, following a settable position track.  Without a fix
GGA reports quality 0 and RMC status V with empty position fields, as modules do at cold
start.  Bytes the board sends to the module (configuration sentences) are recorded.
"""

from __future__ import annotations

import datetime as _dt
import math

from hal.periph.scenario import Curve, Signal, value_of
from hal.periph.timebase import Clock
from hal.periph.uart import Framing, Line

KNOTS_PER_MPS = 1.0 / 0.514444
EARTH_RADIUS_M = 6_371_000.0


def nmea_checksum(body: str) -> str:
    """Two upper-case hex digits: the XOR of every character between '$' and '*'."""
    c = 0
    for ch in body.encode("ascii"):
        c ^= ch
    return f"{c:02X}"


def nmea_sentence(body: str) -> bytes:
    """'$' + body + '*' + checksum + CR LF."""
    return f"${body}*{nmea_checksum(body)}\r\n".encode("ascii")


def _lat(deg: float) -> str:
    a = abs(deg)
    d = int(a)
    return f"{d:02d}{(a - d) * 60:07.4f},{'N' if deg >= 0 else 'S'}"


def _lon(deg: float) -> str:
    a = abs(deg)
    d = int(a)
    return f"{d:03d}{(a - d) * 60:07.4f},{'E' if deg >= 0 else 'W'}"


class Track:
    """A position over world time: points (t_seconds, lat_deg, lon_deg, alt_m), straight
    lines between them."""

    def __init__(self, points: list[tuple[float, float, float, float]]) -> None:
        self.lat = Curve([(t, la) for t, la, _, _ in points])
        self.lon = Curve([(t, lo) for t, _, lo, _ in points])
        self.alt = Curve([(t, al) for t, _, _, al in points])

    def at(self, t_us: int) -> tuple[float, float, float]:
        return self.lat(t_us), self.lon(t_us), self.alt(t_us)


class GPS:
    """The module.  `track` is a Track or a fixed (lat, lon, alt); `utc_start` is the UTC
    time at world time 0; `satellites` and `hdop` are reported in GGA."""

    def __init__(self, clock: Clock, track: Track | tuple[float, float, float] = (
            48.1173, 11.5167, 545.4), utc_start: _dt.datetime = _dt.datetime(2024, 3, 23, 12),
            baudrate: int = 9600, satellites: int = 8, hdop: Signal = 0.9,
            has_fix: bool = True) -> None:
        self.clock = clock
        self.track = track
        self.utc_start = utc_start
        self.satellites = satellites
        self.hdop = hdop
        self.has_fix = has_fix
        self.geoid_sep = 46.9
        self.tx = Line(clock, Framing(baudrate))
        self.tx.prepare = self._queue_due
        self.received = bytearray()
        self._sources: list[Line] = []
        self._next_us = (clock.now_us() // 1_000_000 + 1) * 1_000_000
        self.sentences_sent = 0

    # -- serial endpoint -------------------------------------------------------
    def add_rx_source(self, line: Line) -> None:
        self._sources.append(line)

    def receive(self, byte: int, t_us: int, framing: Framing) -> None:
        if framing.compatible_with(self.tx.framing) or self.tx.framing.compatible_with(framing):
            self.received.append(byte)

    # -- position -----------------------------------------------------------------
    def position(self, t_us: int) -> tuple[float, float, float]:
        tr = self.track
        return tr.at(t_us) if isinstance(tr, Track) else tr

    def velocity(self, t_us: int) -> tuple[float, float]:
        """(speed in knots, course over ground in degrees) from the track around t."""
        la0, lo0, _ = self.position(t_us - 500_000)
        la1, lo1, _ = self.position(t_us + 500_000)
        north = math.radians(la1 - la0) * EARTH_RADIUS_M
        east = math.radians(lo1 - lo0) * EARTH_RADIUS_M * math.cos(math.radians(la0))
        speed = math.hypot(north, east)  # metres per second (over 1 s)
        course = math.degrees(math.atan2(east, north)) % 360.0 if speed > 0 else 0.0
        return speed * KNOTS_PER_MPS, course

    def sentences(self, t_us: int) -> list[bytes]:
        """The GGA and RMC sentences for the fix at world time `t_us`."""
        utc = self.utc_start + _dt.timedelta(microseconds=t_us)
        hms = utc.strftime("%H%M%S") + f".{utc.microsecond // 10_000:02d}"
        if not self.has_fix:
            gga = f"GPGGA,{hms},,,,,0,00,99.99,,,,,,"
            rmc = f"GPRMC,{hms},V,,,,,,,{utc.strftime('%d%m%y')},,,N"
            return [nmea_sentence(gga), nmea_sentence(rmc)]
        lat, lon, alt = self.position(t_us)
        knots, course = self.velocity(t_us)
        hdop = value_of(self.hdop, t_us)
        gga = (f"GPGGA,{hms},{_lat(lat)},{_lon(lon)},1,{self.satellites:02d},{hdop:.1f},"
               f"{alt:.1f},M,{self.geoid_sep:.1f},M,,")
        rmc = (f"GPRMC,{hms},A,{_lat(lat)},{_lon(lon)},{knots:.3f},{course:.1f},"
               f"{utc.strftime('%d%m%y')},,,A")
        return [nmea_sentence(gga), nmea_sentence(rmc)]

    # -- Timed ----------------------------------------------------------------------
    def next_event_us(self) -> int | None:
        times = [t for t in (self._next_us, self.tx.next_event_us()) if t is not None]
        return min(times)

    def _queue_due(self, now_us: int) -> None:
        while self._next_us <= now_us:
            t = self._next_us
            self._next_us += 1_000_000
            for s in self.sentences(t):
                self.tx.send(s, at_us=t)
                self.sentences_sent += 1

    def service(self, now_us: int) -> None:
        self.tx.service(now_us)  # queues the sentences due by now, then delivers
