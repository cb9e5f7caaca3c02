"""SPI bus: chip select, full-duplex exchange, settings, faults."""

from hal.periph.pin import Mode, Pin
from hal.periph.spi import SPIBus


class Echo:
    """Returns the previous byte it received (a one-byte shift register)."""

    def __init__(self):
        self.prev = 0x00
        self.log = []

    def spi_select(self):
        self.log.append("sel")
        self.prev = 0xA5

    def spi_exchange(self, b):
        out, self.prev = self.prev, b
        return out

    def spi_deselect(self):
        self.log.append("desel")


def rig(clock, n=1, modes=(0, 1, 2, 3)):
    bus = SPIBus("spi1")
    parts, pins = [], []
    for i in range(n):
        cs = Pin(f"CS{i}", clock)
        cs.configure(Mode.OUT, value=1)
        part = Echo()
        bus.attach(part, cs, modes=modes)
        parts.append(part)
        pins.append(cs)
    return bus, parts, pins


def test_only_the_selected_part_answers(clock):
    bus, (a, b), (_, cs_b) = rig(clock, 2)
    assert bus.transfer(b"\x01\x02") == b"\xff\xff"  # nobody selected: MISO floats high
    cs_b.set_output(0)
    assert bus.transfer(b"\x01\x02\x03") == b"\xa5\x01\x02"
    cs_b.set_output(1)
    assert b.log == ["sel", "desel"] and a.log == []


def test_two_selected_parts_fight_on_miso(clock):
    bus, _, (cs_a, cs_b) = rig(clock, 2)
    cs_a.set_output(0)
    cs_b.set_output(0)
    bus.transfer(b"\x00")
    assert bus.errors


def test_settings_are_recorded_and_mode_checked(clock):
    bus, _, (cs,) = rig(clock, modes=(0, 3))
    bus.configure(baudrate=10_000_000, polarity=1, phase=1)
    assert bus.config.mode == 3 and bus.config.baudrate == 10_000_000
    cs.set_output(0)
    assert bus.transfer(b"\x42") == b"\xa5"
    bus.configure(phase=0)
    assert bus.transfer(b"\x42") == b"\xff" and "mode 2" in bus.errors[-1]
    assert bus.duration_us(10) == 8.0


def test_lsb_first_reverses_bits_on_the_wire(clock):
    bus, (a,), (cs,) = rig(clock)
    bus.configure(firstbit_msb=False)
    cs.set_output(0)
    bus.transfer(b"\x01")
    assert a.prev == 0x80


def test_an_unplugged_part_leaves_miso_floating(clock):
    bus, (a,), (cs,) = rig(clock)
    bus.set_connected(a, False)
    cs.set_output(0)
    assert bus.transfer(b"\x01") == b"\xff" and bus.selected() == []
    bus.set_connected(a, True)
    assert bus.transfer(b"\x02") == b"\xa5"
