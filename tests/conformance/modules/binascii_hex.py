# binascii.hexlify and unhexlify.
import binascii
print(binascii.hexlify(b'\x00\x01\xab\xff'), binascii.hexlify(b'ab', b':') if True else 0)
print(binascii.unhexlify(b'deadbeef'), binascii.unhexlify('0a0B'))
try:
    binascii.unhexlify(b'abc')
except ValueError as e:
    print('ValueError', e)
