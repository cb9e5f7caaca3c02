# and/or/not return operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'x', None or 0)
print(not 0, not 1, not '', not [0], not None)
def t(x):
    print('t', x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
