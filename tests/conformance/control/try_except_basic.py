# try/except catches by type, tuple of types, and base classes.
def attempt(f):
    try:
        f()
        print('no error')
    except ZeroDivisionError:
        print('zero')
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__)
    except Exception as e:
        print('other', type(e).__name__)
attempt(lambda: 1 // 0)
attempt(lambda: {}['k'])
attempt(lambda: [][1])
attempt(lambda: int('x'))
attempt(lambda: None)
