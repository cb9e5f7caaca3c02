import json

data = {"name": "sensor", "values": [1, 2.5, None, True], "nested": {"k": "v"}}
text = json.dumps(data)
back = json.loads(text)
print(back == data, sorted(back), back["values"])
print(json.loads('[1, "two", {"3": false}]'))
print(json.dumps([1, "a\nb", None]))
