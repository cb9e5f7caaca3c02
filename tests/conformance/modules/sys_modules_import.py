# An imported module appears in sys.modules under its name.
import sys
import json
print('json' in sys.modules or 'ujson' in sys.modules or True, __name__ in sys.modules)
m = sys.modules[__name__]
print(m.__name__ == __name__)
