# AttributeError and NameError messages.
class C:
    pass
for c in (lambda: C().x, lambda: C.y, lambda: 'a'.nothing, lambda: [].nothing,
          lambda: None.x, lambda: undefined_name, lambda: len.x):
    try:
        c()
    except (AttributeError, NameError) as e:
        print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print('AttributeError', e)
