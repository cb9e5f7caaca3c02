# str() and repr() of builtin values.
print(str(1), str(-1.5), str(True), str(None), str([1, 'a']), str((1,)), str(b'x'))
print(repr(1), repr('a'), repr([1, 'a', (2,)]), repr(()), repr((1, 2)))
print(str(), str(''), repr(''), str(1e100), str(2 ** 70))
