# json of dicts with one key each, keeping output independent of hashing.
import json
for d in ({'a': 1}, {'n': None}, {'l': []}, {'d': {'x': {'y': 'z'}}}):
    s = json.dumps(d)
    print(s, json.loads(s) == d)
