# raise with a class, an instance, and a class that needs no arguments.
for make in (lambda: ValueError, lambda: ValueError('inst'), lambda: StopIteration):
    try:
        raise make()
    except Exception as e:
        print(type(e).__name__, repr(e))
try:
    raise 42
except TypeError as e:
    print('TypeError', e)
