"""machine.I2C / SoftI2C / SPI / SoftSPI against part models on the board's buses."""

from tests.drivers.support import board_hardware, run

BME = {"part": "bme280", "name": "bme", "bus": {"type": "I2C", "id": 1}, "addr": 0x76}
EEPROM = {"part": "24lc256", "name": "eeprom", "bus": {"type": "I2C", "id": 2}, "addr": 0x50}


def test_scan_finds_the_parts_and_reads_registers():
    out = run("from machine import I2C, Pin\nPin('MMA_AVDD', Pin.OUT, value=1)\n"
              "i2c = I2C(1)\nprint(i2c.scan())\nprint(hex(i2c.readfrom_mem(0x76, 0xD0, 1)[0]))\n"
              "b = bytearray(2)\ni2c.readfrom_mem_into(0x76, 0x88, b)\nprint(b[0] | b[1] << 8)\n",
              board_hardware(parts=[BME]))
    assert out.splitlines() == ["[76, 118]", "0x60", "27504"]


def test_address_nack_is_enodev():
    out = run("from machine import I2C\ni2c = I2C(1)\n"
              "for op in (lambda: i2c.readfrom(0x40, 1), lambda: i2c.writeto(0x40, b'x'),\n"
              "           lambda: i2c.readfrom_mem(0x40, 0, 1)):\n"
              "    try:\n        op()\n    except OSError as e:\n        print(e.errno, e)\n",
              board_hardware())
    assert out.splitlines() == ["19 [Errno 19] ENODEV"] * 3


def test_unplugged_sensor_stops_answering():
    hw = board_hardware(parts=[BME])
    hw.scenario.unplug(hw.buses["i2c1"], 0x76, at_s=1.0)
    out = run("import time\nfrom machine import I2C\ni2c = I2C(1)\n"
              "print(i2c.readfrom_mem(0x76, 0xD0, 1))\ntime.sleep(2)\n"
              "try:\n    i2c.readfrom_mem(0x76, 0xD0, 1)\nexcept OSError as e:\n    print(e)\n", hw)
    assert out.splitlines() == ["b'`'", "[Errno 19] ENODEV"]


def test_eeprom_with_16_bit_addresses_and_raw_primitives():
    out = run("import time\nfrom machine import I2C\ni2c = I2C(2)\n"
              "i2c.writeto_mem(0x50, 0x0102, b'mote', addrsize=16)\ntime.sleep_ms(10)\n"
              "print(i2c.readfrom_mem(0x50, 0x0102, 4, addrsize=16))\n"
              "i2c.start()\nprint(i2c.write(bytes([0xA0, 0x01, 0x02])))\ni2c.start()\n"
              "print(i2c.write(bytes([0xA1])))\nb = bytearray(4)\ni2c.readinto(b)\ni2c.stop()\n"
              "print(b)\n", board_hardware(parts=[EEPROM]))
    assert out.splitlines() == ["b'mote'", "3", "1", "bytearray(b'mote')"]


def test_soft_i2c_on_the_hardware_pins_sees_the_same_bus():
    out = run("from machine import SoftI2C, Pin\n"
              "i2c = SoftI2C(scl=Pin('X9'), sda=Pin('X10'))\nprint(i2c.scan())\n"
              "s = SoftI2C(scl=Pin('Y1'), sda=Pin('Y2'))\nprint(s.scan())\n",
              board_hardware(parts=[BME]))
    assert out.split() == ["[118]", "[]"]


def test_esp8266_i2c_is_software_on_any_pins():
    part = dict(BME, bus={"type": "I2C", "scl": "GPIO5", "sda": "GPIO4"})
    out = run("from machine import I2C, Pin\ni2c = I2C(scl=Pin(5), sda=Pin(4))\n"
              "print(i2c.scan())\nI2C(3)\n", board_hardware("esp8266", parts=[part]))
    assert out.splitlines() == ["[118]", "Traceback (most recent call last):",
                                '  File "/tmp/_mote_driver_test.py", line 4, in <module>',
                                "ValueError: I2C(3) doesn't exist"]


def test_spi_talks_to_the_part_whose_cs_is_low():
    part = {"part": "bme280", "name": "bme", "bus": {"type": "SPI", "id": 1}, "cs": "X5"}
    out = run("from machine import SPI, Pin\ncs = Pin('X5', Pin.OUT, value=1)\n"
              "spi = SPI(1, baudrate=1000000, polarity=0, phase=0)\n"
              "print(spi.read(2, 0xD0))\ncs(0)\nprint(spi.read(2, 0xD0))\ncs(1)\n"
              "cs(0)\nb = bytearray(2)\nspi.write_readinto(b'\\xd0\\x00', b)\ncs(1)\nprint(b)\n"
              "SPI(7)\n", board_hardware(parts=[part]))
    assert out.splitlines()[:3] == ["b'\\xff\\xff'", "b'\\xff`'", "bytearray(b'\\xff`')"]
    assert out.splitlines()[-1] == "ValueError: SPI(7) doesn't exist"


def test_transfers_take_their_wire_time_at_the_bus_speed():
    """A blocking transfer holds the program for 9 clocks per I2C byte (address bytes
    included) or `bits` clocks per SPI byte, at the bus's own frequency."""
    hw = board_hardware(parts=[EEPROM])
    out = run("import time\nfrom machine import I2C, SPI\n"
              "i2c = I2C(2, freq=100000)\nt = time.ticks_us()\n"
              "i2c.readfrom_mem(0x50, 0, 10, addrsize=16)\n"
              "print(time.ticks_diff(time.ticks_us(), t))\n"
              "t = time.ticks_us()\ni2c.writeto(0x50, b'\\x00\\x00' + bytes(30))\n"
              "print(time.ticks_diff(time.ticks_us(), t))\n"
              "spi = SPI(1, baudrate=1000000)\nt = time.ticks_us()\nspi.write(bytes(100))\n"
              "print(time.ticks_diff(time.ticks_us(), t))\n"
              "t = time.ticks_us()\ni2c.scan()\nprint(time.ticks_diff(time.ticks_us(), t))\n",
              hw)
    # (2 address + 2 memory address + 10 data) x 9 / 100 kHz; (1 + 32) x 9 / 100 kHz;
    # 100 x 8 / 1 MHz; a scan probes 112 addresses with one byte each
    assert out.split() == ["1260", "2970", "800", "10080"]
