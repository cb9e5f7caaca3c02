# with-statement: __exit__ sees the exception and may suppress it.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return self.suppress
with CM(True):
    raise ValueError('suppressed')
print('after 1')
try:
    with CM(False):
        raise KeyError('kept')
except KeyError as e:
    print('propagated', e)
