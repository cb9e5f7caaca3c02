import binascii
import hashlib

h = hashlib.sha256(b"hello ")
h.update(b"world")
print(binascii.hexlify(h.digest()))
print(binascii.hexlify(hashlib.sha256(b"").digest())[:16])
