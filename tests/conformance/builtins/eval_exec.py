# eval() and exec() of small strings.
print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('[i for i in range(3)]'))
ns = {}
exec('a = 5\nb = a * 2', ns)
print(ns['a'], ns['b'])
