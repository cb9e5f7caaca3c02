"""The execution engine: MicroPython bytecode translated to host Python functions.

* ``unit`` — a RawCode decoded and prepared (prelude, instructions, line mapping);
* ``translate`` — builds the host source for a unit (blocks, symbolic stack);
* ``emitters`` — one emitter per opcode;
* ``support`` — run-time helpers of translated code (exceptions, unwinding, calls, imports);
* ``binding`` — MicroPython's argument binding rules and messages.
"""
