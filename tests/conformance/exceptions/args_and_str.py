# Exception args, str() and repr() with zero, one and several arguments.
for e in (ValueError(), ValueError('one'), ValueError('a', 2), ValueError(42), KeyError('k'),
          KeyError(), Exception(None)):
    print(repr(e.args), '|', str(e), '|', repr(e))
