# iter() and next() including the two-argument form of next.
it = iter(range(3))
print(next(it), next(it), next(it), next(it, -1), next(it, None))
it2 = iter((1,))
print(list(it2), list(it2))
