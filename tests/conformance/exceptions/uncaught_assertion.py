# An uncaught AssertionError with a message.
x = 3
assert x > 5, 'x too small: %d' % x
