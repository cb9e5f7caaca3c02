# len() of builtin containers and strings.
print(len(''), len('abc'), len('é'), len(b'\x00\x01'), len([1, 2]), len((1,)), len({1: 2}))
print(len(set('aab')), len(range(10)), len(bytearray(4)), len(frozenset()))
