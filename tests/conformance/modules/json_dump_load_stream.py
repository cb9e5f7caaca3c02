# json.dump and json.load with io.StringIO streams.
import json, io
buf = io.StringIO()
json.dump({'x': [1, 2]}, buf)
print(buf.getvalue())
print(json.load(io.StringIO('[3, 4]')))
