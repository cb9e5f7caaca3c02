# AttributeError messages for instances and classes.
class C:
    pass
try:
    C().missing
except AttributeError as e:
    print('AttributeError', e)
try:
    C.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    (1).missing
except AttributeError as e:
    print('AttributeError', e)
