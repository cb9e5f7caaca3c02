# bool is a subclass of int; truthiness of builtin values.
print(True + True, True * 3, False - 1, True / 2)
print(isinstance(True, int), int(True), str(False), repr(True))
for v in (0, 1, -1, 0.0, 0.1, '', 'a', [], [0], (), {}, {1: 2}, None, b'', range(0), set()):
    print(repr(v), bool(v))
