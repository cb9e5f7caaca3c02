import binascii

print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("cafe"))
print(binascii.b2a_base64(b"mote"), binascii.a2b_base64("bW90ZQ=="))
print(hex(binascii.crc32(b"hello")))
