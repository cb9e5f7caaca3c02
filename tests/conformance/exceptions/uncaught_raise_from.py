# An uncaught exception raised with an explicit cause.
def load():
    try:
        1 // 0
    except ZeroDivisionError as e:
        raise ValueError('cannot load') from e
load()
