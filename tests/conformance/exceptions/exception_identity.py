# The caught object is the raised object; exceptions can be stored and reraised.
saved = None
err = ValueError('v')
try:
    raise err
except ValueError as e:
    print(e is err)
    saved = e
try:
    raise saved
except ValueError as e:
    print('again', e, e is err)
