# iter() and next() on user iterators, including a default for next().
class Two:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
it = iter(Two())
print(next(it), next(it), next(it, 'done'))
