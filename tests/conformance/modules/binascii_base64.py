# binascii base64 encoding and decoding.
import binascii
for data in (b'', b'f', b'fo', b'foo', b'foobar', bytes(range(5))):
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data)
print(binascii.a2b_base64(b'aGVsbG8='))
