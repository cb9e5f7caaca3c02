# set() and frozenset() constructors.
print(set(), sorted(set([3, 1, 3])), sorted(set('aba')), sorted(frozenset(range(3))))
