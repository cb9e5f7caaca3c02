# str() of numbers, containers and bytes with encoding.
print(str(42), str(-0.5), str([1, '2']), str({'a': (1,)}), str(b'ab', 'utf-8'), str(None))
print(str(1e-10), str(123456789012), str(2 ** 64))
