# json.loads of documents, and the types it produces.
import json
v = json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {"c": -3}}')
print(sorted(v), v['a'], v['b'], type(v['a'][1]).__name__)
print(json.loads('"\\u00e9\\n"'), json.loads(' [ ] '), json.loads('123'), json.loads('-1e2'))
try:
    json.loads('{bad}')
except ValueError as e:
    print('ValueError', e)
