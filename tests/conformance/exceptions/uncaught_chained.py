# An uncaught exception raised while handling another.
try:
    {}['key']
except KeyError:
    raise RuntimeError('handler failed')
