# map, filter, zip and enumerate: their types, argument errors, and nesting thousands deep.
print(type(map(abs, [1])), type(zip()), type(enumerate([])), type(filter(None, [])))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4])), list(zip([1, 2], 'ab')), list(enumerate('xy', 5)))
print(isinstance(map(abs, []), map), isinstance(zip(), zip))
for args in [(), (1,), (abs, 1)]:
    try:
        map(*args)
    except TypeError as e:
        print('TypeError', e)
for make in (lambda: zip(1), lambda: enumerate(), lambda: filter(abs), lambda: enumerate(5)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
# Each level is a C call when iterated: thousands deep is a RuntimeError, not a crash.
it = [1, 2]
for i in range(5000):
    it = map(abs, it)
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError', e)
it = 'ab'
for i in range(5000):
    it = filter(None, zip(it))
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError', e)
print('alive')
