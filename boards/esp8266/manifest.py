"""Frozen modules of the ESP8266 image (MicroPython manifest style)."""

include("$(MOTE_DIR)/firmware/frozen/manifest.py")
require("uasyncio")
