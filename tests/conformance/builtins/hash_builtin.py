# hash() of simple values is consistent with equality.
print(hash(1) == hash(1.0), hash(0) == hash(0.0), hash(True) == 1, hash(5))
print(hash('abc') == hash('ab' + 'c'), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(type(hash('x')).__name__)
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
