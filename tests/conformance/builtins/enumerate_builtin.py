# enumerate() with a start, and next() on an enumerate object.
e = enumerate(['a', 'b'], start=5)
print(next(e), next(e), next(e, 'end'))
