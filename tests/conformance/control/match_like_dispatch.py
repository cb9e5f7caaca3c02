# Dictionary dispatch replacing switch statements.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {'+': add, '-': sub, '*': lambda a, b: a * b}
for op in '+-*/':
    f = ops.get(op)
    print(op, f(6, 3) if f else 'unknown')
