# Reading an io.StringIO line by line.
import io
f = io.StringIO('first\nsecond\nthird\n')
for line in f:
    print(line.strip())
print(repr(f.read()))
