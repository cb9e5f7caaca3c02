# The except target name is deleted after the handler.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError:
    print('e was deleted')
