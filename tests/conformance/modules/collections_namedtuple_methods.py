# namedtuple instances are immutable; fields accessed by name and unpacking.
from collections import namedtuple
Color = namedtuple('Color', ['r', 'g', 'b'])
c = Color(255, 128, 0)
try:
    c.r = 0
except AttributeError:
    print('immutable')
print(max(c), c.count(0) if hasattr(c, 'count') else 1, '#%02x%02x%02x' % c)
