# A class used as a context manager that records events.
class Log:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append('enter')
        return self
    def __exit__(self, et, ev, tb):
        self.events.append('exit:' + (et.__name__ if et else 'ok'))
        return et is KeyError
log = Log()
with log:
    log.events.append('body')
with log:
    raise KeyError
print(log.events)
