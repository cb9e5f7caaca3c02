"""``mote`` subcommands of the device side, one module each (``configure(parser)``,
``run(args) -> int``), wrapped by ``tools/mote.py``'s command table."""
