# Incremental sha256 equals one-shot sha256.
import hashlib
a = hashlib.sha256()
for chunk in (b'abc', b'', b'defgh' * 20):
    a.update(chunk)
b = hashlib.sha256(b'abc' + b'defgh' * 20)
da = a.digest()
print(da == b.digest(), da[:4])
