# List comprehensions with conditions and nesting.
print([x * x for x in range(6)])
print([x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
print([c.upper() for c in 'abc' if c != 'b'])
