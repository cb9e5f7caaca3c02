# iter() and next() over builtin types; StopIteration and defaults.
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
s = iter('ab')
print(next(s), list(s))
d = iter({'k': 1})
print(next(d))
