b = b"\x00\x01abc\xff"
print(b, len(b), b[2], b[2:5], b.hex())
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b" world")
print(ba, bytes(ba[1:4]), ba.find(b"wor"))
print(bytes(range(5)), bytes.fromhex("deadbeef"), b"ab" * 3)
print(list(memoryview(b"xyz")))
