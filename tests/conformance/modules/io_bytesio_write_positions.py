# BytesIO writes at the current position, overwriting and extending.
import io
b = io.BytesIO(b'0123456789')
b.seek(3)
b.write(b'abc')
print(b.getvalue())
b.seek(0)
print(b.read(4))
