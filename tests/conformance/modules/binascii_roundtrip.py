# hexlify/unhexlify and base64 round trips over every byte value.
import binascii
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data, len(binascii.b2a_base64(data)))
