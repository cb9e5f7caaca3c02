# len() of an object whose __len__ returns its count; errors otherwise.
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
class NotSized:
    pass
try:
    len(NotSized())
except TypeError as e:
    print('TypeError', e)
