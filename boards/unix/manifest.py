"""Frozen modules of the unix image (MicroPython manifest style)."""

include("$(MOTE_DIR)/firmware/frozen/manifest.py")
require("uasyncio")
