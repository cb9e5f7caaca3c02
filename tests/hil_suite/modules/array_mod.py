from array import array

a = array("h", [1, -2, 3])
a.append(400)
print(a, len(a), a[1], sum(a))
b = array("B", b"\x01\x02")
b.extend([3])
print(list(b), bytes(b))
