# Comprehension variables do not leak; they see enclosing names.
x = 'outer'
print([x for x in range(3)], x)
k = 10
print([i + k for i in range(3)])
def f():
    m = 5
    return [m * j for j in range(3)]
print(f())
