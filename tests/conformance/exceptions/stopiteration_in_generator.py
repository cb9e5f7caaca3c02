# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def gen():
    yield 1
    raise StopIteration
try:
    print(list(gen()))
except RuntimeError as e:
    print('RuntimeError', e)
