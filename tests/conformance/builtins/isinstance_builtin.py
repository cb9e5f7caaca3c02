# isinstance() with builtin types and tuples of types.
vals = [1, 1.0, True, 'a', b'a', [], (), {}, None]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, (str, bytes)), isinstance(v, (list, tuple, dict)))
print(isinstance(1, object), isinstance(None, object), isinstance(int, type))
