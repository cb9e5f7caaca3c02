calls = []


def logged(fn):
    def wrapper(*args):
        calls.append(fn.__name__)
        return fn(*args)
    return wrapper


@logged
def double(x):
    return 2 * x


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def make(cls):
        return cls()


print(double(4), double(5), calls)
t = Temp.make()
t.celsius = 21
print(t.celsius, Temp.unit())
