# return inside a generator with try/finally.
def gen():
    try:
        yield 1
        return
    finally:
        print('finally in gen')
print(list(gen()))
def early(n):
    for i in range(10):
        if i == n:
            return
        yield i
print(list(early(3)), list(early(0)))
