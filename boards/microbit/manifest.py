"""Frozen modules of the micro:bit image (MicroPython manifest style)."""

include("$(MOTE_DIR)/firmware/frozen/manifest.py")
# No uasyncio: like the real micro:bit firmware, the 16 KB part leaves no room for it.
