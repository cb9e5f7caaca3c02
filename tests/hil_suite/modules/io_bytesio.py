import io

buf = io.BytesIO()
buf.write(b"abc")
buf.write(b"def")
print(buf.getvalue())
s = io.StringIO("line1\nline2\n")
print(s.readline(), s.read())
