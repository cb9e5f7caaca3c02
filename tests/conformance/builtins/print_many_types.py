# print() of several values of different types on one line.
print(1, 2.0, 'three', [4], (5,), {6: 6}, None, True, b'7', 8j)
