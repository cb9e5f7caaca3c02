"""Frozen modules of the WiPy image (MicroPython manifest style)."""

include("$(MOTE_DIR)/firmware/frozen/manifest.py")
require("uasyncio")
