# User-defined exception classes and hierarchies.
class Error(Exception):
    pass
class NotFound(Error):
    def __init__(self, what):
        super().__init__('missing ' + what)
        self.what = what
class Fatal(Error):
    def __str__(self):
        return 'FATAL!'
for exc in (NotFound('file'), Fatal('x'), Error('plain')):
    try:
        raise exc
    except NotFound as e:
        print('not found:', e, e.what, e.args)
    except Error as e:
        print('error:', e, type(e).__name__)
