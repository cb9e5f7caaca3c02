"""machine.UART: framing, timeouts in world time, readline from a GPS model, IRQs."""

from tests.drivers.support import board_hardware, run

GPS = {"part": "gps", "name": "gps", "uart": "uart4"}


def test_read_times_out_with_none_after_the_timeout():
    out = run("import time\nfrom machine import UART\nu = UART(2, 9600, timeout=300)\n"
              "t = time.ticks_ms()\nprint(u.read(5), time.ticks_diff(time.ticks_ms(), t))\n"
              "print(u.any(), u)\n", board_hardware())
    assert out.splitlines() == [
        "None 300",
        ("0 UART(2, baudrate=9600, bits=8, parity=None, stop=1, timeout=300, "
         "timeout_char=2, rxbuf=64)")]


def test_readline_gets_nmea_sentences_from_the_gps():
    out = run("from machine import UART\nu = UART(4, 9600, timeout=2000, timeout_char=10,\n"
              "          rxbuf=256)\nfor i in range(2):\n    print(u.readline())\n",
              board_hardware(parts=[GPS]))
    lines = out.splitlines()
    assert lines[0].startswith("b'$GPGGA,") and lines[0].endswith("\\r\\n'")
    assert lines[1].startswith("b'$GPRMC,")


def test_wrong_baudrate_gives_no_sentence():
    out = run("from machine import UART\nu = UART(4, 115200, timeout=1500)\n"
              "print(u.readline())\n", board_hardware(parts=[GPS]))
    assert out.strip() == "None"


def test_bad_arguments():
    out = run("from machine import UART\nfor f in (lambda: UART(9), lambda: UART(1, stop=3),\n"
              "          lambda: UART(1, bits=5)):\n    try:\n        f()\n"
              "    except ValueError as e:\n        print(e)\n", board_hardware())
    assert out.splitlines() == ["UART(9) doesn't exist", "invalid stop bits",
                                "unsupported combination of bits and parity"]


def test_rxidle_irq_after_a_sentence():
    out = run("import time\nfrom machine import UART\nu = UART(4, 9600, rxbuf=512)\n"
              "seen = []\nu.irq(lambda u: seen.append(u.any()), UART.IRQ_RXIDLE)\n"
              "time.sleep_ms(1500)\nprint(len(seen), seen[0] > 100)\n",
              board_hardware(parts=[GPS]))
    assert out.strip() == "1 True"


def test_loopback_between_two_uarts():
    from hal.periph.uart import connect
    hw = board_hardware()
    connect(hw.uart(1), hw.uart(2))
    out = run("from machine import UART\na = UART(1, 115200)\nb = UART(2, 115200, timeout=50)\n"
              "a.write(b'ping\\n')\nprint(b.readline())\n", hw)
    assert out.strip() == "b'ping\\n'"
