# Nested tuple unpacking in for-loops and assignments.
data = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in data:
    print(a + b + c)
(x, y), z = (1, 2), 3
print(x, y, z)
