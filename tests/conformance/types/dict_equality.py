# dict equality ignores insertion order.
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != {'x': 1}, {} == {}, {1: [1]} == {1: [1]})
