# Sets of tuples and membership tests.
seen = set()
for p in [(1, 2), (2, 1), (1, 2), (0, 0)]:
    if p in seen:
        print('dup', p)
    seen.add(p)
print(sorted(seen))
