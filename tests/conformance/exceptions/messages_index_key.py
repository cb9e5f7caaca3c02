# IndexError and KeyError messages.
cases = [lambda: [][0], lambda: [1][5], lambda: ()[0], lambda: 'x'[3], lambda: b'x'[9],
         lambda: [].pop(), lambda: range(3)[3], lambda: bytearray(2)[7],
         lambda: {}['missing'], lambda: {}[1], lambda: {}.pop('x'), lambda: set().pop(),
         lambda: {}.popitem(), lambda: {(1, 2): 0}[(1, 3)]]
for c in cases:
    try:
        c()
    except (IndexError, KeyError) as e:
        print(type(e).__name__, repr(e), '|', e)
