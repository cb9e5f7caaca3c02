"""The steps of the firmware build, as plain functions the SCons tools call.

manifest (what to freeze) -> freeze (.py -> .mpy) -> qstr (ROM pool) -> image packing
(:mod:`firmware.image.pack`) -> budget check.  Each step is testable without SCons.
"""
