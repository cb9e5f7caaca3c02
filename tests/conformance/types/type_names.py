# type() names of builtin values.
for v in (1, 1.5, 1j, 'a', b'a', bytearray(), [], (), {}, set(), frozenset(), range(1),
          None, True, len, lambda: 0, iter([]), Exception(), type):
    print(type(v).__name__)
