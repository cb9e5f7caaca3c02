# reversed over sequences and objects with __reversed__; sorted over iterables.
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((3, 2, 1), reverse=True))
