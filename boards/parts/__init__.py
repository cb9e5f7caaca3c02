"""Models of real off-chip parts (sensors, displays, memories, buttons, LEDs) with their
datasheet register maps and behaviour, attached to emulated buses and pins."""
