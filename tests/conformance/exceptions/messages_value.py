# ValueError messages of the core runtime.
cases = [lambda: int('x'), lambda: int('12', 1), lambda: float('y'), lambda: [1].index(2),
         lambda: [].remove(0), lambda: 'abc'.index('z'), lambda: chr(-1), lambda: range(1, 2, 0),
         lambda: 'a,b'.split(''), lambda: bytes([300]), lambda: (1).to_bytes(-1, 'big')]
for c in cases:
    try:
        c()
        print('no error')
    except ValueError as e:
        print(e)
