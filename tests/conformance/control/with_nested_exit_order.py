# Nested with-statements exit in reverse order, even on exceptions.
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.n, t is not None)
try:
    with CM(1):
        with CM(2):
            with CM(3):
                raise RuntimeError
except RuntimeError:
    print('caught')
