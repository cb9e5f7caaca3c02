# collections.namedtuple: fields, indexing, repr, _replace-free use.
from collections import namedtuple
Point = namedtuple('Point', ('x', 'y'))
p = Point(1, y=2)
print(p, p.x, p[1], len(p), p == (1, 2), tuple(p))
x, y = p
print(x + y, isinstance(p, tuple))
P2 = namedtuple('P2', 'a b c')
print(P2(1, 2, 3))
