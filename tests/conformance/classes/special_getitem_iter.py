# Objects with only __getitem__ are iterable until IndexError.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), [x for x in Squares() if x % 2])
