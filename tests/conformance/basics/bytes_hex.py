# bytes.hex and bytes.fromhex.
b = bytes([0, 1, 127, 128, 255])
print(b.hex())
print(bytes.fromhex('00ff10'), bytes.fromhex('de ad be ef'))
print(b''.hex(), repr(bytes.fromhex('')))
