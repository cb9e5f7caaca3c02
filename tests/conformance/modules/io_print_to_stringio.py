# print(file=...) into an io.StringIO.
import io
buf = io.StringIO()
print('a', 1, file=buf)
print('b', end='', file=buf)
print(repr(buf.getvalue()))
