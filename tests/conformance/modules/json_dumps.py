# json.dumps of basic types and nesting (single-key dicts keep the order fixed).
import json
print(json.dumps(1), json.dumps(1.5), json.dumps('s"q'), json.dumps(True), json.dumps(None))
print(json.dumps([1, 'a', [None, False]]), json.dumps({'k': [1, 2]}), json.dumps((1, 2)))
print(json.dumps('tab\tnl\n'), json.dumps({}), json.dumps([]))
