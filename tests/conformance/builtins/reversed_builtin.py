# reversed() of lists, tuples, strings, ranges and custom sequences.
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed([1, 2])), list(reversed('xyz')), list(reversed(range(1, 7, 2))), list(reversed(Seq())))
