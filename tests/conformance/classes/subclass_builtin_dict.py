# Subclassing dict.
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for w in 'a b a c a b'.split():
    c.add(w)
print(sorted(c.items()), len(c), isinstance(c, dict))
