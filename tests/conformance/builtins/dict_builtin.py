# dict() constructors.
print(dict(), dict(a=1), dict([('b', 2)]), dict({'c': 3}), dict([('d', 4)], e=5) == {'d': 4, 'e': 5})
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError')
