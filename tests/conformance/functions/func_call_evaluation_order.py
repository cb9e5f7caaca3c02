# Arguments are evaluated left to right, before the call.
def v(x):
    print('arg', x)
    return x
def f(*a, **k):
    return len(a) + len(k)
print(f(v(1), v(2), *[v(3)], k=v(4)))
