# sys.print_exception into an io.StringIO.
import sys, io
buf = io.StringIO()
try:
    raise ValueError('logged')
except ValueError as e:
    sys.print_exception(e, buf)
text = buf.getvalue()
print(text.splitlines()[0], text.splitlines()[-1])
