# sorted() returns a new list and leaves its input unchanged.
t = (3, 1, 2)
s = sorted(t)
print(s, t, sorted('cba'), sorted(range(5), reverse=True), sorted([]))
