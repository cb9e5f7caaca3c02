# type() of values and type() identity checks.
print(type(1) is int, type('') is str, type([]) is list, type(1.0) == float, type(None))
print(type(int), type(type), type(len) is type(print))
