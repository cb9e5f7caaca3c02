# sum with a start value, any and all with short-circuit.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([]), sum([0.5, 0.25]), sum(range(101)))
print(any([]), all([]), any([0, '', 1]), all([1, 'a', [0]]), all([1, 0]))
def noisy(x):
    print('check', x)
    return x
print(any(noisy(x) for x in [0, 1, 2]))
print(all(noisy(x) for x in [1, 0, 2]))
