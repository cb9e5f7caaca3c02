# set in-place update methods and pop/copy/clear.
s = {1, 2, 3}
s.update([4, 5], (6,))
s.difference_update({1, 2})
s.intersection_update({3, 4, 5, 9})
print(sorted(s))
s.symmetric_difference_update({5, 7})
print(sorted(s))
t = s.copy()
x = t.pop()
print(x in s, len(t))
t.clear()
print(t)
