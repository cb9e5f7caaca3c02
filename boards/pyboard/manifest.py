"""Frozen modules of the pyboard image (MicroPython manifest style)."""

include("$(MOTE_DIR)/firmware/frozen/manifest.py")
require("uasyncio")
