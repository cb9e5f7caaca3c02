# slice objects made by subscript syntax, their attributes, and reuse for indexing.
class Grab:
    def __getitem__(self, k):
        return k
s = Grab()[1:5:2]
print(type(s).__name__, s.start, s.stop, s.step)
l = list(range(10))
print(l[s], l[Grab()[:3]], l[Grab()[::-1]][:3])
print(Grab()[2:], Grab()[:], Grab()[1:2, 3])
