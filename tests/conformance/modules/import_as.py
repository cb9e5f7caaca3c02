# import ... as and from ... import ... as.
import json as j
from struct import pack as p, calcsize
print(j.dumps([1]), p('B', 7), calcsize('H'))
