# Nested try/finally blocks unwind in order.
def f():
    try:
        try:
            try:
                raise KeyError('k')
            finally:
                print('inner')
        finally:
            print('middle')
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('outer')
f()
