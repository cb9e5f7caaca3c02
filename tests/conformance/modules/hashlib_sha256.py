# hashlib.sha256 digests of known inputs.
import hashlib, binascii
print(binascii.hexlify(hashlib.sha256(b'').digest()))
h = hashlib.sha256(b'hello ')
h.update(b'world')
print(binascii.hexlify(h.digest()))
print(len(hashlib.sha256(b'abc').digest()))
