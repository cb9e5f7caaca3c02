# An inner handler that does not match lets the outer handler catch it.
def f(exc):
    try:
        try:
            raise exc
        except KeyError:
            print('inner KeyError')
    except LookupError as e:
        print('outer LookupError', type(e).__name__)
    except Exception as e:
        print('outer Exception', type(e).__name__)
f(KeyError())
f(IndexError())
f(ValueError())
