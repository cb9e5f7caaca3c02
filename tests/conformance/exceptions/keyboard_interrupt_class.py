# BaseException subclasses are not caught by except Exception.
def f(exc):
    try:
        try:
            raise exc
        except Exception:
            print('caught as Exception')
    except BaseException as e:
        print('caught as BaseException', type(e).__name__)
f(ValueError())
f(KeyboardInterrupt())
f(SystemExit(3))
f(GeneratorExit())
