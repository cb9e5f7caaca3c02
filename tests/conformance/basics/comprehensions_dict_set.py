# Dict and set comprehensions and generator expressions.
d = {x: x * x for x in range(5)}
print(sorted(d.items()))
s = {x % 3 for x in range(10)}
print(sorted(s))
g = (x + 1 for x in range(4))
print(next(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
