# list errors: index out of range, remove missing, bad index types.
l = [1, 2]
for f in (lambda: l[2], lambda: l.remove(5), lambda: l['a'], lambda: l.index(9), lambda: l.pop(5)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
