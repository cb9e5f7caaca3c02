# Generator expressions are lazy and single-use.
g = (x * 2 for x in range(4))
print(next(g), sum(g), list(g))
def noisy():
    for i in range(3):
        print('make', i)
        yield i
g = (v + 100 for v in noisy())
print('before')
print(next(g))
print(list(g))
