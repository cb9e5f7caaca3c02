# sum() over objects defining __add__ and __radd__.
class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        return self.__add__(o)
print(sum([M(1), M(2), M(3)]).v)
