# A traceback through several nested calls.
def a(n):
    if n == 0:
        raise TypeError('bottom')
    return a(n - 1)
a(3)
