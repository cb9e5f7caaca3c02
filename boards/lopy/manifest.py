"""Frozen modules of the LoPy image (MicroPython manifest style)."""

include("$(MOTE_DIR)/firmware/frozen/manifest.py")
require("uasyncio")
