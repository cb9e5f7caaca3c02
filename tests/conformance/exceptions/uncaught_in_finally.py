# finally runs before an uncaught exception is reported.
try:
    print('body')
    raise ValueError('escapes')
finally:
    print('finally ran')
