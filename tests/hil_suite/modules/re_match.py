import re

m = re.match(r"(\w+)-(\d+)", "node-42 rest")
print(m.group(0), m.group(1), m.group(2))
print(re.search(r"\d+", "abc 123 def").group(0))
print(re.sub(r"\s+", " ", "a   b \t c"), re.compile("[0-9]").match("7x").group(0))
print(re.match("z", "abc"))
