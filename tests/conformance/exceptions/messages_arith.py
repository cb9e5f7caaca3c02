# ZeroDivisionError and OverflowError messages.
cases = [lambda: 1 / 0, lambda: 1 % 0, lambda: 0 ** -1, lambda: 5.0 % 0, lambda: divmod(2.0, 0),
         lambda: 10 ** 400 * 1.0, lambda: int(float('inf')), lambda: (1).to_bytes(1, 'big')]
for c in cases:
    try:
        r = c()
        print('result', r)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
