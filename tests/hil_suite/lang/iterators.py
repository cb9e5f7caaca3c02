class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)))
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "xy")))
print(list(map(abs, [-1, 2, -3])), list(filter(None, [0, 1, "", "a"])))
print(list(reversed([1, 2, 3])), sorted([3, 1, 2], reverse=True), min(4, 2, 8), max("abc"))
print(any([0, 0, 1]), all([]), sum([1, 2, 3], 10))
