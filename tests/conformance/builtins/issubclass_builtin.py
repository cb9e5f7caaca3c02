# issubclass() over builtin type relationships.
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(list, object))
print(issubclass(KeyError, Exception), issubclass(type, object))
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
