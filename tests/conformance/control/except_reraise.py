# Bare raise re-raises the exception being handled.
def f():
    try:
        1 // 0
    except ZeroDivisionError:
        print('handling')
        raise
try:
    f()
except ZeroDivisionError as e:
    print('reraised', e)
