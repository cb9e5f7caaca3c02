# An uncaught exception in a lambda shows the lambda frame.
f = lambda x: x / 0
print('calling')
print(f(1))
