"""Part names -> model classes, and building a part from a board data entry.

Board data names its parts in either of two spellings, e.g.::

    {"part": "bme280", "bus": "i2c1", "addr": 118}
    {"kind": "mma7660", "bus": {"type": "I2C", "id": 1}, "address": 76,
     "pins": {"int": "MMA_INT", "avdd": "MMA_AVDD"}}
    {"part": "ssd1306", "bus": "spi1", "cs": "X5", "dc": "Y4", "res": "Y3",
     "params": {"width": 128, "height": 32}}
    {"kind": "led", "name": "LED1", "pin": "LED_RED", "active": "high"}
    {"kind": "switch", "name": "USR", "pin": "SW", "active": "low", "pull": "up"}
    {"part": "gps", "uart": "uart4"}

`build(spec, clock, buses, pins)` creates the model and wires it to the named bus, UART
or pin.  Buses are looked up by name: a string as given, or {"type": "I2C", "id": 1} as
"i2c1".  Pin roles ("pins": {...} or top-level "dc", "res", "cs" ...) become constructor
arguments ("int" -> interrupt, "avdd" -> power); "active": "low" makes an LED or button
active-low; "pull": "external" gives a button its board pull resistor ("up"/"none" leave
the pull to the MCU pad, which the driver configures).  `params` go to the constructor.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any

from boards.parts.bme280 import BME280
from boards.parts.button import Button
from boards.parts.eeprom import EEPROM24
from boards.parts.gps import GPS
from boards.parts.led import LED
from boards.parts.led_matrix import LEDMatrix
from boards.parts.mma7660 import MMA7660
from boards.parts.mma8653 import MMA8653
from boards.parts.ssd1306 import SSD1306
from hal.periph.i2c import I2CBus
from hal.periph.spi import SPIBus
from hal.periph.timebase import Clock
from hal.periph.uart import connect

PARTS: dict[str, type] = {
    "bme280": BME280,
    "ssd1306": SSD1306,
    "mma7660": MMA7660,
    "mma8653": MMA8653,
    "24lc256": EEPROM24,
    "eeprom": EEPROM24,
    "gps": GPS,
    "button": Button,
    "switch": Button,
    "led": LED,
    "led_matrix": LEDMatrix,
}

# Pin roles as board data names them -> constructor argument names.
_ROLE_ARGS = {"int": "interrupt", "avdd": "power", "dc": "dc", "res": "res", "wp": "wp",
              "interrupt": "interrupt", "power": "power"}
_TOP_LEVEL_PINS = ("dc", "res", "wp", "interrupt", "power")


def is_known(kind: str) -> bool:
    """Whether a part kind has a model here (boards also list sdcard, wlan, radios...)."""
    return kind.lower() in PARTS


def part_class(name: str) -> type:
    """The model class for a part name (case-insensitive); KeyError names the known ones."""
    try:
        return PARTS[name.lower()]
    except KeyError:
        raise KeyError(f"unknown part {name!r}; known: {', '.join(sorted(PARTS))}") from None


def bus_name(bus: str | Mapping[str, Any]) -> str:
    """'i2c1' for "i2c1" or {"type": "I2C", "id": 1}."""
    if isinstance(bus, str):
        return bus
    return f"{str(bus['type']).lower()}{bus['id']}"


def build(spec: Mapping[str, Any], clock: Clock, buses: Mapping[str, Any],
          pins: Mapping[str, Any]) -> Any:
    """Instantiate the part `spec` describes and attach it where the spec says."""
    kind = spec.get("part") or spec.get("kind")
    if not kind:
        raise KeyError("part entry names no 'part' or 'kind'")
    cls = part_class(kind)
    accepted = inspect.signature(cls).parameters
    params: dict[str, Any] = {}
    roles = {k: spec[k] for k in _TOP_LEVEL_PINS if k in spec}
    roles.update(spec.get("pins", {}))
    for role, pin_name in roles.items():
        arg = _ROLE_ARGS.get(role, role)
        if arg in accepted:
            params[arg] = pins[pin_name]
    if "name" in spec and "name" in accepted:
        params["name"] = spec["name"]
    if "active" in spec and "active_low" in accepted:
        params["active_low"] = spec["active"] == "low"
    if spec.get("pull") == "external" and "external_pull" in accepted:
        params["external_pull"] = True
    params.update(spec.get("params", {}))
    if "pin" in spec:
        return cls(clock, pins[spec["pin"]], **params)
    part = cls(clock, **params)
    if "uart" in spec:
        connect(buses[bus_name(spec["uart"])], part)
        return part
    if "bus" not in spec:
        return part  # driven by its driver directly (an LED matrix's refresh)
    bus = buses[bus_name(spec["bus"])]
    if isinstance(bus, I2CBus):
        addr = spec.get("addr", spec.get("address"))
        if addr is None:
            addr = getattr(cls, "I2C_ADDRESSES", (None,))[0]
        if addr is None:
            raise ValueError(f"{kind}: no I2C address given")
        bus.attach(part, addr, ten_bit=spec.get("addrsize", 7) == 10)
    elif isinstance(bus, SPIBus):
        cs = spec.get("cs") or spec.get("pins", {}).get("cs")
        bus.attach(part, pins[cs], modes=getattr(cls, "SPI_MODES", (0, 1, 2, 3)))
    else:
        raise TypeError(f"{kind}: {spec['bus']!r} is not an I2C or SPI bus")
    return part
