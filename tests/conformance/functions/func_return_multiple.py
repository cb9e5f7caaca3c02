# Returning tuples and unpacking them.
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([3, 1, 4, 1, 5, 9, 2, 6])
print(lo, hi, mean)
def pair():
    return [1, 2]
a, b = pair()
print(a, b)
