# with-statement calls __enter__ and __exit__, binding the as-target.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t)
        return False
with CM('a') as x:
    print('body', x)
with CM('b'), CM('c') as y:
    print('body', y)
