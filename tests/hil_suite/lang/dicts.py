d = {"a": 1, "b": 2}
d["c"] = 3
d.update({"a": 10})
print(sorted(d.items()), d.get("z"), d.get("z", 0), "b" in d)
print(d.pop("b"), sorted(d), len(d))
d.setdefault("e", []).append(5)
print(sorted(d.items()))
print(dict(zip("xyz", range(3))) == {"x": 0, "y": 1, "z": 2})
