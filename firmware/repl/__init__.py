"""A device's REPL, byte-compatible with MicroPython's (``shared/runtime/pyexec.c``).

``session``: the mode loop and what survives a soft reset; ``friendly``: ``>>> `` with
paste mode; ``raw``: the raw REPL and raw-paste; ``readline``: line editing, history,
auto-indent; ``continuation``: when to ask for ``... ``; ``completion``: Tab;
``execute``: running input in the VM with Ctrl-C armed and MicroPython tracebacks.
"""
