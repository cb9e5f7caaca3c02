# io.BytesIO reading, writing and seeking.
import io
b = io.BytesIO()
b.write(b'abc')
b.write(b'def')
print(b.getvalue())
b.seek(2)
print(b.read(2), b.read(), b.read())
b.seek(0)
print(b.read(1), b.tell())
print(io.BytesIO(b'xyz').read())
