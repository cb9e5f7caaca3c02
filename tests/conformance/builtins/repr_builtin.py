# repr() of builtin values.
for v in (1, -1.5, 'q', "it's", b'\x00', [1, 'a'], (1,), {'k': 'v'}, None, True, 1 + 2j,
          range(3), bytearray(b'z'), float('inf'), 10 ** 25, set(), frozenset({1})):
    print(repr(v))
