# micropython.const folds constants at compile time.
from micropython import const
X = const(10)
_Y = const(X * 2 + 1)
MASK = const(0xFF << 8)
def f():
    return X + _Y
print(X, _Y, MASK, f())
