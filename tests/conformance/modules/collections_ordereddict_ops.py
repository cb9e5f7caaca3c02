# OrderedDict popitem, update and equality.
from collections import OrderedDict
d = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(d.popitem(), list(d))
d.update({'z': 26})
print(list(d.keys()), d == OrderedDict([('a', 1), ('b', 2), ('z', 26)]))
