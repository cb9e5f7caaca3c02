# json round-trips data through dumps and loads.
import json
data = [{'id': 1}, [1.25, -7, 'ünï'], 'end']
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
