"""GPS module: GGA and RMC at 1 Hz, 9600 baud timing, valid checksums, a moving track."""

import math

import pytest

from boards.parts.gps import GPS, Track, nmea_checksum, nmea_sentence
from hal.periph.timebase import run_until
from hal.periph.uart import UART, connect


def parse(line):
    body, star, cks = line.strip().partition("*")
    assert body.startswith("$") and star
    assert cks == nmea_checksum(body[1:])
    return body[1:].split(",")


def test_checksum_of_a_known_sentence():
    # The classic NMEA documentation example.
    assert nmea_checksum("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,") \
        == "47"
    assert nmea_sentence("A").endswith(b"*41\r\n")


def test_sends_gga_and_rmc_each_second_at_9600_baud(clock):
    uart = UART(clock, baudrate=9600, rxbuf=1024)
    gps = GPS(clock)
    connect(uart, gps)
    run_until(clock, 999_999, [gps], clock.set)
    assert uart.any() == 0
    run_until(clock, 1_000_000, [gps], clock.set)
    assert uart.any() == 0  # the first byte is still on the wire
    first = gps.sentences(1_000_000)
    total = sum(map(len, first))
    end = 1_000_000 + math.ceil(total * 1_000_000 * 10 / 9600)  # 10 bits per 8N1 byte
    run_until(clock, end - 1, [gps], clock.set)
    assert uart.any() == total - 1
    run_until(clock, end, [gps], clock.set)
    text = uart.read().decode()
    lines = text.splitlines()
    assert len(lines) == 2 and text.encode() == b"".join(first)
    gga, rmc = parse(lines[0]), parse(lines[1])
    assert gga[0] == "GPGGA" and gga[1] == "120001.00" and gga[6] == "1"
    assert gga[2:6] == ["4807.0380", "N", "01131.0020", "E"]
    assert rmc[0] == "GPRMC" and rmc[2] == "A" and rmc[9] == "230324"


def test_speed_and_course_follow_the_track(clock):
    # Due north, 0.001 degree of latitude (about 111 m) in 10 s: 11.1 m/s = 21.6 knots.
    gps = GPS(clock, track=Track([(0, 50.0, 8.0, 100.0), (10, 50.001, 8.0, 100.0)]))
    rmc = parse(gps.sentences(5_000_000)[1].decode())
    assert float(rmc[7]) == pytest.approx(21.6, abs=0.1)
    assert float(rmc[8]) == pytest.approx(0.0, abs=0.1)
    gga = parse(gps.sentences(5_000_000)[0].decode())
    assert gga[2] == "5000.0300" and gga[3] == "N"


def test_no_fix_reports_quality_0_and_status_v(clock):
    gps = GPS(clock, has_fix=False)
    gga, rmc = (parse(s.decode()) for s in gps.sentences(0))
    assert gga[6] == "0" and rmc[2] == "V" and gga[2] == ""


def test_southern_and_western_hemispheres(clock):
    gps = GPS(clock, track=(-33.8688, -151.2093, 58.0))
    gga = parse(gps.sentences(0)[0].decode())
    assert gga[2:6] == ["3352.1280", "S", "15112.5580", "W"]


def test_records_configuration_bytes_from_the_board(clock):
    uart = UART(clock)
    gps = GPS(clock)
    connect(uart, gps)
    uart.write(b"$PMTK220,1000*1F\r\n")
    clock.advance(100_000)
    uart.any()  # nothing to read; servicing our own tx happens on access too
    uart.service(clock.now_us())
    assert bytes(gps.received) == b"$PMTK220,1000*1F\r\n"


def test_a_uart_catching_up_lazily_sees_sentences_nobody_serviced(clock):
    uart = UART(clock, rxbuf=4096)
    gps = GPS(clock)
    connect(uart, gps)
    clock.set(3_500_000)  # no run loop: only the UART's own catch-up on access
    lines = uart.read().decode().splitlines()
    assert [ln[:6] for ln in lines] == ["$GPGGA", "$GPRMC"] * 3
    assert [parse(ln)[1] for ln in lines[::2]] == ["120001.00", "120002.00", "120003.00"]
