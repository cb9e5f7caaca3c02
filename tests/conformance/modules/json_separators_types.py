# json.dumps of nested floats, negative numbers and unicode text.
import json
print(json.dumps([-0.5, 1e-3, 12345678901234567890, 'é€']))
print(json.loads('[1.0, 2, "\\"q\\""]'))
