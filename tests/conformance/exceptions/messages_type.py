# TypeError messages of the core runtime.
cases = [lambda: 1 + 'a', lambda: 'a' + 1, lambda: len(5), lambda: None(), lambda: 5[0],
         lambda: [] < 1, lambda: hash([]), lambda: 'a' * 'b', lambda: -'a',
         lambda: iter(5), lambda: int([]), lambda: abs('x'), lambda: object() + 1]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
