# Breaking out of a for loop over a generator leaves it suspended.
def gen():
    for i in range(5):
        print('yield', i)
        yield i
g = gen()
for x in g:
    if x == 2:
        break
print('after break')
print(next(g))
