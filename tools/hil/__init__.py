"""Hardware-in-the-loop testing: one test suite, run on an emulated board or a real one.

``mote test --target <board name | serial port> DIR`` (``tools.hil.command``) runs each
script of DIR on the target and compares its output with ``<script>.exp`` or with
CPython's output, following MicroPython's test-runner conventions.  The pytest plugin
(``tools.hil.pytest_plugin``) gives ordinary pytest tests a ``board`` fixture.
"""
