# Very deep recursion raises RuntimeError (maximum recursion depth).
def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError as e:
    print('RuntimeError', e)
