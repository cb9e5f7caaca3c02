from collections import OrderedDict, deque, namedtuple

Point = namedtuple("Point", ("x", "y"))
p = Point(1, y=2)
print(p, p.x + p.y, p[1], tuple(p))
od = OrderedDict()
od["z"] = 1
od["a"] = 2
print(list(od.keys()), list(od.values()))
q = deque((), 5)
for i in range(3):
    q.append(i)
print(q.popleft(), q.pop(), len(q))
