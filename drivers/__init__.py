"""Device-facing modules (``machine``, ``pyb``, ``framebuf``, ``microbit``...) over ``hal/``.

``drivers.hardware`` composes one board's hardware (pins, buses, on-board parts, clock) from
its board data; the modules read it from the VM they are imported into (``vm.hardware``).
"""
