# Lambda expressions: defaults, closures, immediate calls, sorting keys.
sq = lambda x: x * x
print(sq(7), (lambda: 'nullary')(), (lambda a, b=1: a + b)(2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
k = 3
mul = lambda x: x * k
k = 4
print(mul(2))
